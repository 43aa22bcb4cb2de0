#include "syncrunlog.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

QList<SyncRunLine> SyncRunLog::recent(int limit, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, started_at, finished_at, outcome, pushed, pulled, uploaded, message "
        "FROM sync_run ORDER BY id DESC LIMIT ?"));
    q.addBindValue(qMax(1, limit));
    QList<SyncRunLine> out;
    if (!q.exec()) {
        if (error)
            *error = tr("The sync history cannot be read: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next()) {
        SyncRunLine line;
        line.id = q.value(0).toLongLong();
        line.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        line.finishedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).toUTC();
        line.outcome = q.value(3).toString();
        line.pushed = q.value(4).toInt();
        line.pulled = q.value(5).toInt();
        line.uploaded = q.value(6).toInt();
        line.message = q.value(7).toString();
        out << line;
    }
    return out;
}

QString SyncRunLog::outcomeName(const QString &outcome)
{
    if (outcome.isEmpty())
        return tr("running or interrupted");
    if (outcome == QLatin1String("ok"))
        return tr("completed");
    if (outcome == QLatin1String("retry"))
        return tr("server not reached, retried later");
    if (outcome == QLatin1String("sign-in"))
        return tr("sign-in needed");
    if (outcome == QLatin1String("needs-person"))
        return tr("refused, needs attention");
    if (outcome == QLatin1String("cancelled"))
        return tr("cancelled");
    if (outcome == QLatin1String("sign-in-failed"))
        return tr("sign-in failed");
    return outcome;
}

} // namespace certdesk
