// Sync integration: CertDesk clients against the real upstream server on
// loopback, once with SQLite storage and once with PostgreSQL (every test runs
// for both rows of initTestCase_data). Faults are real: the server process is
// killed mid-push and mid-upload, answers 503, drops connections, and a client
// process is killed mid-pull. Rows are counted on the server afterwards.
#include "faulttest.h"
#include "syncharness.h"

#include "lifecycle/lifecycleservice.h"
#include "store/demogenerator.h"
#include "sync/synccontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;

using namespace synctest;

namespace
{
const QDate kToday(2026, 11, 23);
const QString kPhoneOld = QStringLiteral("13900000001");
const QString kPhoneNew = QStringLiteral("13900000002");

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}
} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void twoOfflineClientsConvergeInEitherOrder_data();
    void twoOfflineClientsConvergeInEitherOrder();
    void deathConflictsAreFlagged();
    void paymentStepsReachTheOtherDevice();
    void bigDataResultsComeDown();
    void supervisorDecisionReachesEveryDevice();
    void serverKilledMidPushLosesNothing();
    void serverErrorsAndDroppedConnectionsAreRetried();
    void uploadResumesWhereTheServerStopped();
    void clientKilledMidPullResumes();
    void serverKilledMidPullResumes();
    void cancelledPullKeepsAConsistentCursor();
    void controllerBacksOffUntilTheServerReturns();
    void packageRoundTripAndRefusals();
    void answersOutsideTheProtocolAreRefused();

private:
    Client &client(const QString &name, const QString &user = QStringLiteral("wang"));
    QString cli(const QStringList &args, int *exitCode, const QByteArrayList &env = {}) const;
    int serverEvents() const { return m_upstream->count("events"); }

    QTemporaryDir m_dir;
    std::optional<PolicyProfile> m_profile;
    QString m_rosterPath;
    QString m_community;
    QString m_street;
    QStringList m_people; // ID numbers of alive people in m_community
    int m_inScope = 0;    // people in m_community
    int m_run = 0;
    QString m_testDir;
    std::unique_ptr<Upstream> m_upstream;
    std::map<QString, std::unique_ptr<Client>> m_clients;
};

void TestSync::initTestCase_data()
{
    QTest::addColumn<QString>("storage");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    // The district's roster, as `certdesk-cli demo` makes it, loaded into every server.
    m_rosterPath = m_dir.filePath(QStringLiteral("roster.sqlite"));
    {
        auto db = Database::open(m_rosterPath, Database::OpenMode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        DemoOptions o;
        o.persons = 400;
        o.seed = 77;
        o.today = kToday;
        QVERIFY2(DemoGenerator::generate(*db, *m_profile, o, &error), qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT community_code, street_code, count(*) FROM recipient "
                                      "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1")) &&
                q.next());
        m_community = q.value(0).toString();
        m_street = q.value(1).toString();
        m_inScope = q.value(2).toInt();
        q.prepare(QStringLiteral(
            "SELECT id_number FROM recipient WHERE community_code = ? AND living_status = 'alive' "
            "AND benefit_status = 'normal' ORDER BY id_number"));
        q.addBindValue(m_community);
        QVERIFY(q.exec());
        while (q.next())
            m_people << q.value(0).toString();
    }
    QVERIFY2(m_people.size() >= 20, "the demo community is too small for these tests");
}

void TestSync::init()
{
    QFETCH_GLOBAL(QString, storage);
    m_testDir = m_dir.filePath(QStringLiteral("run-%1").arg(++m_run));
    QDir().mkpath(m_testDir);
    QString url;
    if (storage == QLatin1String("sqlite")) {
        url = QStringLiteral("sqlite:%1/upstream.sqlite").arg(m_testDir);
    } else {
        url = qEnvironmentVariable("CERTDESK_TEST_PG_URL");
        if (url.isEmpty())
            QSKIP("CERTDESK_TEST_PG_URL is not set: scripts/test.sh starts PostgreSQL and sets it");
        QString error;
        url = ownPostgresDatabase(url, QStringLiteral("certdesk_test_sync"), &error);
        QVERIFY2(error.isEmpty() && resetPostgres(url, &error), qPrintable(error));
    }
    m_upstream = std::make_unique<Upstream>(url, m_testDir + QStringLiteral("/upstream-evidence"));
    QString error;
    m_upstream->admin({QStringLiteral("load-roster"), QStringLiteral("--from"), m_rosterPath},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const auto &[user, role, scope] :
         {std::tuple{"wang", "worker", m_community}, std::tuple{"li", "worker", m_community},
          std::tuple{"zhao", "supervisor", m_street}}) {
        m_upstream->admin({QStringLiteral("add-user"), QStringLiteral("--user"),
                           QLatin1String(user), QStringLiteral("--password"), kPassword,
                           QStringLiteral("--role"), QLatin1String(role), QStringLiteral("--scope"),
                           scope},
                          &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QVERIFY2(m_upstream->start(QString(), &error), qPrintable(error));
}

void TestSync::cleanup()
{
    m_clients.clear();
    m_upstream.reset();
}

Client &TestSync::client(const QString &name, const QString &user)
{
    auto &slot = m_clients[name];
    if (!slot)
        slot = std::make_unique<Client>(m_testDir + QLatin1Char('/') + name, *m_profile, user);
    return *slot;
}

QString TestSync::cli(const QStringList &args, int *exitCode, const QByteArrayList &env) const
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("CERTDESK_SERVER_PASSWORD"), kPassword);
    for (const QByteArray &kv : env)
        e.insert(QString::fromUtf8(kv.left(kv.indexOf('='))),
                 QString::fromUtf8(kv.mid(kv.indexOf('=') + 1)));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(CERTDESK_CLI_BIN), args);
    p.waitForFinished(120000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

void TestSync::twoOfflineClientsConvergeInEitherOrder_data()
{
    QTest::addColumn<bool>("aFirst");
    QTest::newRow("A then B") << true;
    QTest::newRow("B then A") << false;
}

void TestSync::twoOfflineClientsConvergeInEitherOrder()
{
    QFETCH(bool, aFirst);
    Client &a = client(QStringLiteral("a"), QStringLiteral("wang"));
    Client &b = client(QStringLiteral("b"), QStringLiteral("li"));
    for (Client *c : {&a, &b}) {
        const SyncReport r = c->sync(m_upstream->url());
        QVERIFY2(r.outcome == SyncReport::Outcome::Ok, qPrintable(r.message));
        QCOMPARE(c->scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt(), m_inScope);
    }
    // Both go offline and record: the same person (a phone changed to two
    // different numbers, B's check happening later) and different people.
    m_upstream->stop();
    const QString same = m_people.at(0);
    QVERIFY(
        !a.record(same, LivingStatus::Alive, QDate(2026, 11, 20), kToday, kPhoneOld, {}, at(20, 9))
             .isEmpty());
    QVERIFY(!a.record(m_people.at(1), LivingStatus::Alive, QDate(2026, 11, 20), kToday).isEmpty());
    QVERIFY(
        !b.record(same, LivingStatus::Alive, QDate(2026, 11, 21), kToday, kPhoneNew, {}, at(21, 10))
             .isEmpty());
    QVERIFY(!b.record(m_people.at(2), LivingStatus::Deceased, QDate(2026, 11, 21), kToday,
                      std::nullopt, QDate(2026, 11, 1))
                 .isEmpty());
    QCOMPARE(a.sync(m_upstream->url()).outcome,
             SyncReport::Outcome::RetryLater); // offline: kept for later
    QVERIFY(m_upstream->start());

    Client &first = aFirst ? a : b;
    Client &second = aFirst ? b : a;
    for (Client *c : {&first, &second, &first}) {
        const SyncReport r = c->sync(m_upstream->url());
        QVERIFY2(r.outcome == SyncReport::Outcome::Ok, qPrintable(r.message));
    }
    // The server holds each event exactly once, and flagged the phone.
    QCOMPARE(serverEvents(), 4);
    const QJsonArray conflicts = m_upstream->conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("contact-field"));
    QCOMPARE(conflicts.at(0).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("phone"));
    // Both clients converge: same events, the newer phone in effect, the death known.
    QCOMPARE(a.eventUuids(), b.eventUuids());
    QCOMPARE(a.eventUuids().size(), 4);
    for (Client *c : {&a, &b}) {
        QCOMPARE(c->column(same, QStringLiteral("phone")), kPhoneNew);
        QCOMPARE(c->column(m_people.at(2), QStringLiteral("living_status")),
                 QStringLiteral("deceased"));
        QCOMPARE(c->column(m_people.at(1), QStringLiteral("last_check_date")),
                 QStringLiteral("2026-11-20"));
        QCOMPARE(
            c->scalar(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE state = 'open'"))
                .toInt(),
            1);
        QCOMPARE(c->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'accepted'"))
                     .toInt(),
                 0);
        // The other device's photos came down with its checks.
        QSqlQuery files(c->db().connection());
        QVERIFY(files.exec(QStringLiteral("SELECT sha256 FROM event_evidence")));
        int photos = 0;
        while (files.next()) {
            QVERIFY2(c->store().contains(files.value(0).toString()),
                     qPrintable(files.value(0).toString()));
            ++photos;
        }
        QCOMPARE(photos, 3);
    }
    // A second sync with nothing new pushes nothing and pulls nothing.
    const SyncReport again = a.sync(m_upstream->url());
    QCOMPARE(again.pushed, 0);
    QCOMPARE(again.pulled, 0);
    QCOMPARE(serverEvents(), 4);
}

void TestSync::deathConflictsAreFlagged()
{
    Client &a = client(QStringLiteral("a"), QStringLiteral("wang"));
    Client &b = client(QStringLiteral("b"), QStringLiteral("li"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(b.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    // A death reported elsewhere reaches the server; A has not pulled it and
    // visits the person later, finding them alive.
    const QString reported = m_people.at(3);
    QString error;
    m_upstream->admin({QStringLiteral("record-status"), QStringLiteral("--id-number"), reported,
                       QStringLiteral("--status"), QStringLiteral("deceased"),
                       QStringLiteral("--date"), QStringLiteral("2026-11-05"),
                       QStringLiteral("--death-date"), QStringLiteral("2026-11-02"),
                       QStringLiteral("--source"), QStringLiteral("civil-affairs")},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!a.record(reported, LivingStatus::Alive, QDate(2026, 11, 10), kToday).isEmpty());
    // Two devices give two different dates of death.
    const QString dead = m_people.at(4);
    QVERIFY(!a.record(dead, LivingStatus::Deceased, QDate(2026, 11, 12), kToday, std::nullopt,
                      QDate(2026, 11, 3))
                 .isEmpty());
    QVERIFY(!b.record(dead, LivingStatus::Deceased, QDate(2026, 11, 13), kToday, std::nullopt,
                      QDate(2026, 11, 5))
                 .isEmpty());
    const SyncReport ra = a.sync(m_upstream->url());
    QCOMPARE(ra.outcome, SyncReport::Outcome::Ok);
    QCOMPARE(ra.conflicts, 1); // alive after the reported death
    const SyncReport rb = b.sync(m_upstream->url());
    QCOMPARE(rb.outcome, SyncReport::Outcome::Ok);
    QCOMPARE(rb.conflicts, 1); // a second date of death
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QStringList types;
    for (const QJsonValue &c : m_upstream->conflicts())
        types << c.toObject().value(QStringLiteral("type")).toString();
    types.sort();
    QCOMPARE(types,
             (QStringList{QStringLiteral("alive-after-death"), QStringLiteral("death-date")}));
    // Both events are kept, never one silently dropped.
    QCOMPARE(serverEvents(), 3);
    for (Client *c : {&a, &b}) {
        QCOMPARE(
            c->scalar(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE state = 'open'"))
                .toInt(),
            2);
        QCOMPARE(c->scalar(QStringLiteral("SELECT count(*) FROM upstream_status")).toInt(), 1);
    }
    QCOMPARE(b.column(dead, QStringLiteral("living_status")), QStringLiteral("deceased"));
}

void TestSync::paymentStepsReachTheOtherDevice()
{
    Client &a = client(QStringLiteral("a"), QStringLiteral("wang"));
    Client &b = client(QStringLiteral("b"), QStringLiteral("li"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(b.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    const QString person = m_people.at(6);
    LifecycleService lifecycle(a.db(), *m_profile, Session::commandLine());
    lifecycle.setToday(kToday);
    LifecycleEvent suspension;
    suspension.recipientId = a.idOf(person);
    suspension.kind = LifecycleKind::Suspended;
    suspension.date = QDate(2026, 11, 20);
    suspension.effectiveMonth = QDate(2026, 12, 1);
    suspension.reason = QStringLiteral("大数据比对疑似死亡");
    suspension.cause = QStringLiteral("bigdata");
    suspension.actor = QStringLiteral("wang");
    QString error;
    QVERIFY2(lifecycle.record(suspension, &error), qPrintable(error));
    QCOMPARE(a.sync(m_upstream->url()).pushed, 1);
    QCOMPARE(b.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(serverEvents(), 1);
    QCOMPARE(
        b.scalar(QStringLiteral(
                     "SELECT uuid || ' ' || kind || ' ' || effective_month FROM lifecycle_event"))
            .toString(),
        suspension.uuid + QStringLiteral(" suspended 2026-12-01"));
    QCOMPARE(b.column(person, QStringLiteral("benefit_status")), QStringLiteral("suspended"));
    QCOMPARE(a.scalar(QStringLiteral("SELECT state FROM lifecycle_outbox")).toString(),
             QStringLiteral("accepted"));
}

void TestSync::bigDataResultsComeDown()
{
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    // The district ingests this month's comparison; the next sync brings it.
    const QString csv = m_testDir + QStringLiteral("/bigdata.csv");
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("身份证号,结论\n%1,待核实\n%2,丧失资格\n")
                .arg(m_people.at(7), m_people.at(8))
                .toUtf8());
    f.close();
    QString error;
    m_upstream->admin({QStringLiteral("ingest-bigdata"), QStringLiteral("--file"), csv,
                       QStringLiteral("--month"), QStringLiteral("2026-11")},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SyncReport r = a.sync(m_upstream->url());
    QCOMPARE(r.outcome, SyncReport::Outcome::Ok);
    QCOMPARE(r.pulled, 2);
    QCOMPARE(a.column(m_people.at(7), QStringLiteral("bigdata_rank || ' ' || bigdata_month")),
             QStringLiteral("1 2026-11"));
    QCOMPARE(a.column(m_people.at(8), QStringLiteral("bigdata_rank")), QStringLiteral("0"));
}

void TestSync::supervisorDecisionReachesEveryDevice()
{
    Client &a = client(QStringLiteral("a"), QStringLiteral("wang"));
    Client &b = client(QStringLiteral("b"), QStringLiteral("li"));
    Client &z = client(QStringLiteral("z"), QStringLiteral("zhao"));
    for (Client *c : {&a, &b, &z})
        QCOMPARE(c->sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    const QString person = m_people.at(5);
    QVERIFY(!a.record(person, LivingStatus::Alive, QDate(2026, 11, 20), kToday, kPhoneOld, {},
                      at(20, 9))
                 .isEmpty());
    QVERIFY(!b.record(person, LivingStatus::Alive, QDate(2026, 11, 21), kToday, kPhoneNew, {},
                      at(21, 9))
                 .isEmpty());
    for (Client *c : {&a, &b, &z})
        QCOMPARE(c->sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    const QString conflict =
        z.scalar(QStringLiteral("SELECT id FROM sync_conflict WHERE state = 'open'")).toString();
    QVERIFY(!conflict.isEmpty());

    // A community worker may not decide: the server refuses it for good.
    auto decide = [&](Client &c, const QString &uuid, const QString &by) {
        QSqlQuery q(c.db().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO sync_resolution(uuid, conflict_id, decision, value, note, decided_by, "
            "decided_at) VALUES(?, ?, 'use-value', ?, 'called the family', ?, ?)"));
        for (const QVariant &v :
             {QVariant(uuid), QVariant(conflict), QVariant(kPhoneOld), QVariant(by),
              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
            q.addBindValue(v);
        return q.exec();
    };
    QVERIFY(
        decide(a, QStringLiteral("6f1c0e4e-0000-4000-8000-000000000001"), QStringLiteral("wang")));
    const SyncReport refused = a.sync(m_upstream->url());
    QCOMPARE(refused.rejected, 1);
    QCOMPARE(a.scalar(QStringLiteral("SELECT state FROM sync_resolution")).toString(),
             QStringLiteral("rejected"));

    // The street supervisor keeps the older number; every device follows.
    QVERIFY(
        decide(z, QStringLiteral("6f1c0e4e-0000-4000-8000-000000000002"), QStringLiteral("zhao")));
    QCOMPARE(z.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(z.scalar(QStringLiteral("SELECT state FROM sync_resolution")).toString(),
             QStringLiteral("accepted"));
    for (Client *c : {&a, &b, &z}) {
        QCOMPARE(c->sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
        QCOMPARE(
            c->scalar(QStringLiteral(
                          "SELECT state || ' ' || decision || ' ' || value FROM sync_conflict"))
                .toString(),
            QStringLiteral("resolved use-value ") + kPhoneOld);
        QCOMPARE(c->column(person, QStringLiteral("phone")), kPhoneOld);
    }
}

void TestSync::serverKilledMidPushLosesNothing()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    for (int i = 0; i < 12; ++i)
        QVERIFY(!a.record(m_people.at(i), LivingStatus::Alive, QDate(2026, 11, 2 + i), kToday)
                     .isEmpty());
    // Pushed in batches of 5: the server dies storing the 8th event, after the
    // first batch was committed and answered, before the second commits.
    QVERIFY(m_upstream->start(QStringLiteral("kill-after-events:8")));
    QCOMPARE(a.sync(m_upstream->url(), {}, 2000, 5).outcome, SyncReport::Outcome::RetryLater);
    QVERIFY(m_upstream->waitForDeath());
    QCOMPARE(serverEvents(), 5);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'accepted'")).toInt(),
        5);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).toInt(), 7);
    QVERIFY(m_upstream->start());
    const SyncReport r = a.sync(m_upstream->url(), {}, 2000, 5);
    QVERIFY2(r.outcome == SyncReport::Outcome::Ok, qPrintable(r.message));
    QCOMPARE(r.pushed, 7);
    QCOMPARE(serverEvents(), 12);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'accepted'")).toInt(),
        12);
}

void TestSync::serverErrorsAndDroppedConnectionsAreRetried()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    for (int i = 0; i < 6; ++i)
        QVERIFY(!a.record(m_people.at(i), LivingStatus::Alive, QDate(2026, 11, 2 + i), kToday)
                     .isEmpty());
    // The server answers 503 three times: a run ends "retry later", keeping everything.
    QVERIFY(m_upstream->start(QStringLiteral("status-503:3")));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::RetryLater);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).toInt(), 6);
    // The command line retries with backoff by itself (two more 503s, then through).
    int exitCode = -1;
    const QString out = cli({QStringLiteral("sync"), QStringLiteral("--db"), a.db().path(),
                             QStringLiteral("--retries"), QStringLiteral("3"),
                             QStringLiteral("--backoff-ms"), QStringLiteral("100")},
                            &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QCOMPARE(serverEvents(), 6);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'accepted'")).toInt(),
        6);

    // A push whose connection is dropped after the server stored its events:
    // whether Qt resends it at once or the next run does, each is stored once.
    for (int i = 6; i < 10; ++i)
        QVERIFY(!a.record(m_people.at(i), LivingStatus::Alive, QDate(2026, 11, 2 + i), kToday)
                     .isEmpty());
    QVERIFY(m_upstream->start(QStringLiteral("drop-after-events:2")));
    if (a.sync(m_upstream->url()).outcome == SyncReport::Outcome::RetryLater)
        QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(serverEvents(), 10);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'accepted'")).toInt(),
        10);
}

void TestSync::uploadResumesWhereTheServerStopped()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    // A photo of about 22 MB (noise does not compress): six 4 MiB chunks.
    const EvidenceLink big = a.photo(4242, 3000, 2500, true);
    QVERIFY(big.item.bytes > 21 * 1024 * 1024);
    QVERIFY(!a.record(m_people.at(0), LivingStatus::Alive, QDate(2026, 11, 20), kToday,
                      std::nullopt, {}, {}, {big})
                 .isEmpty());
    // The server dies after five chunks are on its disk (93%).
    QVERIFY(m_upstream->start(QStringLiteral("kill-after-bytes:20000000")));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::RetryLater);
    QVERIFY(m_upstream->waitForDeath());
    QCOMPARE(serverEvents(), 0);
    QVERIFY(m_upstream->start());
    qint64 firstDone = -1, total = 0;
    const SyncReport r = a.sync(m_upstream->url(), [&](const SyncProgress &p) {
        if (p.phase == SyncProgress::Phase::UploadingEvidence && firstDone < 0) {
            firstDone = p.done;
            total = p.total;
        }
    });
    QVERIFY2(r.outcome == SyncReport::Outcome::Ok, qPrintable(r.message));
    QCOMPARE(r.uploaded, 1);
    // The first chunk sent after the restart ends the file: it resumed at 93%.
    QCOMPARE(total, big.item.bytes);
    QCOMPARE(firstDone, total);
    QCOMPARE(serverEvents(), 1);
    QCOMPARE(m_upstream->count("evidence"), 1);
}

void TestSync::clientKilledMidPullResumes()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    Client &a = client(QStringLiteral("a"));
    const QString path = a.db().path();
    int exitCode = 0;
    const QStringList args{
        QStringLiteral("sync"),     QStringLiteral("--db"),       path,
        QStringLiteral("--server"), m_upstream->url().toString(), QStringLiteral("--server-user"),
        QStringLiteral("wang"),     QStringLiteral("--page"),     QStringLiteral("10")};
    // The client process is killed after applying its second page.
    const QString killed =
        cli(args, &exitCode, {QByteArrayLiteral("CERTDESK_FAULT=kill-after-page:2")});
    QCOMPARE(exitCode, -1);
    const qint64 cursor =
        a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
            .toLongLong();
    QVERIFY2(cursor > 0, qPrintable(killed));
    const int partial = a.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt();
    QVERIFY(partial > 0 && partial < m_inScope);
    const QString out = cli(args, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt(), m_inScope);
    QVERIFY(a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
                .toLongLong() > cursor);
}

void TestSync::serverKilledMidPullResumes()
{
    Client &a = client(QStringLiteral("a"));
    int pages = 0;
    // The server dies while the client is between its third and fourth page.
    const SyncReport broken = a.sync(
        m_upstream->url(),
        [&](const SyncProgress &p) {
            if (p.phase == SyncProgress::Phase::Pulling && ++pages == 3)
                m_upstream->stop();
        },
        10);
    QCOMPARE(broken.outcome, SyncReport::Outcome::RetryLater);
    QCOMPARE(broken.pulled, 30);
    const qint64 cursor =
        a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
            .toLongLong();
    QVERIFY(cursor > 0);
    QVERIFY(m_upstream->start());
    const SyncReport resumed = a.sync(m_upstream->url(), {}, 10);
    QVERIFY2(resumed.outcome == SyncReport::Outcome::Ok, qPrintable(resumed.message));
    // Nothing applied twice, nothing missed: the rest, from the stored cursor.
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt(), m_inScope);
    Client &whole = client(QStringLiteral("whole"));
    QCOMPARE(broken.pulled + resumed.pulled, whole.sync(m_upstream->url()).pulled);
    QVERIFY(
        a.scalar(QStringLiteral("SELECT count(*) FROM sync_run WHERE outcome = 'retry'")).toInt() ==
        1);
}

void TestSync::cancelledPullKeepsAConsistentCursor()
{
    Client &a = client(QStringLiteral("a"));
    std::atomic_bool cancel{false};
    a.settings().server = m_upstream->url();
    SyncClient http(m_upstream->url());
    QCOMPARE(SyncRun::signIn(http, &a.settings(), kPassword).outcome, SyncReport::Outcome::Ok);
    http.setCancelFlag(&cancel);
    SyncRun run(a.db(), *m_profile, a.store(), a.settings(), http);
    run.setPageSize(10);
    run.setCancelFlag(&cancel);
    int pages = 0;
    run.setProgress([&](const SyncProgress &p) {
        if (p.phase == SyncProgress::Phase::Pulling && ++pages == 3)
            cancel = true;
    });
    const SyncReport r = run.run();
    QCOMPARE(r.outcome, SyncReport::Outcome::Cancelled);
    // Exactly the three applied pages are kept, with their cursor.
    const int kept = a.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt();
    QVERIFY(kept > 0 && kept <= 30);
    QCOMPARE(r.pulled, 30);
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt(), m_inScope);
}

void TestSync::controllerBacksOffUntilTheServerReturns()
{
    Client &a = client(QStringLiteral("a"));
    a.settings().server = m_upstream->url();
    a.settings().intervalMinutes = 0;
    QVERIFY(a.settings().save(a.db()));
    SyncController controller(a.db(), *m_profile, a.store());
    controller.setBackoff(200, 1000);
    QCOMPARE(controller.status().state, SyncStatus::State::SignedOut);
    QSignalSpy signedIn(&controller, &SyncController::signInFinished);
    QSignalSpy finished(&controller, &SyncController::finished);
    QSignalSpy progress(&controller, &SyncController::progress);
    controller.signIn(kPassword); // then syncs by itself
    QVERIFY(finished.wait(30000));
    QCOMPARE(signedIn.first().at(0).toBool(), true);
    QCOMPARE(finished.last().at(0).value<SyncReport>().outcome, SyncReport::Outcome::Ok);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(controller.status().state, SyncStatus::State::Idle);
    QVERIFY(controller.status().lastSync.isValid());

    // Recorded while the server is away: the controller goes offline and retries.
    QVERIFY(!a.record(m_people.at(0), LivingStatus::Alive, QDate(2026, 11, 20), kToday).isEmpty());
    controller.refreshCounts();
    QCOMPARE(controller.status().pendingEvents, 1);
    m_upstream->stop();
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(controller.status().state, SyncStatus::State::Offline, 20000);
    QVERIFY(controller.status().nextAttempt.isValid());
    QCOMPARE(controller.status().pendingEvents, 1);
    QVERIFY(m_upstream->start());
    QTRY_COMPARE_WITH_TIMEOUT(controller.status().state, SyncStatus::State::Idle, 30000);
    QCOMPARE(controller.status().pendingEvents, 0);
    QCOMPARE(serverEvents(), 1);
}

void TestSync::packageRoundTripAndRefusals()
{
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok); // receives its device key
    m_upstream->stop();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!a.record(m_people.at(i), LivingStatus::Alive, QDate(2026, 11, 10 + i), kToday)
                     .isEmpty());
    const QString package = m_testDir + QStringLiteral("/a.cdout");
    int exitCode = -1;
    QString out = cli({QStringLiteral("sync-export"), QStringLiteral("--db"), a.db().path(),
                       QStringLiteral("--out"), package},
                      &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    const QString evidence = m_testDir + QStringLiteral("/upstream-evidence");
    auto import = [&](const QString &file, QString *error) {
        return QJsonDocument::fromJson(
            m_upstream->admin({QStringLiteral("import-package"), QStringLiteral("--evidence"),
                               evidence, QStringLiteral("--file"), file},
                              error));
    };
    auto statuses = [](const QJsonDocument &doc) {
        QStringList out;
        const QJsonArray results =
            doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("results")).toArray();
        for (const QJsonValue &r : results)
            out << r.toObject().value(QStringLiteral("status")).toString();
        return out;
    };
    QString error;
    QCOMPARE(statuses(import(package, &error)), QStringList(3, QStringLiteral("accepted")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(serverEvents(), 3);
    QCOMPARE(statuses(import(package, &error)), QStringList(3, QStringLiteral("duplicate")));
    QCOMPARE(serverEvents(), 3);

    // A byte changed in the middle of the file, a cut file, another key: refused, nothing stored.
    QFile f(package);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    QByteArray tampered = bytes;
    tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 0x20);
    const QString tamperedPath = m_testDir + QStringLiteral("/tampered.cdout");
    const QString truncatedPath = m_testDir + QStringLiteral("/truncated.cdout");
    for (const auto &[path, content] : {std::pair{tamperedPath, tampered},
                                        std::pair{truncatedPath, bytes.left(bytes.size() / 2)}}) {
        QFile w(path);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(content);
        w.close();
        error.clear();
        import(path, &error);
        QVERIFY2(!error.isEmpty(), qPrintable(path));
    }
    a.settings().deviceKey = QByteArray(32, 'k');
    QVERIFY(a.settings().save(a.db()));
    QVERIFY(!a.record(m_people.at(5), LivingStatus::Alive, QDate(2026, 11, 15), kToday).isEmpty());
    const QString wrongKey = m_testDir + QStringLiteral("/wrong-key.cdout");
    out = cli({QStringLiteral("sync-export"), QStringLiteral("--db"), a.db().path(),
               QStringLiteral("--out"), wrongKey},
              &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    error.clear();
    import(wrongKey, &error);
    QVERIFY2(error.contains(QStringLiteral("key"), Qt::CaseInsensitive) ||
                 error.contains(QStringLiteral("HMAC")),
             qPrintable(error));
    QCOMPARE(serverEvents(), 3);

    // The roster comes to an office PC the same way.
    Client &office = client(QStringLiteral("office"));
    QVERIFY(m_upstream->start());
    SyncClient http(m_upstream->url());
    office.settings().server = m_upstream->url();
    QCOMPARE(SyncRun::signIn(http, &office.settings(), kPassword).outcome, SyncReport::Outcome::Ok);
    QVERIFY(office.settings().save(office.db()));
    const QString roster = m_testDir + QStringLiteral("/office.cdroster");
    error.clear();
    m_upstream->admin({QStringLiteral("export-roster"), QStringLiteral("--device"),
                       office.settings().device, QStringLiteral("--since"), QStringLiteral("0"),
                       QStringLiteral("--out"), roster},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    out = cli({QStringLiteral("sync-import-roster"), QStringLiteral("--db"), office.db().path(),
               QStringLiteral("--file"), roster},
              &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QCOMPARE(office.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt(), m_inScope);
    QCOMPARE(office.scalar(QStringLiteral("SELECT count(*) FROM verification_event")).toInt(), 3);
}

void TestSync::answersOutsideTheProtocolAreRefused()
{
    QFETCH_GLOBAL(QString, storage);
    if (storage != QLatin1String("sqlite"))
        QSKIP("about the client only; runs once");
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QVERIFY(!a.record(m_people.at(0), LivingStatus::Alive, QDate(2026, 11, 20), kToday).isEmpty());
    const qint64 cursor =
        a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
            .toLongLong();
    // A "server" that has every file, answers a push with no results and a pull
    // with an object that is not a page.
    bool pushAnswered = false;
    FakeUpstream fake([&](const QByteArray &, const QByteArray &path) -> QByteArray {
        if (path == "/v1/evidence/missing")
            return R"({"missing": []})";
        if (path == "/v1/events") {
            pushAnswered = true;
            return R"({"results": []})";
        }
        return R"({"items": [1, 2, 3]})";
    });
    SyncClient http(fake.url());
    http.setToken(QStringLiteral("token"));
    SyncRun push(a.db(), *m_profile, a.store(), a.settings(), http);
    SyncReport r = push.run();
    QVERIFY(pushAnswered);
    QCOMPARE(r.outcome, SyncReport::Outcome::NeedsPerson);
    QVERIFY2(r.message.contains(QStringLiteral("1 events with 0 results")), qPrintable(r.message));
    QCOMPARE(a.scalar(QStringLiteral("SELECT state FROM outbox")).toString(),
             QStringLiteral("pending"));
    // With nothing to push, the pull meets the page that is not one: nothing applied.
    QVERIFY(a.db().beginWrite());
    QSqlQuery(a.db().connection()).exec(QStringLiteral("UPDATE outbox SET state = 'accepted'"));
    QVERIFY(a.db().commit());
    SyncRun pull(a.db(), *m_profile, a.store(), a.settings(), http);
    r = pull.run();
    QCOMPARE(r.outcome, SyncReport::Outcome::NeedsPerson);
    QCOMPARE(r.pulled, 0);
    QCOMPARE(a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
                 .toLongLong(),
             cursor);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
