#pragma once

#include "lists/bandcounter.h"
#include "store/jurisdictionrepository.h"
#include "store/ledger.h"
#include "store/ledgerquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace certdesk
{

class Database;
class PolicyProfile;

// The numbers behind the dashboard of one jurisdiction node, computed with SQL
// aggregates (meant to run off the GUI thread; every query is one indexed pass).
struct DashboardData {
    Q_DECLARE_TR_FUNCTIONS(DashboardData)
public:
    // One row per child node (streets of a district, communities of a street; the
    // node itself for a community).
    struct Child {
        JurisdictionNode node;
        LedgerCounts bands;          // overdue, within 1, 2, 3 months
        QMap<QString, int> forecast; // "yyyy-MM" -> periods ending that month
    };
    JurisdictionNode node;
    QDate today;
    QList<Child> children;
    QMap<QString, int> methodsThisMonth; // method key -> checks recorded this month
    QMap<QString, int> trend;            // "yyyy-MM" -> checks, the last 12 months
    int toVerify = 0;                    // on the to-verify list
    int toVerifyChecked = 0;             // of them, checked since the list arrived
    QDate toVerifyDeadline;              // list month + profile months
    int visitsDue = 0;                   // open home-visit requests not yet due
    int visitsOverdue = 0;               // open requests past their due date
    QMap<QString, int> benefitStatus;    // failed / suspended / stopped / sealed -> people

    QStringList forecastMonths() const; // the 12 coming months, "yyyy-MM"
    QStringList trendMonths() const;    // the last 12 months, "yyyy-MM"

    // limit: the signed-in user's node (empty = no limit); the node must be within it.
    static std::optional<DashboardData> load(const Database &db, const PolicyProfile &profile,
                                             const QString &nodeCode, const QDate &today,
                                             const Scope &limit, QString *error);
};

} // namespace certdesk
