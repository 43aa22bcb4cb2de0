#include "benefitcategory.h"

namespace certdesk
{

QList<BenefitCategory> BenefitCategories::all()
{
    return {BenefitCategory::Enterprise, BenefitCategory::Institution,  BenefitCategory::Resident,
            BenefitCategory::WorkInjury, BenefitCategory::Unemployment, BenefitCategory::Dependent};
}

QString BenefitCategories::key(BenefitCategory c)
{
    switch (c) {
    case BenefitCategory::Enterprise:
        return QStringLiteral("enterprise");
    case BenefitCategory::Institution:
        return QStringLiteral("institution");
    case BenefitCategory::Resident:
        return QStringLiteral("resident");
    case BenefitCategory::WorkInjury:
        return QStringLiteral("work-injury");
    case BenefitCategory::Unemployment:
        return QStringLiteral("unemployment");
    case BenefitCategory::Dependent:
        return QStringLiteral("dependent");
    }
    return QString();
}

std::optional<BenefitCategory> BenefitCategories::fromKey(QStringView key)
{
    const QList<BenefitCategory> categories = all();
    for (BenefitCategory c : categories) {
        if (key == BenefitCategories::key(c))
            return c;
    }
    return std::nullopt;
}

QString BenefitCategories::displayName(BenefitCategory c)
{
    switch (c) {
    case BenefitCategory::Enterprise:
        return tr("Enterprise employee pension");
    case BenefitCategory::Institution:
        return tr("Institution pension");
    case BenefitCategory::Resident:
        return tr("Urban-rural resident pension");
    case BenefitCategory::WorkInjury:
        return tr("Work-injury long-term benefit");
    case BenefitCategory::Unemployment:
        return tr("Unemployment benefit");
    case BenefitCategory::Dependent:
        return tr("Dependent/survivor benefit");
    }
    return QString();
}

} // namespace certdesk
