// One gate (docs/decisions.md, "One way in"): every output and check that a
// role or a jurisdiction refuses is refused with the same message from the
// window's code path (DocumentPrinting::allowAndLog, the window's
// VerificationService and LifecycleService, and the services the window's
// dialogs run: the archive bundle, the public notice, the import dialog, the
// backup and the restore) and from certdesk-cli, and nothing refused is logged as
// done.
#include "archive/archivebundle.h"
#include "archive/listdocuments.h"
#include "backup/backuprestorer.h"
#include "backup/deskbackup.h"
#include "clitest.h"
#include "documents/documentprinting.h"
#include "domain/idnumber.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "io/importdialog.h"
#include "lifecycletest.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "security/userrepository.h"
#include "securitytest.h"
#include "verification/verificationservice.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace certdesk;

using namespace clitest;

namespace
{
const QDate kToday(2026, 11, 23);

// Runs `fn`, which may show a warning box, and returns the box's text (closed).
QString warningOf(const std::function<bool()> &fn, bool *allowed)
{
    QString text;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->close();
        }
    });
    poll.start(10);
    *allowed = fn();
    return text;
}

// The program's own message (Qt may write other lines to stderr first).
QString cliMessage(const CliResult &r)
{
    const QString prefix = QStringLiteral("certdesk-cli: ");
    const QStringList lines = r.err.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return r.err.trimmed();
}
} // namespace

class TestAuthorize : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameRefusalInBothFrontEnds_data();
    void sameRefusalInBothFrontEnds();
    void workspaceOpensWithARequiredSession();
    void paymentStepsAskTheGateWithoutTheCertifyDuty();
    void allowedPaymentStepAuditedUnderTheUsersName();

private:
    Session signedIn(const QString &name, const QString &password) const;
    // The refusal the window's own path shows for an import, backup or restore.
    QString windowRefusal(Action action, const Session &session);
    int loggedOutputs() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    QString m_district, m_own, m_other, m_otherPerson, m_otherName, m_photo, m_results;
    qint64 m_otherId = 0;
};

void TestAuthorize::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // the import dialog remembers its mapping
    m_profile = PolicyProfile::builtin(PolicyProfile::defaultId());
    QString error;
    m_path = m_dir.filePath(QStringLiteral("gate.sqlite"));
    m_db = securitytest::demoDatabase(m_path, *m_profile, 1200, 7, kToday, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_district = securitytest::nodes(*m_db, 1).first();
    const QStringList communities = securitytest::nodes(*m_db, 3);
    QVERIFY(communities.size() >= 2);
    m_own = communities.at(0);
    m_other = communities.at(1);
    UserRepository users(*m_db, *m_profile);
    User shen = securitytest::account(QStringLiteral("shen"), QStringLiteral("沈审计"),
                                      Role::Auditor, m_district);
    User wu = securitytest::account(QStringLiteral("wu"), QStringLiteral("吴社工"),
                                    Role::CommunityWorker, m_own);
    QVERIFY2(users.create(shen, QStringLiteral("shen-secret-1"), &error), qPrintable(error));
    QVERIFY2(users.create(wu, QStringLiteral("wu-secret-12"), &error), qPrintable(error));
    // A worker of the other community: may record that community's payment steps.
    User zhao = securitytest::account(QStringLiteral("zhao"), QStringLiteral("赵社工"),
                                      Role::CommunityWorker, m_other);
    QVERIFY2(users.create(zhao, QStringLiteral("zhao-secret-3"), &error), qPrintable(error));
    QVERIFY(securitytest::writeFile(m_dir.filePath(QStringLiteral("zhao.pw")), "zhao-secret-3\n"));
    QVERIFY(securitytest::writeFile(m_dir.filePath(QStringLiteral("shen.pw")), "shen-secret-1\n"));
    QVERIFY(securitytest::writeFile(m_dir.filePath(QStringLiteral("wu.pw")), "wu-secret-12\n"));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT id, id_number, name FROM recipient WHERE community_code = ? ORDER BY id LIMIT 1"));
    q.addBindValue(m_other);
    QVERIFY(q.exec() && q.next());
    m_otherId = q.value(0).toLongLong();
    m_otherPerson = q.value(1).toString();
    m_otherName = q.value(2).toString();
    // A big-data result for that person, for the import rows.
    m_results = m_dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(securitytest::writeFile(
        m_results, QStringLiteral("姓名,比对结论,公民身份号码,详情\n%1,待核实,%2,门禁测试\n")
                       .arg(m_otherName, m_otherPerson)
                       .toUtf8()));
    QImage image(200, 150, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    m_photo = m_dir.filePath(QStringLiteral("photo.png"));
    QVERIFY(image.save(m_photo, "PNG"));
}

Session TestAuthorize::signedIn(const QString &name, const QString &password) const
{
    const auto user = UserRepository(*m_db, *m_profile).authenticate(name, password);
    return user ? Session(*user, Session::machineName()) : Session();
}

// Prints, exports and reveals written to the trail (refusals must add none).
int TestAuthorize::loggedOutputs() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE action IN ('print', 'export', 'reveal-id', 'record', "
        "'import', 'backup', 'restore', 'payment-step')"));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestAuthorize::sameRefusalInBothFrontEnds_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("node");    // the node printed or exported; "other" / "district"
    QTest::addColumn<QStringList>("cli"); // the command and its own options
    const QString out = QStringLiteral("OUT");
    QStringList list{QStringLiteral("--list"), QStringLiteral("overdue"), QStringLiteral("--today"),
                     clitest::Today};
    // An auditor only reads: every output and check is refused by role.
    QTest::newRow("print-list / auditor")
        << QStringLiteral("shen") << int(Action::Print) << QStringLiteral("district")
        << (QStringList{QStringLiteral("print-list"), QStringLiteral("--out"), out} + list);
    QTest::newRow("export / auditor")
        << QStringLiteral("shen") << int(Action::Export) << QStringLiteral("district")
        << (QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"), out} +
            list);
    QTest::newRow("export --full-id / auditor")
        << QStringLiteral("shen") << int(Action::RevealIdNumber) << QStringLiteral("district")
        << (QStringList{QStringLiteral("export"), QStringLiteral("--full-id"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                        out} +
            list);
    QTest::newRow("archive / auditor")
        << QStringLiteral("shen") << int(Action::Export) << QStringLiteral("district")
        << QStringList{QStringLiteral("archive"), QStringLiteral("--month"),
                       QStringLiteral("2026-11"), QStringLiteral("--out"), out};
    QTest::newRow("public-notice / auditor")
        << QStringLiteral("shen") << int(Action::Print) << QStringLiteral("district")
        << QStringList{QStringLiteral("public-notice"), QStringLiteral("--year"),
                       QStringLiteral("2026"), QStringLiteral("--out"), out};
    QTest::newRow("record / auditor") << QStringLiteral("shen") << int(Action::RecordCheck)
                                      << QString() << QStringList{QStringLiteral("record")};
    // A community worker may print and export, but only their own community.
    QTest::newRow("print-list / other community")
        << QStringLiteral("wu") << int(Action::Print) << QStringLiteral("other")
        << (QStringList{QStringLiteral("print-list"), QStringLiteral("--out"), out} + list);
    QTest::newRow("export / other community")
        << QStringLiteral("wu") << int(Action::Export) << QStringLiteral("other")
        << (QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"), out} +
            list);
    QTest::newRow("archive / other community")
        << QStringLiteral("wu") << int(Action::Export) << QStringLiteral("other")
        << QStringList{QStringLiteral("archive"), QStringLiteral("--month"),
                       QStringLiteral("2026-11"), QStringLiteral("--out"), out};
    QTest::newRow("public-notice / other community")
        << QStringLiteral("wu") << int(Action::Print) << QStringLiteral("other")
        << QStringList{QStringLiteral("public-notice"), QStringLiteral("--year"),
                       QStringLiteral("2026"), QStringLiteral("--out"), out};
    QTest::newRow("record / other community") << QStringLiteral("wu") << int(Action::RecordCheck)
                                              << QString() << QStringList{QStringLiteral("record")};
    // Payment steps (LifecycleService in the window's payment dialogs).
    const QStringList step{QStringLiteral("lifecycle-record")};
    QTest::newRow("lifecycle-record / auditor")
        << QStringLiteral("shen") << int(Action::RecordPaymentStep) << QString() << step;
    QTest::newRow("lifecycle-record / other community")
        << QStringLiteral("wu") << int(Action::RecordPaymentStep) << QString() << step;
    // Imports, backups and restores: the services behind the window's dialogs.
    const QStringList import{QStringLiteral("import"), QStringLiteral("--file"),
                             QStringLiteral("RESULTS"), QStringLiteral("--today"), clitest::Today};
    QTest::newRow("import / auditor")
        << QStringLiteral("shen") << int(Action::Import) << QString() << import;
    QTest::newRow("import / community worker")
        << QStringLiteral("wu") << int(Action::Import) << QString() << import;
    QTest::newRow("backup / auditor")
        << QStringLiteral("shen") << int(Action::Backup) << QString()
        << QStringList{QStringLiteral("backup"), QStringLiteral("--out"), out};
    const QStringList restore{QStringLiteral("restore"), QStringLiteral("--from"),
                              QStringLiteral("NONE")};
    QTest::newRow("restore / auditor")
        << QStringLiteral("shen") << int(Action::RestoreBackup) << QString() << restore;
    QTest::newRow("restore / community worker")
        << QStringLiteral("wu") << int(Action::RestoreBackup) << QString() << restore;
}

QString TestAuthorize::windowRefusal(Action action, const Session &session)
{
    if (action == Action::Backup) { // BackupActions::backUpTo shows the result's message
        BackupOptions options;
        options.folder = m_dir.filePath(QStringLiteral("window-backup"));
        const BackupResult r = DeskBackup(*m_db, session).write(options);
        return r.ok ? QString() : r.message;
    }
    if (action == Action::RestoreBackup) { // the window's startup restores before opening
        const RestoreResult r = BackupRestorer::restore(
            m_dir.filePath(QStringLiteral("none.cdbackup")), m_path, session, RestoreOptions());
        return r.ok ? QString() : r.message;
    }
    const AuditTrail audit(*m_db, *m_profile, WorkingCalendar::builtin());
    ImportDialog dialog(*m_db, *m_profile, kToday, session, audit);
    if (!dialog.setFile(m_results))
        return QStringLiteral("the file did not load");
    QSignalSpy validated(&dialog, &ImportDialog::validated);
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    if (!validated.wait(30000) || !dialog.importButton()->isEnabled())
        return QStringLiteral("the file did not validate");
    bool allowed = true;
    const QString text = warningOf(
        [&] {
            QSignalSpy imported(&dialog, &ImportDialog::imported);
            QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
            return !imported.isEmpty();
        },
        &allowed);
    return allowed ? QString() : text;
}

void TestAuthorize::sameRefusalInBothFrontEnds()
{
    QFETCH(QString, user);
    QFETCH(int, action);
    QFETCH(QString, node);
    QFETCH(QStringList, cli);
    const QString password = user == QLatin1String("shen") ? QStringLiteral("shen-secret-1")
                                                           : QStringLiteral("wu-secret-12");
    const Session session = signedIn(user, password);
    QVERIFY(!session.user().username.isEmpty());
    const QString code = node == QLatin1String("other") ? m_other : m_district;
    const int before = loggedOutputs();

    // The window's code path.
    QString window;
    bool allowed = true;
    if (Action(action) == Action::RecordCheck) {
        const EvidenceStore store(EvidenceStore::folderFor(m_path));
        VerificationService service(*m_db, *m_profile, store, session);
        service.setToday(kToday);
        VerificationEvent e;
        e.recipientId = m_otherId;
        e.checkDate = kToday;
        e.worker = session.user().displayName;
        allowed = service.record(e, &window);
    } else if (Action(action) == Action::RecordPaymentStep) {
        LifecycleService service(*m_db, *m_profile, session);
        service.setToday(kToday);
        LifecycleEvent e = lifecycletest::failure(m_otherId, kToday, session.user().displayName,
                                                  QStringLiteral("门禁测试"));
        allowed = service.record(e, &window);
    } else if (Action(action) == Action::Import || Action(action) == Action::Backup ||
               Action(action) == Action::RestoreBackup) {
        window = windowRefusal(Action(action), session);
        allowed = window.isEmpty();
    } else {
        const AuditTrail audit(*m_db, *m_profile, WorkingCalendar::builtin());
        const AuditAction logged = Action(action) == Action::Print    ? AuditAction::Print
                                   : Action(action) == Action::Export ? AuditAction::Export
                                                                      : AuditAction::RevealIdNumber;
        window = warningOf(
            [&] {
                return DocumentPrinting::allowAndLog(nullptr, &session, &audit, Action(action),
                                                     logged, QStringLiteral("test"), QString(),
                                                     AccessTarget::node(code));
            },
            &allowed);
    }
    QVERIFY(!allowed);
    QVERIFY(!window.isEmpty());
    // The services behind the window's archive and notice dialogs ask the same gate.
    if (cli.first() == QLatin1String("archive")) {
        const EvidenceStore store(EvidenceStore::folderFor(m_path));
        BundleResult result;
        QString bundle;
        const BundleRequest request{code, kToday, m_dir.filePath(QStringLiteral("window-archive")),
                                    QString()};
        QVERIFY(
            !ArchiveBundle(*m_db, store, *m_profile, session).create(request, &result, &bundle));
        QCOMPARE(bundle, window);
    } else if (cli.first() == QLatin1String("public-notice")) {
        QString notice;
        QVERIFY(!ListDocuments::publicNotice(*m_db, *m_profile, session, code, 2026, QString(),
                                             kToday, &notice));
        QCOMPARE(notice, window);
    }

    // The command line, signed in as the same user.
    QStringList args = cli;
    args.replaceInStrings(QStringLiteral("OUT"), m_dir.filePath(QStringLiteral("out-%1").arg(
                                                     QString::fromUtf8(QTest::currentDataTag())
                                                         .remove(QLatin1Char(' '))
                                                         .remove(QLatin1Char('/')))));
    // After OUT: these paths hold the random folder name.
    args.replaceInStrings(QStringLiteral("RESULTS"), m_results);
    args.replaceInStrings(QStringLiteral("NONE"), m_dir.filePath(QStringLiteral("none.cdbackup")));
    args << QStringLiteral("--db") << m_path << QStringLiteral("--user") << user
         << QStringLiteral("--password-file") << m_dir.filePath(user + QStringLiteral(".pw"));
    if (Action(action) == Action::RecordCheck)
        args << QStringLiteral("--person") << m_otherPerson << QStringLiteral("--date")
             << kToday.toString(Qt::ISODate) << QStringLiteral("--method")
             << QStringLiteral("window") << QStringLiteral("--status") << QStringLiteral("alive")
             << QStringLiteral("--worker") << session.user().displayName
             << QStringLiteral("--evidence") << m_photo;
    else if (Action(action) == Action::RecordPaymentStep)
        args << QStringLiteral("--person") << m_otherPerson << QStringLiteral("--kind")
             << QStringLiteral("failed") << QStringLiteral("--date") << kToday.toString(Qt::ISODate)
             << QStringLiteral("--today") << kToday.toString(Qt::ISODate)
             << QStringLiteral("--actor") << session.user().displayName
             << QStringLiteral("--reason") << QStringLiteral("门禁测试");
    else if (!node.isEmpty())
        args << QStringLiteral("--node") << code << QStringLiteral("--lang")
             << QStringLiteral("en");
    const CliResult r = runCli(args);
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(describe(r)));
    QCOMPARE(cliMessage(r), window);
    QCOMPARE(loggedOutputs(), before);
}

void TestAuthorize::workspaceOpensWithARequiredSession()
{
    // A sign-in that refuses opens nothing; the local actor is a session like any other.
    QString error;
    WorkspaceOptions options;
    options.databasePath = m_path;
    const auto refused = Workspace::open(
        options,
        [](const Database &, const PolicyProfile &, const AuditTrail &, QString *why) {
            *why = QStringLiteral("no");
            return std::optional<Session>();
        },
        &error);
    QVERIFY(!refused);
    QCOMPARE(error, QStringLiteral("no"));
    const auto local = Workspace::open(options, Workspace::as(Session::commandLine()), &error);
    QVERIFY2(local, qPrintable(error));
    QCOMPARE(local->session().user().username, QStringLiteral("cli"));
    QCOMPARE(local->profile().id(), m_profile->id());
    QVERIFY(local->authorize(Action::Export, AccessTarget::node(m_other)));
}

void TestAuthorize::paymentStepsAskTheGateWithoutTheCertifyDuty()
{
    // LifecycleService refuses with the gate's words (role, then jurisdiction);
    // the command line's refusals are rows of sameRefusalInBothFrontEnds.
    LifecycleEvent e = lifecycletest::failure(m_otherId, kToday, QStringLiteral("测试"),
                                              QStringLiteral("门禁测试"));
    for (const QString &name : {QStringLiteral("shen"), QStringLiteral("wu")}) {
        const Session session =
            signedIn(name, name == QLatin1String("shen") ? QStringLiteral("shen-secret-1")
                                                         : QStringLiteral("wu-secret-12"));
        LifecycleService service(*m_db, *m_profile, session);
        service.setToday(kToday);
        QString refused, gate;
        QVERIFY(!service.record(e, &refused));
        QVERIFY(!AccessGate::allows(*m_db, *m_profile, session, Action::RecordPaymentStep,
                                    AccessTarget::person(m_otherId), &gate));
        QCOMPARE(refused, gate);
    }
    // A payment step is no certification: a benefit approver under a profile
    // where approving and certifying conflict may record one, not a check.
    const auto strict = PolicyProfile::builtin(QStringLiteral("guangdong"));
    QVERIFY(strict);
    const Session approver = securitytest::sessionAt(Role::CommunityWorker, 3, m_other,
                                                     {QStringLiteral("approve-benefit")});
    QVERIFY(!AccessGate::refusal(*strict, approver, Action::RecordCheck).isEmpty());
    QVERIFY(AccessGate::refusal(*strict, approver, Action::RecordPaymentStep).isEmpty());
}

void TestAuthorize::allowedPaymentStepAuditedUnderTheUsersName()
{
    // zhao works in the person's community: certdesk-cli records the step as zhao,
    // and the trail holds it under that name (place "cli"), in the step's transaction.
    const CliResult r =
        runCli({QStringLiteral("lifecycle-record"), QStringLiteral("--db"), m_path,
                QStringLiteral("--user"), QStringLiteral("zhao"), QStringLiteral("--password-file"),
                m_dir.filePath(QStringLiteral("zhao.pw")), QStringLiteral("--person"),
                m_otherPerson, QStringLiteral("--kind"), QStringLiteral("failed"),
                QStringLiteral("--date"), kToday.toString(Qt::ISODate), QStringLiteral("--today"),
                kToday.toString(Qt::ISODate), QStringLiteral("--actor"), QStringLiteral("赵社工"),
                QStringLiteral("--reason"), QStringLiteral("逾期未认证")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    const QString uuid = r.lines.value(0).value(QStringLiteral("uuid")).toString();
    QVERIFY(!uuid.isEmpty());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT username, role, target, detail, place FROM audit_log "
                             "WHERE action = 'payment-step' ORDER BY id"));
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("zhao"));
    QCOMPARE(q.value(1).toString(), Permissions::roleKey(Role::CommunityWorker));
    QCOMPARE(q.value(2).toString(), IdNumber::mask(m_otherPerson));
    QCOMPARE(q.value(3).toString(), QStringLiteral("%1 failed").arg(uuid));
    QCOMPARE(q.value(4).toString(), QStringLiteral("cli"));
    QVERIFY(!q.next()); // the refused rows logged nothing
    QVERIFY(AuditTrail(*m_db, *m_profile, WorkingCalendar::builtin()).verify().ok);
}

QTEST_MAIN(TestAuthorize)
#include "tst_authorize.moc"
