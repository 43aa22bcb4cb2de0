#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace certdesk
{

// Special-group service ledger membership (RULES.md §3): aged 80+ (from the ID
// number's birth date) or flagged ill, disabled, living alone, mentally ill.
class SpecialGroup
{
    Q_DECLARE_TR_FUNCTIONS(SpecialGroup)
public:
    enum Flag { Ill = 1, Disabled = 2, LivingAlone = 4, MentalIllness = 8 };
    static constexpr int AgeThreshold = 80;

    static bool isMember(const QDate &birth, int flags, const QDate &today);
    // Born on or before this date means aged 80+ on `today`.
    static QDate latestBirthForAge(const QDate &today, int age = AgeThreshold);
    // Translated reasons, e.g. {"80岁以上", "残疾"}.
    static QStringList reasons(const QDate &birth, int flags, const QDate &today);
};

} // namespace certdesk
