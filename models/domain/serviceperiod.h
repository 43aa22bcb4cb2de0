#pragma once

#include "benefitcategory.h"
#include "policyprofile.h"

#include <QDate>
#include <QString>

namespace certdesk
{

// What is known about a person that decides their certification service period.
struct PeriodFacts {
    BenefitCategory category = BenefitCategory::Enterprise;
    QDate birth;              // from the ID number
    QDate lastCertification;  // invalid when never certified
    QDate benefitStart;       // date the benefit was confirmed (new recipients)
    int individualMonths = 0; // agency-set period; 0 = the profile's
};

// A certification service period (认证服务期), both ends inclusive civil dates.
// `end` invalid means no period applies (a dependent under 16).
struct ServicePeriod {
    QDate start;
    QDate end;
    QString note; // why there is no period, or which rule applied (English, stable)

    bool applies() const { return end.isValid(); }

    // today is passed in so tests can fix it. Returns a period without end when
    // none applies; an invalid individualMonths is clamped by the caller, see
    // PolicyProfile::validateIndividualMonths.
    static ServicePeriod compute(const PolicyProfile &profile, const PeriodFacts &facts,
                                 const QDate &today);

    // qingdao-institution "fail": the period ends on the operation date and
    // payment is suspended from the 1st of the next month.
    static ServicePeriod failedOn(const QDate &operation);
    static QDate paymentSuspendedFrom(const QDate &operation);

    // The calendar period (e.g. quarter for months = 3) that contains `day`.
    static QDate calendarPeriodStart(const QDate &day, int months);
    static QDate calendarPeriodEnd(const QDate &day, int months);
};

// Month arithmetic that clamps to the month end: 31 Jan + 1 month = 28/29 Feb.
QDate addMonthsClamped(const QDate &day, int months);

} // namespace certdesk
