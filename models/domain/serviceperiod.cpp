#include "serviceperiod.h"

namespace certdesk
{

QDate addMonthsClamped(const QDate &day, int months)
{
    // QDate::addMonths already clamps to the last day of the target month
    // (31 Jan + 1 month = 28/29 Feb); kept as one named function so every rule
    // and the ledger bands share the same arithmetic.
    return day.isValid() ? day.addMonths(months) : QDate();
}

namespace
{

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

QString ruleNote(PeriodRule rule)
{
    switch (rule) {
    case PeriodRule::SameDay:
        return QStringLiteral("same-day");
    case PeriodRule::NextMonth:
        return QStringLiteral("next-month");
    case PeriodRule::OperationMonth:
        return QStringLiteral("operation-month");
    case PeriodRule::AnnualWindow:
        return QStringLiteral("annual-window");
    case PeriodRule::CalendarPeriod:
        return QStringLiteral("calendar-period");
    }
    return QString();
}

} // namespace

ServicePeriod ServicePeriod::compute(const PolicyProfile &profile, const PeriodFacts &facts,
                                     const QDate &today)
{
    ServicePeriod p;
    QDate base = facts.lastCertification.isValid() ? facts.lastCertification : facts.benefitStart;

    if (facts.category == BenefitCategory::Dependent && facts.birth.isValid()) {
        // Qingdao art. 10: no period before the dependent's 16th birthday; from
        // then on the period runs from the later of that birthday and the last
        // certification (or confirmation). addYears maps 29 Feb to 28 Feb.
        const QDate adult = facts.birth.addYears(profile.dependentMinAge());
        if (today.isValid() && today < adult) {
            p.note = QStringLiteral("under %1").arg(profile.dependentMinAge());
            return p;
        }
        if (!base.isValid() || base < adult)
            base = adult;
    }
    if (!base.isValid()) {
        p.note = QStringLiteral("no start date");
        return p;
    }

    const CategoryRule rule = profile.rule(facts.category);
    // An agency-set individual period replaces the profile's months for the
    // rules that count months; the annual window and calendar periods are fixed
    // schedules. Out-of-range values should have been refused by
    // validateIndividualMonths; clamp defensively so a bad row cannot produce an
    // absurd period.
    int months = rule.months;
    if (facts.individualMonths > 0)
        months = qMin(facts.individualMonths, profile.maxPeriodMonths());

    p.note = ruleNote(rule.rule);
    switch (rule.rule) {
    case PeriodRule::SameDay:
        p.start = base;
        p.end = addMonthsClamped(base, months);
        break;
    case PeriodRule::NextMonth:
        p.start = firstOfMonth(base).addMonths(1);
        p.end = p.start.addMonths(months).addDays(-1);
        break;
    case PeriodRule::OperationMonth:
        p.start = firstOfMonth(base);
        p.end = p.start.addMonths(months).addDays(-1);
        break;
    case PeriodRule::AnnualWindow: {
        // A certification inside (or after the start of) this year's window
        // meets this year's duty, so next year's window end is the deadline. One
        // before the window opens is the late check for last year; this year's
        // duty is still open.
        p.start = base;
        const int year =
            base >= profile.annualWindowStart(base.year()) ? base.year() + 1 : base.year();
        p.end = profile.annualWindowEnd(year);
        break;
    }
    case PeriodRule::CalendarPeriod: {
        // Certifying meets the duty of the period containing the date; the next
        // one is due by the end of the following period.
        p.start = base;
        const QDate next = calendarPeriodEnd(base, rule.months).addDays(1);
        p.end = calendarPeriodEnd(next, rule.months);
        break;
    }
    }
    return p;
}

ServicePeriod ServicePeriod::failedOn(const QDate &operation)
{
    ServicePeriod p;
    p.end = operation;
    p.note = QStringLiteral("failed");
    return p;
}

QDate ServicePeriod::paymentSuspendedFrom(const QDate &operation)
{
    return operation.isValid() ? firstOfMonth(operation).addMonths(1) : QDate();
}

QDate ServicePeriod::calendarPeriodStart(const QDate &day, int months)
{
    if (!day.isValid() || months < 1 || months > 12)
        return QDate();
    const int firstMonth = (day.month() - 1) / months * months + 1;
    return QDate(day.year(), firstMonth, 1);
}

QDate ServicePeriod::calendarPeriodEnd(const QDate &day, int months)
{
    const QDate start = calendarPeriodStart(day, months);
    if (!start.isValid())
        return QDate();
    // Periods that do not divide the year are cut at 31 Dec.
    const QDate end = start.addMonths(months).addDays(-1);
    const QDate yearEnd(day.year(), 12, 31);
    return end < yearEnd ? end : yearEnd;
}

} // namespace certdesk
