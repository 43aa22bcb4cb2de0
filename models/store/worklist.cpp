#include "worklist.h"

QList<Worklist> Worklists::tabs()
{
    return {Worklist::Overdue,  Worklist::Within1,  Worklist::Within2,
            Worklist::Within3,  Worklist::Within3Cumulative, Worklist::ToVerify,
            Worklist::BigData,  Worklist::HomeVisit};
}

QString Worklists::key(Worklist w)
{
    switch (w) {
    case Worklist::Overdue: return QStringLiteral("overdue");
    case Worklist::Within1: return QStringLiteral("1");
    case Worklist::Within2: return QStringLiteral("2");
    case Worklist::Within3: return QStringLiteral("3");
    case Worklist::Within3Cumulative: return QStringLiteral("within3");
    case Worklist::ToVerify: return QStringLiteral("to-verify");
    case Worklist::BigData: return QStringLiteral("bigdata");
    case Worklist::HomeVisit: return QStringLiteral("home-visit");
    case Worklist::Search: return QStringLiteral("search");
    case Worklist::DrillDown: return QStringLiteral("drill-down");
    }
    return {};
}

std::optional<Worklist> Worklists::fromKey(QStringView key)
{
    for (Worklist w : {Worklist::Overdue, Worklist::Within1, Worklist::Within2, Worklist::Within3,
                       Worklist::Within3Cumulative, Worklist::ToVerify, Worklist::BigData,
                       Worklist::HomeVisit, Worklist::Search}) {
        if (key == Worklists::key(w))
            return w;
    }
    return std::nullopt;
}

QString Worklists::displayName(Worklist w)
{
    switch (w) {
    case Worklist::Overdue: return tr("Overdue");
    case Worklist::Within1: return tr("Within 1 month");
    case Worklist::Within2: return tr("1-2 months");
    case Worklist::Within3: return tr("2-3 months");
    case Worklist::Within3Cumulative: return tr("Within 3 months");
    case Worklist::ToVerify: return tr("To verify");
    case Worklist::BigData: return tr("Big-data results");
    case Worklist::HomeVisit: return tr("Home visits");
    case Worklist::Search: return tr("Search results");
    case Worklist::DrillDown: return tr("Selected on the dashboard");
    }
    return {};
}

QString Worklists::shortName(Worklist w)
{
    switch (w) {
    case Worklist::Overdue: return tr("Overdue", "short");
    case Worklist::Within1: return tr("≤1 mo", "short");
    case Worklist::Within2: return tr("1–2 mo", "short");
    case Worklist::Within3: return tr("2–3 mo", "short");
    case Worklist::Within3Cumulative: return tr("≤3 mo", "short");
    case Worklist::ToVerify: return tr("To verify", "short");
    case Worklist::BigData: return tr("Big data", "short");
    case Worklist::HomeVisit: return tr("Home visits", "short");
    case Worklist::Search: return tr("Search", "short");
    case Worklist::DrillDown: return tr("Dashboard", "short");
    }
    return {};
}

bool Worklists::isExpiryLedger(Worklist w)
{
    return w == Worklist::Overdue || w == Worklist::Within1 || w == Worklist::Within2
        || w == Worklist::Within3 || w == Worklist::Within3Cumulative;
}
