#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace certdesk
{

// Approvals that must come from given levels of the jurisdiction in order: GD 9's
// "两级审批" of a capped big-data import is a street (乡镇/街道) approval and then a
// county (县) one, not two interchangeable users. Levels are keys: "county" (the
// district/county level, node level 1), "street" (2), "community" (3).
class ApprovalLevels
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalLevels)
public:
    static QString levelKey(int nodeLevel);
    static QString displayName(const QString &levelKey); // translated
    // Why a user whose node is at `nodeLevel` may not give the approval that
    // follows `given` earlier ones, when `levels` are required in order; empty
    // when the user may. An empty `levels` means any level.
    static QString refusal(const QStringList &levels, int given, int nodeLevel);
};

} // namespace certdesk
