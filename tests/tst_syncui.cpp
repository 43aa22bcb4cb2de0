// The sync parts of the window, offscreen and in Chinese: the status-bar field
// for every state, the conflicts window deciding a conflict through its widgets.
#include "conflictsdialog.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "security/audittrail.h"
#include "securitytest.h"
#include "syncstatusindicator.h"
#include "synctest.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
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
    void screenshots();

private:
    Session supervisor() const { return securitytest::sessionAt(Role::StreetSupervisor, 2, m_person.street); }

    QTemporaryDir m_dir;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditTrail> m_audit;
    synctest::Person m_person;
};

void TestSyncUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_db = securitytest::demoDatabase(m_dir.filePath(QStringLiteral("ui.sqlite")), *m_profile, 300, 4, kToday, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_audit = std::make_unique<AuditTrail>(*m_db, *m_profile, WorkingCalendar::builtin());
    m_person = synctest::personOutside(*m_db, {});
    QVERIFY(synctest::insertConflict(*m_db, QStringLiteral("c-phone"), QStringLiteral("contact-field"), m_person,
                                     QStringLiteral("phone"), QStringLiteral("13900000001"),
                                     QStringLiteral("13900000002")));
}

void TestSyncUi::cleanupTestCase()
{
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
    QVERIFY2(table->item(0, 5)->text().contains(QStringLiteral("13900000002")), qPrintable(table->item(0, 5)->text()));
    QVERIFY2(table->item(0, 5)->text().contains(QStringLiteral("当前有效")), qPrintable(table->item(0, 5)->text()));
    QVERIFY(dialog.selectConflict(QStringLiteral("c-phone")));
    QVERIFY(dialog.recordButton()->isEnabled());
    QCOMPARE(dialog.decisionBox()->currentData().toString(), QStringLiteral("use-value"));
    QCOMPARE(dialog.valueBox()->count(), 2);
    QCOMPARE(dialog.valueBox()->currentData().toString(), QStringLiteral("13900000002")); // newer first
    dialog.valueBox()->setCurrentIndex(1);
    QTest::mouseClick(dialog.recordButton(), Qt::LeftButton);
    QCOMPARE(decided.size(), 1);
    QCOMPARE(synctest::count(*m_db, QStringLiteral("SELECT count(*) FROM sync_resolution WHERE conflict_id = 'c-phone' "
                                                   "AND value = '13900000001' AND decision = 'use-value'")),
             1);
    QVERIFY(!dialog.recordButton()->isEnabled());
    QVERIFY2(table->item(0, 6)->text().contains(QStringLiteral("下次同步")), qPrintable(table->item(0, 6)->text()));
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

// With CERTDESK_SCREENSHOT_DIR set, saves the windows as the user sees them
// (the docs' pictures); skipped otherwise.
void TestSyncUi::screenshots()
{
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("CERTDESK_SCREENSHOT_DIR not set");
    const synctest::Person other = synctest::personOutside(*m_db, {m_person.community}, m_person.street);
    QVERIFY(synctest::insertConflict(*m_db, QStringLiteral("c-death"), QStringLiteral("death-date"), other,
                                     QStringLiteral("deathDate"), QStringLiteral("2026-10-01"),
                                     QStringLiteral("2026-10-05"), QStringLiteral("open"), 20));
    QVERIFY(synctest::insertConflict(*m_db, QStringLiteral("c-alive"), QStringLiteral("alive-after-death"), m_person,
                                     QString(), QStringLiteral("deceased"), QStringLiteral("alive"), QStringLiteral("open"), 21));
    QVERIFY(synctest::insertConflict(*m_db, QStringLiteral("c-address"), QStringLiteral("contact-field"), other,
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
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
