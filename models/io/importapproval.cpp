// BigDataImport's approval of capped "qualified" batches (Guangdong art. 9).
#include "bigdataimport.h"

#include "domain/approvallevels.h"
#include "domain/bigdataconclusion.h"
#include "domain/isodate.h"
#include "domain/policyprofile.h"
#include "security/accessgate.h"
#include "security/session.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace certdesk
{

namespace
{
QByteArray toJson(const QList<ImportChange> &changes)
{
    QJsonArray out;
    for (const ImportChange &c : changes)
        out.append(QJsonObject{{QStringLiteral("row"), c.row},
                               {QStringLiteral("recipient"), c.recipientId},
                               {QStringLiteral("rank"), c.rank},
                               {QStringLiteral("detail"), c.detail},
                               {QStringLiteral("source"), c.source},
                               {QStringLiteral("month"), c.month},
                               {QStringLiteral("idNumber"), c.idNumber},
                               {QStringLiteral("behaviour"), c.behaviour},
                               {QStringLiteral("certifies"), isoDate(c.certifies)}});
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

QList<ImportChange> fromJson(const QByteArray &json)
{
    QList<ImportChange> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        out.append(
            {o.value(QStringLiteral("row")).toInt(),
             qint64(o.value(QStringLiteral("recipient")).toDouble()),
             o.value(QStringLiteral("rank")).toInt(), o.value(QStringLiteral("detail")).toString(),
             o.value(QStringLiteral("source")).toString(),
             o.value(QStringLiteral("month")).toString(),
             o.value(QStringLiteral("idNumber")).toString(),
             o.value(QStringLiteral("behaviour")).toString(),
             QDate::fromString(o.value(QStringLiteral("certifies")).toString(), Qt::ISODate)});
    }
    return out;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

bool BigDataImport::needsApproval(const ImportPlan &plan) const
{
    return plan.qualified > 0 && m_profile.qualifiedImportApprovals() > 0;
}

BigDataImport::Outcome BigDataImport::submit(const ImportPlan &plan, const QString &fileName,
                                             const Session &session, qint64 *batch,
                                             QString *error) const
{
    auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return Outcome::Refused;
    };
    const int cap = m_profile.qualifiedImportCap();
    if (cap > 0 && plan.qualified > cap)
        return refuse(
            tr("This file marks %1 people qualified; the %2 rules allow at most %3 in one batch. "
               "Split the file and import the parts one by one.")
                .arg(plan.qualified)
                .arg(m_profile.displayName())
                .arg(cap));
    if (!needsApproval(plan))
        return apply(plan, session, error) ? Outcome::Applied : Outcome::Refused;
    if (!plan.problems.isEmpty())
        return refuse(tr("Nothing was imported: %n row(s) have problems.", nullptr,
                         int(plan.problems.size())));
    if (QString why;
        !AccessGate::allows(m_db, m_profile, session, Action::Import, AccessTarget::none(), &why))
        return refuse(why);
    // Held, not applied: the roster stays as it is until the approvals are in.
    const bool ok = inWriteTransaction(m_db, error, [&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO import_batch(file_name, created_by, created_at, changes, qualified, uuid) "
            "VALUES(?, ?, ?, ?, ?, ?)"));
        // The uuid names the batch to the district server, where it is approved (GD 9).
        for (const QVariant &v :
             {QVariant(fileName), QVariant(session.user().username), QVariant(now()),
              QVariant(QString::fromUtf8(toJson(plan.changes))), QVariant(plan.qualified),
              QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces))})
            q.addBindValue(v);
        if (!q.exec()) {
            if (error)
                *error = tr("The batch could not be saved: %1").arg(q.lastError().text());
            return false;
        }
        if (batch)
            *batch = q.lastInsertId().toLongLong();
        return true;
    });
    return ok ? Outcome::Pending : Outcome::Refused;
}

bool BigDataImport::approve(qint64 batch, const Session &session, bool *applied, int *approvals,
                            QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (QString why;
        !AccessGate::allows(m_db, m_profile, session, Action::Import, AccessTarget::none(), &why))
        return fail(why);
    const QString user = session.user().username;
    bool complete = false;
    const bool ok = inWriteTransaction(m_db, error, [&] {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT state, created_by, changes FROM import_batch WHERE id = ?"));
        q.addBindValue(batch);
        if (!q.exec() || !q.next())
            return fail(tr("There is no import batch %1.").arg(batch));
        if (q.value(0).toString() != QLatin1String("pending"))
            return fail(tr("Import batch %1 has already been applied.").arg(batch));
        if (q.value(1).toString() == user)
            return fail(
                tr("You submitted batch %1; it must be approved by other users.").arg(batch));
        const QList<ImportChange> changes = fromJson(q.value(2).toByteArray());
        QSqlQuery a(m_db.connection());
        a.prepare(QStringLiteral("SELECT approved_by FROM import_approval WHERE batch_id = ?"));
        a.addBindValue(batch);
        if (!a.exec())
            return fail(a.lastError().text());
        QStringList given;
        while (a.next())
            given << a.value(0).toString();
        if (given.contains(user))
            return fail(
                tr("You have already approved batch %1; it needs another user.").arg(batch));
        // GD 9 两级审批: a street approval first, then the county's.
        const QString level = ApprovalLevels::refusal(m_profile.qualifiedImportLevels(),
                                                      int(given.size()), session.user().nodeLevel);
        if (!level.isEmpty())
            return fail(level);
        a.prepare(QStringLiteral("INSERT OR IGNORE INTO import_approval(batch_id, approved_by, "
                                 "approved_at, level) VALUES(?, ?, ?, ?)"));
        a.addBindValue(batch);
        a.addBindValue(user);
        a.addBindValue(now());
        a.addBindValue(ApprovalLevels::levelKey(session.user().nodeLevel));
        if (!a.exec())
            return fail(a.lastError().text());
        if (a.numRowsAffected() == 0)
            return fail(
                tr("You have already approved batch %1; it needs another user.").arg(batch));
        a.prepare(QStringLiteral("SELECT count(*) FROM import_approval WHERE batch_id = ?"));
        a.addBindValue(batch);
        if (!a.exec() || !a.next())
            return fail(a.lastError().text());
        const int count = a.value(0).toInt();
        if (approvals)
            *approvals = count;
        complete = count >= m_profile.qualifiedImportApprovals();
        if (applied)
            *applied = complete;
        if (!complete)
            return true;
        // The last approval applies the batch, in the same transaction.
        QSqlQuery done(m_db.connection());
        done.prepare(QStringLiteral(
            "UPDATE import_batch SET state = 'applied', applied_at = ? WHERE id = ?"));
        done.addBindValue(now());
        done.addBindValue(batch);
        return done.exec() && write(changes, session, QStringLiteral("batch-%1").arg(batch), error);
    });
    if (ok && complete) // the last approval applied the batch
        announce();
    return ok;
}

QList<PendingImport> BigDataImport::pendingBatches(QString *error) const
{
    QList<PendingImport> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT b.id, b.file_name, b.created_by, b.created_at, b.changes, b.qualified, "
            "(SELECT group_concat(approved_by, ',') FROM import_approval a WHERE a.batch_id = "
            "b.id), b.uuid "
            "FROM import_batch b WHERE b.state = 'pending' ORDER BY b.id"))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        PendingImport p;
        p.id = q.value(0).toLongLong();
        p.fileName = q.value(1).toString();
        p.submittedBy = q.value(2).toString();
        p.submittedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        p.people = int(QJsonDocument::fromJson(q.value(4).toByteArray()).array().size());
        p.qualified = q.value(5).toInt();
        p.approvedBy = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        p.nextLevel = m_profile.qualifiedImportLevels().value(int(p.approvedBy.size()));
        p.uuid = q.value(7).toString();
        out.append(p);
    }
    return out;
}

std::optional<PendingImport> BigDataImport::pendingBatch(qint64 batch, QString *error) const
{
    for (const PendingImport &p : pendingBatches(error)) {
        if (p.id == batch)
            return p;
    }
    if (error && error->isEmpty())
        *error = tr("There is no import batch %1 waiting for approval.").arg(batch);
    return std::nullopt;
}

} // namespace certdesk
