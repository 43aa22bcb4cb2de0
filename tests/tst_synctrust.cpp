// Issue 16, points 4 and 7 against the real server on loopback, on SQLite and
// PostgreSQL: HTTPS by default (the server will not listen beyond loopback
// without a certificate unless told --insecure-http; the client refuses plain
// http:// to another computer unless allowed), the server's key pinned on first
// sign-in after a person accepted its fingerprint (window: asked; CLI:
// --fingerprint), a changed key stops sync naming both fingerprints, a
// district CA file is accepted; and the audit chain's head pinned upstream,
// so verify-audit --server finds a trail rewritten before it. Certificates are
// made by the test with Debian's openssl.
#include "clitest.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "security/audittrail.h"
#include "store/database.h"
#include "sync/auditheadcheck.h"
#include "sync/servertrust.h"
#include "sync/synccontroller.h"
#include "sync/syncdialog.h"
#include "sync/syncrun.h"
#include "upstreamtest.h"

#include <QLineEdit>
#include <QPushButton>

#include <QNetworkInterface>
#include <QProcess>

using namespace certdesk;
using namespace upstreamtest;

namespace
{
// Runs openssl with `args` in `dir`; stdout, or empty with a warning.
QByteArray openssl(const QString &dir, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "openssl" << args << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

const QStringList kEcKey = {
    QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};

// A self-signed certificate for 127.0.0.1: <name>.pem and <name>.key.
bool selfSigned(const QString &dir, const QString &name)
{
    openssl(dir,
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey +
                QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                            QStringLiteral("-out"), name + QStringLiteral(".pem"),
                            QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return QFile::exists(dir + QLatin1Char('/') + name + QStringLiteral(".pem"));
}

// A district CA (<ca>.pem/.key) and a server certificate it issued (<name>.pem/.key).
bool issuedByCa(const QString &dir, const QString &ca, const QString &name)
{
    QFile ext(dir + QStringLiteral("/ext.cnf"));
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                  "extendedKeyUsage=serverAuth\n") < 0)
        return false;
    ext.close();
    openssl(dir,
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey +
                QStringList{
                    QStringLiteral("-keyout"), ca + QStringLiteral(".key"), QStringLiteral("-out"),
                    ca + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("30"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=District CA"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign")});
    openssl(dir, QStringList{QStringLiteral("req")} + kEcKey +
                     QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                 QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                 QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    openssl(dir, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                  name + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".pem"),
                  QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                  name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("30"),
                  QStringLiteral("-extfile"), QStringLiteral("ext.cnf")});
    return QFile::exists(dir + QLatin1Char('/') + name + QStringLiteral(".pem"));
}

// The fingerprint as the district's notice would print it, computed by openssl
// alone: SHA-256 of the certificate's public key (SubjectPublicKeyInfo, DER).
QString opensslFingerprint(const QString &dir, const QString &name)
{
    const QByteArray pub =
        openssl(dir, {QStringLiteral("x509"), QStringLiteral("-in"), name + QStringLiteral(".pem"),
                      QStringLiteral("-pubkey"), QStringLiteral("-noout")});
    const QByteArray der = openssl(dir,
                                   {QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                    QStringLiteral("-outform"), QStringLiteral("der")},
                                   pub);
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

QStringList tlsArgs(const QString &dir, const QString &name)
{
    return {QStringLiteral("--cert"), dir + QLatin1Char('/') + name + QStringLiteral(".pem"),
            QStringLiteral("--key"), dir + QLatin1Char('/') + name + QStringLiteral(".key")};
}

// One desk: a database, its evidence folder and its sync settings.
struct Desk {
    std::unique_ptr<Database> db;
    std::unique_ptr<EvidenceStore> store;
    SyncSettings settings;
    const PolicyProfile *profile = nullptr;

    bool open(const QString &path, const PolicyProfile &p, const QUrl &server)
    {
        QString error;
        db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
        if (!db)
            return false;
        db->setSetting(QStringLiteral("profile"), p.id());
        profile = &p;
        store = std::make_unique<EvidenceStore>(EvidenceStore::folderFor(path));
        settings = SyncSettings::load(*db);
        settings.server = server;
        settings.user = QStringLiteral("wang");
        return true;
    }
    SyncReport signIn(SyncClient &client)
    {
        return SyncRun::signIn(client, &settings, UpstreamFixture::password());
    }
    SyncReport sync()
    {
        SyncClient client(settings.server, settings.trust);
        SyncReport r = signIn(client);
        if (r.outcome != SyncReport::Outcome::Ok)
            return r;
        settings.save(*db);
        SyncRun run(*db, *profile, *store, settings, client);
        return run.run();
    }
};

QString writePassword(const QString &dir)
{
    const QString path = dir + QStringLiteral("/pw.txt");
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(UpstreamFixture::password().toUtf8());
    return path;
}
} // namespace

class TestSyncTrust : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fingerprintForms();
    void firstUsePinning_data() { UpstreamFixture::addBackendRows(); }
    void firstUsePinning();
    void changedKeyRefused_data() { UpstreamFixture::addBackendRows(); }
    void changedKeyRefused();
    void caFileAccepted_data() { UpstreamFixture::addBackendRows(); }
    void caFileAccepted();
    void plainHttpRefused_data() { UpstreamFixture::addBackendRows(); }
    void plainHttpRefused();
    void auditHeadPinned_data() { UpstreamFixture::addBackendRows(); }
    void auditHeadPinned();
    void windowAsksToAccept();

private:
    QTemporaryDir m_certs;
    std::optional<PolicyProfile> m_profile;
};

void TestSyncTrust::initTestCase()
{
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    const QString d = m_certs.path();
    QVERIFY(selfSigned(d, QStringLiteral("a")));
    QVERIFY(selfSigned(d, QStringLiteral("b")));
    QVERIFY(issuedByCa(d, QStringLiteral("ca"), QStringLiteral("issued")));
    QVERIFY(issuedByCa(d, QStringLiteral("other-ca"), QStringLiteral("other-issued")));
}

void TestSyncTrust::fingerprintForms()
{
    const QString fp = opensslFingerprint(m_certs.path(), QStringLiteral("a"));
    QCOMPARE(fp.size(), 64);
    const auto cert = QSslCertificate::fromPath(m_certs.filePath(QStringLiteral("a.pem")));
    QCOMPARE(cert.size(), 1);
    QCOMPARE(ServerTrustCheck::keyFingerprint(cert.first()), fp);
    const QString shown = ServerTrustCheck::display(fp);
    QCOMPARE(shown.size(), 95);
    QCOMPARE(ServerTrustCheck::normalise(shown), fp);
    QCOMPARE(ServerTrustCheck::normalise(QStringLiteral("SHA256:") + fp.toUpper()), fp);
    QVERIFY(ServerTrustCheck::normalise(fp.left(60)).isEmpty());
    QVERIFY(ServerTrustCheck::isLoopback(QUrl(QStringLiteral("http://127.0.0.1:8470"))));
    QVERIFY(ServerTrustCheck::isLoopback(QUrl(QStringLiteral("http://localhost:8470"))));
    QVERIFY(ServerTrustCheck::isLoopback(QUrl(QStringLiteral("http://[::1]:8470"))));
    QVERIFY(!ServerTrustCheck::isLoopback(QUrl(QStringLiteral("http://10.0.0.5:8470"))));
    QVERIFY(!ServerTrustCheck::isLoopback(QUrl(QStringLiteral("http://127.0.0.1.example:8470"))));
}

void TestSyncTrust::firstUsePinning()
{
    START_DEMO(up);
    const QString d = m_certs.path();
    const QString fp = opensslFingerprint(d, QStringLiteral("a"));
    up.kill();
    QVERIFY2(up.start(QString(), tlsArgs(d, QStringLiteral("a"))), qPrintable(up.lastError()));
    QCOMPARE(up.baseUrl().scheme(), QStringLiteral("https"));
    Desk desk;
    QVERIFY(desk.open(up.tempPath(QStringLiteral("desk.sqlite")), *m_profile, up.baseUrl()));
    // First contact: no pin, no CA: the fingerprint is shown, nothing is signed in.
    QString shown;
    {
        SyncClient client(desk.settings.server, desk.settings.trust);
        const SyncReport r = desk.signIn(client);
        QCOMPARE(int(r.outcome), int(SyncReport::Outcome::NeedsPerson));
        shown = r.serverKey;
        QCOMPARE(shown, ServerTrustCheck::display(fp));
        QVERIFY2(r.message.contains(shown), qPrintable(r.message));
        QVERIFY(client.token().isEmpty());
    }
    // Accepted (the window asks; here the person said yes): signs in and syncs.
    desk.settings.trust.pin = ServerTrustCheck::normalise(shown);
    const SyncReport synced = desk.sync();
    QVERIFY2(synced.outcome == SyncReport::Outcome::Ok, qPrintable(synced.message));
    QVERIFY(synced.pulled > 0);
    QCOMPARE(SyncSettings::load(*desk.db).trust.pin, fp);

    // The command line: prints the fingerprint and stops without --fingerprint,
    // pins it with --fingerprint, and keeps it for the next run.
    const QString pw = writePassword(up.tempPath(QString()));
    const QString cliDesk = up.tempPath(QStringLiteral("cli.sqlite"));
    {
        Desk made;
        QVERIFY(made.open(cliDesk, *m_profile, QUrl()));
    }
    const QStringList base = {QStringLiteral("sync"),
                              QStringLiteral("--db"),
                              cliDesk,
                              QStringLiteral("--server"),
                              up.baseUrl().toString(),
                              QStringLiteral("--server-user"),
                              QStringLiteral("wang"),
                              QStringLiteral("--server-password-file"),
                              pw};
    const auto first = clitest::runCli(base);
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.err.contains(shown) || QString::fromUtf8(first.out).contains(shown),
             qPrintable(first.err));
    const auto wrong = clitest::runCli(
        base + QStringList{QStringLiteral("--fingerprint"),
                           ServerTrustCheck::display(opensslFingerprint(d, QStringLiteral("b")))});
    QCOMPARE(wrong.exitCode, 1);
    const auto accepted =
        clitest::runCli(base + QStringList{QStringLiteral("--fingerprint"), shown});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err + QString::fromUtf8(accepted.out)));
    const auto later = clitest::runCli(base);
    QVERIFY2(later.exitCode == 0, qPrintable(later.err + QString::fromUtf8(later.out)));
}

void TestSyncTrust::changedKeyRefused()
{
    START_DEMO(up);
    const QString d = m_certs.path();
    up.kill();
    QVERIFY2(up.start(QString(), tlsArgs(d, QStringLiteral("a"))), qPrintable(up.lastError()));
    Desk desk;
    QVERIFY(desk.open(up.tempPath(QStringLiteral("desk.sqlite")), *m_profile, up.baseUrl()));
    desk.settings.trust.pin = opensslFingerprint(d, QStringLiteral("a"));
    QCOMPARE(int(desk.sync().outcome), int(SyncReport::Outcome::Ok));
    const QString cursor = desk.db->setting(QStringLiteral("sync.cursor"));
    // The same server answers with another key (a new certificate, or someone between).
    up.kill();
    QVERIFY2(up.start(QString(), tlsArgs(d, QStringLiteral("b"))), qPrintable(up.lastError()));
    desk.settings.server = up.baseUrl();
    const SyncReport r = desk.sync();
    QCOMPARE(int(r.outcome), int(SyncReport::Outcome::NeedsPerson));
    const QString pinned = ServerTrustCheck::display(opensslFingerprint(d, QStringLiteral("a")));
    const QString presented = ServerTrustCheck::display(opensslFingerprint(d, QStringLiteral("b")));
    QVERIFY2(r.message.contains(pinned) && r.message.contains(presented), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("Sync stopped")), qPrintable(r.message));
    QCOMPARE(desk.db->setting(QStringLiteral("sync.cursor")), cursor);
    // A CA that vouches for the new certificate does not override the pin.
    desk.settings.trust.caFile = d + QStringLiteral("/ca.pem");
    QCOMPARE(int(desk.sync().outcome), int(SyncReport::Outcome::NeedsPerson));
}

void TestSyncTrust::caFileAccepted()
{
    START_DEMO(up);
    const QString d = m_certs.path();
    up.kill();
    QVERIFY2(up.start(QString(), tlsArgs(d, QStringLiteral("issued"))), qPrintable(up.lastError()));
    Desk desk;
    QVERIFY(desk.open(up.tempPath(QStringLiteral("desk.sqlite")), *m_profile, up.baseUrl()));
    // Another district's CA: refused, naming the problem.
    desk.settings.trust.caFile = d + QStringLiteral("/other-ca.pem");
    const SyncReport refused = desk.sync();
    QCOMPARE(int(refused.outcome), int(SyncReport::Outcome::NeedsPerson));
    QVERIFY2(refused.message.contains(QStringLiteral("certificate authority")),
             qPrintable(refused.message));
    // A CA file that is no certificate: refused, naming the file's problem.
    desk.settings.trust.caFile = d + QStringLiteral("/ext.cnf");
    const SyncReport unreadable = desk.sync();
    QCOMPARE(int(unreadable.outcome), int(SyncReport::Outcome::NeedsPerson));
    QVERIFY2(unreadable.message.contains(QStringLiteral("CA file")),
             qPrintable(unreadable.message));
    // The district's own CA: accepted with no question and no pin.
    desk.settings.trust.caFile = d + QStringLiteral("/ca.pem");
    const SyncReport r = desk.sync();
    QVERIFY2(r.outcome == SyncReport::Outcome::Ok, qPrintable(r.message));
    QVERIFY(r.pulled > 0);
    QVERIFY(desk.settings.trust.pin.isEmpty());
}

void TestSyncTrust::plainHttpRefused()
{
    START_DEMO(up);
    // The server: not beyond loopback without a certificate...
    const auto refused = UpstreamFixture::run(
        {QStringLiteral("serve"), QStringLiteral("--db"), up.dbUrl(), QStringLiteral("--evidence"),
         up.evidenceDir(), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")},
        30000);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--insecure-http"), refused.err.constData());
    // ...unless told so on purpose.
    up.kill();
    QVERIFY2(up.start(QString(), {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                                  QStringLiteral("--insecure-http")}),
             qPrintable(up.lastError()));
    const int port = up.baseUrl().port();

    // The client: plain http:// to another computer is refused before anything is sent.
    Desk desk;
    QVERIFY(desk.open(up.tempPath(QStringLiteral("desk.sqlite")), *m_profile,
                      QUrl(QStringLiteral("http://192.0.2.10:%1").arg(port))));
    const SyncReport r = desk.sync();
    QCOMPARE(int(r.outcome), int(SyncReport::Outcome::NeedsPerson));
    QVERIFY2(r.message.contains(QStringLiteral("http://")), qPrintable(r.message));

    // A real non-loopback address of this machine: refused, then allowed on purpose.
    QString address;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            address = a.toString();
    }
    if (address.isEmpty())
        QSKIP("this machine has no non-loopback IPv4 address");
    desk.settings.server = QUrl(QStringLiteral("http://%1:%2").arg(address).arg(port));
    QCOMPARE(int(desk.sync().outcome), int(SyncReport::Outcome::NeedsPerson));
    desk.settings.trust.allowPlainHttp = true;
    const SyncReport allowed = desk.sync();
    QVERIFY2(allowed.outcome == SyncReport::Outcome::Ok, qPrintable(allowed.message));
}

void TestSyncTrust::auditHeadPinned()
{
    START_DEMO(up);
    Desk desk;
    QVERIFY(desk.open(up.tempPath(QStringLiteral("desk.sqlite")), *m_profile, up.baseUrl()));
    AuditTrail trail(*desk.db, *m_profile, WorkingCalendar::builtin());
    for (int i = 0; i < 3; ++i)
        QVERIFY(trail.record(Session::commandLine(), AuditAction::Export,
                             QStringLiteral("list %1").arg(i)));
    QVERIFY2(desk.sync().outcome == SyncReport::Outcome::Ok, "first sync");
    QString error;
    const AuditHead head = AuditHeadCheck::localHead(*desk.db, &error);
    QCOMPARE(head.id, qint64(3));
    // The server holds this device's head.
    SyncClient client(desk.settings.server, desk.settings.trust);
    QCOMPARE(int(desk.signIn(client).outcome), int(SyncReport::Outcome::Ok));
    const HttpReply heads = AuditHeadCheck::fetch(client);
    QVERIFY2(heads.ok(), qPrintable(heads.message));
    QList<AuditHead> pinned;
    QVERIFY2(AuditHeadCheck::parse(heads.json, &pinned, &error), qPrintable(error));
    QCOMPARE(pinned.size(), 1);
    QCOMPARE(pinned.first().id, head.id);
    QCOMPARE(pinned.first().hash, head.hash);

    const QString pw = writePassword(up.tempPath(QString()));
    const QStringList verify = {QStringLiteral("verify-audit"),
                                QStringLiteral("--db"),
                                desk.db->path(),
                                QStringLiteral("--server"),
                                QStringLiteral("--server-password-file"),
                                pw};
    const auto clean = clitest::runCli(verify);
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.err + QString::fromUtf8(clean.out)));

    // Whoever holds the file rewrites entry 2 and recomputes the chain: the local
    // check cannot tell, the pinned head can.
    {
        QSqlQuery q(desk.db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET target = 'nothing' WHERE id = 2")));
        QString prev = AuditTrail::genesisHash();
        for (const AuditEntry &e : trail.entries()) {
            AuditEntry copy = e;
            copy.prevHash = prev;
            const QString hash = AuditTrail::entryHash(prev, copy);
            q.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
            q.addBindValue(prev);
            q.addBindValue(hash);
            q.addBindValue(e.id);
            QVERIFY(q.exec());
            prev = hash;
        }
    }
    QVERIFY(trail.verify().ok);
    const auto rewritten = clitest::runCli(verify);
    QCOMPARE(rewritten.exitCode, 1);
    QVERIFY2(rewritten.err.contains(QStringLiteral("rewritten before the pinned head")),
             qPrintable(rewritten.err));
    // The next sync says so too, and still syncs.
    const SyncReport r = desk.sync();
    QCOMPARE(int(r.outcome), int(SyncReport::Outcome::Ok));
    QVERIFY2(r.message.contains(QStringLiteral("rewritten")), qPrintable(r.message));
}

// The window: the first sign-in shows the fingerprint and asks; "accept" pins
// it and signs in, "refuse" pins nothing and stays signed out.
void TestSyncTrust::windowAsksToAccept()
{
    UpstreamFixture up;
    QString skip;
    QVERIFY2(up.prepare(QStringLiteral("sqlite"), &skip), qPrintable(up.lastError()));
    QVERIFY2(up.loadDemoRoster() && up.addDemoUsers(), qPrintable(up.lastError()));
    const QString d = m_certs.path();
    QVERIFY2(up.start(QString(), tlsArgs(d, QStringLiteral("a"))), qPrintable(up.lastError()));
    const QString fp = opensslFingerprint(d, QStringLiteral("a"));
    for (const bool accept : {false, true}) {
        Desk desk;
        QVERIFY(desk.open(up.tempPath(QStringLiteral("window-%1.sqlite").arg(int(accept))),
                          *m_profile, QUrl()));
        SyncController controller(*desk.db, *m_profile, *desk.store);
        SyncDialog dialog(controller, *desk.db, Session::commandLine(), nullptr);
        QString asked;
        dialog.setKeyQuestion([&](const QString &, const QString &shown) {
            asked = shown;
            return accept;
        });
        dialog.serverEdit()->setText(up.baseUrl().toString());
        dialog.userEdit()->setText(QStringLiteral("wang"));
        QVERIFY(dialog.saveSettings());
        bool finished = false, ok = false;
        connect(&controller, &SyncController::signInFinished, this, [&](bool success) {
            finished = !asked.isEmpty() && (success || !accept);
            ok = success;
        });
        dialog.passwordEdit()->setText(UpstreamFixture::password());
        dialog.signInButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
        QCOMPARE(asked, ServerTrustCheck::display(fp));
        QCOMPARE(ok, accept);
        QCOMPARE(controller.isSignedIn(), accept);
        QCOMPARE(SyncSettings::load(*desk.db).trust.pin, accept ? fp : QString());
    }
}

QTEST_MAIN(TestSyncTrust)
#include "tst_synctrust.moc"
