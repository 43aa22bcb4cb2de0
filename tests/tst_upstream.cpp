// The reference upstream server (server/, certdesk-upstream) against
// docs/sync-protocol.md, on SQLite and on PostgreSQL: every test runs once per
// backend (rows "sqlite" and "postgresql"; the PostgreSQL rows are skipped
// unless CERTDESK_TEST_PG_URL is set, which scripts/test.sh always does).
#include "upstreamtest.h"

#include <QtTest>

using namespace certdesk;

using namespace upstreamtest;

class TestUpstream : public QObject
{
    Q_OBJECT

private slots:
    void errors_data() { UpstreamFixture::addBackendRows(); }
    void errors();
    void signIn_data() { UpstreamFixture::addBackendRows(); }
    void signIn();
    void scope_data() { UpstreamFixture::addBackendRows(); }
    void scope();
    void pullPaging_data() { UpstreamFixture::addBackendRows(); }
    void pullPaging();
    void push_data() { UpstreamFixture::addBackendRows(); }
    void push();
    void conflicts_data() { UpstreamFixture::addBackendRows(); }
    void conflicts();
    void pushSeesItsOwnBatch_data() { UpstreamFixture::addBackendRows(); }
    void pushSeesItsOwnBatch();
    void resolution_data() { UpstreamFixture::addBackendRows(); }
    void resolution();
    void rosterAndBigData_data() { UpstreamFixture::addBackendRows(); }
    void rosterAndBigData();
};

void TestUpstream::errors()
{
    QFETCH(QString, backend);
    UpstreamFixture up;
    UPSTREAM_PREPARE_OR_SKIP(up, backend);
    QVERIFY2(up.start(), qPrintable(up.lastError()));
    auto r = JsonHttp::get(up.url(QStringLiteral("/v1/health")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(r.json.value(QStringLiteral("protocol")).toInt(), 1);

    r = JsonHttp::get(up.url(QStringLiteral("/v2/changes?since=0")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error(), QStringLiteral("unsupported-version"));

    r = JsonHttp::get(up.url(QStringLiteral("/v1/nowhere")));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error(), QStringLiteral("not-found"));

    r = JsonHttp::call("POST", up.url(QStringLiteral("/v1/session")), QString(),
                       QByteArrayLiteral("{\"user\": \"wang\","));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error(), QStringLiteral("malformed-json"));
    QVERIFY2(!r.json.value(QStringLiteral("message")).toString().isEmpty(), r.body.constData());

    r = JsonHttp::post(up.url(QStringLiteral("/v1/session")),
                       {{QStringLiteral("user"), QStringLiteral("wang")}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("password")),
             r.body.constData());

    r = JsonHttp::get(up.url(QStringLiteral("/v1/changes?since=0")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.error(), QStringLiteral("unauthenticated"));
}

void TestUpstream::signIn()
{
    START_DEMO(up);
    JsonHttp::Reply r;
    const QString token = up.signIn(QStringLiteral("wang"), QStringLiteral("device-1"), &r);
    QVERIFY2(!token.isEmpty(), r.body.constData());
    QCOMPARE(token.size(), 64);
    QCOMPARE(r.json.value(QStringLiteral("role")).toString(), QStringLiteral("worker"));
    QCOMPARE(r.json.value(QStringLiteral("protocol")).toInt(), 1);
    const QJsonObject scope = r.json.value(QStringLiteral("scope")).toObject();
    QCOMPARE(scope.value(QStringLiteral("code")).toString(), Wang);
    QCOMPARE(scope.value(QStringLiteral("level")).toInt(), 3);
    const QString deviceKey = r.json.value(QStringLiteral("deviceKey")).toString();
    QCOMPARE(QByteArray::fromBase64(deviceKey.toLatin1()).size(), 32);
    QCOMPARE(QByteArray::fromBase64(r.json.value(QStringLiteral("serverKey")).toString().toLatin1())
                 .size(),
             32);
    const QDateTime expires = QDateTime::fromString(
        r.json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 12 * 3600) < 120);

    // The device key is handed out once (issue 16: never again, to anyone).
    const QString again = up.signIn(QStringLiteral("wang"), QStringLiteral("device-1"), &r);
    QVERIFY(!again.isEmpty() && again != token);
    QVERIFY(!r.json.contains(QStringLiteral("deviceKey")));

    QVERIFY(up.signIn(QStringLiteral("wang"), QStringLiteral("device-1"), &r,
                      QStringLiteral("wrong-password"))
                .isEmpty());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.error(), QStringLiteral("bad-credentials"));
    QVERIFY(up.signIn(QStringLiteral("nobody"), QStringLiteral("device-1"), &r).isEmpty());
    QCOMPARE(r.error(), QStringLiteral("bad-credentials"));

    const auto pulled = JsonHttp::get(up.url(QStringLiteral("/v1/changes?since=0&limit=1")), token);
    QCOMPARE(pulled.status, 200);
    const auto bogus =
        JsonHttp::get(up.url(QStringLiteral("/v1/changes?since=0")), QStringLiteral("00ff"));
    QCOMPARE(bogus.status, 401);
}

void TestUpstream::scope()
{
    START_DEMO(up);
    const QString token = up.signIn(QStringLiteral("wang"), QStringLiteral("device-1"));
    QVERIFY(!token.isEmpty());
    const QJsonArray all = pullAll(up, token);
    const QStringList mine = people(up, Wang);
    const QStringList theirs = people(up, Li);
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    const QJsonArray recipients = changesOfType(all, QStringLiteral("recipient"));
    QCOMPARE(recipients.size(), mine.size());
    for (const QJsonValue &c : recipients)
        QCOMPARE(c.toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("community"))
                     .toString(),
                 Wang);
    // Its own node and its ancestors, no sibling communities.
    QSet<QString> nodes;
    for (const QJsonValue &c : changesOfType(all, QStringLiteral("jurisdiction")))
        nodes.insert(c.toObject()
                         .value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString());
    QCOMPARE(nodes, (QSet<QString>{QStringLiteral("370299"), QStringLiteral("370299001"), Wang}));

    const QJsonObject outside = check(theirs.first());
    const auto r = pushEvents(up, token, {outside, check(mine.first())});
    QCOMPARE(r.status, 200);
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    // Outside the jurisdiction answers like unknown (issue 16: no oracle).
    QCOMPARE(result(r, 0).value(QStringLiteral("code")).toString(),
             QStringLiteral("unknown-person"));
    QCOMPARE(result(r, 1).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));

    // li does not see wang's event; the street supervisor does.
    const QString liToken = up.signIn(QStringLiteral("li"), QStringLiteral("device-2"));
    QCOMPARE(changesOfType(pullAll(up, liToken), QStringLiteral("event")).size(), 0);
    const QString superToken = up.signIn(QStringLiteral("super"), QStringLiteral("device-3"));
    QCOMPARE(changesOfType(pullAll(up, superToken), QStringLiteral("event")).size(), 1);
}

void TestUpstream::pullPaging()
{
    START_DEMO(up);
    const QString token = up.signIn(QStringLiteral("admin"), QStringLiteral("device-1"));
    const qint64 total = up.counts().value(QStringLiteral("changes")).toInteger();
    QVERIFY(total > 200);
    qint64 since = 0;
    qint64 last = 0;
    int pages = 0;
    qint64 seen = 0;
    bool more = true;
    while (more) {
        const auto r = JsonHttp::get(
            up.url(QStringLiteral("/v1/changes?since=%1&limit=50").arg(since)), token);
        QCOMPARE(r.status, 200);
        const QJsonArray changes = r.json.value(QStringLiteral("changes")).toArray();
        more = r.json.value(QStringLiteral("more")).toBool();
        QVERIFY(changes.size() <= 50);
        if (more)
            QCOMPARE(changes.size(), 50);
        for (const QJsonValue &c : changes) {
            const qint64 seq = c.toObject().value(QStringLiteral("seq")).toInteger();
            QVERIFY(seq > last);
            last = seq;
        }
        QCOMPARE(r.json.value(QStringLiteral("next")).toInteger(),
                 changes.isEmpty() ? since : last);
        since = r.json.value(QStringLiteral("next")).toInteger();
        seen += changes.size();
        ++pages;
        QVERIFY(pages < 100);
    }
    QCOMPARE(seen, total); // the district admin sees everything
    QCOMPARE(pages, int((total + 49) / 50));
    // At the end: nothing, next stays.
    auto r = JsonHttp::get(up.url(QStringLiteral("/v1/changes?since=%1").arg(since)), token);
    QCOMPARE(r.json.value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(r.json.value(QStringLiteral("next")).toInteger(), since);
    QCOMPARE(r.json.value(QStringLiteral("more")).toBool(), false);
    // Resuming from the middle gives the rest.
    QCOMPARE(pullAll(up, token, 100).size(), total - 100);
    r = JsonHttp::get(up.url(QStringLiteral("/v1/changes?since=0&limit=5001")), token);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.error(), QStringLiteral("too-large"));
    r = JsonHttp::get(up.url(QStringLiteral("/v1/changes?since=-1")), token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error(), QStringLiteral("bad-request"));

    const auto devices = up.admin(QStringLiteral("devices")).array();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("device")).toString(),
             QStringLiteral("device-1"));
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("cursor")).toInteger(), total);
}

void TestUpstream::push()
{
    START_DEMO(up);
    const QString token = up.signIn(QStringLiteral("wang"), QStringLiteral("device-1"));
    const QStringList mine = people(up, Wang);
    const QJsonObject first = check(mine.at(0));
    auto r = pushEvents(up, token, {first});
    QCOMPARE(r.status, 200);
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    const qint64 seq = result(r, 0).value(QStringLiteral("seq")).toInteger();
    QVERIFY(seq > 0);

    QJsonObject reused = first;
    reused.insert(QStringLiteral("note"), QStringLiteral("changed"));
    const QJsonObject unknown = check(QStringLiteral("11010519491231002X"));
    QJsonObject invalid = check(mine.at(1));
    invalid.insert(QStringLiteral("checkDate"), QStringLiteral("2026-13-40"));
    const QByteArray photo = QByteArrayLiteral("photo bytes ") + newUuid().toLatin1();
    const QString photoHash = sha256(photo);
    const QJsonObject withEvidence = check(
        mine.at(1), {{QStringLiteral("evidence"),
                      QJsonArray{QJsonObject{{QStringLiteral("sha256"), photoHash},
                                             {QStringLiteral("content"), photoHash},
                                             {QStringLiteral("kind"), QStringLiteral("person")},
                                             {QStringLiteral("bytes"), photo.size()}}}}});
    r = pushEvents(up, token, {first, reused, unknown, invalid, withEvidence});
    QCOMPARE(r.status, 200);
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(result(r, 0).value(QStringLiteral("seq")).toInteger(), seq);
    QCOMPARE(result(r, 1).value(QStringLiteral("code")).toString(), QStringLiteral("uuid-reused"));
    QCOMPARE(result(r, 2).value(QStringLiteral("code")).toString(),
             QStringLiteral("unknown-person"));
    QCOMPARE(result(r, 3).value(QStringLiteral("code")).toString(), QStringLiteral("invalid"));
    QVERIFY(result(r, 3)
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("checkDate")));
    const QJsonObject missing = result(r, 4);
    QCOMPARE(missing.value(QStringLiteral("code")).toString(), QStringLiteral("evidence-missing"));
    QCOMPARE(missing.value(QStringLiteral("retryable")).toBool(), true);
    QCOMPARE(missing.value(QStringLiteral("missing")).toArray(), QJsonArray{photoHash});

    auto m = JsonHttp::post(up.url(QStringLiteral("/v1/evidence/missing")),
                            {{QStringLiteral("hashes"), QJsonArray{photoHash}}}, token);
    QCOMPARE(m.json.value(QStringLiteral("missing")).toArray(), QJsonArray{photoHash});
    auto u = JsonHttp::put(
        up.url(
            QStringLiteral("/v1/evidence/%1?offset=0&total=%2").arg(photoHash).arg(photo.size())),
        photo, token);
    QCOMPARE(u.status, 200);
    QCOMPARE(u.json.value(QStringLiteral("complete")).toBool(), true);
    m = JsonHttp::post(up.url(QStringLiteral("/v1/evidence/missing")),
                       {{QStringLiteral("hashes"), QJsonArray{photoHash}}}, token);
    QCOMPARE(m.json.value(QStringLiteral("missing")).toArray().size(), 0);
    r = pushEvents(up, token, {withEvidence});
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    const auto bytes =
        JsonHttp::get(up.url(QStringLiteral("/v1/evidence/%1").arg(photoHash)), token);
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.body, photo);
    // li's token may not fetch a file only wang's community's events name; the
    // answer is the one for a file the server does not have (issue 16).
    const QString liToken = up.signIn(QStringLiteral("li"), QStringLiteral("device-2"));
    QCOMPARE(
        JsonHttp::get(up.url(QStringLiteral("/v1/evidence/%1").arg(photoHash)), liToken).status,
        404);

    // The accepted events come down as `event` changes.
    const QJsonArray events = changesOfType(pullAll(up, token), QStringLiteral("event"));
    QCOMPARE(events.size(), 2);
    const QJsonObject data = events.at(0).toObject().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("event")).toObject(), first);
    QCOMPARE(data.value(QStringLiteral("device")).toString(), QStringLiteral("device-1"));
    QCOMPARE(data.value(QStringLiteral("user")).toString(), QStringLiteral("wang"));

    const QJsonObject counts = up.counts();
    QCOMPARE(counts.value(QStringLiteral("events")).toInt(), 2);
    QCOMPARE(counts.value(QStringLiteral("evidence")).toInt(), 1);
    const QJsonObject device = up.admin(QStringLiteral("devices")).array().at(0).toObject();
    QCOMPARE(device.value(QStringLiteral("eventsTotal")).toInt(), 2);
    QCOMPARE(device.value(QStringLiteral("lastEventUuid")).toString(),
             withEvidence.value(QStringLiteral("uuid")).toString());
    QVERIFY(!device.value(QStringLiteral("lastPushAt")).toString().isEmpty());
}

// Issue 19 point 1: a push is checked against what the whole batch reads and
// written with multi-row statements; each event is still judged against the
// ones before it in the same push, as when they were written one by one.
void TestUpstream::pushSeesItsOwnBatch()
{
    START_DEMO(up);
    const QStringList mine = people(up, Wang);
    const QString token = up.signIn(QStringLiteral("wang"), QStringLiteral("device-a"));
    const auto status = [](const JsonHttp::Reply &r, int i) {
        return result(r, i).value(QStringLiteral("status")).toString();
    };
    const auto seq = [](const JsonHttp::Reply &r, int i) {
        return result(r, i).value(QStringLiteral("seq")).toInteger();
    };
    const auto deceased = [](const QString &idNumber, const QString &date) {
        return check(idNumber, {{QStringLiteral("status"), QStringLiteral("deceased")},
                                {QStringLiteral("deathDate"), date}});
    };
    // As a desk sends it (since 0), and with a cursor beyond the store's last
    // change (then each event is written before the next is checked).
    qint64 first = 0;
    for (const qint64 since : {qint64(0), qint64(1) << 40}) {
        const QString person = mine.at(since == 0 ? 3 : 5);
        const QJsonObject death = deceased(person, QStringLiteral("2026-11-01"));
        QJsonObject reused = death;
        reused.insert(QStringLiteral("note"), QStringLiteral("changed"));
        const QJsonObject otherDate = deceased(person, QStringLiteral("2026-11-05"));
        const QJsonObject plain = check(mine.at(since == 0 ? 4 : 6));
        const auto r = pushEvents(up, token, {death, plain, death, reused, otherDate}, since);
        QCOMPARE(r.status, 200);
        QCOMPARE(status(r, 0), QStringLiteral("accepted"));
        QCOMPARE(status(r, 1), QStringLiteral("accepted"));
        QVERIFY(seq(r, 1) > seq(r, 0));
        if (first == 0)
            first = seq(r, 0);
        // The same event twice in one push: stored once, the second a duplicate
        // naming the first's change; changed content under its uuid is refused.
        QCOMPARE(status(r, 2), QStringLiteral("duplicate"));
        QCOMPARE(seq(r, 2), seq(r, 0));
        QCOMPARE(result(r, 3).value(QStringLiteral("code")).toString(),
                 QStringLiteral("uuid-reused"));
        // The death recorded earlier in this push is on record for the next.
        QCOMPARE(status(r, 4), QStringLiteral("conflict"));
        QVERIFY(seq(r, 4) > seq(r, 1));
        const QJsonObject c =
            result(r, 4).value(QStringLiteral("conflicts")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("type")).toString(), QStringLiteral("death-date"));
        QCOMPARE(c.value(QStringLiteral("otherUuid")).toString(),
                 death.value(QStringLiteral("uuid")).toString());
    }
    // Each event once on the server, each change numbered in push order: the
    // event's own, then its conflict's.
    const QString pull = QStringLiteral("/v1/changes?since=%1&limit=100").arg(first - 1);
    const auto changes = JsonHttp::get(up.url(pull), token).json.value(QStringLiteral("changes"));
    QStringList kinds;
    for (const QJsonValue &v : changes.toArray()) {
        const QString type = v.toObject().value(QStringLiteral("type")).toString();
        if (type == QLatin1String("event") || type == QLatin1String("conflict"))
            kinds << type;
    }
    const QStringList once{QStringLiteral("event"), QStringLiteral("event"),
                           QStringLiteral("event"), QStringLiteral("conflict")};
    QCOMPARE(kinds, once + once);
}

void TestUpstream::conflicts()
{
    START_DEMO(up);
    const QStringList mine = people(up, Wang);
    const QString a = up.signIn(QStringLiteral("wang"), QStringLiteral("device-a"));
    const QString b = up.signIn(QStringLiteral("wang"), QStringLiteral("device-b"));

    // alive-after-death: the civil-affairs office reported a death upstream.
    const auto status = up.admin(QStringLiteral("record-status"),
                                 {QStringLiteral("--id-number"), mine.at(0),
                                  QStringLiteral("--status"), QStringLiteral("deceased"),
                                  QStringLiteral("--date"), QStringLiteral("2026-10-01"),
                                  QStringLiteral("--source"), QStringLiteral("civil affairs")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    auto r = pushEvents(up, a, {aliveCheck(up, a, mine.at(0))});
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    QJsonObject c = result(r, 0).value(QStringLiteral("conflicts")).toArray().at(0).toObject();
    QCOMPARE(c.value(QStringLiteral("type")).toString(), QStringLiteral("alive-after-death"));
    QCOMPARE(c.value(QStringLiteral("otherUuid")).toString(),
             status.json().value(QStringLiteral("uuid")).toString());
    QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(c.value(QStringLiteral("values")).toArray().size(), 2);

    // death-date: two devices report different dates of death.
    r = pushEvents(
        up, a,
        {check(mine.at(1), {{QStringLiteral("status"), QStringLiteral("deceased")},
                            {QStringLiteral("deathDate"), QStringLiteral("2026-11-01")}})});
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    r = pushEvents(
        up, b,
        {check(mine.at(1), {{QStringLiteral("status"), QStringLiteral("deceased")},
                            {QStringLiteral("deathDate"), QStringLiteral("2026-11-03")}})});
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    QCOMPARE(result(r, 0)
                 .value(QStringLiteral("conflicts"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("death-date"));

    // contact-field: device b changes a phone that device a changed, without
    // having seen a's event (its since is below a's change number).
    r = pushEvents(
        up, a,
        {check(mine.at(2),
               {{QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("phone"), QStringLiteral("13900000001")}}},
                {QStringLiteral("occurredAt"), QStringLiteral("2026-11-02T09:00:00.000Z")}})});
    const qint64 aSeq = result(r, 0).value(QStringLiteral("seq")).toInteger();
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    const QJsonObject later = check(
        mine.at(2), {{QStringLiteral("contact"),
                      QJsonObject{{QStringLiteral("phone"), QStringLiteral("13900000002")}}},
                     {QStringLiteral("occurredAt"), QStringLiteral("2026-11-03T10:00:00.000Z")}});
    r = pushEvents(up, b, {later}, aSeq - 1);
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    c = result(r, 0).value(QStringLiteral("conflicts")).toArray().at(0).toObject();
    QCOMPARE(c.value(QStringLiteral("type")).toString(), QStringLiteral("contact-field"));
    QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
    const QJsonArray values = c.value(QStringLiteral("values")).toArray();
    QCOMPARE(values.at(0).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("13900000001"));
    QCOMPARE(values.at(1).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("13900000002")); // newer last
    QCOMPARE(values.at(1).toObject().value(QStringLiteral("device")).toString(),
             QStringLiteral("device-b"));
    // Pushing it again: duplicate, no second conflict.
    r = pushEvents(up, b, {later}, aSeq - 1);
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    // A device that had seen a's change: no conflict.
    r = pushEvents(
        up, b,
        {check(mine.at(2),
               {{QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("phone"), QStringLiteral("13900000003")}}}})},
        aSeq);
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));

    const QJsonArray stored = up.admin(QStringLiteral("conflicts")).array();
    QCOMPARE(stored.size(), 3);
    QCOMPARE(up.counts().value(QStringLiteral("conflicts")).toInt(), 3);
    QCOMPARE(changesOfType(pullAll(up, a), QStringLiteral("conflict")).size(), 3);
    QCOMPARE(changesOfType(pullAll(up, a), QStringLiteral("status")).size(), 1);
}

void TestUpstream::resolution()
{
    START_DEMO(up);
    const QStringList mine = people(up, Wang);
    const QString a = up.signIn(QStringLiteral("wang"), QStringLiteral("device-a"));
    const QString b = up.signIn(QStringLiteral("super"), QStringLiteral("device-b"));
    auto r = pushEvents(
        up, a,
        {check(mine.at(0),
               {{QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("phone"), QStringLiteral("13900000001")}}}})});
    r = pushEvents(
        up, b,
        {check(mine.at(0),
               {{QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("phone"), QStringLiteral("13900000002")}}}})});
    const QJsonObject conflict =
        result(r, 0).value(QStringLiteral("conflicts")).toArray().at(0).toObject();
    const QString id = conflict.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const auto decision = [&](const QString &decisionKey, const QString &value) {
        return QJsonObject{{QStringLiteral("uuid"), newUuid()},
                           {QStringLiteral("kind"), QStringLiteral("resolution")},
                           {QStringLiteral("idNumber"), mine.at(0)},
                           {QStringLiteral("conflict"), id},
                           {QStringLiteral("decision"), decisionKey},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("note"), QStringLiteral("called the family")},
                           {QStringLiteral("by"), QStringLiteral("super")},
                           {QStringLiteral("at"), QStringLiteral("2026-11-21T08:00:00.000Z")}};
    };
    r = pushEvents(up, a, {decision(QStringLiteral("use-value"), QStringLiteral("13900000001"))});
    QCOMPARE(result(r, 0).value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
    r = pushEvents(up, b, {decision(QStringLiteral("use-date"), QStringLiteral("2026-01-01"))});
    QCOMPARE(result(r, 0).value(QStringLiteral("code")).toString(), QStringLiteral("invalid"));
    const qint64 before = pullAll(up, a).last().toObject().value(QStringLiteral("seq")).toInteger();
    r = pushEvents(up, b, {decision(QStringLiteral("use-value"), QStringLiteral("13900000001"))});
    QCOMPARE(result(r, 0).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));

    const QJsonArray after = pullAll(up, a, before);
    const QJsonArray conflictChanges = changesOfType(after, QStringLiteral("conflict"));
    QCOMPARE(conflictChanges.size(), 1);
    const QJsonObject resolved =
        conflictChanges.at(0).toObject().value(QStringLiteral("data")).toObject();
    QCOMPARE(resolved.value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
    QCOMPARE(resolved.value(QStringLiteral("decision")).toString(), QStringLiteral("use-value"));
    QCOMPARE(resolved.value(QStringLiteral("value")).toString(), QStringLiteral("13900000001"));
    QCOMPARE(resolved.value(QStringLiteral("decidedBy")).toString(), QStringLiteral("super"));
    const QJsonArray recipient = changesOfType(after, QStringLiteral("recipient"));
    QCOMPARE(recipient.size(), 1);
    QCOMPARE(recipient.at(0)
                 .toObject()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("phone"))
                 .toString(),
             QStringLiteral("13900000001"));
    QCOMPARE(up.admin(QStringLiteral("conflicts"))
                 .array()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("resolved"));
}

void TestUpstream::rosterAndBigData()
{
    QFETCH(QString, backend);
    UpstreamFixture up;
    UPSTREAM_PREPARE_OR_SKIP(up, backend);
    QVERIFY2(up.loadDemoRoster(), qPrintable(up.lastError()));
    QJsonObject counts = up.counts();
    QCOMPARE(counts.value(QStringLiteral("recipients")).toInt(), 200);
    const int changes = counts.value(QStringLiteral("changes")).toInt();
    QCOMPARE(changes, 200 + 16); // people + 1 district, 3 streets, 12 communities
    // Reloading the same roster emits nothing.
    QVERIFY2(up.loadDemoRoster(), qPrintable(up.lastError()));
    QCOMPARE(up.counts().value(QStringLiteral("changes")).toInt(), changes);

    const QStringList ids = people(up, Wang);
    const QString csv = up.tempPath(QStringLiteral("bigdata.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral(
                "身份证号,结论\n%1,丧失资格\n%2,qualified\n110105194912310021,待核实\n%3,unclear\n")
                .arg(ids.at(0), ids.at(1), ids.at(2))
                .toUtf8());
    f.close();
    auto r = up.admin(
        QStringLiteral("ingest-bigdata"),
        {QStringLiteral("--file"), csv, QStringLiteral("--month"), QStringLiteral("2026-11")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("row 4") && r.err.contains("row 5"), r.err.constData());
    QCOMPARE(up.counts().value(QStringLiteral("changes")).toInt(), changes); // nothing written
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("身份证号,结论\n%1,丧失资格\n%2,qualified\n")
                .arg(ids.at(0), ids.at(1))
                .toUtf8());
    f.close();
    r = up.admin(
        QStringLiteral("ingest-bigdata"),
        {QStringLiteral("--file"), csv, QStringLiteral("--month"), QStringLiteral("2026-11")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Two results, and the qualified one is a certification event (QD 13-14/17).
    QCOMPARE(up.counts().value(QStringLiteral("changes")).toInt(), changes + 3);

    QVERIFY2(up.addDemoUsers() && up.start(), qPrintable(up.lastError()));
    const QJsonArray bigdata =
        changesOfType(pullAll(up, up.signIn(QStringLiteral("wang"), QStringLiteral("d"))),
                      QStringLiteral("bigdata"));
    QCOMPARE(bigdata.size(), 2);
    const QJsonObject first = bigdata.at(0).toObject().value(QStringLiteral("data")).toObject();
    QCOMPARE(first.value(QStringLiteral("idNumber")).toString(), ids.at(0));
    QCOMPARE(first.value(QStringLiteral("conclusion")).toString(), QStringLiteral("disqualified"));
    QCOMPARE(first.value(QStringLiteral("month")).toString(), QStringLiteral("2026-11"));
}

QTEST_MAIN(TestUpstream)
#include "tst_upstream.moc"
