#include "stepamounts.h"

namespace certdesk
{

int StepAmounts::monthsBetween(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    return (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
}

QMap<QDate, Money> StepAmounts::historyFrom(const QDate &benefitStart,
                                            const QList<std::pair<QDate, Money>> &arrivals)
{
    QMap<QDate, Money> out;
    if (arrivals.isEmpty())
        return out;
    Money current = arrivals.first().second;
    for (const auto &[day, amount] : arrivals) {
        if (amount == current)
            continue;
        if (out.isEmpty() && current.fen() > 0)
            out.insert(BenefitLifecycle::firstOfMonth(benefitStart.isValid() ? benefitStart
                                                                             : QDate(1900, 1, 1)),
                       current);
        out.insert(BenefitLifecycle::firstOfMonth(day), amount);
        current = amount;
    }
    return out;
}

QString StepAmounts::problem(const LifecycleEvent &e, Money monthly,
                             const QMap<QDate, Money> &history)
{
    const bool carriesMonths =
        e.kind == LifecycleKind::Resumed || e.kind == LifecycleKind::OverpaymentNotice;
    if (!carriesMonths)
        return {};
    if (e.kind == LifecycleKind::Resumed && e.amountFen == 0 && e.months == 0)
        return {}; // a failure reinstated before any month went unpaid: no back pay
    const int months = monthsBetween(BenefitLifecycle::firstOfMonth(e.firstMonth),
                                     BenefitLifecycle::firstOfMonth(e.lastMonth));
    if (months == 0)
        return tr("A step with an amount needs its first and last month (first not after last).");
    if (e.months != months)
        return tr("%1 to %2 is %3 months, not %4.")
            .arg(e.firstMonth.toString(QStringLiteral("yyyy-MM")),
                 e.lastMonth.toString(QStringLiteral("yyyy-MM")))
            .arg(months)
            .arg(e.months);
    Money expected = monthly * months;
    // Back pay is proposed at the present amount; a repayment notice counts each month
    // at what was paid in it (LifecycleService::overpayment).
    if (!history.isEmpty() && e.kind == LifecycleKind::OverpaymentNotice) {
        expected = Money();
        for (QDate m = BenefitLifecycle::firstOfMonth(e.firstMonth); m <= e.lastMonth;
             m = m.addMonths(1))
            expected = expected + Overpayment::inForce(history, m);
        if (Money(e.amountFen) != expected)
            return tr("%1 months at the amounts in force each month are %2 yuan, not %3 yuan.")
                .arg(months)
                .arg(expected.toYuanString(), Money(e.amountFen).toYuanString());
    }
    if (Money(e.amountFen) != expected)
        return tr("%1 months at the recorded %2 yuan a month are %3 yuan, not %4 yuan.")
            .arg(months)
            .arg(monthly.toYuanString(), expected.toYuanString(),
                 Money(e.amountFen).toYuanString());
    return {};
}

} // namespace certdesk
