// The views follow the Workspace's announcements (docs/decisions.md, "One way
// in"): a check recorded through a service wired to the workspace updates the
// list, the counts, the detail panel, the dashboard and the sync status once
// each — MainWindow refreshes nothing by hand.
#include "dashboard/dashboardpanel.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "io/bigdataimport.h"
#include "io/tablereader.h"
#include "lifecycletest.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientdetailpanel.h"
#include "lists/recipientlistmodel.h"
#include "securitytest.h"
#include "store/demogenerator.h"
#include "sync/conflictrepository.h"
#include "sync/synccontroller.h"
#include "synctest.h"
#include "verification/contactlog.h"
#include "verification/homevisitservice.h"
#include "verification/verificationservice.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"
#include "workspace/workspacechanges.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
}

class TestWorkspaceChanges : public QObject
{
    Q_OBJECT
private slots:
    void aRecordedCheckUpdatesEveryViewOnce();
};

void TestWorkspaceChanges::aRecordedCheckUpdatesEveryViewOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(profile, qPrintable(error));
    auto db = securitytest::demoDatabase(dir.filePath(QStringLiteral("w.sqlite")), *profile, 800, 3,
                                         kToday, &error);
    QVERIFY2(db, qPrintable(error));
    Workspace workspace(*db, *profile, securitytest::administrator());
    MainWindow window(workspace, kToday);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DashboardPanel *dashboard = window.openDashboard();
    QTRY_VERIFY(window.ledgers()->shownCount(window.ledgers()->currentList()) >= 0);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral(
                "SELECT id FROM recipient WHERE coalesce(phone, '') <> '' ORDER BY id LIMIT 1")) &&
            q.next());
    const qint64 id = q.value(0).toLongLong();
    window.detail()->showRecipient(id);
    QTest::qWait(300); // let the first counts and the dashboard settle

    QSignalSpy announced(workspace.changes(), &WorkspaceChanges::changed);
    QSignalSpy lists(window.ledgers()->model(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(window.ledgers(), &LedgerPanel::countsUpdated);
    QSignalSpy detail(window.detail(), &RecipientDetailPanel::shown);
    QSignalSpy board(dashboard, &DashboardPanel::loaded);
    QSignalSpy sync(window.syncController(), &SyncController::statusChanged);

    // A service built from the workspace, as the window's own are.
    VerificationService service(workspace.database(), workspace.profile(), workspace.evidence(),
                                workspace.session());
    service.setChanges(workspace.changes());
    service.setToday(kToday);
    QImage image(200, 150, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const auto item = workspace.evidence().intakeImage(image, QStringLiteral("p.png"), &error);
    QVERIFY2(item, qPrintable(error));
    VerificationEvent e;
    e.recipientId = id;
    e.checkDate = kToday;
    e.worker = QStringLiteral("王社工");
    e.evidence = {EvidenceLink{*item, EvidenceKind::Person}};
    QVERIFY2(service.record(e, &error), qPrintable(error));

    QCOMPARE(announced.count(), 1);
    QTRY_COMPARE(counts.count(), 1);
    QTRY_COMPARE(board.count(), 1);
    QTest::qWait(300); // nothing more arrives late
    QCOMPARE(lists.count(), 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(detail.count(), 1);
    QCOMPARE(detail.first().first().toLongLong(), id);
    QCOMPARE(board.count(), 1);
    QCOMPARE(sync.count(), 1);

    // After each further change: announced once, every view updated once, the
    // sync status `syncUpdates` times.
    const auto eachViewOnce = [&](const std::function<void()> &change, int syncUpdates) {
        for (QSignalSpy *spy : {&announced, &lists, &counts, &detail, &board, &sync})
            spy->clear();
        change();
        QCOMPARE(announced.count(), 1);
        QTRY_COMPARE(counts.count(), 1);
        QTRY_COMPARE(board.count(), 1);
        QTest::qWait(300);
        QCOMPARE(lists.count(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(detail.count(), 1);
        QCOMPARE(board.count(), 1);
        QCOMPARE(sync.count(), syncUpdates);
    };

    // An import announces itself once it is committed (many people: every view
    // reloads once; the outbox is not touched).
    QVERIFY(q.exec(QStringLiteral("SELECT id_number FROM recipient WHERE id = %1").arg(id)) &&
            q.next());
    ReadTable table;
    table.headers = {QStringLiteral("身份证号"), QStringLiteral("结论"), QStringLiteral("详情")};
    table.rows << QStringList{q.value(0).toString(), QStringLiteral("待核实"),
                              QStringLiteral("通知测试")};
    BigDataImport importer(workspace.database(), workspace.profile());
    importer.setChanges(workspace.changes());
    const ImportPlan plan = importer.validate(table, ImportMapping::guess(table.headers), kToday);
    QVERIFY(plan.problems.isEmpty() && plan.changes.size() == 1);
    eachViewOnce(
        [&] { QVERIFY2(importer.apply(plan, workspace.session(), &error), qPrintable(error)); }, 0);
    if (QTest::currentTestFailed())
        return;

    // A payment step of the person shown: once each, the outbox included.
    LifecycleService payments(workspace.database(), workspace.profile(), workspace.session());
    payments.setChanges(workspace.changes());
    payments.setToday(kToday);
    LifecycleEvent step =
        lifecycletest::failure(id, kToday, QStringLiteral("王社工"), QStringLiteral("通知测试"));
    eachViewOnce([&] { QVERIFY2(payments.record(step, &error), qPrintable(error)); }, 1);
    if (QTest::currentTestFailed())
        return;

    // A reminder logged (it lets a failure be proposed): the lists and the person
    // follow; reminders are not synced.
    ContactLog reminders(workspace.database(), workspace.profile(), workspace.session());
    reminders.setChanges(workspace.changes());
    ContactEntry call;
    call.recipientId = id;
    call.date = kToday;
    call.channel = QStringLiteral("phone");
    call.outcome = QStringLiteral("no-answer");
    call.worker = QStringLiteral("王社工");
    eachViewOnce([&] { QVERIFY2(reminders.add(call, &error), qPrintable(error)); }, 0);
    if (QTest::currentTestFailed())
        return;

    // A home-visit request for a person of 80 or more, shown in the panel.
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM recipient WHERE birth_date <= '%1' ORDER BY id "
                                  "LIMIT 1")
                       .arg(kToday.addYears(-81).toString(Qt::ISODate))) &&
            q.next());
    const qint64 elder = q.value(0).toLongLong();
    window.detail()->showRecipient(elder);
    HomeVisitService visits(workspace.database(), workspace.profile(), WorkingCalendar::builtin(),
                            workspace.session());
    visits.setChanges(workspace.changes());
    eachViewOnce(
        [&] {
            QVERIFY2(visits.request(elder, kToday, QStringLiteral("家属"), QStringLiteral("family"),
                                    QStringLiteral("卧床"), &error),
                     qPrintable(error));
        },
        0);
    if (QTest::currentTestFailed())
        return;

    // A supervisor's conflict decision about the person shown: waits in the outbox.
    QVERIFY(q.exec(QStringLiteral("SELECT id_number, name, street_code, community_code FROM "
                                  "recipient WHERE id = %1")
                       .arg(elder)) &&
            q.next());
    const synctest::Person person{elder, q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toString()};
    QVERIFY(synctest::insertConflict(
        workspace.database(), QStringLiteral("c-phone"), QStringLiteral("contact-field"), person,
        QStringLiteral("phone"), QStringLiteral("13800000001"), QStringLiteral("13800000002")));
    ConflictRepository conflicts(workspace.database(), workspace.session(), &workspace.audit());
    conflicts.setChanges(workspace.changes());
    eachViewOnce(
        [&] {
            QVERIFY2(conflicts.resolve(QStringLiteral("c-phone"), QStringLiteral("use-value"),
                                       QStringLiteral("13800000002"), QString(), &error),
                     qPrintable(error));
        },
        1);
}

QTEST_MAIN(TestWorkspaceChanges)
#include "tst_workspacechanges.moc"
