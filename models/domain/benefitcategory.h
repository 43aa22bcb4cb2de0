#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

// Benefit categories that change the certification rules (RULES.md §1).
enum class BenefitCategory {
    Enterprise,
    Institution,
    Resident,
    WorkInjury,
    Unemployment,
    Dependent
};

class BenefitCategories
{
    Q_DECLARE_TR_FUNCTIONS(BenefitCategories)
public:
    static QList<BenefitCategory> all();
    // Stable keys used in JSON, the CLI and the database:
    // enterprise, institution, resident, work-injury, unemployment, dependent.
    static QString key(BenefitCategory c);
    static std::optional<BenefitCategory> fromKey(QStringView key);
    static QString displayName(BenefitCategory c); // translated (zh_CN: 企业职工基本养老保险 ...)
};

} // namespace certdesk
