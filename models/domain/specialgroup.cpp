#include "specialgroup.h"

#include "idnumber.h"

namespace certdesk
{

bool SpecialGroup::isMember(const QDate &birth, int flags, const QDate &today)
{
    return flags != 0 || ageOn(birth, today) >= AgeThreshold;
}

QDate SpecialGroup::latestBirthForAge(const QDate &today, int age)
{
    if (!today.isValid())
        return QDate();
    const int year = today.year() - age;
    // Mirrors ageOn(): someone born 29 Feb has their birthday on 28 Feb in common
    // years, so on 28 Feb of a common year a 29 Feb birth also counts.
    if (today.month() == 2 && today.day() == 28 && !QDate::isLeapYear(today.year()) &&
        QDate::isLeapYear(year))
        return QDate(year, 2, 29);
    return today.addYears(-age); // 29 Feb -> 28 Feb when `year` is common
}

QStringList SpecialGroup::reasons(const QDate &birth, int flags, const QDate &today)
{
    QStringList out;
    if (ageOn(birth, today) >= AgeThreshold)
        out << tr("Aged %1+").arg(AgeThreshold);
    if (flags & Ill)
        out << tr("Ill");
    if (flags & Disabled)
        out << tr("Disabled");
    if (flags & LivingAlone)
        out << tr("Living alone");
    if (flags & MentalIllness)
        out << tr("Mental illness");
    return out;
}

} // namespace certdesk
