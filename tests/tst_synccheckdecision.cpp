// GD 21-22 across desks (issue 15): the county's decision on an on-site or home
// check travels. Desk A records a Guangdong home check and pushes it; the
// county's desk B pulls it into its approval queue, refuses it with a reason and
// pushes the decision, which the server checks again (the county's
// administrator who made it, the person in their jurisdiction, a check the
// server holds) and keeps; desk A and a fresh desk C pull the decision, and the
// refused check renews nothing there either and the timeline shows the refusal.
// Before, the decision stayed on the desk that made it and every other desk kept
// counting the refused check. Real server on loopback, SQLite and PostgreSQL storage.
#include "syncfixture.h"

#include "securitytest.h"
#include "verification/checkapprovals.h"
#include "verification/verificationservice.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace certdesk;
using namespace synctest;

namespace
{
// One JSON call to the server as `user` (signed in from a new device): the
// HTTP status and the answer's body.
std::pair<int, QJsonObject> callAs(const QUrl &base, const QString &user, const QString &path,
                                   const QJsonObject &body)
{
    QNetworkAccessManager nam;
    const auto post = [&](const QString &where, const QJsonObject &json, const QString &token) {
        QNetworkRequest req(base.resolved(QUrl(where)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = nam.post(req, QJsonDocument(json).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return std::pair<int, QJsonObject>{status, out};
    };
    const QString token =
        post(QStringLiteral("/v1/session"),
             {{QStringLiteral("user"), user},
              {QStringLiteral("password"), kPassword},
              {QStringLiteral("device"), QUuid::createUuid().toString(QUuid::WithoutBraces)}},
             QString())
            .second.value(QStringLiteral("token"))
            .toString();
    return post(path, body, token);
}
} // namespace

class TestSyncCheckDecision : public QObject, public SyncFixture
{
    Q_OBJECT
public:
    TestSyncCheckDecision() : SyncFixture(QStringLiteral("certdesk_test_synccheckdecision")) {}

private slots:
    void initTestCase_data() { SyncFixture::addStorageRows(); }
    void initTestCase();
    void init();
    void cleanup() { finishCase(); }

    void countyRefusalReachesEveryDesk();

private:
    Client &gdClient(const QString &name, const QString &user);

    std::optional<PolicyProfile> m_guangdong;
    QString m_district;
    QString m_resident; // a resident of m_community, alive and paid (GD 6 covers residents)
};

void TestSyncCheckDecision::initTestCase()
{
    QVERIFY2(prepareRoster(), qPrintable(m_error));
    QString error;
    m_guangdong = PolicyProfile::builtin(QStringLiteral("guangdong"), &error);
    QVERIFY2(m_guangdong, qPrintable(error));
    auto roster = Database::open(m_rosterPath, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(roster, qPrintable(error));
    QSqlQuery q(roster->connection());
    q.prepare(QStringLiteral("SELECT district_code, id_number FROM recipient WHERE community_code "
                             "= ? AND category = 'resident' AND living_status = 'alive' AND "
                             "benefit_status = 'normal' ORDER BY id_number LIMIT 1"));
    q.addBindValue(m_community);
    QVERIFY(q.exec() && q.next());
    m_district = q.value(0).toString();
    m_resident = q.value(1).toString();
}

void TestSyncCheckDecision::init()
{
    SYNC_START_OR_SKIP(*this);
    // The district follows Guangdong's rules; sun is its county administrator.
    QString error;
    QVERIFY2(
        districtFollows(*m_upstream, m_rosterPath, m_district, QStringLiteral("guangdong"), &error),
        qPrintable(error));
    m_upstream->admin({QStringLiteral("add-user"), QStringLiteral("--user"), QStringLiteral("sun"),
                       QStringLiteral("--password"), kPassword, QStringLiteral("--role"),
                       QStringLiteral("admin"), QStringLiteral("--scope"), m_district},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

Client &TestSyncCheckDecision::gdClient(const QString &name, const QString &user)
{
    auto &slot = m_clients[name];
    if (!slot)
        slot = std::make_unique<Client>(m_testDir + QLatin1Char('/') + name, *m_guangdong, user);
    return *slot;
}

void TestSyncCheckDecision::countyRefusalReachesEveryDesk()
{
    Client &a = gdClient(QStringLiteral("a"), QStringLiteral("wang"));
    Client &b = gdClient(QStringLiteral("b"), QStringLiteral("sun"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(b.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    const QString before = a.column(m_resident, QStringLiteral("period_end"));
    const QString lastBefore = a.column(m_resident, QStringLiteral("last_check_date"));

    // Desk A: a home check with the photos GD 22 asks for, then pushed.
    EvidenceLink idCard = a.photo(4711);
    idCard.kind = EvidenceKind::IdCard;
    const QDate checked(2026, 11, 20);
    const QString check = a.record(m_resident, LivingStatus::Alive, checked, kToday, std::nullopt,
                                   QDate(), QDateTime(), {a.photo(4710), idCard});
    QVERIFY(!check.isEmpty());
    QCOMPARE(a.column(m_resident, QStringLiteral("last_check_date")), QStringLiteral("2026-11-20"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);

    // The server re-checks a decision: not a worker's, not a check it does not hold.
    const QJsonObject refusal{{QStringLiteral("event"), check},
                              {QStringLiteral("decision"), QStringLiteral("refused")},
                              {QStringLiteral("note"), QStringLiteral("照片不是本人")},
                              {QStringLiteral("at"), QStringLiteral("2026-11-21T02:00:00.000Z")}};
    auto [status, answer] = callAs(m_upstream->url(), QStringLiteral("wang"),
                                   QStringLiteral("/v1/check-decisions"), refusal);
    QCOMPARE(status, 403);
    QJsonObject unknown = refusal;
    unknown.insert(QStringLiteral("event"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    std::tie(status, answer) = callAs(m_upstream->url(), QStringLiteral("sun"),
                                      QStringLiteral("/v1/check-decisions"), unknown);
    QCOMPARE(status, 404);
    QJsonObject reasonless = refusal;
    reasonless.insert(QStringLiteral("note"), QStringLiteral(" "));
    std::tie(status, answer) = callAs(m_upstream->url(), QStringLiteral("sun"),
                                      QStringLiteral("/v1/check-decisions"), reasonless);
    QCOMPARE(status, 400);
    QVERIFY2(answer.value(QStringLiteral("message")).toString().contains(QStringLiteral("why")),
             QJsonDocument(answer).toJson().constData());

    // Nor one that names another decider than the user who sends it.
    QJsonObject otherDecider = refusal;
    otherDecider.insert(QStringLiteral("by"), QStringLiteral("li"));
    std::tie(status, answer) = callAs(m_upstream->url(), QStringLiteral("sun"),
                                      QStringLiteral("/v1/check-decisions"), otherDecider);
    QCOMPARE(status, 403);

    // Desk B, the county's: the check waits there; sun refuses it with a reason.
    QCOMPARE(b.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    User sun = securitytest::account(QStringLiteral("sun"), QStringLiteral("孙科长"),
                                     Role::DistrictAdministrator, m_district,
                                     {QStringLiteral("approve-check")});
    sun.nodeLevel = 1;
    const Session county(sun, QStringLiteral("county-host"));
    const CheckApprovals onB(b.db(), *m_guangdong);
    QString error;
    const QList<PendingApproval> waiting = onB.pending(county, kToday, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().eventUuid, check);
    QCOMPARE(b.column(m_resident, QStringLiteral("last_check_date")), QStringLiteral("2026-11-20"));
    const QString reason = QStringLiteral("照片不是本人");
    QVERIFY2(onB.decide(check, false, reason, county, kToday, &error), qPrintable(error));
    QCOMPARE(b.column(m_resident, QStringLiteral("period_end")), before);
    const SyncReport sent = b.sync(m_upstream->url());
    QVERIFY2(sent.outcome == SyncReport::Outcome::Ok, qPrintable(sent.message));
    QCOMPARE(b.scalar(QStringLiteral("SELECT sync_state FROM check_approval")).toString(),
             QStringLiteral("accepted"));
    // A different decision on the same check is refused; the same one is no news.
    QJsonObject approval = refusal;
    approval.insert(QStringLiteral("decision"), QStringLiteral("approved"));
    std::tie(status, answer) = callAs(m_upstream->url(), QStringLiteral("sun"),
                                      QStringLiteral("/v1/check-decisions"), approval);
    QCOMPARE(status, 409);

    // Desk A pulls the refusal: the check stays (append-only) and renews nothing.
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(a.column(m_resident, QStringLiteral("period_end")), before);
    QCOMPARE(a.column(m_resident, QStringLiteral("last_check_date")), lastBefore);
    VerificationService timeline(a.db(), *m_guangdong, a.store(), Session::commandLine());
    const QList<VerificationEvent> events = timeline.events(a.idOf(m_resident));
    const auto refused = std::find_if(events.begin(), events.end(),
                                      [&](const VerificationEvent &e) { return e.uuid == check; });
    QVERIFY(refused != events.end());
    QCOMPARE(refused->county.state, QStringLiteral("refused"));
    QCOMPARE(refused->county.by, QStringLiteral("sun"));
    QCOMPARE(refused->county.reason, reason);
    // Nothing to send back: the decision came from the server.
    QVERIFY(a.scalar(QStringLiteral("SELECT sync_state FROM check_approval")).isNull());

    // A fresh desk C pulls the check and its refusal together.
    Client &c = gdClient(QStringLiteral("c"), QStringLiteral("li"));
    QCOMPARE(c.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(c.column(m_resident, QStringLiteral("period_end")), before);
    QCOMPARE(
        c.scalar(
             QStringLiteral("SELECT state FROM check_approval WHERE event_uuid = '%1'").arg(check))
            .toString(),
        QStringLiteral("refused"));
    QVERIFY(CheckApprovals(c.db(), *m_guangdong).pending(county, kToday).isEmpty());
}

QTEST_MAIN(TestSyncCheckDecision)
#include "tst_synccheckdecision.moc"
