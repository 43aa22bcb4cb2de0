#include "checkdecisionsync.h"

#include "protocolfields.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "verification/checkapprovals.h"

#include <QSqlQuery>

namespace certdesk
{

QList<CheckDecisionSync::Decision> CheckDecisionSync::pending(const Database &db, QString *error)
{
    QList<Decision> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT event_uuid, state, note, decided_at, decided_by FROM "
                             "check_approval WHERE sync_state = 'pending' ORDER BY decided_at, "
                             "event_uuid"));
    if (!sqlvalue::exec(q, error))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

QJsonObject CheckDecisionSync::body(const Decision &d)
{
    return {{ProtocolField::event, d.event},
            {ProtocolField::decision, d.decision},
            {ProtocolField::note, d.note},
            {ProtocolField::at, d.at},
            {ProtocolField::by, d.by}};
}

bool CheckDecisionSync::recordAnswer(const Database &db, const QString &event, bool taken,
                                     const QString &reason, QString *error)
{
    return inWriteTransaction(db, error, [&] {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE check_approval SET sync_state = ?, sync_error = ? WHERE "
                                 "event_uuid = ? AND sync_state = 'pending'"));
        q.addBindValue(taken ? QStringLiteral("accepted") : QStringLiteral("rejected"));
        q.addBindValue(taken ? QVariant() : QVariant(reason));
        q.addBindValue(event);
        return sqlvalue::exec(q, error);
    });
}

bool CheckDecisionSync::applyPulled(const QSqlDatabase &c, const PolicyProfile &profile,
                                    const QJsonObject &data, qint64 *recipientId, QString *error)
{
    *recipientId = 0;
    const QString event = data.value(ProtocolField::event).toString();
    const QString decision = data.value(ProtocolField::decision).toString();
    if (decision != QLatin1String("approved") && decision != QLatin1String("refused"))
        return true; // a decision this version does not know: skipped, as unknown changes
    QSqlQuery q(c);
    q.prepare(QStringLiteral("SELECT e.recipient_id, e.check_date, a.state, a.decided_by FROM "
                             "verification_event e LEFT JOIN check_approval a ON a.event_uuid = "
                             "e.uuid WHERE e.uuid = ?"));
    q.addBindValue(event);
    if (!sqlvalue::exec(q, error))
        return false;
    if (!q.next())
        return true; // not a check of this desk's people
    const qint64 person = q.value(0).toLongLong();
    const QDate checkDate = sqlvalue::date(q.value(1));
    const bool queued = !q.value(2).isNull();
    const QString by = data.value(ProtocolField::by).toString();
    if (q.value(2).toString() == decision && q.value(3).toString() == by)
        return true; // decided here, or pulled before
    q.finish();
    QSqlQuery w(c);
    w.prepare(queued ? QStringLiteral("UPDATE check_approval SET state = ?, decided_by = ?, "
                                      "decided_at = ?, note = ?, sync_state = NULL, sync_error = "
                                      "NULL WHERE event_uuid = ?")
                     : QStringLiteral("INSERT INTO check_approval(state, decided_by, decided_at, "
                                      "note, event_uuid, due) VALUES(?, ?, ?, ?, ?, ?)"));
    w.addBindValue(decision);
    w.addBindValue(by);
    w.addBindValue(data.value(ProtocolField::at).toString());
    w.addBindValue(sqlvalue::textOrNull(data.value(ProtocolField::note).toString()));
    w.addBindValue(event);
    if (!queued)
        w.addBindValue(
            sqlvalue::textOrNull(CheckApprovals::dueFor(profile, checkDate).toString(Qt::ISODate)));
    if (!sqlvalue::exec(w, error))
        return false;
    *recipientId = person;
    return true;
}

} // namespace certdesk
