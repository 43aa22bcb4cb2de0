#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

// The work lists a user opens for a jurisdiction node.
enum class Ledger {
    Overdue,           // period already ended
    Within1,           // ends within 1 month
    Within2,           // ends in 1-2 months
    Within3,           // ends in 2-3 months
    Within3Cumulative, // ends within 3 months (the three bands together)
    ToVerify,          // big-data conclusion "to verify" (待核实)
    BigData,           // every big-data conclusion, disqualified first
    HomeVisit,         // special groups: 80+ or flagged ill/disabled/alone/mental illness
    Search,            // search results
    DrillDown          // people behind a dashboard count (LedgerQuery::DrillDown)
};

class Ledgers
{
    Q_DECLARE_TR_FUNCTIONS(Ledgers)
public:
    // The lists shown as tabs, in order.
    static QList<Ledger> tabs();
    // Stable keys for the CLI: overdue, 1, 2, 3, within3, to-verify, bigdata, home-visit, search.
    static QString key(Ledger w);
    static std::optional<Ledger> fromKey(QStringView key);
    static QString displayName(Ledger w); // translated
    static QString shortName(Ledger w);   // translated, for tabs that show all lists at once
    static bool isExpiryLedger(Ledger w);
};

} // namespace certdesk
