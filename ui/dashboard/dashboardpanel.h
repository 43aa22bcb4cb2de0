#pragma once

#include "dashboard/dashboarddata.h"

#include <QFutureWatcher>
#include <QWidget>
#include <optional>

class QChart;
class QChartView;
class QLabel;
class QTabWidget;

namespace certdesk
{

class Database;
class PolicyProfile;
class WorkspaceChanges;
struct TableDocument;

// The dashboard of one node (Qt Charts): expiry bands per child node, checks by
// method this month, the 12-month trend, the to-verify list against its
// deadline, the workload forecast, home visits and payment status. The numbers
// are computed off the GUI thread. Clicking a bar opens the list behind it;
// each chart saves as PNG and its numbers export as a table (XLSX or CSV).
class DashboardPanel : public QWidget
{
    Q_OBJECT
public:
    DashboardPanel(const Database &db, const PolicyProfile &profile, const QDate &today,
                   const Scope &limit, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    void setNode(const QString &code);
    // Counts its node again once for each committed change of people or counts.
    void follow(WorkspaceChanges *changes);
    QTabWidget *tabs() const { return m_tabs; }
    QChart *chart(int tab) const;
    // The numbers of a chart, as the table export writes them.
    TableDocument table(int tab) const;
    void savePng();
    void exportNumbers();

signals:
    void loaded();
    void actionsLoaded(); // this month's payment actions, counted after the rest
    void openList(const Scope &scope, const QString &name, Ledger list);
    void openPaymentActions();
    void openDrillDown(const Scope &scope, const QString &name, const LedgerQuery::DrillDown &drill,
                       const QString &title);

private:
    void show(const DashboardData &data);
    QChartView *addChart(QChart *chart, const QString &title);
    QChart *bandsChart(const DashboardData &d);
    QChart *methodsChart(const DashboardData &d);
    QChart *trendChart(const DashboardData &d);
    QChart *toVerifyChart(const DashboardData &d);
    QChart *forecastChart(const DashboardData &d);
    QChart *visitsChart(const DashboardData &d);
    QChart *statusChart(const DashboardData &d);
    QChart *actionsChart(const QMap<QString, int> &due);
    void drill(const LedgerQuery::DrillDown &drill, const QString &title);

    const Database &m_db;
    const PolicyProfile &m_profile;
    QDate m_today;
    Scope m_limit;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QFutureWatcher<std::optional<DashboardData>> m_watcher;
    // The lifecycle's proposals take longer on a large district than the other
    // aggregates: counted separately, so the charts above show first.
    QFutureWatcher<QMap<QString, int>> m_actionsWatcher;
    QString m_code;
    std::optional<DashboardData> m_data;
    QString m_error;
};

} // namespace certdesk
