// The sync parts of the window, offscreen and in Chinese: the status-bar field
// for every state, the conflicts window deciding a conflict through its widgets.
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "security/audittrail.h"
#include "securitytest.h"
#include "sync/conflictsdialog.h"
#include "sync/synccontroller.h"
#include "sync/syncdialog.h"
#include "sync/syncsettings.h"
#include "sync/syncstatusindicator.h"
#include "synctest.h"
#include "translations.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
}

class TestSyncUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void indicatorStates_data();
    void indicatorStates();
    void indicatorClicks();
    void conflictsDialogDecides();
    void conflictsDialogRefusesWorker();
    void mainWindowHasSyncMenu();
    void syncDialogSavesSettings();
    void signInFailureShown();
    void screenshots();

private:
    Session supervisor() const
    {
        return securitytest::sessionAt(Role::StreetSupervisor, 2, m_person.street);
    }

    QTemporaryDir m_dir;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<MainWindow> m_window;
    synctest::Person m_person;
};

void TestSyncUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_db = securitytest::demoDatabase(m_dir.filePath(QStringLiteral("ui.sqlite")), *m_profile, 300,
                                      4, kToday, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_audit = std::make_unique<AuditTrail>(*m_db, *m_profile, WorkingCalendar::builtin());
    m_person = synctest::personOutside(*m_db, {});
    QVERIFY(synctest::insertConflict(
        *m_db, QStringLiteral("c-phone"), QStringLiteral("contact-field"), m_person,
        QStringLiteral("phone"), QStringLiteral("13900000001"), QStringLiteral("13900000002")));
}

void TestSyncUi::cleanupTestCase()
{
    m_window.reset();
    m_audit.reset();
    m_db.reset();
}

void TestSyncUi::indicatorStates_data()
{
    QTest::addColumn<SyncStatus>("status");
    QTest::addColumn<QString>("text");
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime at1405 = QDateTime(now.date(), QTime(14, 5)).toUTC();
    const QDateTime at1410 = QDateTime(now.date(), QTime(14, 10)).toUTC();

    QTest::newRow("not configured") << SyncStatus() << QStringLiteral("未配置同步");
    SyncStatus idle;
    idle.state = SyncStatus::State::Idle;
    idle.lastSync = at1405;
    idle.pendingEvents = 3;
    idle.openConflicts = 1;
    QTest::newRow("idle") << idle << QStringLiteral("在线 · 上次同步 14:05 · 待上传 3 · 冲突 1");
    SyncStatus offline;
    offline.state = SyncStatus::State::Offline;
    offline.pendingEvents = 3;
    offline.nextAttempt = at1410;
    QTest::newRow("offline") << offline << QStringLiteral("离线 · 3 条待上传 · 下次重试 14:10");
    SyncStatus signedOut;
    signedOut.state = SyncStatus::State::SignedOut;
    signedOut.pendingEvents = 2;
    QTest::newRow("signed out") << signedOut << QStringLiteral("未登录同步服务器 · 待上传 2");
    SyncStatus syncing;
    syncing.state = SyncStatus::State::Syncing;
    syncing.pendingEvents = 5;
    QTest::newRow("syncing") << syncing << QStringLiteral("正在同步… · 待上传 5");
    SyncStatus person;
    person.state = SyncStatus::State::NeedsPerson;
    person.rejectedEvents = 2;
    person.openConflicts = 0;
    person.message = QStringLiteral("身份证号不在辖区内");
    QTest::newRow("needs person") << person << QStringLiteral("同步需要处理 · 被拒 2 条 · 冲突 0");
}

void TestSyncUi::indicatorStates()
{
    QFETCH(SyncStatus, status);
    QFETCH(QString, text);
    SyncStatusIndicator indicator;
    indicator.setStatus(status);
    QCOMPARE(indicator.text(), text);
    QVERIFY(indicator.toolTip().startsWith(text));
    if (!status.message.isEmpty())
        QVERIFY(indicator.toolTip().contains(status.message));
}

void TestSyncUi::indicatorClicks()
{
    SyncStatusIndicator indicator;
    indicator.show();
    QVERIFY(QTest::qWaitForWindowExposed(&indicator));
    QSignalSpy clicked(&indicator, &SyncStatusIndicator::clicked);
    QTest::mouseClick(&indicator, Qt::LeftButton);
    QCOMPARE(clicked.size(), 1);
}

void TestSyncUi::conflictsDialogDecides()
{
    ConflictsDialog dialog(*m_db, supervisor(), m_audit.get());
    QSignalSpy decided(&dialog, &ConflictsDialog::decided);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), m_person.name);
    QVERIFY(table->item(0, 1)->text().contains(QLatin1Char('*')));
    QVERIFY2(table->item(0, 5)->text().contains(QStringLiteral("13900000002")),
             qPrintable(table->item(0, 5)->text()));
    QVERIFY2(table->item(0, 5)->text().contains(QStringLiteral("当前有效")),
             qPrintable(table->item(0, 5)->text()));
    QVERIFY(dialog.selectConflict(QStringLiteral("c-phone")));
    QVERIFY(dialog.recordButton()->isEnabled());
    QCOMPARE(dialog.decisionBox()->currentData().toString(), QStringLiteral("use-value"));
    QCOMPARE(dialog.valueBox()->count(), 2);
    QCOMPARE(dialog.valueBox()->currentData().toString(),
             QStringLiteral("13900000002")); // newer first
    dialog.valueBox()->setCurrentIndex(1);
    QTest::mouseClick(dialog.recordButton(), Qt::LeftButton);
    QCOMPARE(decided.size(), 1);
    QCOMPARE(synctest::count(
                 *m_db, QStringLiteral(
                            "SELECT count(*) FROM sync_resolution WHERE conflict_id = 'c-phone' "
                            "AND value = '13900000001' AND decision = 'use-value'")),
             1);
    QVERIFY(!dialog.recordButton()->isEnabled());
    QVERIFY2(table->item(0, 6)->text().contains(QStringLiteral("下次同步")),
             qPrintable(table->item(0, 6)->text()));
}

void TestSyncUi::conflictsDialogRefusesWorker()
{
    const Session worker = securitytest::sessionAt(Role::CommunityWorker, 3, m_person.community);
    ConflictsDialog dialog(*m_db, worker, m_audit.get());
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(!dialog.recordButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QString(), Qt::FindChildrenRecursively) != nullptr);
    bool reasonShown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        reasonShown = reasonShown || label->text() == worker.refusal(Action::ResolveConflict);
    QVERIFY(reasonShown);
}

void TestSyncUi::mainWindowHasSyncMenu()
{
    m_window =
        std::make_unique<MainWindow>(*m_db, *m_profile, kToday, securitytest::administrator());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *menu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("syncMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("同步(&S)"));
    QVERIFY(m_window->syncNowAction()->shortcuts().contains(
        QKeySequence(QStringLiteral("Ctrl+Shift+S"))));
    QVERIFY(m_window->syncNowAction()->shortcuts().contains(QKeySequence(Qt::Key_F9)));
    // The menu shows an action's first shortcut: F9 is the one the issue looked for.
    QCOMPARE(m_window->syncNowAction()->shortcut(), QKeySequence(Qt::Key_F9));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("syncSettingsAction"),
                                       Qt::FindDirectChildrenOnly) ||
            m_window->findChild<QAction *>(QStringLiteral("syncSettingsAction")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("conflictsAction")));

    // No shortcut is bound twice, and no two menus share an access key.
    QMap<QString, QString> owners;
    QSet<QChar> mnemonics;
    for (QAction *top : m_window->menuBar()->actions()) {
        const QString title = top->text();
        const qsizetype amp = title.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0, qPrintable(title));
        const QChar key = title.at(amp + 1).toUpper();
        QVERIFY2(!mnemonics.contains(key), qPrintable(title));
        mnemonics.insert(key);
        if (!top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            for (const QKeySequence &k : a->shortcuts()) {
                const QString text = k.toString();
                QVERIFY2(
                    !owners.contains(text),
                    qPrintable(
                        QStringLiteral("%1: %2 and %3").arg(text, owners.value(text), a->text())));
                owners.insert(text, a->text());
            }
        }
    }

    // The indicator sits in the status bar and says sync is not set up yet.
    SyncStatusIndicator *indicator = m_window->syncIndicator();
    QVERIFY(indicator);
    QCOMPARE(indicator->parentWidget()->parentWidget() == m_window->statusBar() ||
                 indicator->parentWidget() == m_window->statusBar(),
             true);
    QCOMPARE(indicator->text(), QStringLiteral("未配置同步"));

    // Sync now without a server opens the sync window, and so does a click on the indicator.
    m_window->syncNowAction()->trigger();
    QTRY_VERIFY(m_window->findChild<SyncDialog *>() &&
                m_window->findChild<SyncDialog *>()->isVisible());
    m_window->findChild<SyncDialog *>()->close();
    QTRY_VERIFY(!m_window->findChild<SyncDialog *>());
    QTest::mouseClick(indicator, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<SyncDialog *>() &&
                m_window->findChild<SyncDialog *>()->isVisible());
    m_window->findChild<SyncDialog *>()->close();
    QTRY_VERIFY(!m_window->findChild<SyncDialog *>());

    // The conflicts window opens from the menu.
    m_window->findChild<QAction *>(QStringLiteral("conflictsAction"))->trigger();
    QTRY_VERIFY(m_window->findChild<ConflictsDialog *>() &&
                m_window->findChild<ConflictsDialog *>()->isVisible());
    m_window->findChild<ConflictsDialog *>()->close();
}

void TestSyncUi::syncDialogSavesSettings()
{
    QVERIFY(m_window);
    SyncDialog *dialog = m_window->openSyncDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->syncButton()->isEnabled());
    // A wrong address is refused with a clear message and nothing is stored.
    dialog->serverEdit()->setText(QStringLiteral("upstream.example"));
    dialog->userEdit()->setText(QStringLiteral("wang"));
    QVERIFY(!dialog->saveSettings());
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("https://")),
             qPrintable(dialog->messageLabel()->text()));
    QVERIFY(SyncSettings::load(*m_db).server.isEmpty());

    dialog->serverEdit()->setText(QStringLiteral("http://127.0.0.1:9"));
    dialog->intervalBox()->setValue(0);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    const SyncSettings saved = SyncSettings::load(*m_db);
    QCOMPARE(saved.server, QUrl(QStringLiteral("http://127.0.0.1:9")));
    QCOMPARE(saved.user, QStringLiteral("wang"));
    QCOMPARE(saved.intervalMinutes, 0);
    QVERIFY(dialog->signInButton()->isEnabled());
    // The status bar follows: configured, not signed in.
    QVERIFY2(m_window->syncIndicator()->text().startsWith(QStringLiteral("未登录同步服务器")),
             qPrintable(m_window->syncIndicator()->text()));
    QCOMPARE(
        synctest::count(
            *m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE target = 'sync.server'")),
        1);
}

void TestSyncUi::signInFailureShown()
{
    QVERIFY(m_window);
    SyncDialog *dialog = m_window->openSyncDialog();
    QSignalSpy finished(m_window->syncController(), &SyncController::signInFinished);
    // Nothing listens on port 9 of this machine: the sign-in fails quickly.
    dialog->passwordEdit()->setText(QStringLiteral("secret"));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(dialog->passwordEdit()->text().isEmpty());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("失败")),
             qPrintable(dialog->messageLabel()->text()));
    QVERIFY(dialog->signInButton()->isEnabled());
    // The bar stops and "Signing in…" gives way to the failure (issue 17).
    QVERIFY(dialog->progressBar()->maximum() > 0); // not the busy bar
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("syncPhase"))->text(),
             dialog->messageLabel()->text());
    // The failed attempt is listed under the recent runs, with its time and reason.
    QTableWidget *runs = dialog->runsTable();
    QVERIFY(runs->rowCount() >= 1);
    QCOMPARE(runs->item(0, 2)->text(), QStringLiteral("登录失败"));
    QVERIFY(!runs->item(0, 0)->text().isEmpty() && !runs->item(0, 1)->text().isEmpty());
    QCOMPARE(runs->item(0, 6)->text(), dialog->messageLabel()->text());
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<SyncDialog *>());

    // F9 when not signed in opens the sync window and says why.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QTRY_VERIFY((dialog = m_window->findChild<SyncDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("尚未登录区县服务器，请先登录。"));
}

// With CERTDESK_SCREENSHOT_DIR set, saves the windows as the user sees them
// (the docs' pictures); skipped otherwise.
void TestSyncUi::screenshots()
{
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("CERTDESK_SCREENSHOT_DIR not set");
    const synctest::Person other =
        synctest::personOutside(*m_db, {m_person.community}, m_person.street);
    QVERIFY(synctest::insertConflict(*m_db, QStringLiteral("c-death"), QStringLiteral("death-date"),
                                     other, QStringLiteral("deathDate"),
                                     QStringLiteral("2026-10-01"), QStringLiteral("2026-10-05"),
                                     QStringLiteral("open"), 20));
    QVERIFY(synctest::insertConflict(
        *m_db, QStringLiteral("c-alive"), QStringLiteral("alive-after-death"), m_person, QString(),
        QStringLiteral("deceased"), QStringLiteral("alive"), QStringLiteral("open"), 21));
    QVERIFY(synctest::insertConflict(
        *m_db, QStringLiteral("c-address"), QStringLiteral("contact-field"), other,
        QStringLiteral("residenceAddress"), QStringLiteral("八大峡街道团岛二路12号3单元201"),
        QStringLiteral("嘉峪关路8号1单元502"), QStringLiteral("open"), 22));
    ConflictsDialog dialog(*m_db, supervisor(), m_audit.get());
    dialog.resize(1180, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectConflict(QStringLiteral("c-address")));
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/conflicts-zh.png")));
    QVERIFY(dialog.selectConflict(QStringLiteral("c-death")));
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/conflicts-date-zh.png")));

    // The sync window after a few runs, in the middle of sending records.
    QVERIFY(m_window);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO sync_run(started_at, finished_at, outcome, pushed, pulled, uploaded, message) "
        "VALUES "
        "('2026-11-23T01:00:00.000Z', '2026-11-23T01:00:09.120Z', 'ok', 12, 340, 8, NULL), "
        "('2026-11-23T03:10:00.000Z', '2026-11-23T03:10:01.004Z', 'retry', 0, 0, 0, "
        "'无法连接服务器（Connection refused），稍后会自动重试。'), "
        "('2026-11-23T05:05:00.000Z', '2026-11-23T05:05:04.500Z', 'ok', 3, 17, 2, NULL)")));
    SyncDialog *sync = m_window->openSyncDialog();
    sync->resize(820, 760);
    sync->reloadRuns();
    SyncController *controller = m_window->syncController();
    SyncStatus status = controller->status();
    status.state = SyncStatus::State::Syncing;
    status.pendingEvents = 3;
    status.lastSync = QDateTime(QDate::currentDate(), QTime(13, 5)).toUTC();
    emit controller->statusChanged(status);
    emit controller->progress({SyncProgress::Phase::Pushing, 12, 40});
    QVERIFY(QTest::qWaitForWindowExposed(sync));
    // What an office would see: its server's name, no message left from the failed sign-in above.
    sync->serverEdit()->setText(QStringLiteral("https://upstream.shinan.example:8470"));
    sync->messageLabel()->clear();
    QTest::qWait(50); // let the layouts follow the new texts before the picture
    QVERIFY(sync->grab().save(dir + QStringLiteral("/sync-zh.png")));

    // The status bar of the window, online with work waiting.
    status.state = SyncStatus::State::Idle;
    status.openConflicts = 1;
    emit controller->statusChanged(status);
    QTest::qWait(50);
    QVERIFY(m_window->statusBar()->grab().save(dir + QStringLiteral("/statusbar-zh.png")));
    emit controller->statusChanged(controller->status());
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
