#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace certdesk
{

// Expiry-ledger bands (RULES.md §3): where a period's end falls relative to today.
// Overdue: end < today. Within1: today <= end <= today+1m. Within2: (today+1m, today+2m].
// Within3: (today+2m, today+3m]. Later: beyond. None: no period applies.
enum class LedgerBand { None, Overdue, Within1, Within2, Within3, Later };

struct DateRange {
    QDate first; // invalid = unbounded below
    QDate last;  // inclusive
};

class LedgerBands
{
    Q_DECLARE_TR_FUNCTIONS(LedgerBands)
public:
    static LedgerBand bandFor(const QDate &periodEnd, const QDate &today);
    // The range of period end dates that falls in a band; the one definition the
    // SQL queries and bandFor() share. Overdue has an invalid `first`.
    static DateRange range(LedgerBand band, const QDate &today);
    // The cumulative "within 3 months" range: today .. today+3m.
    static DateRange within3(const QDate &today);
    // Stable keys: "overdue", "1", "2", "3", "later", "none".
    static QString key(LedgerBand band);
    static std::optional<LedgerBand> fromKey(QStringView key);
    static QString displayName(LedgerBand band); // translated
};

} // namespace certdesk
