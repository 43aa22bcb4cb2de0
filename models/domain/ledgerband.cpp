#include "ledgerband.h"

#include "serviceperiod.h"

namespace certdesk
{

namespace
{

// Upper boundaries: Within1 ends on today+1m, Within2 on today+2m, Within3 on
// today+3m (month arithmetic clamped to the month end, as for periods).
QDate boundary(const QDate &today, int months)
{
    return addMonthsClamped(today, months);
}

} // namespace

DateRange LedgerBands::range(LedgerBand band, const QDate &today)
{
    if (!today.isValid())
        return {};
    switch (band) {
    case LedgerBand::None:
        return {};
    case LedgerBand::Overdue:
        return {QDate(), today.addDays(-1)};
    case LedgerBand::Within1:
        return {today, boundary(today, 1)};
    case LedgerBand::Within2:
        return {boundary(today, 1).addDays(1), boundary(today, 2)};
    case LedgerBand::Within3:
        return {boundary(today, 2).addDays(1), boundary(today, 3)};
    case LedgerBand::Later:
        return {boundary(today, 3).addDays(1), QDate()};
    }
    return {};
}

DateRange LedgerBands::within3(const QDate &today)
{
    if (!today.isValid())
        return {};
    return {today, boundary(today, 3)};
}

LedgerBand LedgerBands::bandFor(const QDate &periodEnd, const QDate &today)
{
    if (!periodEnd.isValid() || !today.isValid())
        return LedgerBand::None;
    // Walk the bands in date order using the same ranges the SQL queries use.
    for (LedgerBand band :
         {LedgerBand::Overdue, LedgerBand::Within1, LedgerBand::Within2, LedgerBand::Within3}) {
        if (periodEnd <= range(band, today).last)
            return band;
    }
    return LedgerBand::Later;
}

QString LedgerBands::key(LedgerBand band)
{
    switch (band) {
    case LedgerBand::None:
        return QStringLiteral("none");
    case LedgerBand::Overdue:
        return QStringLiteral("overdue");
    case LedgerBand::Within1:
        return QStringLiteral("1");
    case LedgerBand::Within2:
        return QStringLiteral("2");
    case LedgerBand::Within3:
        return QStringLiteral("3");
    case LedgerBand::Later:
        return QStringLiteral("later");
    }
    return QString();
}

std::optional<LedgerBand> LedgerBands::fromKey(QStringView key)
{
    for (LedgerBand band : {LedgerBand::None, LedgerBand::Overdue, LedgerBand::Within1,
                            LedgerBand::Within2, LedgerBand::Within3, LedgerBand::Later}) {
        if (key == LedgerBands::key(band))
            return band;
    }
    return std::nullopt;
}

QString LedgerBands::displayName(LedgerBand band)
{
    switch (band) {
    case LedgerBand::None:
        return tr("No period");
    case LedgerBand::Overdue:
        return tr("Overdue");
    case LedgerBand::Within1:
        return tr("≤1 month");
    case LedgerBand::Within2:
        return tr("1–2 months");
    case LedgerBand::Within3:
        return tr("2–3 months");
    case LedgerBand::Later:
        return tr("Later");
    }
    return QString();
}

} // namespace certdesk
