#include "lifecycleservice.h"

#include "faulthooks.h"

#include "workspace/workspacechanges.h"

#include "domain/idnumber.h"
#include "domain/policyprofile.h"
#include "domain/stepamounts.h"
#include "domain/workingcalendar.h"
#include "logging.h"
#include "security/accessgate.h"
#include "security/session.h"
#include "store/benefitamounts.h"
#include "store/database.h"
#include "store/lifecycleeventrows.h"
#include "store/personstate.h"
#include "store/sqlvalues.h"

#include <QHash>
#include <QUuid>

namespace certdesk
{

using namespace sqlvalue;

LifecycleService::LifecycleService(const Database &db, const PolicyProfile &profile,
                                   const Session &session)
    : m_session(session), m_db(db), m_profile(profile)
{
}

QList<LifecycleEvent> LifecycleService::events(qint64 recipientId) const
{
    QList<LifecycleEvent> out;
    QSqlQuery q(m_db.connection());
    LifecycleEventRows::prepare(q);
    QString why;
    if (!LifecycleEventRows::load(q, recipientId, &out, &why))
        qCWarning(lcStore) << "reading lifecycle events failed:" << why;
    return out;
}

LifecycleState LifecycleService::state(qint64 recipientId) const
{
    return BenefitLifecycle::replay(events(recipientId));
}

bool LifecycleService::record(LifecycleEvent &event, QString *error) const
{
    QList<LifecycleEvent> one{event};
    if (!recordMany(one, error))
        return false;
    event = one.first();
    return true;
}

bool LifecycleService::recordMany(QList<LifecycleEvent> &events, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (events.isEmpty())
        return fail(tr("There is nothing to save."));
    // The gate, as a payment step: the roles that may record a check, each person
    // within the user's node, but not the duty "certify": a benefit approver is
    // not refused for the certification conflict, as before the gate.
    QString refused;
    if (!AccessGate::allows(m_db, m_profile, m_session, Action::RecordPaymentStep,
                            AccessTarget::none(), &refused))
        return fail(refused);
    for (const LifecycleEvent &e : std::as_const(events)) {
        if (!AccessGate::allows(m_db, m_profile, m_session, Action::RecordPaymentStep,
                                AccessTarget::person(e.recipientId), &refused))
            return fail(refused);
    }
    // Each step is checked against the state left by the steps before it, this
    // batch's included, before anything is written.
    QHash<qint64, LifecycleState> states;
    QStringList maskedIds; // the audit entries' targets, as for a check
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (LifecycleEvent &e : events) {
        QSqlQuery who(m_db.connection());
        who.prepare(QStringLiteral(
            "SELECT name, id_number, monthly_benefit_fen FROM recipient WHERE id = ?"));
        who.addBindValue(e.recipientId);
        if (!who.exec() || !who.next())
            return fail(tr("No recipient with id %1.").arg(e.recipientId));
        const QString name = who.value(0).toString();
        maskedIds << IdNumber::mask(who.value(1).toString());
        if (!states.contains(e.recipientId))
            states.insert(e.recipientId, state(e.recipientId));
        QString problem =
            e.date.isValid() && e.date > m_today
                ? tr("The date of the step (%1) is in the future.").arg(isoDate(e.date))
                : BenefitLifecycle::refusal(states.value(e.recipientId), e);
        if (problem.isEmpty())
            problem = BenefitLifecycle::profileRefusal(m_profile, e);
        // Amounts follow from the months and the recorded monthly amount, as the
        // district server checks them too (issue 16).
        // Only a repayment notice counts months at their own amounts: the history is
        // read for it alone (a month's confirmation records hundreds of other steps).
        if (problem.isEmpty())
            problem = StepAmounts::problem(e, Money(who.value(2).toLongLong()),
                                           e.kind == LifecycleKind::OverpaymentNotice
                                               ? BenefitAmounts(m_db).history(e.recipientId)
                                               : QMap<QDate, Money>());
        if (!problem.isEmpty())
            return fail(events.size() == 1 ? problem : tr("%1: %2").arg(name, problem));
        if (e.uuid.isEmpty())
            e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.recordedAt = now;
        const LifecycleState next = BenefitLifecycle::apply(states.value(e.recipientId), e);
        states.insert(e.recipientId, next);
    }
    QString why;
    if (!m_db.beginWrite(&why))
        return fail(why);
    PersonState personState(m_db, m_profile);
    // Each step is audited under the session's name in the same transaction: the
    // entry commits or rolls back with the step (the gate's audit, as for a check).
    const AuditTrail audit(m_db, m_profile, WorkingCalendar::builtin());
    for (int i = 0; i < events.size(); ++i) {
        const QString detail = QStringLiteral("%1 %2").arg(
            events.at(i).uuid, BenefitLifecycle::key(events.at(i).kind));
        if (!writeEvent(events[i], personState, why) ||
            !audit.recordWithin(m_session, AuditAction::PaymentStep, maskedIds.at(i), detail,
                                &why)) {
            m_db.rollback();
            qCWarning(lcStore) << "recording a lifecycle step failed:" << why;
            return fail(tr("The step was not saved: %1").arg(why));
        }
    }
    FaultHooks::killPoint("lifecycle-before-commit"); // test builds only
    if (!m_db.commit(&why))
        return fail(tr("The step was not saved: %1").arg(why));
    if (m_changes) {
        QList<qint64> ids;
        for (const LifecycleEvent &e : std::as_const(events))
            ids << e.recipientId;
        m_changes->paymentsRecorded(ids);
    }
    return true;
}

// Appends one event and its outbox row and stores the derived status. Runs
// inside the caller's transaction.
bool LifecycleService::writeEvent(LifecycleEvent &e, PersonState &state, QString &why) const
{
    const QSqlDatabase c = m_db.connection();
    QSqlQuery ev(c);
    ev.prepare(QStringLiteral(
                   "INSERT INTO lifecycle_event(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                   .arg(LifecycleEventRows::columns()));
    for (const QVariant &v :
         {QVariant(e.uuid), QVariant(e.recipientId), QVariant(BenefitLifecycle::key(e.kind)),
          QVariant(isoDate(e.date)), dateOrNull(BenefitLifecycle::firstOfMonth(e.effectiveMonth)),
          textOrNull(e.reason), textOrNull(e.cause), QVariant(e.actor.trimmed()),
          textOrNull(e.approvedBy.trimmed()), textOrNull(e.objector.trimmed()),
          QVariant(e.amountFen), QVariant(e.months), dateOrNull(e.firstMonth),
          dateOrNull(e.lastMonth), dateOrNull(e.deadline), QVariant(e.instalments),
          textOrNull(e.ref), QVariant(utc(e.recordedAt))})
        ev.addBindValue(v);
    if (!exec(ev, &why))
        return false;
    QSqlQuery out(c);
    out.prepare(QStringLiteral(
        "INSERT INTO lifecycle_outbox(event_uuid, state, updated_at) VALUES(?, 'pending', ?)"));
    out.addBindValue(e.uuid);
    out.addBindValue(utc(e.recordedAt));
    if (!exec(out, &why))
        return false;
    // The status the steps add up to, this one included (PersonState replays them
    // as every path does).
    return state.recompute(e.recipientId, &why, PersonState::Benefit);
}

std::optional<OverpaymentFinding>
LifecycleService::overpayment(qint64 recipientId, const QDate &paidThrough, QString *error) const
{
    auto fail = [&](const QString &message) -> std::optional<OverpaymentFinding> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!paidThrough.isValid())
        return fail(tr("Give the last month that was paid."));
    // The latest effective check that found a death or an imprisonment.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT e.uuid, e.living_status, e.death_date, e.check_date, r.monthly_benefit_fen, "
        "e.loss_date "
        "FROM verification_event e JOIN recipient r ON r.id = e.recipient_id "
        "WHERE e.recipient_id = ? AND e.living_status IN ('deceased', 'imprisoned') "
        "AND NOT EXISTS (SELECT 1 FROM verification_event c WHERE c.corrects = e.uuid) "
        "ORDER BY e.check_date DESC, e.occurred_at DESC LIMIT 1"));
    q.addBindValue(recipientId);
    QString why;
    if (!exec(q, &why))
        return fail(why);
    if (!q.next())
        return fail(
            tr("No death or imprisonment is recorded for this person: record the check first."));
    OverpaymentFinding f;
    f.checkUuid = q.value(0).toString();
    f.cause = q.value(1).toString();
    // The date of death; for an imprisonment its date when recorded (UR 七(六)2),
    // else the check that found it.
    f.eventDate = f.cause == QLatin1String("deceased") && !q.value(2).isNull() ? date(q.value(2))
                  : !q.value(5).isNull()                                       ? date(q.value(5))
                                                                               : date(q.value(3));
    f.monthly = Money(q.value(4).toLongLong());
    if (f.monthly.fen() <= 0)
        return fail(tr("The person's monthly benefit is not on file."));
    // UR 八(二): each month at the amount paid that month, when the history is on file.
    const QMap<QDate, Money> amounts = certdesk::BenefitAmounts(m_db).history(recipientId);
    f.overpayment = amounts.isEmpty() ? Overpayment::compute(f.monthly, f.eventDate, paidThrough)
                                      : Overpayment::compute(amounts, f.eventDate, paidThrough);
    return f;
}

std::optional<LifecycleEvent> LifecycleService::overpaymentNotice(qint64 recipientId,
                                                                  const QDate &paidThrough,
                                                                  const QString &actor,
                                                                  QString *error) const
{
    const auto found = overpayment(recipientId, paidThrough, error);
    if (!found)
        return std::nullopt;
    if (found->overpayment.months == 0) {
        if (error)
            *error = tr("Nothing was paid after %1: there is nothing to reclaim.")
                         .arg(isoDate(found->eventDate));
        return std::nullopt;
    }
    LifecycleEvent e;
    e.recipientId = recipientId;
    e.kind = LifecycleKind::OverpaymentNotice;
    e.date = m_today;
    e.cause = found->cause;
    e.actor = actor;
    e.amountFen = found->overpayment.amount.fen();
    e.months = found->overpayment.months;
    e.firstMonth = found->overpayment.firstMonth;
    e.lastMonth = found->overpayment.lastMonth;
    e.deadline = BenefitLifecycle::repaymentDeadline(m_profile, m_today);
    e.ref = found->checkUuid;
    e.reason =
        found->cause == QLatin1String("deceased")
            ? tr("Benefits paid after the death on %1.").arg(isoDate(found->eventDate))
            : tr("Benefits paid after the imprisonment of %1.").arg(isoDate(found->eventDate));
    return e;
}

} // namespace certdesk
