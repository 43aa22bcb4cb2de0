#pragma once

#include "domain/benefitcategory.h"
#include "domain/bigdataconclusion.h"
#include "domain/serviceperiod.h"

#include <QDate>
#include <QString>
#include <optional>

namespace certdesk
{

// One benefit recipient as stored (a row of `recipient`). The service period is
// derived from the facts by ServicePeriod and stored so ledgers are index ranges.
struct Recipient {
    qint64 id = 0;
    QString idNumber; // canonical, 18 characters
    QString name;
    QString nameInitials;
    QDate birth;
    QChar sex; // 'M' or 'F'
    BenefitCategory category = BenefitCategory::Enterprise;
    QString districtCode;
    QString streetCode;
    QString communityCode;
    QString phone;
    QString householdAddress;
    QString residenceAddress;
    QString residenceType = QStringLiteral("local"); // local, domestic, abroad
    QDate benefitStart;
    QDate lastCertification;
    int individualMonths = 0;
    QDate periodStart;
    QDate periodEnd;
    int specialFlags = 0;
    qint64 monthlyBenefitFen = 0;
    std::optional<BigDataConclusion> conclusion;
    QString bigdataMonth; // YYYY-MM
    QString bigdataDetail;
    QString bigdataSource;
    QString bigdataBehaviour;
    QDate lastCheck; // latest recorded check that found the person alive (events)
    QString livingStatus = QStringLiteral("alive"); // from the latest effective check
    QString benefitStatus =
        QStringLiteral("normal"); // from the lifecycle events (BenefitLifecycle)

    // What decides this person's service period: the later of the certification
    // on file and the latest qualifying check recorded here.
    PeriodFacts periodFacts() const
    {
        PeriodFacts f;
        f.category = category;
        f.birth = birth;
        f.lastCertification =
            lastCheck.isValid() && (!lastCertification.isValid() || lastCheck > lastCertification)
                ? lastCheck
                : lastCertification;
        f.benefitStart = benefitStart;
        f.individualMonths = individualMonths;
        return f;
    }
};

// An open home-visit request, if any.
struct VisitRequest {
    qint64 id = 0;
    qint64 recipientId = 0;
    QDate requestedOn;
    QDate dueOn;
    QString status;
    QString note;
};

} // namespace certdesk
