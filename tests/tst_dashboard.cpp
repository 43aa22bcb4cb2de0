// The dashboard: numbers from SQL aggregates that agree with the lists, one chart
// per view, the numbers behind each chart as a table, and a click on a bar that
// opens the list behind it in the main window.
#include "archive/tabledocument.h"
#include "dashboard/dashboardpanel.h"
#include "lifecycle/lifecycleproposals.h"
#include "lifecycle/lifecycleservice.h"
#include "lists/bandcounter.h"
#include "lists/jurisdictionpanel.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientlistmodel.h"
#include "payments/lifecycleactionsdialog.h"
#include "securitytest.h"
#include "testdatabase.h"
#include "translations.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <cmath>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
}

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void numbersAgreeWithTheLists();
    void clickingABarOpensItsList();
    void barClickShowsTheList();
    void integerTicksAndEmptyStatusChart();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    TestDatabase t =
        TestDatabase::demo(m_dir.filePath(QStringLiteral("d.sqlite")), 3000, 12, kToday);
    QVERIFY2(t.db, qPrintable(t.error));
    m_db = std::move(t.db);
    m_profile = t.profile;
}

void TestDashboard::numbersAgreeWithTheLists()
{
    QString error;
    const auto d =
        DashboardData::load(*m_db, *m_profile, QStringLiteral("370299"), kToday, {}, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->children.size(), 3); // the demo's streets
    const LedgerCounts district =
        BandCounter::countAll(*m_db, {1, QStringLiteral("370299")}, kToday);
    for (const Ledger band : {Ledger::Overdue, Ledger::Within1, Ledger::Within2, Ledger::Within3}) {
        qint64 sum = 0;
        for (const auto &c : d->children)
            sum += c.bands.value(band);
        QCOMPARE(sum, district.value(band)); // the children add up to the district's list
    }
    // The forecast's first months hold the ≤1 and 1–2 month bands' people.
    int forecast = 0;
    for (const auto &c : d->children) {
        for (const int n : c.forecast)
            forecast += n;
    }
    QVERIFY(forecast >= district.value(Ledger::Within3Cumulative));
    QCOMPARE(d->forecastMonths().first(), QStringLiteral("2026-11"));
    QCOMPARE(d->trendMonths().last(), QStringLiteral("2026-11"));
    QCOMPARE(d->toVerify, int(district.value(Ledger::ToVerify)));
    // A community user cannot ask for the district, only for their community.
    QVERIFY(!DashboardData::load(*m_db, *m_profile, QStringLiteral("370299"), kToday,
                                 {3, QStringLiteral("370299001001")}, &error));
    QVERIFY(error.contains(QStringLiteral("outside")) || error.contains(QStringLiteral("辖区")));
    const auto own = DashboardData::load(*m_db, *m_profile, QStringLiteral("370299001001"), kToday,
                                         {3, QStringLiteral("370299001001")}, &error);
    QVERIFY2(own, qPrintable(error));
    QCOMPARE(own->children.size(), 1);
}

void TestDashboard::clickingABarOpensItsList()
{
    MainWindow window(*m_db, *m_profile, kToday, securitytest::administrator());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DashboardPanel *panel = window.openDashboard();
    QVERIFY(panel);
    QSignalSpy loaded(panel, &DashboardPanel::loaded);
    QSignalSpy actions(panel, &DashboardPanel::actionsLoaded);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(panel->tabs()->count(), 8);
    if (qEnvironmentVariableIsSet("CERTDESK_SHOTS")) { // what the user sees, for the docs
        for (int tab : {0, 4}) {
            panel->tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            panel->window()->grab().save(QStringLiteral("/tmp/dashboard-%1.png").arg(tab));
        }
        panel->tabs()->setCurrentIndex(0);
    }
    // The numbers behind the bands chart, as exported: one row per street.
    const TableDocument numbers = panel->table(0);
    QCOMPARE(numbers.rows.size(), 3);
    QCOMPARE(numbers.headers.size(), 5);

    auto *series = qobject_cast<QStackedBarSeries *>(panel->chart(0)->series().value(0));
    QVERIFY(series);
    QBarSet *overdue = series->barSets().value(0);
    QCOMPARE(overdue->objectName(), Ledgers::key(Ledger::Overdue));
    QCOMPARE(qint64(overdue->at(1)), numbers.rows.at(1).at(1).toLongLong());
    emit overdue->clicked(1); // the second street's overdue bar
    QCOMPARE(window.ledgers()->currentList(), Ledger::Overdue);
    QCOMPARE(window.ledgers()->scope().code, QStringLiteral("370299002"));
    QTRY_VERIFY(window.ledgers()->shownCount(Ledger::Overdue) >= 0);
    QCOMPARE(window.ledgers()->shownCount(Ledger::Overdue), qint64(overdue->at(1)));
    // This month's payment actions (counted after the rest): the same proposals as
    // the Payments menu, and a click there opens that window.
    QVERIFY(actions.size() == 1 || actions.wait(30000));
    const LifecycleService service(*m_db, *m_profile, Session::commandLine());
    const QList<LifecycleProposal> due =
        LifecycleProposals(*m_db, service).compute(kToday, kToday, QStringLiteral("370299"));
    auto *bars = qobject_cast<QBarSeries *>(panel->chart(7)->series().value(0));
    QVERIFY(bars);
    qreal shown = 0;
    for (int i = 0; i < bars->barSets().first()->count(); ++i)
        shown += bars->barSets().first()->at(i);
    QCOMPARE(int(shown), int(due.size()));
    QSignalSpy openActions(panel, &DashboardPanel::openPaymentActions);
    emit bars->barSets().first()->clicked(0);
    QCOMPARE(openActions.size(), 1);
    QTRY_VERIFY(window.findChild<LifecycleActionsDialog *>() != nullptr);
    // The forecast: the first street's bar for the third month opens the people
    // whose period ends that month, as many as the bar shows.
    auto *forecast = qobject_cast<QStackedBarSeries *>(panel->chart(4)->series().value(0));
    QVERIFY(forecast);
    QBarSet *street = forecast->barSets().value(0);
    const qint64 expected = qint64(street->at(2));
    QVERIFY(expected > 0);
    emit street->clicked(2);
    QCOMPARE(window.ledgers()->currentList(), Ledger::DrillDown);
    QCOMPARE(window.ledgers()->scope().code, QStringLiteral("370299001"));
    QCOMPARE(window.ledgers()->shownCount(Ledger::DrillDown), expected);
    auto *model = window.ledgers()->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(qint64(model->rowCount()), expected);
    // Opened again (for the node now selected): a payment-status bar opens that status.
    // The demo has nobody outside normal payment (the chart then says so in words,
    // integerTicksAndEmptyStatusChart): a few suspended people, as the lifecycle leaves them.
    QSqlQuery suspend(m_db->connection());
    QVERIFY(suspend.exec(QStringLiteral(
        "UPDATE recipient SET benefit_status = 'suspended' WHERE id IN (SELECT id FROM recipient "
        "WHERE street_code = '370299001' ORDER BY id LIMIT 5)")));
    window.openDashboard();
    QVERIFY(loaded.wait(30000));
    auto *status = qobject_cast<QBarSeries *>(panel->chart(6)->series().value(0));
    QVERIFY(status);
    emit status->barSets().first()->clicked(1);
    QCOMPARE(window.ledgers()->currentList(), Ledger::DrillDown);
    QCOMPARE(window.ledgers()->shownCount(Ledger::DrillDown),
             qint64(status->barSets().first()->at(1)));
    // A PNG of the chart.
    auto *view = qobject_cast<QChartView *>(panel->tabs()->widget(0));
    QVERIFY(!view->grab().isNull());
}

// Issue 17: the list a bar opens is not hidden under the dashboard.
void TestDashboard::barClickShowsTheList()
{
    MainWindow window(*m_db, *m_profile, kToday, securitytest::administrator());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DashboardPanel *panel = window.openDashboard();
    QSignalSpy loaded(panel, &DashboardPanel::loaded);
    QVERIFY(loaded.wait(30000));
    QWidget *dashboard = panel->window();
    QVERIFY(dashboard->isVisible());
    auto *series = qobject_cast<QStackedBarSeries *>(panel->chart(0)->series().value(0));
    emit series->barSets().value(1)->clicked(0);
    QCOMPARE(window.ledgers()->currentList(), Ledger::Within1);
    QTableView *table = window.ledgers()->table();
    const QRect list(table->mapToGlobal(QPoint(0, 0)), table->size());
    QVERIFY2(!dashboard->isVisible() || !dashboard->frameGeometry().intersects(list),
             "the dashboard covers the list it opened");
    // Ctrl+D brings it back as it was.
    // Offscreen has no window manager to activate the window the dashboard uncovered.
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(dashboard->isVisible());
    QCOMPARE(window.openDashboard(), panel);
    QVERIFY(loaded.wait(30000));
}

// Issue 17: "1, 0, 0, 0, 0, 0" on the trend's axis, and an empty payment-status
// chart with Qt's "invalid range for value axis [nan - nan]".
void TestDashboard::integerTicksAndEmptyStatusChart()
{
    TestDatabase t =
        TestDatabase::demo(m_dir.filePath(QStringLiteral("small.sqlite")), 40, 3, kToday);
    QVERIFY2(t.db, qPrintable(t.error));
    QSqlQuery q(t.db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE recipient SET benefit_status = 'normal'")));
    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
            if (type != QtDebugMsg && type != QtInfoMsg)
                warnings << text;
        });
    DashboardPanel panel(*t.db, *t.profile, kToday, {});
    panel.resize(900, 600);
    panel.setVisible(true);
    QSignalSpy loaded(&panel, &DashboardPanel::loaded);
    panel.setNode(QStringLiteral("370299"));
    QVERIFY(loaded.wait(30000));
    for (int tab = 0; tab < panel.tabs()->count(); ++tab) {
        panel.tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
    }
    qInstallMessageHandler(previous);
    for (const QString &w : std::as_const(warnings))
        QVERIFY2(!w.contains(QStringLiteral("nan")), qPrintable(w));

    // Nobody outside normal payment: a sentence instead of empty axes.
    QChart *status = panel.chart(6);
    QVERIFY(status->series().isEmpty());
    QVERIFY2(status->title().contains(QStringLiteral("正常发放")), qPrintable(status->title()));

    // Every bar chart counts people in whole numbers: 0 at the bottom, integer steps,
    // a top at or above the highest bar, a handful of ticks.
    int checked = 0;
    for (int tab = 0; tab < panel.tabs()->count(); ++tab) {
        QChart *chart = panel.chart(tab);
        auto *y = chart ? qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0)) : nullptr;
        if (!y)
            continue;
        ++checked;
        qreal highest = 0;
        for (QAbstractSeries *s : chart->series()) {
            auto *bars = qobject_cast<QAbstractBarSeries *>(s);
            const bool stacked = qobject_cast<QStackedBarSeries *>(s) != nullptr;
            QList<qreal> heights;
            for (const QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i) {
                    heights.resize(qMax(heights.size(), qsizetype(i + 1)));
                    heights[i] = stacked ? heights[i] + set->at(i) : qMax(heights[i], set->at(i));
                }
            }
            for (qreal h : std::as_const(heights))
                highest = qMax(highest, h);
        }
        const QString what = panel.tabs()->tabText(tab);
        QCOMPARE(y->min(), 0.0);
        QVERIFY2(y->max() >= highest && y->max() >= 1, qPrintable(what));
        QVERIFY2(y->tickCount() >= 2 && y->tickCount() <= 7, qPrintable(what));
        const qreal step = y->max() / (y->tickCount() - 1);
        QVERIFY2(step >= 1 && step == std::floor(step),
                 qPrintable(QStringLiteral("%1: step %2").arg(what).arg(step)));
        QCOMPARE(y->labelFormat(), QStringLiteral("%d"));
    }
    QVERIFY(checked >= 5);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
