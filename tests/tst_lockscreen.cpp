// Sign-in, the idle lock and the role-dependent window (widget tests, offscreen):
// the window locks after a short idle timeout, hides its contents, refuses a
// wrong password and unlocks with the right one, all audited; input postpones
// the lock; a community account sees only its community; the first
// administrator is created by a form; the auditor's view filters and exports.
#include "domain/idnumber.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "lists/jurisdictionpanel.h"
#include "lists/recipientdetailpanel.h"
#include "record/recordverificationdialog.h"
#include "security/auditdialog.h"
#include "security/audittrail.h"
#include "security/idlelock.h"
#include "security/signindialog.h"
#include "security/signinthrottle.h"
#include "security/userformdialog.h"
#include "security/userrepository.h"
#include "security/usersdialog.h"
#include "securitytest.h"
#include "store/demogenerator.h"
#include "window/mainwindow.h"

#include <QCheckBox>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
const QString kPassword = QStringLiteral("admin-secret-1");
} // namespace

class TestLockScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstAdministratorForm();
    void signInDialog();
    void locksAfterIdleAndUnlocks();
    void inputPostponesTheLock();
    void timeoutFromSettingOrEnvironment();
    void communityAccountSeesOwnCommunity();
    void auditorViewFiltersAndExports();
    void userManagement();
    void wrongPasswordsCountAndWait();
    void userFormExplainsDutiesAndSingleChoices();

private:
    QStringList actions() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<AuditTrail> m_audit;
    std::optional<User> m_admin;
};

void TestLockScreen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    m_db = securitytest::demoDatabase(m_dir.filePath(QStringLiteral("lock.sqlite")), *m_profile,
                                      600, 2, kToday, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_audit = std::make_unique<AuditTrail>(*m_db, *m_profile, WorkingCalendar::builtin());
}

void TestLockScreen::cleanupTestCase()
{
    m_audit.reset();
    m_db.reset();
}

QStringList TestLockScreen::actions() const
{
    QStringList out;
    for (const AuditEntry &e : m_audit->entries())
        out << e.action;
    return out;
}

void TestLockScreen::firstAdministratorForm()
{
    QCOMPARE(UserRepository(*m_db, *m_profile).count(), 0);
    UserFormDialog form(*m_db, *m_profile, *m_audit, nullptr, true);
    QCOMPARE(form.roleBox()->count(), 1); // only the administrator can be made first
    QVERIFY(form.nodeBox()->count() >= 1);
    form.usernameEdit()->setText(QStringLiteral("admin"));
    form.displayNameEdit()->setText(QStringLiteral("区管理员"));
    form.passwordEdit()->setText(kPassword);
    form.repeatEdit()->setText(QStringLiteral("something else"));
    form.accept();
    QVERIFY(form.errorText().contains(QLatin1String("differ")));
    QCOMPARE(UserRepository(*m_db, *m_profile).count(), 0);
    form.repeatEdit()->setText(kPassword);
    form.passwordEdit()->setText(kPassword);
    form.accept();
    QCOMPARE(form.result(), int(QDialog::Accepted));
    m_admin = UserRepository(*m_db, *m_profile).find(QStringLiteral("admin"));
    QVERIFY(m_admin);
    QCOMPARE(m_admin->role, Role::DistrictAdministrator);
    QCOMPARE(actions(), QStringList{QStringLiteral("user")});
}

void TestLockScreen::signInDialog()
{
    SignInDialog dialog(*m_db, *m_profile, *m_audit, SignInDialog::Mode::SignIn);
    dialog.usernameEdit()->setText(QStringLiteral("admin"));
    dialog.passwordEdit()->setText(QStringLiteral("not the password"));
    dialog.accept();
    QVERIFY(!dialog.session());
    QCOMPARE(dialog.errorText(), QStringLiteral("Wrong user name or password."));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    dialog.passwordEdit()->setText(kPassword);
    dialog.accept();
    QVERIFY(dialog.session());
    QCOMPARE(dialog.session()->user().username, QStringLiteral("admin"));
    QCOMPARE(dialog.session()->place(), Session::machineName());
    QCOMPARE(actions().mid(1),
             (QStringList{QStringLiteral("sign-in-failed"), QStringLiteral("sign-in")}));
}

void TestLockScreen::locksAfterIdleAndUnlocks()
{
    MainWindow window(*m_db, *m_profile, kToday, Session(*m_admin, Session::machineName()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.workerName(), QStringLiteral("区管理员"));
    QDialog *form = window.recordVerification(1);
    QVERIFY(form && form->isVisible());
    const qsizetype before = actions().size();
    window.idleLock()->setTimeoutMs(200);
    QTRY_VERIFY_WITH_TIMEOUT(window.idleLock()->isLocked(), 5000);
    SignInDialog *unlock = window.idleLock()->unlockDialog();
    QVERIFY(unlock && unlock->isVisible());
    QVERIFY(!window.centralWidget()->isVisible()); // nothing personal on screen
    QVERIFY(!form->isVisible());
    QVERIFY(!window.menuBar()->isEnabled());
    QVERIFY(unlock->usernameEdit()->isReadOnly());
    QCOMPARE(unlock->usernameEdit()->text(), QStringLiteral("admin"));

    unlock->reject(); // Escape does not unlock
    QVERIFY(window.idleLock()->isLocked());
    unlock->passwordEdit()->setText(QStringLiteral("wrong"));
    unlock->accept();
    QVERIFY(window.idleLock()->isLocked());
    QVERIFY(!unlock->errorText().isEmpty());
    unlock->passwordEdit()->setText(kPassword);
    unlock->accept();
    QVERIFY(!window.idleLock()->isLocked());
    QVERIFY(window.centralWidget()->isVisible());
    QVERIFY(window.menuBar()->isEnabled());
    QVERIFY(form->isVisible()); // the half-filled form is back
    form->close();
    QCOMPARE(actions().mid(before),
             (QStringList{QStringLiteral("lock"), QStringLiteral("sign-in-failed"),
                          QStringLiteral("unlock")}));
    window.idleLock()->setTimeoutMs(60 * 60 * 1000);
    QVERIFY(m_audit->verify().ok);
}

void TestLockScreen::inputPostponesTheLock()
{
    MainWindow window(*m_db, *m_profile, kToday, Session(*m_admin, Session::machineName()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.idleLock()->setTimeoutMs(1000);
    // Typing every 150 ms for 1.5 s keeps the window open past the timeout...
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(window.centralWidget(), Qt::Key_Shift);
        QTest::qWait(150);
        QVERIFY(!window.idleLock()->isLocked());
    }
    // ...and stopping lets it lock.
    QTRY_VERIFY_WITH_TIMEOUT(window.idleLock()->isLocked(), 5000);
    window.idleLock()->unlockDialog()->passwordEdit()->setText(kPassword);
    window.idleLock()->unlockDialog()->accept();
    QVERIFY(!window.idleLock()->isLocked());
}

void TestLockScreen::timeoutFromSettingOrEnvironment()
{
    QCOMPARE(IdleLock::defaultTimeoutMs(*m_db), 10 * 60 * 1000);
    QVERIFY(m_db->setSetting(QStringLiteral("security.lockMinutes"), QStringLiteral("3")));
    QCOMPARE(IdleLock::defaultTimeoutMs(*m_db), 3 * 60 * 1000);
    qputenv("CERTDESK_LOCK_SECONDS", "7");
    QCOMPARE(IdleLock::defaultTimeoutMs(*m_db), 7000);
    qunsetenv("CERTDESK_LOCK_SECONDS");
}

void TestLockScreen::communityAccountSeesOwnCommunity()
{
    const QString community = securitytest::nodes(*m_db, 3).value(1);
    User worker = securitytest::account(QStringLiteral("sun"), QStringLiteral("孙社工"),
                                        Role::CommunityWorker, community);
    QString error;
    QVERIFY2(
        UserRepository(*m_db, *m_profile).create(worker, QStringLiteral("sun-secret-1"), &error),
        qPrintable(error));
    MainWindow window(*m_db, *m_profile, kToday, Session(worker, Session::machineName()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QAbstractItemModel *tree = window.jurisdiction()->view()->model();
    QCOMPARE(tree->rowCount(), 1);
    QCOMPARE(tree->index(0, 0).data(Qt::UserRole + 1).toString(), community);
    QCOMPARE(tree->rowCount(tree->index(0, 0)), 0);
    // Administration is not offered to a community worker.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("auditAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("keepOriginalsAction"))->isEnabled());
    // Showing a full ID number in the detail panel is logged, with the masked number.
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT id, id_number FROM recipient WHERE community_code = ? LIMIT 1"));
    q.addBindValue(community);
    QVERIFY(q.exec() && q.next());
    window.detail()->showRecipient(q.value(0).toLongLong());
    QCOMPARE(window.detail()->fieldText(QStringLiteral("idNumber")),
             IdNumber::mask(q.value(1).toString()));
    auto *reveal = window.detail()->findChild<QPushButton *>(QStringLiteral("revealButton"));
    QVERIFY(reveal && reveal->isEnabled());
    reveal->click();
    QCOMPARE(window.detail()->fieldText(QStringLiteral("idNumber")), q.value(1).toString());
    const AuditEntry last = m_audit->entries().last();
    QCOMPARE(last.action, QStringLiteral("reveal-id"));
    QCOMPARE(last.username, QStringLiteral("sun"));
    QCOMPARE(last.target, IdNumber::mask(q.value(1).toString()));
    // Someone else's person is not shown at all.
    q.prepare(QStringLiteral("SELECT id FROM recipient WHERE community_code <> ? LIMIT 1"));
    q.addBindValue(community);
    QVERIFY(q.exec() && q.next());
    window.detail()->showRecipient(q.value(0).toLongLong());
    QCOMPARE(window.detail()->recipientId(), 0);
    window.idleLock()->setTimeoutMs(60 * 60 * 1000);
}

void TestLockScreen::auditorViewFiltersAndExports()
{
    const Session auditor =
        securitytest::sessionAt(Role::Auditor, 1, securitytest::nodes(*m_db, 1).value(0), {});
    QVERIFY(m_audit->record(auditor, AuditAction::Print, QStringLiteral("audit summary")));
    AuditDialog dialog(*m_audit, auditor);
    const int all = dialog.table()->rowCount();
    QCOMPARE(qsizetype(all), m_audit->entries().size());
    QVERIFY(dialog.chainLabel()->text().contains(QString::number(all)));
    dialog.userEdit()->setText(QStringLiteral("nobody"));
    dialog.reload();
    QCOMPARE(dialog.table()->rowCount(), 0);
    dialog.userEdit()->setText(QStringLiteral("admin"));
    dialog.reload();
    QVERIFY(dialog.table()->rowCount() > 0 && dialog.table()->rowCount() < all);
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    QString error;
    QVERIFY2(dialog.exportCsv(path, &error), qPrintable(error));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), dialog.table()->rowCount() + 1);
    const AuditEntry last = m_audit->entries().last();
    QCOMPARE(last.action, QStringLiteral("export"));
    QCOMPARE(last.role, QStringLiteral("auditor"));
}

void TestLockScreen::userManagement()
{
    const Session admin(*m_admin, Session::machineName());
    UsersDialog users(*m_db, *m_profile, admin, *m_audit);
    QCOMPARE(qsizetype(users.table()->rowCount()), UserRepository(*m_db, *m_profile).all().size());
    int sunRow = -1;
    for (int r = 0; r < users.table()->rowCount(); ++r) {
        if (users.table()->item(r, 0)->text() == QLatin1String("sun"))
            sunRow = r;
    }
    QVERIFY(sunRow >= 0);
    // Names, not keys: the node's name with its code, the duties in words.
    const User sun = *UserRepository(*m_db, *m_profile).find(QStringLiteral("sun"));
    QString sunNode;
    for (const JurisdictionNode &n : JurisdictionRepository(*m_db).all()) {
        if (n.code == sun.nodeCode)
            sunNode = n.name;
    }
    QVERIFY(!sunNode.isEmpty());
    QCOMPARE(users.table()->item(sunRow, 3)->text(),
             QStringLiteral("%1 (%2)").arg(sunNode, sun.nodeCode));
    QVERIFY(sun.duties.contains(QStringLiteral("certify")));
    QVERIFY2(!users.table()->item(sunRow, 4)->text().contains(QStringLiteral("certify")) &&
                 users.table()->item(sunRow, 4)->text().contains(QStringLiteral("records checks")),
             qPrintable(users.table()->item(sunRow, 4)->text()));
    users.table()->setCurrentCell(sunRow, 0);
    users.toggleActive();
    QVERIFY(!UserRepository(*m_db, *m_profile).find(QStringLiteral("sun"))->active);
    QVERIFY(!UserRepository(*m_db, *m_profile)
                 .authenticate(QStringLiteral("sun"), QStringLiteral("sun-secret-1")));
    QCOMPARE(m_audit->entries().last().detail, QStringLiteral("deactivated"));
    QCOMPARE(m_audit->entries().last().target, QStringLiteral("sun"));

    // Under Guangdong rules the form refuses a certifier who also approves benefits.
    const auto guangdong = PolicyProfile::builtin(QStringLiteral("guangdong"));
    UserFormDialog form(*m_db, *guangdong, *m_audit, &admin, false);
    form.roleBox()->setCurrentIndex(0); // community worker
    form.usernameEdit()->setText(QStringLiteral("qian"));
    form.displayNameEdit()->setText(QStringLiteral("钱"));
    form.passwordEdit()->setText(QStringLiteral("qian-secret-1"));
    form.repeatEdit()->setText(QStringLiteral("qian-secret-1"));
    form.approverBox()->setChecked(true);
    form.accept();
    QVERIFY2(form.errorText().contains(QLatin1String("separation of duties")),
             qPrintable(form.errorText()));
    QVERIFY(!UserRepository(*m_db, *m_profile).find(QStringLiteral("qian")));
    form.approverBox()->setChecked(false);
    form.accept();
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QCOMPARE(UserRepository(*m_db, *m_profile).find(QStringLiteral("qian"))->role,
             Role::CommunityWorker);
}

// Issue 17: wrong passwords are counted; from the third in a row the next try
// waits, longer each time, also in a newly opened sign-in window; the name used
// last is filled in.
void TestLockScreen::wrongPasswordsCountAndWait()
{
    QDateTime now = QDateTime::currentDateTime();
    m_audit->setClock([&now] { return now; });
    SignInDialog first(*m_db, *m_profile, *m_audit, SignInDialog::Mode::SignIn);
    first.usernameEdit()->setText(QStringLiteral("admin"));
    auto wrong = [](SignInDialog &d) {
        d.passwordEdit()->setText(QStringLiteral("not the password"));
        d.accept();
    };
    wrong(first);
    QCOMPARE(first.errorText(), QStringLiteral("Wrong user name or password."));
    QVERIFY(first.signInButton()->isEnabled());
    wrong(first);
    QCOMPARE(first.errorText(), QStringLiteral("Wrong user name or password. (attempt 2)"));
    QVERIFY(first.signInButton()->isEnabled());
    wrong(first);
    QVERIFY2(
        first.errorText().startsWith(QStringLiteral("Wrong user name or password. (attempt 3)")),
        qPrintable(first.errorText()));
    QCOMPARE(first.secondsToWait(), 30);
    QVERIFY2(first.errorText().contains(QStringLiteral("30 s")), qPrintable(first.errorText()));
    QVERIFY(!first.signInButton()->isEnabled());

    // Opening the window again does not skip the wait, and even the right password
    // is not tried (nor logged) before it ends.
    SignInDialog again(*m_db, *m_profile, *m_audit, SignInDialog::Mode::SignIn);
    again.usernameEdit()->setText(QStringLiteral("admin"));
    QCOMPARE(again.secondsToWait(), 30);
    QVERIFY(!again.signInButton()->isEnabled());
    const qsizetype logged = actions().size();
    again.passwordEdit()->setText(kPassword);
    again.accept();
    QVERIFY(!again.session());
    QCOMPARE(actions().size(), logged);
    // The countdown runs on.
    now = now.addSecs(10);
    again.updateWait();
    QCOMPARE(again.secondsToWait(), 20);
    QVERIFY2(again.errorText().contains(QStringLiteral("20 s")), qPrintable(again.errorText()));
    // Another name is not held up by admin's wrong passwords.
    again.usernameEdit()->setText(QStringLiteral("somebody"));
    QCOMPARE(again.secondsToWait(), 0);
    QVERIFY(again.signInButton()->isEnabled());
    again.usernameEdit()->setText(QStringLiteral("admin"));

    // After the wait one more try; wrong again, the next wait is longer.
    now = now.addSecs(21);
    again.updateWait();
    QCOMPARE(again.secondsToWait(), 0);
    QVERIFY(again.signInButton()->isEnabled());
    wrong(again);
    QCOMPARE(again.secondsToWait(), 60);
    now = now.addSecs(61);
    again.updateWait();
    again.passwordEdit()->setText(kPassword);
    again.accept();
    QVERIFY(again.session());
    QCOMPARE(SignInThrottle(*m_audit).failures(QStringLiteral("admin")), 0);

    // The next sign-in window has the name filled in.
    SignInDialog next(*m_db, *m_profile, *m_audit, SignInDialog::Mode::SignIn);
    QCOMPARE(next.usernameEdit()->text(), QStringLiteral("admin"));
    QCOMPARE(next.secondsToWait(), 0);
    m_audit->setClock(nullptr);
}

// Issue 17: the duties are explained; a drop-down with one choice shows as text.
void TestLockScreen::userFormExplainsDutiesAndSingleChoices()
{
    UserFormDialog first(*m_db, *m_profile, *m_audit, nullptr, true);
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    // The first administrator: one role, one district — plain text, not closed boxes.
    QCOMPARE(first.roleBox()->count(), 1);
    QVERIFY(!first.roleBox()->isVisible());
    auto *role = first.findChild<QLabel *>(QStringLiteral("roleText"));
    QVERIFY(role && role->isVisible());
    QCOMPARE(role->text(), first.roleBox()->itemText(0));
    QCOMPARE(first.nodeBox()->count(), 1);
    QVERIFY(!first.nodeBox()->isVisible());
    auto *node = first.findChild<QLabel *>(QStringLiteral("nodeText"));
    QVERIFY(node && node->isVisible());
    QVERIFY2(node->text().contains(QStringLiteral("370299")), qPrintable(node->text()));
    // Each duty has a line saying what it permits, and the same as its tooltip.
    for (const QString &name :
         {QStringLiteral("certifyExplanation"), QStringLiteral("approverExplanation")}) {
        auto *line = first.findChild<QLabel *>(name);
        QVERIFY2(line && line->isVisible() && line->text().size() > 20, qPrintable(name));
    }
    QCOMPARE(first.approverBox()->toolTip(),
             first.findChild<QLabel *>(QStringLiteral("approverExplanation"))->text());
    QVERIFY(first.findChild<QLabel *>(QStringLiteral("certifyExplanation"))
                ->text()
                .contains(QStringLiteral("checks")));

    // A new user: several roles, and a role with many nodes shows the drop-downs.
    const Session admin(*m_admin, Session::machineName());
    UserFormDialog form(*m_db, *m_profile, *m_audit, &admin, false);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(form.roleBox()->count() > 1 && form.roleBox()->isVisible());
    form.roleBox()->setCurrentIndex(form.roleBox()->findData(int(Role::CommunityWorker)));
    QVERIFY(form.nodeBox()->count() > 1);
    QVERIFY(form.nodeBox()->isVisible());
    QVERIFY(!form.findChild<QLabel *>(QStringLiteral("nodeText"))->isVisible());
    // The Guangdong rules make payment steps the approver's duty (GD 9): the line says so.
    const auto guangdong = PolicyProfile::builtin(QStringLiteral("guangdong"));
    QVERIFY(guangdong);
    UserFormDialog gd(*m_db, *guangdong, *m_audit, &admin, false);
    QVERIFY2(gd.findChild<QLabel *>(QStringLiteral("approverExplanation"))
                 ->text()
                 .contains(QStringLiteral("GD 9")),
             qPrintable(gd.findChild<QLabel *>(QStringLiteral("approverExplanation"))->text()));
}

QTEST_MAIN(TestLockScreen)
#include "tst_lockscreen.moc"
