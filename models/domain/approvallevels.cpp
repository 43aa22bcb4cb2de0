#include "approvallevels.h"

namespace certdesk
{

QString ApprovalLevels::levelKey(int nodeLevel)
{
    switch (nodeLevel) {
    case 1:
        return QStringLiteral("county");
    case 2:
        return QStringLiteral("street");
    case 3:
        return QStringLiteral("community");
    default:
        return QString();
    }
}

QString ApprovalLevels::displayName(const QString &levelKey)
{
    if (levelKey == QLatin1String("county"))
        return tr("county (district)");
    if (levelKey == QLatin1String("street"))
        return tr("street (town)");
    if (levelKey == QLatin1String("community"))
        return tr("community (village)");
    return levelKey;
}

QString ApprovalLevels::refusal(const QStringList &levels, int given, int nodeLevel)
{
    if (levels.isEmpty())
        return QString();
    if (given >= levels.size())
        return tr("All %n approval(s) are already given.", nullptr, int(levels.size()));
    const QString needed = levels.at(given);
    const QString mine = levelKey(nodeLevel);
    if (mine == needed)
        return QString();
    // GD 9: two levels, in order: the street first, then the county.
    return tr("Approval %1 of %2 must come from the %3 level; your account works at the %4 level.")
        .arg(given + 1)
        .arg(levels.size())
        .arg(displayName(needed), mine.isEmpty() ? tr("whole-file") : displayName(mine));
}

} // namespace certdesk
