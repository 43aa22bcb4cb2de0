#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

class PolicyProfile;

// The payment status of a person, derived from their lifecycle events (RULES.md §5).
enum class BenefitStatus { Normal, Failed, Suspended, Stopped, Sealed };

// One step of the benefit lifecycle. Every step is an event with who/when/why.
enum class LifecycleKind {
    Failed,             // 认证不通过
    Suspended,          // 暂停发放
    Objection,          // 异议 (reopens verification; no stop while it is open)
    Stopped,            // 停发
    Resumed,            // 恢复发放 (with the suspended months to back-pay)
    BackPay,            // 补发 paid out
    Sealed,             // 封存
    Unsealed,           // 解封 (needs approval)
    OverpaymentNotice,  // 限期退还多领社会保险待遇通知书
    RepaymentAgreement, // one-off or instalments
    Repayment,          // money returned
    Refusal             // refused to repay: escalation / credit blacklist
};

// One lifecycle event as stored (lifecycle_event). Immutable once recorded.
struct LifecycleEvent {
    QString uuid; // made when recorded
    qint64 recipientId = 0;
    LifecycleKind kind = LifecycleKind::Failed;
    QDate date;           // when it happened / was decided
    QDate effectiveMonth; // 1st of the month a payment change takes effect (suspension, resumption)
    QString reason;       // why; for an objection: what the person objects
    QString cause; // what lost the eligibility: failed, bigdata, deceased, imprisoned, other-loss
    QString actor; // who recorded it (the signed-in user)
    QString approvedBy;   // who approved it (unsealing)
    QString objector;     // who objected (the person, a relative, ...)
    qint64 amountFen = 0; // back pay, overpayment, repayment
    int months = 0;       // months of back pay or overpayment
    QDate firstMonth;     // first month of back pay / overpayment (1st)
    QDate lastMonth;      // last month (1st)
    QDate deadline;       // suspension list deadline, repayment deadline
    int instalments = 0;  // repayment agreement: 1 = one payment
    QString ref;          // the event this one rests on (a check's or a lifecycle event's uuid)
    QDateTime recordedAt; // set when recorded
};

// Everything the events so far add up to. Only `status` is stored (recipient.benefit_status).
struct LifecycleState {
    BenefitStatus status = BenefitStatus::Normal;
    BenefitStatus beforeSeal = BenefitStatus::Suspended;
    QDate lastStepOn; // steps are recorded in date order: the trail reads as it happened
    QString failureReason;
    QDate failedOn;      // the confirmed failure (invalid when none)
    QDate suspendedOn;   // the running suspension (invalid when none)
    QDate suspendedFrom; // its first unpaid month
    QString suspensionCause;
    QDate sealClockFrom; // sealing counts from the suspension, or from the last unsealing
    QDate objectionOn;   // an objection during the running suspension
    bool backPayDue = false;
    Money backPay; // of the latest resumption
    int backPayMonths = 0;
    Money overpaid; // notices issued
    Money repaid;
    QDate repaymentDeadline;
    int instalments = 0;
    int refusals = 0;

    Money balance() const { return overpaid - repaid; }
    bool objectionOpen() const { return objectionOn.isValid(); }
};

// The state machine: which step the current state allows, and what it leads to.
// Pure; dates are given, never read from the clock.
class BenefitLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(BenefitLifecycle)
public:
    static QList<BenefitStatus> statuses();
    static QString key(BenefitStatus s);
    static std::optional<BenefitStatus> statusFromKey(QStringView key);
    static QString displayName(BenefitStatus s);

    static QList<LifecycleKind> kinds();
    static QString key(LifecycleKind k);
    static std::optional<LifecycleKind> kindFromKey(QStringView key);
    static QString displayName(LifecycleKind k);

    // Why `e` is not allowed in state `s` (a message for the user); empty when allowed.
    static QString refusal(const LifecycleState &s, const LifecycleEvent &e);
    // The state after `e` (which must be allowed).
    static LifecycleState apply(LifecycleState s, const LifecycleEvent &e);
    // The state after all events, oldest first.
    static LifecycleState replay(const QList<LifecycleEvent> &oldestFirst);

    // The deadline of month `month`'s suspension list: day N of the next month.
    static QDate suspensionDeadline(const PolicyProfile &profile, const QDate &month);
    // When a suspension without objection becomes due for stopping / sealing.
    static QDate stopDue(const PolicyProfile &profile, const QDate &suspendedOn);
    static QDate sealDue(const PolicyProfile &profile, const QDate &suspendedOn);
    // The repayment deadline of a notice issued on `issued`.
    static QDate repaymentDeadline(const PolicyProfile &profile, const QDate &issued);
    // Back pay for months first..last (both 1st of month, inclusive): none when last < first.
    static Overpayment backPay(Money monthly, const QDate &firstMonth, const QDate &lastMonth);
    static QDate firstOfMonth(const QDate &d)
    {
        return d.isValid() ? QDate(d.year(), d.month(), 1) : QDate();
    }
};

} // namespace certdesk
