// Rules of the district server that a path around the usual one used to miss
// (issues 15 and 16), on SQLite and PostgreSQL:
//  - a repayment notice counts each month at the amount paid in it, from the
//    roster amounts the server has held (UR 八(二)), as the desk does;
//  - evidence uploads have a daily quota per user (issue 16 point 6);
//  - pushes arriving together for one person see each other (issue 19 point 2:
//    on PostgreSQL a push reads before it holds the change order);
//  - a batch of small evidence files in one request (issue 19 point 2) stores
//    all of them or none, counted once against the quota.
#include "hostilehttp.h"
#include "upstreamstore.h"

#include <QtTest>

using namespace certdesk;
using namespace upstreamtest;

namespace
{
// POST /v1/evidence/batch with `files` laid end to end (`named`: the files
// query as sent, empty for the right one).
JsonHttp::Reply sendBatch(const UpstreamFixture &up, const QString &token,
                          const QList<QByteArray> &files, const QString &named = QString())
{
    QStringList entries;
    QByteArray body;
    for (const QByteArray &f : files) {
        entries << QStringLiteral("%1:%2").arg(sha256(f)).arg(f.size());
        body += f;
    }
    return JsonHttp::call("POST",
                          up.url(QStringLiteral("/v1/evidence/batch?files=%1")
                                     .arg(named.isNull() ? entries.join(QLatin1Char(',')) : named)),
                          token, body, QByteArrayLiteral("application/octet-stream"));
}

// The hashes of `files` the server says are missing for `token`'s user.
QStringList missingOf(const UpstreamFixture &up, const QString &token,
                      const QList<QByteArray> &files)
{
    QJsonArray hashes;
    for (const QByteArray &f : files)
        hashes.append(sha256(f));
    const auto r = JsonHttp::post(up.url(QStringLiteral("/v1/evidence/missing")),
                                  {{QStringLiteral("hashes"), hashes}}, token);
    QStringList out;
    for (const QJsonValue &v : r.json.value(QStringLiteral("missing")).toArray())
        out << v.toString();
    return out;
}

// Bytes `user` sent today as the server counts them; -1 when unreadable.
qint64 sentToday(const UpstreamFixture &up, const QString &user)
{
    QString error;
    auto store = UpstreamStore::open(up.dbUrl(), &error);
    if (!store)
        return -1;
    QSqlDatabase db = store->connection(&error);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT bytes FROM upload_day WHERE user_name = ?"));
    q.addBindValue(user);
    if (!q.exec())
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

QDate firstOfMonthsAgo(int n)
{
    const QDate d = QDate::currentDate().addMonths(-n);
    return QDate(d.year(), d.month(), 1);
}

// Runs one statement on the demo roster's SQLite file (the district's source).
bool onDemoRoster(const UpstreamFixture &up, const QString &sql, const QVariantList &values)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo-write"));
        db.setDatabaseName(up.demoDatabase());
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-write"));
    return ok;
}
} // namespace

class TestUpstreamPaths : public QObject
{
    Q_OBJECT

private slots:
    void repaymentCountsTheAmountHistory_data() { UpstreamFixture::addBackendRows(); }
    void repaymentCountsTheAmountHistory();
    void dailyUploadQuota_data() { UpstreamFixture::addBackendRows(); }
    void dailyUploadQuota();
    void pushesArrivingTogetherSeeEachOther_data() { UpstreamFixture::addBackendRows(); }
    void pushesArrivingTogetherSeeEachOther();
    void batchStoresEveryFileOnce_data() { UpstreamFixture::addBackendRows(); }
    void batchStoresEveryFileOnce();
    void batchAllOrNothing_data() { UpstreamFixture::addBackendRows(); }
    void batchAllOrNothing();
};

// UR 八(二): the overpaid months count at what was paid in each. The server
// used to check a pushed notice against today's amount for every month (it had
// no history), refusing the desk's right sum after a raise.
void TestUpstreamPaths::repaymentCountsTheAmountHistory()
{
    START_DEMO(up);
    const QString token = up.signIn(QStringLiteral("wang"), QStringLiteral("pc-wang"));
    const QString p = people(up, Wang).at(0);
    const QJsonArray roster = pullAll(up, token);
    qint64 old = 0;
    for (const QJsonValue &c : roster) {
        const QJsonObject data = c.toObject().value(QStringLiteral("data")).toObject();
        if (data.value(QStringLiteral("idNumber")).toString() == p)
            old = data.value(QStringLiteral("monthlyBenefitFen")).toInteger();
    }
    QVERIFY(old > 0);
    // The district raises the amount this month; the months before keep theirs.
    const qint64 raised = old + 12345;
    QVERIFY(onDemoRoster(up,
                         QStringLiteral("UPDATE recipient SET monthly_benefit_fen = ? WHERE "
                                        "id_number = ?"),
                         {raised, p}));
    QCOMPARE(up.admin(QStringLiteral("load-roster"), {QStringLiteral("--from"), up.demoDatabase()})
                 .exitCode,
             0);

    const QDate today = QDate::currentDate();
    QJsonObject notice =
        hostile::step(p, QStringLiteral("overpayment-notice"), today,
                      {{QStringLiteral("firstMonth"), firstOfMonthsAgo(3).toString(Qt::ISODate)},
                       {QStringLiteral("lastMonth"), firstOfMonthsAgo(0).toString(Qt::ISODate)},
                       {QStringLiteral("months"), 4},
                       {QStringLiteral("amountFen"), 4 * raised},
                       {QStringLiteral("deadline"), today.addDays(30).toString(Qt::ISODate)},
                       {QStringLiteral("reason"), QStringLiteral("死亡后冒领")}});
    // Today's amount for every month is not what was paid.
    auto r = pushEvents(up, token, {notice});
    QCOMPARE(statusOf(r, 0), QStringLiteral("rejected"));
    QVERIFY2(reasonOf(r, 0).contains(QLatin1String("in force")), qPrintable(reasonOf(r, 0)));
    // Three months at the old amount and this one at the new: accepted.
    notice.insert(QStringLiteral("uuid"), newUuid());
    notice.insert(QStringLiteral("amountFen"), 3 * old + raised);
    r = pushEvents(up, token, {notice});
    QVERIFY2(statusOf(r, 0) == QLatin1String("accepted"), qPrintable(reasonOf(r, 0)));
}

// Issue 16 point 6: a user's evidence uploads are bounded per day (the quota
// the district configures, here 1 MiB); before, any number of 64 MiB files went.
void TestUpstreamPaths::dailyUploadQuota()
{
    START_DEMO(up);
    QVERIFY2(up.start(QString(), {QStringLiteral("--upload-quota-mb"), QStringLiteral("1")}),
             qPrintable(up.lastError()));
    const QString wang = up.signIn(QStringLiteral("wang"), QStringLiteral("pc-wang"));
    const auto file = [](char fill) { return QByteArray(600 << 10, fill) + newUuid().toLatin1(); };
    QCOMPARE(hostile::upload(up, wang, file('a')).status, 200);
    const QByteArray second = file('b');
    auto r = hostile::upload(up, wang, second);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.error(), QStringLiteral("quota-exceeded"));
    const QString message = r.json.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("wang")) && message.contains(QLatin1String("1 MiB")),
             qPrintable(message));
    // Nothing of the refused chunk was kept.
    r = JsonHttp::get(up.url(QStringLiteral("/v1/evidence/%1/upload").arg(sha256(second))), wang);
    QCOMPARE(r.json.value(QStringLiteral("received")).toInteger(), 0);
    // Another user has a quota of their own; the count survives a restart.
    const QString li = up.signIn(QStringLiteral("li"), QStringLiteral("pc-li"));
    QCOMPARE(hostile::upload(up, li, file('c')).status, 200);
    QVERIFY2(up.start(QString(), {QStringLiteral("--upload-quota-mb"), QStringLiteral("1")}),
             qPrintable(up.lastError()));
    const QString again = up.signIn(QStringLiteral("wang"), QStringLiteral("pc-wang"));
    QCOMPARE(hostile::upload(up, again, second).status, 429);
    // A bad setting is refused with the option's name.
    const auto bad = UpstreamFixture::run(
        {QStringLiteral("serve"), QStringLiteral("--db"), up.dbUrl(), QStringLiteral("--evidence"),
         up.evidenceDir(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
         QStringLiteral("--upload-quota-mb"), QStringLiteral("lots")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--upload-quota-mb"), bad.err.constData());
}

// Two desks report the same people dead on different dates, their pushes sent
// at once (six connections in flight, as many pushes waiting for the change
// order as the server's threads take). Whichever is written second must name
// the first as a death-date conflict: a push that read before the other was
// written reads again once it holds the order. Every pair, every time.
void TestUpstreamPaths::pushesArrivingTogetherSeeEachOther()
{
    START_DEMO(up);
    const QStringList mine = people(up, Wang);
    QVERIFY(mine.size() >= 12);
    const QString a = up.signIn(QStringLiteral("wang"), QStringLiteral("desk-a"));
    const QString b = up.signIn(QStringLiteral("wang"), QStringLiteral("desk-b"));
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 12; ++i) {
        for (const auto &[token, date] : {std::pair{a, QStringLiteral("2026-11-01")},
                                          std::pair{b, QStringLiteral("2026-11-03")}}) {
            const QJsonObject event =
                check(mine.at(i), {{QStringLiteral("status"), QStringLiteral("deceased")},
                                   {QStringLiteral("deathDate"), date}});
            QNetworkRequest request(up.url(QStringLiteral("/v1/events")));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            const QJsonObject body{{QStringLiteral("since"), 0},
                                   {QStringLiteral("events"), QJsonArray{event}}};
            replies << JsonHttp::manager().post(request,
                                                QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000));
    }
    for (int i = 0; i < 12; ++i) {
        QStringList statuses;
        for (QNetworkReply *reply : {replies.at(2 * i), replies.at(2 * i + 1)}) {
            const QJsonObject r = QJsonDocument::fromJson(reply->readAll())
                                      .object()
                                      .value(QStringLiteral("results"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
            statuses << r.value(QStringLiteral("status")).toString();
        }
        statuses.sort();
        QCOMPARE(statuses, QStringList({QStringLiteral("accepted"), QStringLiteral("conflict")}));
    }
    qDeleteAll(replies);
}

// Issue 19 point 2: a community's photos of a day in one request. Every file
// of the batch is held afterwards, its bytes on disk as sent, counted once; the
// same batch again stores and counts nothing; a push naming them is accepted.
void TestUpstreamPaths::batchStoresEveryFileOnce()
{
    START_DEMO(up);
    const QString wang = up.signIn(QStringLiteral("wang"), QStringLiteral("pc-wang"));
    QList<QByteArray> photos;
    for (int i = 0; i < 3; ++i)
        photos << QByteArray(1000 * (i + 1), char('a' + i)) + newUuid().toLatin1();
    qint64 total = 0;
    for (const QByteArray &p : photos)
        total += p.size();
    QCOMPARE(missingOf(up, wang, photos).size(), 3);
    auto r = sendBatch(up, wang, photos);
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(r.json.value(QStringLiteral("complete")).toArray().size(), 3);
    QVERIFY(missingOf(up, wang, photos).isEmpty());
    QCOMPARE(sentToday(up, QStringLiteral("wang")), total);
    for (const QByteArray &p : photos) {
        const QString sha = sha256(p);
        QFile stored(QStringLiteral("%1/%2/%3").arg(up.evidenceDir(), sha.left(2), sha));
        QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(stored.fileName()));
        QCOMPARE(stored.readAll(), p);
    }
    r = sendBatch(up, wang, photos);
    QCOMPARE(r.status, 200);
    QCOMPARE(sentToday(up, QStringLiteral("wang")), total);
    // Another user sending the same bytes holds them too (knowing a hash
    // proves nothing; sending the bytes does), counted for that user.
    const QString li = up.signIn(QStringLiteral("li"), QStringLiteral("pc-li"));
    QCOMPARE(missingOf(up, li, photos).size(), 3);
    QCOMPARE(sendBatch(up, li, {photos.at(0)}).status, 200);
    QCOMPARE(missingOf(up, li, photos).size(), 2);
    // The files serve an "alive" check as a chunked upload does.
    const QString person = people(up, Wang).value(0);
    QJsonObject e = check(person, {{QStringLiteral("status"), QStringLiteral("alive")}});
    e.insert(QStringLiteral("evidence"),
             QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha256(photos.at(1))},
                                    {QStringLiteral("content"), sha256(photos.at(1))},
                                    {QStringLiteral("kind"), QStringLiteral("person")},
                                    {QStringLiteral("bytes"), photos.at(1).size()}}});
    r = pushEvents(up, wang, {e});
    QVERIFY2(statusOf(r, 0) == QLatin1String("accepted"), qPrintable(reasonOf(r, 0)));
}

// A batch is refused whole: one file whose bytes are not its hash, a files
// list that does not describe the body, too many files, no token, or a batch
// over the day's quota. Nothing of a refused batch is held or counted.
void TestUpstreamPaths::batchAllOrNothing()
{
    START_DEMO(up);
    QVERIFY2(up.start(QString(), {QStringLiteral("--upload-quota-mb"), QStringLiteral("1")}),
             qPrintable(up.lastError()));
    const QString wang = up.signIn(QStringLiteral("wang"), QStringLiteral("pc-wang"));
    const QList<QByteArray> photos{QByteArray(2000, 'x') + newUuid().toLatin1(),
                                   QByteArray(3000, 'y') + newUuid().toLatin1()};
    const QString a = sha256(photos.at(0)), b = sha256(photos.at(1));
    const auto refused = [&](const JsonHttp::Reply &r, int status, const QString &code) {
        if (r.status != status || r.error() != code)
            return false;
        return missingOf(up, wang, photos).size() == 2 &&
               sentToday(up, QStringLiteral("wang")) == 0;
    };
    // The second file's bytes changed on the way: neither is stored.
    QList<QByteArray> changed = photos;
    const QString named = QStringLiteral("%1:%2,%3:%4")
                              .arg(a)
                              .arg(photos.at(0).size())
                              .arg(b)
                              .arg(photos.at(1).size());
    changed[1][10] = 'z';
    auto r = sendBatch(up, wang, changed, named);
    QVERIFY2(refused(r, 422, QStringLiteral("hash-mismatch")), qPrintable(describe(r)));
    QVERIFY2(r.json.value(QStringLiteral("message")).toString().contains(b),
             qPrintable(describe(r)));
    // The list must name the body exactly, each file once, each a hash.
    const QString size0 = QString::number(photos.at(0).size());
    const QString size1 = QString::number(photos.at(1).size());
    for (const QString &bad :
         {QString(), QStringLiteral("%1:%2").arg(a, size0),
          QStringLiteral("%1:%2,%1:%3").arg(a, size0, size1),
          QStringLiteral("%1:%2,%3:0").arg(a, size0, b), QStringLiteral("%1,%2").arg(a, b),
          QStringLiteral("%1:%2,%3:%4").arg(a.toUpper(), size0, b, size1),
          QStringLiteral("%1:-5,%2:%3").arg(a, b, size1)}) {
        r = sendBatch(up, wang, photos, bad.isNull() ? QStringLiteral("") : bad);
        QVERIFY2(refused(r, 400, QStringLiteral("bad-request")),
                 qPrintable(bad + QLatin1Char(' ') + describe(r)));
    }
    QStringList many;
    for (int i = 0; i < 65; ++i)
        many << QStringLiteral("%1:1").arg(sha256(QByteArray::number(i)));
    r = sendBatch(up, wang, photos, many.join(QLatin1Char(',')));
    QVERIFY2(refused(r, 413, QStringLiteral("too-large")), qPrintable(describe(r)));
    r = sendBatch(up, QString(), photos);
    QVERIFY2(refused(r, 401, QStringLiteral("unauthenticated")), qPrintable(describe(r)));
    // Over the quota (1 MiB): refused whole, with the day it renews.
    const QList<QByteArray> big{QByteArray(600 << 10, 'p') + newUuid().toLatin1(),
                                QByteArray(600 << 10, 'q') + newUuid().toLatin1()};
    r = sendBatch(up, wang, big);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.error(), QStringLiteral("quota-exceeded"));
    QCOMPARE(missingOf(up, wang, big).size(), 2);
    QCOMPARE(sentToday(up, QStringLiteral("wang")), qint64(0));
    // Within it, the same files go.
    QCOMPARE(sendBatch(up, wang, photos).status, 200);
    QVERIFY(missingOf(up, wang, photos).isEmpty());
}

QTEST_MAIN(TestUpstreamPaths)
#include "tst_upstream_paths.moc"
