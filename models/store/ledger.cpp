#include "ledger.h"

namespace certdesk
{

QList<Ledger> Ledgers::tabs()
{
    return {Ledger::Overdue,           Ledger::Within1,  Ledger::Within2, Ledger::Within3,
            Ledger::Within3Cumulative, Ledger::ToVerify, Ledger::BigData, Ledger::HomeVisit};
}

QString Ledgers::key(Ledger w)
{
    switch (w) {
    case Ledger::Overdue:
        return QStringLiteral("overdue");
    case Ledger::Within1:
        return QStringLiteral("1");
    case Ledger::Within2:
        return QStringLiteral("2");
    case Ledger::Within3:
        return QStringLiteral("3");
    case Ledger::Within3Cumulative:
        return QStringLiteral("within3");
    case Ledger::ToVerify:
        return QStringLiteral("to-verify");
    case Ledger::BigData:
        return QStringLiteral("bigdata");
    case Ledger::HomeVisit:
        return QStringLiteral("home-visit");
    case Ledger::Search:
        return QStringLiteral("search");
    case Ledger::DrillDown:
        return QStringLiteral("drill-down");
    }
    return {};
}

std::optional<Ledger> Ledgers::fromKey(QStringView key)
{
    for (Ledger w : {Ledger::Overdue, Ledger::Within1, Ledger::Within2, Ledger::Within3,
                     Ledger::Within3Cumulative, Ledger::ToVerify, Ledger::BigData,
                     Ledger::HomeVisit, Ledger::Search}) {
        if (key == Ledgers::key(w))
            return w;
    }
    return std::nullopt;
}

QString Ledgers::displayName(Ledger w)
{
    switch (w) {
    case Ledger::Overdue:
        return tr("Overdue");
    case Ledger::Within1:
        return tr("Within 1 month");
    case Ledger::Within2:
        return tr("1-2 months");
    case Ledger::Within3:
        return tr("2-3 months");
    case Ledger::Within3Cumulative:
        return tr("Within 3 months");
    case Ledger::ToVerify:
        return tr("To verify");
    case Ledger::BigData:
        return tr("Big-data results");
    case Ledger::HomeVisit:
        return tr("Home visits");
    case Ledger::Search:
        return tr("Search results");
    case Ledger::DrillDown:
        return tr("Selected on the dashboard");
    }
    return {};
}

QString Ledgers::shortName(Ledger w)
{
    switch (w) {
    case Ledger::Overdue:
        return tr("Overdue", "short");
    case Ledger::Within1:
        return tr("≤1 mo", "short");
    case Ledger::Within2:
        return tr("1–2 mo", "short");
    case Ledger::Within3:
        return tr("2–3 mo", "short");
    case Ledger::Within3Cumulative:
        return tr("≤3 mo", "short");
    case Ledger::ToVerify:
        return tr("To verify", "short");
    case Ledger::BigData:
        return tr("Big data", "short");
    case Ledger::HomeVisit:
        return tr("Home visits", "short");
    case Ledger::Search:
        return tr("Search", "short");
    case Ledger::DrillDown:
        return tr("Dashboard", "short");
    }
    return {};
}

bool Ledgers::isExpiryLedger(Ledger w)
{
    return w == Ledger::Overdue || w == Ledger::Within1 || w == Ledger::Within2 ||
           w == Ledger::Within3 || w == Ledger::Within3Cumulative;
}

} // namespace certdesk
