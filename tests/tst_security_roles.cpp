// Roles and accounts: the role x action matrix, password hashing parameters,
// account rules (node level, unique names, deactivation) and separation of
// duties (Guangdong: a benefit approver may not certify).
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "security/passwordhasher.h"
#include "security/permissions.h"
#include "security/userrepository.h"
#include "securitytest.h"
#include "store/demogenerator.h"
#include "verification/verificationservice.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
} // namespace

class TestSecurityRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void roleMatrix_data();
    void roleMatrix();
    void everyCellIsDecided();
    void passwordHashParameters();
    void passwordRules();
    void createAndAuthenticate();
    void accountRulesRefused_data();
    void accountRulesRefused();
    void deactivatedCannotSignIn();
    void approverMayNotCertify();
    void auditorCannotRecord();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_guangdong;
    QString m_community, m_street, m_district;
};

void TestSecurityRoles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_guangdong = PolicyProfile::builtin(QStringLiteral("guangdong"), &error);
    QVERIFY2(m_guangdong, qPrintable(error));
    m_db = securitytest::demoDatabase(m_dir.filePath(QStringLiteral("roles.sqlite")), *m_guangdong,
                                      200, 3, kToday, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_community = securitytest::nodes(*m_db, 3).value(0);
    m_street = securitytest::nodes(*m_db, 2).value(0);
    m_district = securitytest::nodes(*m_db, 1).value(0);
    QVERIFY(!m_community.isEmpty() && !m_street.isEmpty() && !m_district.isEmpty());
}

void TestSecurityRoles::cleanupTestCase()
{
    m_db.reset();
}

void TestSecurityRoles::roleMatrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    // Written out cell by cell (not derived from the implementation): W S A U.
    struct Row {
        Action action;
        bool w, s, a, u;
    };
    const Row rows[] = {
        {Action::ViewLists, true, true, true, true},
        {Action::RecordCheck, true, true, true, false},
        {Action::CorrectCheck, true, true, true, false},
        {Action::BatchPass, true, true, true, false},
        {Action::RevealIdNumber, true, true, true, false},
        {Action::Export, true, true, true, false},
        {Action::Print, true, true, true, false},
        {Action::Import, false, true, true, false},
        {Action::Sync, true, true, true, false},
        {Action::ChangeSettings, false, false, true, false},
        {Action::ManageUsers, false, false, true, false},
        {Action::ViewAudit, false, false, true, true},
        {Action::ResolveConflict, false, true, true, false},
        {Action::Backup, true, true, true, false},
        {Action::RestoreBackup, false, false, true, false},
        {Action::RecordPaymentStep, true, true, true, false},
        {Action::RecordContact, true, true, true, false},
    };
    for (const Row &r : rows) {
        const QByteArray a = Permissions::actionKey(r.action).toLatin1();
        QTest::newRow(("worker " + a).constData()) << Role::CommunityWorker << r.action << r.w;
        QTest::newRow(("supervisor " + a).constData()) << Role::StreetSupervisor << r.action << r.s;
        QTest::newRow(("admin " + a).constData()) << Role::DistrictAdministrator << r.action << r.a;
        QTest::newRow(("auditor " + a).constData()) << Role::Auditor << r.action << r.u;
    }
}

void TestSecurityRoles::roleMatrix()
{
    QFETCH(Role, role);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    QCOMPARE(Permissions::allows(role, action), allowed);
    const Session session = securitytest::sessionAt(role, 3, m_community);
    QCOMPARE(session.allows(action), allowed);
    if (!allowed)
        QVERIFY(session.refusal(action).contains(Permissions::roleName(role)));
}

void TestSecurityRoles::everyCellIsDecided()
{
    // The data above covers every action: a new action must be added there.
    QCOMPARE(Permissions::actions().size(), 17);
    QCOMPARE(Permissions::roles().size(), 4);
    for (Role r : Permissions::roles())
        QCOMPARE(Permissions::roleFromKey(Permissions::roleKey(r)), std::optional<Role>(r));
}

void TestSecurityRoles::passwordHashParameters()
{
    QString error;
    const QByteArray a = PasswordHasher::hash(QStringLiteral("correct horse 1"), &error);
    QVERIFY2(!a.isEmpty(), qPrintable(error));
    const QByteArray b = PasswordHasher::hash(QStringLiteral("correct horse 1"), &error);
    // Argon2id, with memory and passes at least libsodium's interactive limits.
    const QRegularExpression shape(
        QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=1\\$([^$]+)\\$([^$]+)$"));
    const auto m = shape.match(QString::fromLatin1(a));
    QVERIFY2(m.hasMatch(), a.constData());
    QVERIFY(m.captured(1).toULongLong() * 1024 >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
    QVERIFY(m.captured(2).toULongLong() >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
    QVERIFY(PasswordHasher::opsLimit() >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
    QVERIFY(PasswordHasher::memLimit() >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
    // A random salt: the same password never gives the same string.
    const auto n = shape.match(QString::fromLatin1(b));
    QVERIFY(n.hasMatch());
    QVERIFY(m.captured(3) != n.captured(3));
    QVERIFY(a != b);
    QVERIFY(PasswordHasher::verify(a, QStringLiteral("correct horse 1")));
    QVERIFY(PasswordHasher::verify(b, QStringLiteral("correct horse 1")));
    QVERIFY(!PasswordHasher::verify(a, QStringLiteral("correct horse 2")));
    QVERIFY(!PasswordHasher::verify(a, QString()));
    QVERIFY(!PasswordHasher::needsRehash(a));
}

void TestSecurityRoles::passwordRules()
{
    QString error;
    QVERIFY(PasswordHasher::hash(QStringLiteral("short"), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("8")));
    QVERIFY(PasswordHasher::hash(QStringLiteral(" padded password"), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("space")));
}

void TestSecurityRoles::createAndAuthenticate()
{
    UserRepository users(*m_db, *m_guangdong);
    User u = securitytest::account(QStringLiteral("wang"), QStringLiteral("王社工"),
                                   Role::CommunityWorker, m_community);
    QString error;
    QVERIFY2(users.create(u, QStringLiteral("wang-secret-1"), &error), qPrintable(error));
    QVERIFY(u.id > 0);
    // Only the hash is stored, never the password.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM app_user WHERE username = 'wang'")) &&
            q.next());
    QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!q.value(0).toString().contains(QLatin1String("wang-secret-1")));

    const auto signedIn =
        users.authenticate(QStringLiteral("WANG"), QStringLiteral("wang-secret-1"), &error);
    QVERIFY2(signedIn, qPrintable(error));
    QCOMPARE(signedIn->role, Role::CommunityWorker);
    QCOMPARE(signedIn->nodeLevel, 3);
    QCOMPARE(signedIn->nodeCode, m_community);
    QVERIFY(!users.authenticate(QStringLiteral("wang"), QStringLiteral("wang-secret-2"), &error));
    QCOMPARE(error, QStringLiteral("Wrong user name or password."));
    QVERIFY(!users.authenticate(QStringLiteral("nobody"), QStringLiteral("wang-secret-1"), &error));
    QCOMPARE(error, QStringLiteral("Wrong user name or password."));

    User again = u;
    QVERIFY(!users.create(again, QStringLiteral("another-secret"), &error));
    QVERIFY(error.contains(QLatin1String("already")));
}

void TestSecurityRoles::accountRulesRefused_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<Role>("role");
    QTest::addColumn<int>("nodeLevel");
    QTest::addColumn<QString>("duty");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad name") << QStringLiteral("a b") << Role::CommunityWorker << 3 << QString()
                              << QStringLiteral("letters");
    QTest::newRow("reserved cli") << QStringLiteral("cli") << Role::CommunityWorker << 3
                                  << QString() << QStringLiteral("reserved");
    QTest::newRow("worker at street") << QStringLiteral("li") << Role::CommunityWorker << 2
                                      << QString() << QStringLiteral("level 3");
    QTest::newRow("supervisor at community") << QStringLiteral("li") << Role::StreetSupervisor << 3
                                             << QString() << QStringLiteral("level 2");
    QTest::newRow("auditor at street")
        << QStringLiteral("li") << Role::Auditor << 2 << QString() << QStringLiteral("level 1");
    QTest::newRow("unknown duty") << QStringLiteral("li") << Role::CommunityWorker << 3
                                  << QStringLiteral("fly") << QStringLiteral("Unknown duty");
}

void TestSecurityRoles::accountRulesRefused()
{
    QFETCH(QString, username);
    QFETCH(Role, role);
    QFETCH(int, nodeLevel);
    QFETCH(QString, duty);
    QFETCH(QString, expected);
    User u = securitytest::account(username, QStringLiteral("李"), role,
                                   nodeLevel == 3   ? m_community
                                   : nodeLevel == 2 ? m_street
                                                    : m_district,
                                   duty.isEmpty() ? QStringList() : QStringList{duty});
    QString error;
    const qint64 before = UserRepository(*m_db, *m_guangdong).count();
    QVERIFY(
        !UserRepository(*m_db, *m_guangdong).create(u, QStringLiteral("long-enough-1"), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(UserRepository(*m_db, *m_guangdong).count(), before);
}

void TestSecurityRoles::deactivatedCannotSignIn()
{
    UserRepository users(*m_db, *m_guangdong);
    User u = securitytest::account(QStringLiteral("zhao"), QStringLiteral("赵"),
                                   Role::StreetSupervisor, m_street, {});
    QString error;
    QVERIFY2(users.create(u, QStringLiteral("zhao-secret-1"), &error), qPrintable(error));
    QVERIFY(users.setActive(u.id, false, &error));
    QVERIFY(!users.authenticate(QStringLiteral("zhao"), QStringLiteral("zhao-secret-1"), &error));
    QVERIFY(error.contains(QLatin1String("deactivated")));
    QVERIFY(users.resetPassword(u.id, QStringLiteral("zhao-secret-2"), &error));
    QVERIFY(users.setActive(u.id, true, &error));
    QVERIFY(!users.authenticate(QStringLiteral("zhao"), QStringLiteral("zhao-secret-1")));
    QVERIFY(users.authenticate(QStringLiteral("zhao"), QStringLiteral("zhao-secret-2")));
}

void TestSecurityRoles::approverMayNotCertify()
{
    // Guangdong lists ("approve-benefit", "certify") as incompatible; Qingdao does not.
    QCOMPARE(m_guangdong->incompatibleDuties().size(), 1);
    QVERIFY(PolicyProfile::builtin(QStringLiteral("qingdao"))->incompatibleDuties().isEmpty());

    UserRepository users(*m_db, *m_guangdong);
    User u = securitytest::account(QStringLiteral("chen"), QStringLiteral("陈"),
                                   Role::CommunityWorker, m_community,
                                   {QStringLiteral("certify"), QStringLiteral("approve-benefit")});
    QString error;
    QVERIFY(!users.create(u, QStringLiteral("chen-secret-1"), &error));
    QVERIFY2(error.contains(QLatin1String("separation of duties")), qPrintable(error));
    // Holding one duty is fine; adding the second is refused and changes nothing.
    u.duties = {QStringLiteral("approve-benefit")};
    QVERIFY2(users.create(u, QStringLiteral("chen-secret-1"), &error), qPrintable(error));
    QVERIFY(!users.setDuties(u.id, {QStringLiteral("approve-benefit"), QStringLiteral("certify")},
                             &error));
    QVERIFY(error.contains(QLatin1String("separation of duties")));
    QCOMPARE(users.find(QStringLiteral("chen"))->duties,
             QStringList{QStringLiteral("approve-benefit")});

    // Recording a check exercises "certify": the approver is refused by the service.
    EvidenceStore store(EvidenceStore::folderFor(m_db->path()));
    VerificationService service(*m_db, *m_guangdong, store, Session::commandLine());
    service.setToday(kToday);
    service.setSession(Session(*users.find(QStringLiteral("chen")), QStringLiteral("test-host")));
    VerificationEvent e;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM recipient WHERE community_code = ? LIMIT 1"));
    q.addBindValue(m_community);
    QVERIFY(q.exec() && q.next());
    e.recipientId = q.value(0).toLongLong();
    e.checkDate = kToday;
    e.method = VerificationMethod::Phone;
    e.status = LivingStatus::Unreachable;
    e.worker = QStringLiteral("陈");
    QVERIFY(!service.record(e, &error));
    QVERIFY2(error.contains(QLatin1String("separation of duties")), qPrintable(error));
    // The same user under Qingdao rules may record.
    const auto qingdao = PolicyProfile::builtin(QStringLiteral("qingdao"));
    VerificationService qingdaoService(*m_db, *qingdao, store, Session::commandLine());
    qingdaoService.setToday(kToday);
    qingdaoService.setSession(
        Session(*users.find(QStringLiteral("chen")), QStringLiteral("test-host")));
    QVERIFY2(qingdaoService.record(e, &error), qPrintable(error));
}

void TestSecurityRoles::auditorCannotRecord()
{
    EvidenceStore store(EvidenceStore::folderFor(m_db->path()));
    VerificationService service(*m_db, *m_guangdong, store, Session::commandLine());
    service.setToday(kToday);
    service.setSession(securitytest::sessionAt(Role::Auditor, 1, m_district, {}));
    VerificationEvent e;
    e.recipientId = 1;
    e.checkDate = kToday;
    e.method = VerificationMethod::Phone;
    e.status = LivingStatus::Unreachable;
    e.worker = QStringLiteral("审计");
    QString error;
    QVERIFY(!service.record(e, &error));
    QCOMPARE(error, Permissions::refusal(Role::Auditor, Action::RecordCheck));
}

QTEST_GUILESS_MAIN(TestSecurityRoles)
#include "tst_security_roles.moc"
