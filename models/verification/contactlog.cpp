#include "contactlog.h"

#include "domain/isodate.h"
#include "security/accessgate.h"
#include "store/database.h"
#include "workspace/workspacechanges.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

QStringList ContactLog::channels()
{
    return {QStringLiteral("phone"), QStringLiteral("sms")};
}

QStringList ContactLog::outcomes()
{
    return {QStringLiteral("reached"),      QStringLiteral("no-answer"),
            QStringLiteral("wrong-number"), QStringLiteral("will-certify"),
            QStringLiteral("refused"),      QStringLiteral("sent")};
}

QString ContactLog::outcomeName(const QString &key)
{
    if (key == QLatin1String("reached"))
        return tr("Reached");
    if (key == QLatin1String("no-answer"))
        return tr("No answer");
    if (key == QLatin1String("wrong-number"))
        return tr("Wrong number");
    if (key == QLatin1String("will-certify"))
        return tr("Will certify");
    if (key == QLatin1String("refused"))
        return tr("Refused");
    if (key == QLatin1String("sent"))
        return tr("Message sent");
    return key;
}

bool ContactLog::add(ContactEntry &e, QString *error) const
{
    QString message;
    if (!AccessGate::allows(m_db, m_profile, m_session, Action::RecordContact,
                            AccessTarget::person(e.recipientId), &message)) {
        // message says why
    } else if (!e.date.isValid() || e.date > QDate::currentDate())
        message = tr("Give the date of the reminder (not in the future).");
    else if (!channels().contains(e.channel))
        message = tr("Unknown channel '%1' (phone or sms).").arg(e.channel);
    else if (!outcomes().contains(e.outcome))
        message = tr("Unknown outcome '%1'.").arg(e.outcome);
    else if (e.channel == QLatin1String("sms") && e.outcome != QLatin1String("sent") &&
             e.outcome != QLatin1String("wrong-number"))
        message = tr("A text message can only be sent or go to a wrong number.");
    else if (e.worker.trimmed().isEmpty())
        message = tr("Name the worker who made the contact.");
    if (message.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO contact_log(recipient_id, contacted_on, channel, outcome, worker, note) "
            "VALUES(?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(e.recipientId), QVariant(isoDate(e.date)),
                                  QVariant(e.channel), QVariant(e.outcome), QVariant(e.worker),
                                  e.note.isEmpty() ? QVariant() : QVariant(e.note)})
            q.addBindValue(v);
        if (q.exec()) {
            e.id = q.lastInsertId().toLongLong();
            // A logged reminder lets the person's failure be proposed (lists, counts).
            if (m_changes)
                m_changes->announce(
                    {WorkspaceChange::People | WorkspaceChange::Counts, {e.recipientId}});
            return true;
        }
        message = q.lastError().text(); // e.g. an unknown person (foreign key)
    }
    if (error)
        *error = message;
    return false;
}

QList<ContactEntry> ContactLog::entries(qint64 recipientId) const
{
    QList<ContactEntry> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, contacted_on, channel, outcome, worker, coalesce(note, '') FROM contact_log "
        "WHERE recipient_id = ? ORDER BY contacted_on DESC, id DESC"));
    q.addBindValue(recipientId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), recipientId,
                    QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

} // namespace certdesk
