// Sync integration: CertDesk clients against the real upstream server on
// loopback, once with SQLite storage and once with PostgreSQL (every test runs
// for both rows of initTestCase_data; tests/syncfixture.h). What a sync carries:
// checks of two offline devices converging, conflicts, payment steps, big-data
// results, a supervisor's decision, packages. The kills, resumes, backoff and
// answers outside the protocol are in tst_sync_faults.
#include "syncfixture.h"

#include "lifecycle/lifecycleservice.h"

using namespace certdesk;

using namespace synctest;

namespace
{
const QString kPhoneOld = QStringLiteral("13900000001");
const QString kPhoneNew = QStringLiteral("13900000002");

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}
} // namespace

class TestSync : public QObject, public SyncFixture
{
    Q_OBJECT
public:
    TestSync() : SyncFixture(QStringLiteral("certdesk_test_sync")) {}

private slots:
    void initTestCase_data() { SyncFixture::addStorageRows(); }
    void initTestCase() { QVERIFY2(prepareRoster(), qPrintable(m_error)); }
    void init() { SYNC_START_OR_SKIP(*this); }
    void cleanup() { finishCase(); }

    void twoOfflineClientsConvergeInEitherOrder_data();
    void twoOfflineClientsConvergeInEitherOrder();
    void deathConflictsAreFlagged();
    void paymentStepsReachTheOtherDevice();
    void bigDataResultsComeDown();
    void supervisorDecisionReachesEveryDevice();
    void packageRoundTripAndRefusals();
};

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

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
