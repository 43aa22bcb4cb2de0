// Rules of the district server that a path around the usual one used to miss
// (issues 15 and 16), on SQLite and PostgreSQL:
//  - a repayment notice counts each month at the amount paid in it, from the
//    roster amounts the server has held (UR 八(二)), as the desk does;
//  - evidence uploads have a daily quota per user (issue 16 point 6);
//  - pushes arriving together for one person see each other (issue 19 point 2:
//    on PostgreSQL a push reads before it holds the change order).
#include "hostilehttp.h"

#include <QtTest>

using namespace certdesk;
using namespace upstreamtest;

namespace
{
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

QTEST_MAIN(TestUpstreamPaths)
#include "tst_upstream_paths.moc"
