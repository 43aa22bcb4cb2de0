// The backup menu entries and dialogs (ui/backupactions, ui/backupsettingsdialog),
// offscreen, in Chinese as shipped.
#include "backup/backupactions.h"
#include "backup/backupschedule.h"
#include "backup/backupsettingsdialog.h"
#include "backuptest.h"
#include "domain/workingcalendar.h"
#include "security/audittrail.h"
#include "securitytest.h"
#include "translations.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace certdesk;

class TestBackupUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void menuFollowsTheRole();
    void automaticBackupRunsOffTheGuiThread();
    void backUpFromTheWindow();
    void settingsDialogSavesAndAudits();
    void settingsDialogRefusesWorker();
    void confirmationSaysWhatIsReplaced();
    void restoreAsksThenClosesTheWindow();
    void screenshots();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditTrail> m_audit;
    Session m_admin = securitytest::administrator();
    Session m_worker =
        securitytest::sessionAt(Role::CommunityWorker, 3, QStringLiteral("370299001001"));
};

void TestBackupUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    const QString error =
        backuptest::makeDesk(path(QStringLiteral("desk/certdesk.sqlite")), 200, 5, 3);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString openError;
    m_db = Database::open(path(QStringLiteral("desk/certdesk.sqlite")),
                          Database::OpenMode::OpenExisting, &openError);
    QVERIFY2(m_db, qPrintable(openError));
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"));
    m_audit = std::make_unique<AuditTrail>(*m_db, *m_profile, WorkingCalendar::builtin());
}

void TestBackupUi::cleanupTestCase()
{
    m_audit.reset();
    m_db.reset();
}

void TestBackupUi::menuFollowsTheRole()
{
    MainWindow admin(*m_db, *m_profile, backuptest::Today, m_admin);
    QVERIFY(admin.backupActions()->backupAction()->isEnabled());
    QVERIFY(admin.backupActions()->restoreAction()->isEnabled());
    // In the File menu, with their own access keys.
    QMenu *file = admin.menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(admin.backupActions()->backupAction()));
    QVERIFY(file->actions().contains(admin.backupActions()->restoreAction()));
    QVERIFY(file->actions().contains(admin.backupActions()->settingsAction()));
    QCOMPARE(admin.backupActions()->backupAction()->text(), QStringLiteral("备份数据(&B)…"));
    QCOMPARE(admin.backupActions()->restoreAction()->text(), QStringLiteral("从备份恢复(&T)…"));
    MainWindow worker(*m_db, *m_profile, backuptest::Today, m_worker);
    QVERIFY(worker.backupActions()->backupAction()->isEnabled());
    QVERIFY(!worker.backupActions()->restoreAction()->isEnabled());
    const Session auditor = securitytest::sessionAt(Role::Auditor, 1, QString());
    MainWindow audit(*m_db, *m_profile, backuptest::Today, auditor);
    QVERIFY(!audit.backupActions()->backupAction()->isEnabled());
}

void TestBackupUi::automaticBackupRunsOffTheGuiThread()
{
    const QString folder = path(QStringLiteral("auto"));
    QVERIFY(m_db->setSetting(BackupSettings::folderKey(), folder));
    QVERIFY(m_db->setSetting(BackupSettings::lastKey(), QString()));
    MainWindow window(*m_db, *m_profile, backuptest::Today, m_worker);
    BackupActions *actions = window.backupActions();
    QSignalSpy finished(actions, &BackupActions::automaticFinished);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(actions->startAutomaticIfDue(now));
    QVERIFY(!actions->startAutomaticIfDue(now)); // one at a time
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QStringList made = QDir(folder).entryList(QDir::Files);
    QCOMPARE(made.size(), 1);
    QVERIFY(made.first().contains(QStringLiteral("-auto-")));
    QVERIFY(!actions->startAutomaticIfDue(now.addSecs(3600))); // done for today
    QVERIFY(BackupSchedule::isDue(BackupSettings::load(*m_db), now.addDays(1)));
}

void TestBackupUi::backUpFromTheWindow()
{
    MainWindow window(*m_db, *m_profile, backuptest::Today, m_worker);
    const BackupResult r = window.backupActions()->backUpTo(path(QStringLiteral("usb")));
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(QFileInfo::exists(r.path));
    QVERIFY(BackupVerifier::verify(r.path, BackupVerifier::Depth::Full).ok);
}

void TestBackupUi::settingsDialogSavesAndAudits()
{
    BackupSettingsDialog dialog(*m_db, m_admin, *m_audit);
    dialog.enabledBox()->setChecked(false);
    dialog.folderEdit()->setText(QDir::toNativeSeparators(path(QStringLiteral("stick"))));
    dialog.keepBox()->setValue(3);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const BackupSettings s = BackupSettings::load(*m_db);
    QVERIFY(!s.enabled);
    QCOMPARE(s.folder, path(QStringLiteral("stick")));
    QCOMPARE(s.keep, 3);
    AuditFilter filter;
    filter.action = AuditTrail::actionKey(AuditAction::SettingChange);
    QStringList keys;
    for (const AuditEntry &e : m_audit->entries(filter))
        keys << e.target;
    QVERIFY(keys.contains(BackupSettings::enabledKey()));
    QVERIFY(keys.contains(BackupSettings::folderKey()));
    QVERIFY(keys.contains(BackupSettings::keepKey()));
    QVERIFY(m_db->setSetting(BackupSettings::enabledKey(), QStringLiteral("1")));
}

void TestBackupUi::settingsDialogRefusesWorker()
{
    BackupSettingsDialog dialog(*m_db, m_worker, *m_audit);
    QVERIFY(!dialog.keepBox()->isEnabled());
    QVERIFY(!dialog.folderEdit()->isEnabled());
    auto *refusal = dialog.findChild<QLabel *>(QStringLiteral("refusal"));
    QVERIFY(refusal && !refusal->text().isEmpty());
}

void TestBackupUi::confirmationSaysWhatIsReplaced()
{
    MainWindow window(*m_db, *m_profile, backuptest::Today, m_admin);
    const BackupResult r = window.backupActions()->backUpTo(path(QStringLiteral("usb-confirm")));
    QVERIFY2(r.ok, qPrintable(r.message));
    const BackupCheck check = BackupVerifier::verify(r.path, BackupVerifier::Depth::Full);
    QVERIFY(check.ok);
    const QDateTime now(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
    DeskComparison here = BackupRestorer::compare(check.manifest, m_db->path());
    QCOMPARE(here.kind, DeskComparison::SameDesk);
    QString text = BackupActions::confirmationText(check, here, m_db->path(), now);
    QVERIFY2(text.contains(QDir::toNativeSeparators(m_db->path())), qPrintable(text));
    QVERIFY(text.contains(QDir::toNativeSeparators(
        m_db->path() + QStringLiteral(".before-restore-20261206-093000"))));
    QVERIFY(text.contains(QStringLiteral("200"))); // people in the backup
    QVERIFY(text.contains(QStringLiteral("替换")));
    here.kind = DeskComparison::OtherDesk;
    here.currentDesk = QStringLiteral("0badc0de-0000-0000-0000-000000000000");
    text = BackupActions::confirmationText(check, here, m_db->path(), now);
    QVERIFY(text.contains(QStringLiteral("0badc0de")));
    QVERIFY(text.contains(BackupFormat::shortDesk(check.manifest.deskId)));
}

void TestBackupUi::restoreAsksThenClosesTheWindow()
{
    auto *window = new MainWindow(*m_db, *m_profile, backuptest::Today, m_admin);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    const BackupResult r = window->backupActions()->backUpTo(path(QStringLiteral("usb-restore")));
    QVERIFY2(r.ok, qPrintable(r.message));
    bool asked = false;
    QString shown;
    // Polls for the confirmation from a timer that lives as long as this test (a
    // self-rescheduling std::function captured by reference dangled once the box
    // came up late under load, and crashed).
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("restoreConfirmation") || asked)
            return;
        asked = true;
        shown = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
    });
    poll.start(20);
    window->backupActions()->restoreFrom(r.path);
    poll.stop();
    QVERIFY(asked);
    QVERIFY(shown.contains(QStringLiteral("before-restore")));
    QVERIFY(window->pendingRestore());
    QCOMPARE(window->pendingRestore()->backup, r.path);
    QVERIFY(!window->pendingRestore()->moveDesk);
    QVERIFY(!window->isVisible()); // closed, so the program can restore
    delete window;
}

// With CERTDESK_SCREENSHOT_DIR set, saves the dialogs as the user sees them.
void TestBackupUi::screenshots()
{
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("CERTDESK_SCREENSHOT_DIR not set");
    BackupSettingsDialog settings(*m_db, m_admin, *m_audit);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    QVERIFY(settings.grab().save(dir + QStringLiteral("/backup-settings-zh.png")));
    const QString backup = QDir(path(QStringLiteral("usb-confirm")))
                               .entryInfoList(QDir::Files)
                               .first()
                               .absoluteFilePath();
    const BackupCheck check = BackupVerifier::verify(backup, BackupVerifier::Depth::Full);
    DeskComparison here;
    here.kind = DeskComparison::OtherDesk;
    here.currentDesk = QStringLiteral("0badc0de-0000-0000-0000-000000000000");
    here.currentName = QStringLiteral("海岳区 (370299)");
    QMessageBox box(
        QMessageBox::Warning, QStringLiteral("从备份恢复"),
        BackupActions::confirmationText(check, here, m_db->path(), QDateTime::currentDateTimeUtc()),
        QMessageBox::Cancel);
    box.addButton(QStringLiteral("恢复(&R)"), QMessageBox::DestructiveRole);
    box.setCheckBox(new QCheckBox(QStringLiteral("是的，把这个工作台搬到本机")));
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QVERIFY(box.grab().save(dir + QStringLiteral("/backup-restore-confirm-zh.png")));
    MainWindow window(*m_db, *m_profile, backuptest::Today, m_admin);
    window.show();
    QMenu *file = window.menuBar()->actions().first()->menu();
    file->popup(window.mapToGlobal(QPoint(0, 20)));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QVERIFY(file->grab().save(dir + QStringLiteral("/backup-file-menu-zh.png")));
    file->hide();
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
