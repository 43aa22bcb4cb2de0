#include "benefitlifecycle.h"

#include "isodate.h"
#include "policyprofile.h"
#include "serviceperiod.h"

namespace certdesk
{

namespace
{

// Stable keys (database, JSON, CLI) of an enum, looked up both ways.
template <typename Enum> struct KeyName {
    Enum value;
    const char *key;
};
template <typename Enum, size_t N> QString keyIn(const KeyName<Enum> (&table)[N], Enum value)
{
    for (const KeyName<Enum> &n : table) {
        if (n.value == value)
            return QLatin1String(n.key);
    }
    return {};
}
template <typename Enum, size_t N>
std::optional<Enum> valueIn(const KeyName<Enum> (&table)[N], QStringView key)
{
    for (const KeyName<Enum> &n : table) {
        if (key == QLatin1String(n.key))
            return n.value;
    }
    return std::nullopt;
}
template <typename Enum, size_t N> QList<Enum> valuesIn(const KeyName<Enum> (&table)[N])
{
    QList<Enum> out;
    for (const KeyName<Enum> &n : table)
        out << n.value;
    return out;
}

const KeyName<BenefitStatus> kStatusNames[] = {
    {BenefitStatus::Normal, "normal"},       {BenefitStatus::Failed, "failed"},
    {BenefitStatus::Suspended, "suspended"}, {BenefitStatus::Stopped, "stopped"},
    {BenefitStatus::Sealed, "sealed"},
};

const KeyName<LifecycleKind> kKindNames[] = {
    {LifecycleKind::Failed, "failed"},
    {LifecycleKind::Suspended, "suspended"},
    {LifecycleKind::Objection, "objection"},
    {LifecycleKind::Stopped, "stopped"},
    {LifecycleKind::Resumed, "resumed"},
    {LifecycleKind::BackPay, "back-pay"},
    {LifecycleKind::Sealed, "sealed"},
    {LifecycleKind::Unsealed, "unsealed"},
    {LifecycleKind::OverpaymentNotice, "overpayment-notice"},
    {LifecycleKind::RepaymentAgreement, "repayment-agreement"},
    {LifecycleKind::Repayment, "repayment"},
    {LifecycleKind::Refusal, "refusal"},
};

bool isSuspendedOrStopped(BenefitStatus s)
{
    return s == BenefitStatus::Suspended || s == BenefitStatus::Stopped;
}

} // namespace

QList<BenefitStatus> BenefitLifecycle::statuses()
{
    return valuesIn(kStatusNames);
}

QString BenefitLifecycle::key(BenefitStatus s)
{
    return keyIn(kStatusNames, s);
}

std::optional<BenefitStatus> BenefitLifecycle::statusFromKey(QStringView key)
{
    return valueIn(kStatusNames, key);
}

QString BenefitLifecycle::displayName(BenefitStatus s)
{
    switch (s) {
    case BenefitStatus::Normal:
        return tr("Normal");
    case BenefitStatus::Failed:
        return tr("Certification failed");
    case BenefitStatus::Suspended:
        return tr("Suspended");
    case BenefitStatus::Stopped:
        return tr("Stopped");
    case BenefitStatus::Sealed:
        return tr("Sealed");
    }
    return {};
}

QList<LifecycleKind> BenefitLifecycle::kinds()
{
    return valuesIn(kKindNames);
}

QString BenefitLifecycle::key(LifecycleKind k)
{
    return keyIn(kKindNames, k);
}

std::optional<LifecycleKind> BenefitLifecycle::kindFromKey(QStringView key)
{
    return valueIn(kKindNames, key);
}

QString BenefitLifecycle::displayName(LifecycleKind k)
{
    switch (k) {
    case LifecycleKind::Failed:
        return tr("Certification failed");
    case LifecycleKind::Suspended:
        return tr("Payment suspended");
    case LifecycleKind::Objection:
        return tr("Objection");
    case LifecycleKind::Stopped:
        return tr("Payment stopped");
    case LifecycleKind::Resumed:
        return tr("Payment resumed");
    case LifecycleKind::BackPay:
        return tr("Back pay paid");
    case LifecycleKind::Sealed:
        return tr("Account sealed");
    case LifecycleKind::Unsealed:
        return tr("Account unsealed");
    case LifecycleKind::OverpaymentNotice:
        return tr("Repayment notice");
    case LifecycleKind::RepaymentAgreement:
        return tr("Repayment agreement");
    case LifecycleKind::Repayment:
        return tr("Repayment");
    case LifecycleKind::Refusal:
        return tr("Refused to repay");
    }
    return {};
}

QString BenefitLifecycle::refusal(const LifecycleState &s, const LifecycleEvent &e)
{
    if (e.actor.trimmed().isEmpty())
        return tr("Every step must name who recorded it.");
    if (!e.date.isValid())
        return tr("Give the date of the step.");
    if (s.lastStepOn.isValid() && e.date < s.lastStepOn)
        return tr("A step cannot be dated before the person's latest step (%1).")
            .arg(isoDate(s.lastStepOn));
    if (e.amountFen < 0 || e.months < 0 || e.instalments < 0)
        return tr("Amounts, months and instalments cannot be negative.");
    // A sealed account is read-only: nothing but unsealing, and that with approval.
    if (s.status == BenefitStatus::Sealed && e.kind != LifecycleKind::Unsealed)
        return tr(
            "The account is sealed: nothing can be recorded until it is unsealed with approval.");
    const QString now = displayName(s.status);
    switch (e.kind) {
    case LifecycleKind::Failed:
        if (s.status != BenefitStatus::Normal)
            return tr("Only a person in normal status can be marked as failed (now: %1).").arg(now);
        if (e.reason.trimmed().isEmpty())
            return tr("Say why the certification failed.");
        break;
    case LifecycleKind::Suspended:
        if (isSuspendedOrStopped(s.status))
            return tr("The payment is already suspended or stopped (now: %1).").arg(now);
        if (e.reason.trimmed().isEmpty())
            return tr("Say why the payment is suspended.");
        if (!e.effectiveMonth.isValid())
            return tr("Give the month from which the payment is suspended.");
        break;
    case LifecycleKind::Objection:
        if (!isSuspendedOrStopped(s.status))
            return tr("An objection can only be recorded against a suspension or stop (now: %1).")
                .arg(now);
        if (e.objector.trimmed().isEmpty() || e.reason.trimmed().isEmpty())
            return tr("An objection needs who objected and what they object to.");
        break;
    case LifecycleKind::Stopped:
        if (s.status != BenefitStatus::Suspended)
            return tr("A payment can only be stopped after a suspension (now: %1).").arg(now);
        if (s.objectionOpen())
            return tr("An objection was made on %1: verify the person again instead of stopping "
                      "the payment.")
                .arg(isoDate(s.objectionOn));
        break;
    case LifecycleKind::Resumed:
        // A failure certified before the suspension list is reinstated the same way (no back pay).
        if (!isSuspendedOrStopped(s.status) && s.status != BenefitStatus::Failed)
            return tr("Only a failed, suspended or stopped payment can be resumed (now: %1).")
                .arg(now);
        if (!e.effectiveMonth.isValid())
            return tr("Give the month from which the payment is resumed.");
        break;
    case LifecycleKind::BackPay:
        if (!s.backPayDue)
            return tr("There is no back pay to pay: back pay follows a resumption.");
        if (e.amountFen != s.backPay.fen())
            return tr("The back pay is %1 yuan, not %2 yuan.")
                .arg(s.backPay.toYuanString(), Money(e.amountFen).toYuanString());
        break;
    case LifecycleKind::Sealed:
        if (!isSuspendedOrStopped(s.status))
            return tr("Only a suspended or stopped account can be sealed (now: %1).").arg(now);
        if (s.suspensionCause == QLatin1String("imprisoned"))
            return tr("Accounts suspended for imprisonment are not sealed.");
        break;
    case LifecycleKind::Unsealed:
        if (s.status != BenefitStatus::Sealed)
            return tr("Only a sealed account can be unsealed (now: %1).").arg(now);
        if (e.approvedBy.trimmed().isEmpty() || e.approvedBy.trimmed() == e.actor.trimmed())
            return tr("Unsealing needs the approval of another user.");
        if (e.reason.trimmed().isEmpty())
            return tr("Say why the account is unsealed.");
        break;
    case LifecycleKind::OverpaymentNotice:
        if (e.amountFen <= 0 || e.months <= 0)
            return tr("There is no overpaid amount to reclaim.");
        if (s.balance().fen() > 0)
            return tr("A repayment notice is still open (%1 yuan outstanding).")
                .arg(s.balance().toYuanString());
        if (!e.deadline.isValid() || e.deadline < e.date)
            return tr("A repayment notice needs a deadline on or after its date.");
        break;
    case LifecycleKind::RepaymentAgreement:
    case LifecycleKind::Repayment:
    case LifecycleKind::Refusal:
        if (s.balance().fen() <= 0)
            return tr("Nothing is owed: issue a repayment notice first.");
        if (e.kind == LifecycleKind::RepaymentAgreement && e.instalments < 1)
            return tr("An agreement is one payment or a number of instalments (at least 1).");
        if (e.kind == LifecycleKind::Repayment &&
            (e.amountFen <= 0 || e.amountFen > s.balance().fen()))
            return tr("A repayment must be more than 0 and at most the balance of %1 yuan.")
                .arg(s.balance().toYuanString());
        break;
    }
    return {};
}

LifecycleState BenefitLifecycle::apply(LifecycleState s, const LifecycleEvent &e)
{
    s.lastStepOn = qMax(s.lastStepOn, e.date);
    switch (e.kind) {
    case LifecycleKind::Failed:
        s.status = BenefitStatus::Failed;
        s.failureReason = e.reason;
        s.failedOn = e.date;
        break;
    case LifecycleKind::Suspended:
        s.status = BenefitStatus::Suspended;
        s.suspendedOn = e.date;
        s.suspendedFrom = firstOfMonth(e.effectiveMonth);
        s.suspensionCause = e.cause;
        s.sealClockFrom = e.date;
        s.objectionOn = QDate();
        break;
    case LifecycleKind::Objection:
        s.objectionOn = e.date;
        break;
    case LifecycleKind::Stopped:
        s.status = BenefitStatus::Stopped;
        break;
    case LifecycleKind::Resumed:
        s.status = BenefitStatus::Normal;
        s.failureReason.clear();
        s.failedOn = QDate();
        s.suspendedOn = s.suspendedFrom = s.objectionOn = s.sealClockFrom = QDate();
        s.suspensionCause.clear();
        s.backPay = Money(e.amountFen);
        s.backPayMonths = e.months;
        s.backPayDue = e.amountFen > 0;
        break;
    case LifecycleKind::BackPay:
        s.backPayDue = false;
        break;
    case LifecycleKind::Sealed:
        s.beforeSeal = s.status;
        s.status = BenefitStatus::Sealed;
        break;
    case LifecycleKind::Unsealed:
        // Unsealed to act (e.g. a late resumption): a new full period before sealing again.
        s.status = s.beforeSeal;
        s.sealClockFrom = e.date;
        break;
    case LifecycleKind::OverpaymentNotice:
        s.overpaid = s.overpaid + Money(e.amountFen);
        s.repaymentDeadline = e.deadline;
        break;
    case LifecycleKind::RepaymentAgreement:
        s.instalments = e.instalments;
        break;
    case LifecycleKind::Repayment:
        s.repaid = s.repaid + Money(e.amountFen);
        break;
    case LifecycleKind::Refusal:
        ++s.refusals;
        break;
    }
    return s;
}

LifecycleState BenefitLifecycle::replay(const QList<LifecycleEvent> &oldestFirst)
{
    LifecycleState s;
    for (const LifecycleEvent &e : oldestFirst)
        s = apply(s, e);
    return s;
}

QDate BenefitLifecycle::suspensionDeadline(const PolicyProfile &profile, const QDate &month)
{
    const QDate next = firstOfMonth(month).addMonths(1);
    return next.isValid() ? QDate(next.year(), next.month(),
                                  qMin(profile.suspensionDeadlineDay(), next.daysInMonth()))
                          : QDate();
}

QDate BenefitLifecycle::stopDue(const PolicyProfile &profile, const QDate &suspendedOn)
{
    return addMonthsClamped(suspendedOn, profile.objectionWindowMonths());
}

QDate BenefitLifecycle::sealDue(const PolicyProfile &profile, const QDate &suspendedOn)
{
    return addMonthsClamped(suspendedOn, profile.sealAfterMonths());
}

QDate BenefitLifecycle::repaymentDeadline(const PolicyProfile &profile, const QDate &issued)
{
    return issued.isValid() ? issued.addDays(profile.repaymentNoticeDays()) : QDate();
}

Overpayment BenefitLifecycle::backPay(Money monthly, const QDate &firstMonth,
                                      const QDate &lastMonth)
{
    // Back pay of first..last is the "overpayment" arithmetic seen from the other
    // side: the months after the one before `first`, paid through `last`.
    if (!firstMonth.isValid() || !lastMonth.isValid())
        return {};
    return Overpayment::compute(monthly, firstOfMonth(firstMonth).addMonths(-1), lastMonth);
}

} // namespace certdesk
