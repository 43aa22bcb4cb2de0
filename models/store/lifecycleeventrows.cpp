#include "lifecycleeventrows.h"

#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace certdesk
{

namespace LifecycleEventRows
{

QString columns()
{
    return QStringLiteral(
        "uuid, recipient_id, kind, event_date, effective_month, reason, cause, actor, approved_by, "
        "objector, amount_fen, months, first_month, last_month, deadline, instalments, ref, "
        "recorded_at");
}

QString order()
{
    return QStringLiteral("event_date, recorded_at, seq");
}

LifecycleEvent read(const QSqlQuery &q)
{
    using sqlvalue::date;
    LifecycleEvent e;
    int i = 0;
    e.uuid = q.value(i++).toString();
    e.recipientId = q.value(i++).toLongLong();
    e.kind = BenefitLifecycle::kindFromKey(q.value(i++).toString()).value_or(LifecycleKind::Failed);
    e.date = date(q.value(i++));
    e.effectiveMonth = date(q.value(i++));
    e.reason = q.value(i++).toString();
    e.cause = q.value(i++).toString();
    e.actor = q.value(i++).toString();
    e.approvedBy = q.value(i++).toString();
    e.objector = q.value(i++).toString();
    e.amountFen = q.value(i++).toLongLong();
    e.months = q.value(i++).toInt();
    e.firstMonth = date(q.value(i++));
    e.lastMonth = date(q.value(i++));
    e.deadline = date(q.value(i++));
    e.instalments = q.value(i++).toInt();
    e.ref = q.value(i++).toString();
    e.recordedAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    return e;
}

void prepare(QSqlQuery &q)
{
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM lifecycle_event WHERE recipient_id = ? ORDER BY %2")
                  .arg(columns(), order()));
}

bool load(QSqlQuery &q, qint64 recipientId, QList<LifecycleEvent> *out, QString *error)
{
    q.bindValue(0, recipientId);
    if (!sqlvalue::exec(q, error))
        return false;
    while (q.next())
        out->append(read(q));
    q.finish();
    return true;
}

} // namespace LifecycleEventRows

} // namespace certdesk
