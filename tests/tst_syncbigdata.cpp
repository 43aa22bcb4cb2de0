// Big-data certifications on every path between desks and the district server
// (issue 15 point 2), against the real certdesk-upstream on loopback, with SQLite
// and PostgreSQL storage:
//  - the server's ingest-bigdata turns a qualified result (QD 13-14/17, GD 14)
//    into a certification event the desks pull like any check; ingesting the
//    same file again creates nothing new;
//  - a result a desk imported is pushed, and the server recognises the same
//    result it ingested itself (the uuid comes from the natural key): duplicate,
//    not a second certification; a "big-data" event whose uuid is not its
//    natural key's is refused;
//  - GD 9: the 2,000 cap and the street-then-county approval hold on the server,
//    for its own batches and for a desk's, whose approvals are given there.
#include "syncharness.h"

#include "io/bigdataimport.h"
#include "security/userrepository.h"
#include "securitytest.h"
#include "store/demogenerator.h"
#include "sync/serverapproval.h"
#include "verification/bigdatacertification.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace certdesk;
using namespace synctest;

namespace
{
const QDate kToday(2026, 11, 23);

QString writeCsv(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(text.toUtf8());
    return path;
}

// One JSON call to the server; the answer's body as an object.
QJsonObject call(const QUrl &url, const QJsonObject &body, const QString &token = QString())
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(30000);
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}
// Wang's token, signed in from a new device.
QString wangsToken(const QUrl &base)
{
    return call(base.resolved(QUrl(QStringLiteral("/v1/session"))),
                {{QStringLiteral("user"), QStringLiteral("wang")},
                 {QStringLiteral("password"), kPassword},
                 {QStringLiteral("device"), QUuid::createUuid().toString(QUuid::WithoutBraces)}})
        .value(QStringLiteral("token"))
        .toString();
}
} // namespace

class TestSyncBigData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void serverIngestCertifiesAndDesksPullIt();
    void deskImportPushedIsTheSameCertification();
    void forgedBigDataEventRefused();
    void guangdongCapAndTwoLevelApprovalOnTheServer();
    void guangdongDeskBatchApprovedOnTheServer();

private:
    Client &client(const QString &name);
    QString csvOf(const QStringList &ids, const QString &conclusion, const QString &behaviour);

    QTemporaryDir m_dir;
    std::optional<PolicyProfile> m_profile;
    std::optional<PolicyProfile> m_guangdong;
    QString m_rosterPath;
    QString m_community, m_street, m_district;
    QStringList m_people;
    QStringList m_residents; // GD covers residents (GD 6)
    int m_run = 0;
    QString m_testDir;
    std::unique_ptr<Upstream> m_upstream;
    std::map<QString, std::unique_ptr<Client>> m_clients;
};

void TestSyncBigData::initTestCase_data()
{
    QTest::addColumn<QString>("storage");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestSyncBigData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_guangdong = PolicyProfile::builtin(QStringLiteral("guangdong"), &error);
    QVERIFY2(m_guangdong, qPrintable(error));
    m_rosterPath = m_dir.filePath(QStringLiteral("roster.sqlite"));
    auto db = Database::open(m_rosterPath, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(db, qPrintable(error));
    DemoOptions o;
    o.persons = 200;
    o.seed = 41;
    o.today = kToday;
    QVERIFY2(DemoGenerator::generate(*db, *m_profile, o, &error), qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT community_code, street_code, district_code, count(*) "
                                  "FROM recipient GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 1")) &&
            q.next());
    m_community = q.value(0).toString();
    m_street = q.value(1).toString();
    m_district = q.value(2).toString();
    // Alive, paid people of the community (`also`: a further condition).
    const auto alive = [&](const QString &also) {
        QStringList ids;
        q.prepare(QStringLiteral("SELECT id_number FROM recipient WHERE community_code = ? AND "
                                 "living_status = 'alive' AND benefit_status = 'normal' %1 ORDER "
                                 "BY id_number")
                      .arg(also));
        q.addBindValue(m_community);
        if (q.exec()) {
            while (q.next())
                ids << q.value(0).toString();
        }
        return ids;
    };
    m_people = alive(QString());
    QVERIFY(m_people.size() >= 6);
    m_residents = alive(QStringLiteral("AND category = 'resident'"));
    QVERIFY(m_residents.size() >= 2);
}

void TestSyncBigData::init()
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
        url = ownPostgresDatabase(url, QStringLiteral("certdesk_test_syncbigdata"), &error);
        QVERIFY2(error.isEmpty() && resetPostgres(url, &error), qPrintable(error));
    }
    m_upstream = std::make_unique<Upstream>(url, m_testDir + QStringLiteral("/upstream-evidence"));
    QString error;
    m_upstream->admin({QStringLiteral("load-roster"), QStringLiteral("--from"), m_rosterPath},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const auto &[user, role, scope] :
         {std::tuple{"wang", "worker", m_community}, std::tuple{"zhao", "supervisor", m_street},
          std::tuple{"qian", "supervisor", m_street}, std::tuple{"sun", "admin", m_district}}) {
        m_upstream->admin({QStringLiteral("add-user"), QStringLiteral("--user"),
                           QLatin1String(user), QStringLiteral("--password"), kPassword,
                           QStringLiteral("--role"), QLatin1String(role), QStringLiteral("--scope"),
                           scope},
                          &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QVERIFY2(m_upstream->start(QString(), &error), qPrintable(error));
}

void TestSyncBigData::cleanup()
{
    m_clients.clear();
    m_upstream.reset();
}

Client &TestSyncBigData::client(const QString &name)
{
    auto &slot = m_clients[name];
    if (!slot)
        slot = std::make_unique<Client>(m_testDir + QLatin1Char('/') + name, *m_profile,
                                        QStringLiteral("wang"));
    return *slot;
}

QString TestSyncBigData::csvOf(const QStringList &ids, const QString &conclusion,
                               const QString &behaviour)
{
    QString text = QStringLiteral("身份证号,结论,来源,最近行为\n");
    for (const QString &id : ids)
        text += QStringLiteral("%1,%2,rail,%3\n").arg(id, conclusion, behaviour);
    return writeCsv(m_testDir + QStringLiteral("/bigdata-%1.csv").arg(ids.size()), text);
}

void TestSyncBigData::serverIngestCertifiesAndDesksPullIt()
{
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    const QString person = m_people.at(0), other = m_people.at(1);
    const QString qualified =
        csvOf({person}, QStringLiteral("认证合格"), QStringLiteral("2026-11-12 高铁出行"));
    QString error;
    const QByteArray out =
        m_upstream->admin({QStringLiteral("ingest-bigdata"), QStringLiteral("--file"), qualified,
                           QStringLiteral("--month"), QStringLiteral("2026-11")},
                          &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("certifications")).toInt(),
             1);
    const int changes = m_upstream->count("changes");
    // The same file again: no second certification.
    m_upstream->admin({QStringLiteral("ingest-bigdata"), QStringLiteral("--file"), qualified,
                       QStringLiteral("--month"), QStringLiteral("2026-11")},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_upstream->count("changes"), changes + 1); // the bigdata row only
    // A to-verify result certifies nobody.
    m_upstream->admin({QStringLiteral("ingest-bigdata"), QStringLiteral("--file"),
                       csvOf({other}, QStringLiteral("待核实"), QStringLiteral("2026-11-13 无")),
                       QStringLiteral("--month"), QStringLiteral("2026-11")},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM verification_event WHERE method = "
                                     "'big-data'"))
                 .toInt(),
             1);
    QCOMPARE(a.column(person, QStringLiteral("last_check_date")), QStringLiteral("2026-11-12"));
    QCOMPARE(a.column(person, QStringLiteral("period_end")), QStringLiteral("2027-11-12"));
    QVERIFY(a.column(other, QStringLiteral("last_check_date")) != QStringLiteral("2026-11-13"));
    // Pulled, not recorded here: nothing to push back.
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
}

void TestSyncBigData::deskImportPushedIsTheSameCertification()
{
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    const QString person = m_people.at(2);
    const QString file =
        csvOf({person}, QStringLiteral("具备资格"), QStringLiteral("2026-11-15 银行柜台业务"));
    // The desk imports the file (as the window and `certdesk-cli import` do).
    QString error;
    const auto table = TableReader::read(file, QString(), &error);
    QVERIFY2(table, qPrintable(error));
    const BigDataImport importer(a.db(), *m_profile);
    const ImportPlan plan = importer.validate(*table, ImportMapping::guess(table->headers), kToday);
    QCOMPARE(plan.qualified, 1);
    QVERIFY2(importer.apply(plan, securitytest::administrator(), &error), qPrintable(error));
    // The server ingests the same file; then the desk pushes its event.
    m_upstream->admin({QStringLiteral("ingest-bigdata"), QStringLiteral("--file"), file,
                       QStringLiteral("--month"), QStringLiteral("2026-11")},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SyncReport r = a.sync(m_upstream->url());
    QCOMPARE(r.outcome, SyncReport::Outcome::Ok);
    QCOMPARE(a.scalar(QStringLiteral("SELECT state FROM outbox")).toString(),
             QStringLiteral("accepted"));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM verification_event WHERE method = "
                                     "'big-data'"))
                 .toInt(),
             1);
    QCOMPARE(m_upstream->count("events"), 1);
}

void TestSyncBigData::forgedBigDataEventRefused()
{
    const QUrl base = m_upstream->url();
    const QString token = wangsToken(base);
    QVERIFY(!token.isEmpty());
    const QString person = m_people.at(3);
    // An ordinary uuid on an event that claims to be a comparison result.
    const QJsonObject event{
        {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("kind"), QStringLiteral("verification")},
        {QStringLiteral("idNumber"), person},
        {QStringLiteral("checkDate"), QStringLiteral("2026-11-12")},
        {QStringLiteral("occurredAt"), QStringLiteral("2026-11-12T04:00:00.000Z")},
        {QStringLiteral("recordedAt"), QStringLiteral("2026-11-20T04:00:00.000Z")},
        {QStringLiteral("method"), QStringLiteral("big-data")},
        {QStringLiteral("status"), QStringLiteral("alive")},
        {QStringLiteral("worker"), QStringLiteral("wang")},
        {QStringLiteral("source"), QStringLiteral("rail")},
        {QStringLiteral("bigdataMonth"), QStringLiteral("2026-11")}};
    const QJsonObject result = call(base.resolved(QUrl(QStringLiteral("/v1/events"))),
                                    {{QStringLiteral("events"), QJsonArray{event}}}, token)
                                   .value(QStringLiteral("results"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(result.value(QStringLiteral("code")).toString(), QStringLiteral("invalid"));
    QVERIFY(result.value(QStringLiteral("reason")).toString().contains(QStringLiteral("uuid")));
}

// GD 9 on the server: at most 2,000 qualified people per import, and the batch
// waits for a street approval, then a county one.
void TestSyncBigData::guangdongCapAndTwoLevelApprovalOnTheServer()
{
    const QString person = m_people.at(4);
    QString error;
    int exitCode = 0;
    // A second roster of 2,001 people on the same server: one file marking all of
    // them qualified is refused whole.
    const QString bigRoster = m_dir.filePath(QStringLiteral("big-%1.sqlite").arg(m_run));
    QStringList many;
    {
        auto db = Database::open(bigRoster, Database::OpenMode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        DemoOptions o;
        o.persons = 2001;
        o.seed = 4242;
        o.today = kToday;
        QVERIFY2(DemoGenerator::generate(*db, *m_profile, o, &error), qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id_number FROM recipient ORDER BY id")));
        while (q.next())
            many << q.value(0).toString();
    }
    QCOMPARE(many.size(), 2001);
    m_upstream->admin({QStringLiteral("load-roster"), QStringLiteral("--from"), bigRoster}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int before = m_upstream->count("changes");
    m_upstream->admin({QStringLiteral("ingest-bigdata"), QStringLiteral("--file"),
                       csvOf(many, QStringLiteral("具备资格"), QStringLiteral("2026-11-16 x")),
                       QStringLiteral("--month"), QStringLiteral("2026-11"),
                       QStringLiteral("--profile"), QStringLiteral("guangdong"),
                       QStringLiteral("--user"), QStringLiteral("zhao")},
                      &error, &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(error.contains(QStringLiteral("2000")), qPrintable(error));
    QCOMPARE(m_upstream->count("changes"), before);

    const QString file =
        csvOf({person}, QStringLiteral("具备资格"), QStringLiteral("2026-11-16 高铁出行"));
    error.clear();
    const QByteArray held = m_upstream->admin(
        {QStringLiteral("ingest-bigdata"), QStringLiteral("--file"), file,
         QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--profile"),
         QStringLiteral("guangdong"), QStringLiteral("--user"), QStringLiteral("zhao")},
        &error, &exitCode);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject pending = QJsonDocument::fromJson(held).object();
    QCOMPARE(pending.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    const QString batch = QString::number(pending.value(QStringLiteral("batch")).toInteger());
    const int changes = m_upstream->count("changes");
    auto approve = [&](const char *user) {
        error.clear();
        return m_upstream->admin({QStringLiteral("approve-bigdata"), QStringLiteral("--batch"),
                                  batch, QStringLiteral("--user"), QLatin1String(user)},
                                 &error, &exitCode);
    };
    approve("sun"); // the county first: refused, the street approves first
    QVERIFY2(error.contains(QStringLiteral("street")), qPrintable(error));
    approve("zhao"); // the submitter
    QVERIFY(!error.isEmpty());
    approve("qian");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_upstream->count("changes"), changes); // still held
    const QJsonObject done = QJsonDocument::fromJson(approve("sun")).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(done.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(done.value(QStringLiteral("certifications")).toInt(), 1);
    QCOMPARE(m_upstream->count("changes"), changes + 2); // bigdata + event
}

// GD 9 on every path: a big-data certification a desk imported and pushes one by
// one names its batch (a uuid the desk made), and the server counts only the
// approvals given on the server for that batch (POST /v1/import-approvals, by a
// street supervisor, then the county), not the names the desk sends. Before, a
// desk that named real supervisors who never approved got its events accepted.
void TestSyncBigData::guangdongDeskBatchApprovedOnTheServer()
{
    QString error;
    QVERIFY2(
        districtFollows(*m_upstream, m_rosterPath, m_district, QStringLiteral("guangdong"), &error),
        qPrintable(error));
    auto &slot = m_clients[QStringLiteral("gd")];
    slot = std::make_unique<Client>(m_testDir + QStringLiteral("/gd"), *m_guangdong,
                                    QStringLiteral("wang"));
    Client &a = *slot;
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);

    const auto sessionOf = [&](const char *name, Role role, int level, const QString &node) {
        User u;
        u.id = level;
        u.username = QLatin1String(name);
        u.displayName = QLatin1String(name);
        u.role = role;
        u.nodeLevel = level;
        u.nodeCode = node;
        u.duties = {QStringLiteral("certify")};
        return Session(u, QStringLiteral("test-host"));
    };
    const BigDataImport importer(a.db(), *m_guangdong);
    // A batch of one person submitted on the desk by qian: its pending entry.
    const auto submitted = [&](const QString &person, const char *behaviour) {
        const QString file =
            csvOf({person}, QStringLiteral("具备资格"), QString::fromUtf8(behaviour));
        QString why;
        const auto table = TableReader::read(file, QString(), &why);
        const ImportPlan plan =
            importer.validate(*table, ImportMapping::guess(table->headers), kToday);
        qint64 batch = 0;
        importer.submit(plan, QStringLiteral("gd.csv"),
                        sessionOf("qian", Role::StreetSupervisor, 2, m_street), &batch, &why);
        const auto pending = importer.pendingBatch(batch, &why);
        return pending ? *pending : PendingImport{};
    };
    // The desk's own approvals, street then county; the last applies the batch.
    const auto approvedOnDesk = [&](qint64 batch) {
        bool applied = false;
        int approvals = 0;
        QString why;
        return importer.approve(batch, sessionOf("zhao", Role::StreetSupervisor, 2, m_street),
                                &applied, &approvals, &why) &&
               importer.approve(batch, sessionOf("sun", Role::DistrictAdministrator, 1, m_district),
                                &applied, &approvals, &why) &&
               applied;
    };
    const auto onServer = [&](const char *user, const PendingImport &batch) {
        return ServerApproval::approveBatch(a.settings(), QLatin1String(user), kPassword,
                                            {batch.uuid, batch.qualified, batch.submittedBy});
    };
    const auto outboxState = [&](const QString &person) {
        return a
            .scalar(QStringLiteral("SELECT o.state FROM outbox o JOIN verification_event e ON "
                                   "e.uuid = o.event_uuid JOIN recipient r ON r.id = "
                                   "e.recipient_id WHERE r.id_number = '%1'")
                        .arg(person))
            .toString();
    };

    // 1. Approved on the desk by zhao and sun, who never approved on the server:
    // the pushed certification names them, and the server refuses it.
    const QString first = m_residents.at(0);
    const PendingImport unapproved = submitted(first, "2026-11-17 银行柜台业务");
    QVERIFY(!unapproved.uuid.isEmpty());
    QVERIFY(approvedOnDesk(unapproved.id));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(outboxState(first), QStringLiteral("rejected"));
    const QString reason =
        a.scalar(QStringLiteral("SELECT last_error FROM outbox WHERE state = 'rejected'"))
            .toString();
    QVERIFY2(reason.contains(QStringLiteral("0 of the 2 approvals")), qPrintable(reason));
    QCOMPARE(m_upstream->count("events"), 0);

    // 2. Approved on the server, street then county, and on the desk: accepted.
    const QString second = m_residents.at(1);
    const PendingImport batch = submitted(second, "2026-11-17 高铁出行");
    QVERIFY(!batch.uuid.isEmpty());
    QCOMPARE(batch.qualified, 1);
    // The server checks the approver again: not a worker, not the submitter,
    // the street before the county.
    SyncReport r = onServer("wang", batch);
    QVERIFY2(r.outcome == SyncReport::Outcome::NeedsPerson &&
                 r.message.contains(QStringLiteral("supervisor")),
             qPrintable(r.message));
    r = onServer("qian", batch);
    QVERIFY2(r.outcome == SyncReport::Outcome::NeedsPerson &&
                 r.message.contains(QStringLiteral("submitted")),
             qPrintable(r.message));
    r = onServer("sun", batch);
    QVERIFY2(r.outcome == SyncReport::Outcome::NeedsPerson &&
                 r.message.contains(QStringLiteral("street")),
             qPrintable(r.message));
    r = onServer("zhao", batch);
    QVERIFY2(r.outcome == SyncReport::Outcome::Ok, qPrintable(r.message));
    // The supervisors approve from the desk's command line: on the server (zhao's
    // again changes nothing there), then on the desk; sun's applies the batch.
    for (const auto &[name, role, level, node] :
         {std::tuple{"zhao", Role::StreetSupervisor, 2, m_street},
          std::tuple{"sun", Role::DistrictAdministrator, 1, m_district}}) {
        User u = securitytest::account(QLatin1String(name), QLatin1String(name), role, node,
                                       {QStringLiteral("certify")});
        u.nodeLevel = level;
        QVERIFY2(
            UserRepository(a.db(), *m_guangdong).create(u, QStringLiteral("desk-pass-9"), &error),
            qPrintable(error));
    }
    const auto approveCli = [&](const char *user, const QString &serverPassword) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CERTDESK_USER"), QLatin1String(user));
        env.insert(QStringLiteral("CERTDESK_PASSWORD"), QStringLiteral("desk-pass-9"));
        env.insert(QStringLiteral("CERTDESK_SERVER_PASSWORD"), serverPassword);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CERTDESK_CLI_BIN),
                {QStringLiteral("import-approve"), QStringLiteral("--db"), a.db().path(),
                 QStringLiteral("--batch"), QString::number(batch.id)});
        p.waitForFinished(120000);
        return std::pair<int, QString>{
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    };
    // A wrong server password: nothing approved, on the server or on the desk.
    auto [exitCode, out] = approveCli("sun", QStringLiteral("wrong-password"));
    QCOMPARE(exitCode, 1);
    QCOMPARE(importer.pendingBatch(batch.id, &error)->approvedBy.size(), 0);
    std::tie(exitCode, out) = approveCli("zhao", kPassword);
    QVERIFY2(exitCode == 0, qPrintable(out));
    std::tie(exitCode, out) = approveCli("sun", kPassword);
    QVERIFY2(exitCode == 0 && out.contains(QStringLiteral("\"applied\":true")), qPrintable(out));
    const SyncReport pushedBatch = a.sync(m_upstream->url());
    QVERIFY2(pushedBatch.outcome == SyncReport::Outcome::Ok, qPrintable(pushedBatch.message));
    QCOMPARE(outboxState(second), QStringLiteral("accepted"));
    QCOMPARE(m_upstream->count("events"), 1);

    // 3. Events pushed by hand: without the batch's uuid, with names that never
    // approved on the server, or more than the approved batch held: refused.
    const QUrl base = m_upstream->url();
    const QString token = wangsToken(base);
    QVERIFY(!token.isEmpty());
    const QDate seen(2026, 11, 18);
    const auto pushed = [&](const QString &who, const QJsonObject &batchFacts) {
        QJsonObject event{
            {QStringLiteral("uuid"), BigDataCertification::uuidFor(who, QStringLiteral("2026-11"),
                                                                   QStringLiteral("rail"), seen)},
            {QStringLiteral("kind"), QStringLiteral("verification")},
            {QStringLiteral("idNumber"), who},
            {QStringLiteral("checkDate"), seen.toString(Qt::ISODate)},
            {QStringLiteral("occurredAt"), QStringLiteral("2026-11-18T04:00:00.000Z")},
            {QStringLiteral("recordedAt"), QStringLiteral("2026-11-20T04:00:00.000Z")},
            {QStringLiteral("method"), QStringLiteral("big-data")},
            {QStringLiteral("status"), QStringLiteral("alive")},
            {QStringLiteral("worker"), QStringLiteral("wang")},
            {QStringLiteral("source"), QStringLiteral("rail")},
            {QStringLiteral("bigdataMonth"), QStringLiteral("2026-11")},
            {QStringLiteral("importBatch"), QStringLiteral("batch-77")}};
        for (auto it = batchFacts.begin(); it != batchFacts.end(); ++it)
            event.insert(it.key(), it.value());
        return call(base.resolved(QUrl(QStringLiteral("/v1/events"))),
                    {{QStringLiteral("events"), QJsonArray{event}}}, token)
            .value(QStringLiteral("results"))
            .toArray()
            .at(0)
            .toObject();
    };
    const QJsonArray named{QJsonObject{{QStringLiteral("user"), QStringLiteral("zhao")}},
                           QJsonObject{{QStringLiteral("user"), QStringLiteral("sun")}}};
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    struct Case {
        QJsonObject facts;
        QString reason;
    };
    const QList<Case> refused = {
        {{}, QStringLiteral("importBatch")},
        {{{QStringLiteral("batchUuid"), fresh},
          {QStringLiteral("batchQualified"), 1},
          {QStringLiteral("batchApprovals"), named}},
         QStringLiteral("0 of the 2 approvals")},
        {{{QStringLiteral("batchUuid"), fresh},
          {QStringLiteral("batchQualified"), 2001},
          {QStringLiteral("batchApprovals"), named}},
         QStringLiteral("2000")},
        {{{QStringLiteral("batchUuid"), batch.uuid},
          {QStringLiteral("batchQualified"), 1},
          {QStringLiteral("batchApprovals"), named}},
         QStringLiteral("approved on the server for 1")},
    };
    for (const Case &c : refused) {
        const QJsonObject answer = pushed(first, c.facts);
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY2(answer.value(QStringLiteral("reason")).toString().contains(c.reason),
                 qPrintable(answer.value(QStringLiteral("reason")).toString()));
    }
    QCOMPARE(m_upstream->count("events"), 1);
}

QTEST_MAIN(TestSyncBigData)
#include "tst_syncbigdata.moc"
