// Issue 16, point 1 (the client's half): a client re-checks what it pulls with
// the rules it records with. A server (here a fake one on loopback, since the
// real server now refuses such events itself) hands down a page mixing good
// events and events that break a rule; the good ones are applied, the bad ones
// are not, each is kept aside (sync_refused) with its reason, written to the
// audit trail and counted in the sync report and the sync window, and the
// cursor still moves past the page.
#include "domain/idnumber.h"
#include "security/audittrail.h"
#include "sync/synccontroller.h"
#include "sync/syncdialog.h"
#include "syncharness.h"
#include "upstreamtest.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QString kPerson = QStringLiteral("370202194912310024");
const QString kCommunity = QStringLiteral("370299001001");

QJsonObject change(qint64 seq, const QString &type, const QJsonObject &data)
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("type"), type},
            {QStringLiteral("data"), data}};
}

QJsonObject node(const QString &code, const QString &parent, int level)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("parent"), parent.isEmpty() ? QJsonValue() : QJsonValue(parent)},
            {QStringLiteral("level"), level},
            {QStringLiteral("name"), QStringLiteral("N%1").arg(code)}};
}

// A check of kPerson by "li", named `uuid` (upstreamtest::check with its fields).
QJsonObject check(const QString &uuid, QJsonObject extra)
{
    extra.insert(QStringLiteral("uuid"), uuid);
    extra.insert(QStringLiteral("worker"), QStringLiteral("li"));
    if (!extra.contains(QStringLiteral("status")))
        extra.insert(QStringLiteral("status"), QStringLiteral("alive")); // the rules under test
    return upstreamtest::check(kPerson, extra);
}

QJsonObject step(const QString &uuid, const QJsonObject &fields)
{
    QJsonObject e{{QStringLiteral("uuid"), uuid},
                  {QStringLiteral("kind"), QStringLiteral("lifecycle")},
                  {QStringLiteral("idNumber"), kPerson},
                  {QStringLiteral("actor"), QStringLiteral("li")},
                  {QStringLiteral("recordedAt"), QStringLiteral("2026-11-21T09:00:00.000Z")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        e.insert(it.key(), it.value());
    return e;
}

QJsonObject pulled(qint64 seq, const QJsonObject &event)
{
    return change(seq, QStringLiteral("event"),
                  {{QStringLiteral("device"), QStringLiteral("other-device")},
                   {QStringLiteral("user"), QStringLiteral("li")},
                   {QStringLiteral("receivedAt"), QStringLiteral("2026-11-21T10:00:00.000Z")},
                   {QStringLiteral("event"), event}});
}

const QJsonObject kPhoto{{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                         {QStringLiteral("content"), QString(64, QLatin1Char('a'))},
                         {QStringLiteral("kind"), QStringLiteral("person")},
                         {QStringLiteral("name"), QStringLiteral("p.jpg")},
                         {QStringLiteral("format"), QStringLiteral("jpeg")},
                         {QStringLiteral("width"), 10},
                         {QStringLiteral("height"), 10},
                         {QStringLiteral("bytes"), 100}};
} // namespace

class TestSyncRecheck : public QObject
{
    Q_OBJECT
private slots:
    void pulledEventsRechecked();
};

void TestSyncRecheck::pulledEventsRechecked()
{
    QVERIFY(IdNumber::parse(kPerson).isValid());
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(profile, qPrintable(error));
    QTemporaryDir dir;
    synctest::Client client(dir.filePath(QStringLiteral("c")), *profile, QStringLiteral("wang"));

    const QJsonArray page = {
        change(1, QStringLiteral("jurisdiction"), node(QStringLiteral("370299"), QString(), 1)),
        change(2, QStringLiteral("jurisdiction"),
               node(QStringLiteral("370299001"), QStringLiteral("370299"), 2)),
        change(3, QStringLiteral("jurisdiction"), node(kCommunity, QStringLiteral("370299001"), 3)),
        change(4, QStringLiteral("recipient"),
               {{QStringLiteral("idNumber"), kPerson},
                {QStringLiteral("name"), QStringLiteral("张三")},
                {QStringLiteral("birthDate"), QStringLiteral("1949-12-31")},
                {QStringLiteral("sex"), QStringLiteral("F")},
                {QStringLiteral("category"), QStringLiteral("enterprise")},
                {QStringLiteral("district"), QStringLiteral("370299")},
                {QStringLiteral("street"), QStringLiteral("370299001")},
                {QStringLiteral("community"), kCommunity},
                {QStringLiteral("benefitStart"), QStringLiteral("2010-01-01")},
                {QStringLiteral("lastCertDate"), QStringLiteral("2025-12-01")},
                {QStringLiteral("monthlyBenefitFen"), 320000}}),
        // Applied: a check with its evidence.
        pulled(5, check(QStringLiteral("good-check"),
                        {{QStringLiteral("evidence"), QJsonArray{kPhoto}}})),
        // Refused: "alive" without evidence (QD 20 / ZB 二(二)2: 留存佐证资料).
        pulled(6, check(QStringLiteral("no-evidence"), {})),
        // Refused: dated far in the future.
        pulled(7, check(QStringLiteral("future"),
                        {{QStringLiteral("checkDate"), QStringLiteral("2099-01-01")},
                         {QStringLiteral("evidence"), QJsonArray{kPhoto}}})),
        // Refused: a living status no rule knows (the store would read it as alive).
        pulled(8, check(QStringLiteral("bogus-status"),
                        {{QStringLiteral("status"), QStringLiteral("bogus")},
                         {QStringLiteral("evidence"), QJsonArray{kPhoto}}})),
        // Refused: back pay of 9,999,999.99 yuan with no suspension or resumption.
        pulled(9, step(QStringLiteral("back-pay"),
                       {{QStringLiteral("step"), QStringLiteral("back-pay")},
                        {QStringLiteral("eventDate"), QStringLiteral("2026-11-21")},
                        {QStringLiteral("amountFen"), 999999999}})),
        // Applied: a suspension.
        pulled(10, step(QStringLiteral("suspension"),
                        {{QStringLiteral("step"), QStringLiteral("suspended")},
                         {QStringLiteral("eventDate"), QStringLiteral("2026-09-10")},
                         {QStringLiteral("effectiveMonth"), QStringLiteral("2026-10-01")},
                         {QStringLiteral("reason"), QStringLiteral("no check")},
                         {QStringLiteral("cause"), QStringLiteral("failed")}})),
        // Refused: a resumption paying 50 months for a suspension of one.
        pulled(11, step(QStringLiteral("resumption"),
                        {{QStringLiteral("step"), QStringLiteral("resumed")},
                         {QStringLiteral("eventDate"), QStringLiteral("2026-11-21")},
                         {QStringLiteral("effectiveMonth"), QStringLiteral("2026-11-01")},
                         {QStringLiteral("months"), 50},
                         {QStringLiteral("amountFen"), 50 * 320000}})),
    };
    const QByteArray key32 = QByteArray(32, 'k').toBase64();
    synctest::FakeUpstream fake([&](const QByteArray &method, const QByteArray &path) {
        if (path == "/v1/session")
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("token"), QStringLiteral("t")},
                                   {QStringLiteral("deviceKey"), QString::fromLatin1(key32)},
                                   {QStringLiteral("serverKey"), QString::fromLatin1(key32)}})
                .toJson();
        if (path == "/v1/changes")
            return QJsonDocument(QJsonObject{{QStringLiteral("changes"), page},
                                             {QStringLiteral("next"), 11},
                                             {QStringLiteral("more"), false}})
                .toJson();
        Q_UNUSED(method);
        return QByteArray("{\"ok\": true}");
    });
    const SyncReport report = client.sync(fake.url());
    QCOMPARE(int(report.outcome), int(SyncReport::Outcome::Ok));
    // The cursor moved past the whole page: nothing is pulled again.
    QCOMPARE(client.db().setting(QStringLiteral("sync.cursor")), QStringLiteral("11"));
    QCOMPARE(client.scalar(QStringLiteral("SELECT group_concat(uuid) FROM verification_event"))
                 .toString(),
             QStringLiteral("good-check"));
    QCOMPARE(
        client.scalar(QStringLiteral("SELECT group_concat(uuid) FROM lifecycle_event")).toString(),
        QStringLiteral("suspension"));
    QCOMPARE(client.column(kPerson, QStringLiteral("benefit_status")), QStringLiteral("suspended"));
    // Kept aside, with the reason, not lost.
    QCOMPARE(report.refusedPulled, 5);
    QCOMPARE(client.scalar(QStringLiteral("SELECT count(*) FROM sync_refused")).toInt(), 5);
    const QString reasons =
        client
            .scalar(QStringLiteral("SELECT group_concat(uuid || ': ' || reason, '\n') FROM "
                                   "sync_refused ORDER BY seq"))
            .toString();
    QVERIFY2(reasons.contains(QStringLiteral("no-evidence: ")) &&
                 reasons.contains(QStringLiteral("evidence item")),
             qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("future: ")) &&
                 reasons.contains(QStringLiteral("future")),
             qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("bogus")), qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("back-pay: There is no back pay")),
             qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("resumption: Back pay for 50 months")),
             qPrintable(reasons));
    const QString stored = client
                               .scalar(QStringLiteral("SELECT data FROM sync_refused WHERE uuid = "
                                                      "'no-evidence'"))
                               .toString();
    QVERIFY2(stored.contains(QStringLiteral("\"worker\":\"li\"")), qPrintable(stored));
    // In the audit trail, one entry each, naming the event and the reason.
    QCOMPARE(client
                 .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync' AND "
                                        "detail LIKE 'refused pulled%'"))
                 .toInt(),
             5);
    QVERIFY(report.message.contains(QStringLiteral("5")));

    // The sync window says so.
    SyncController controller(client.db(), *profile, client.store());
    SyncDialog dialog(controller, client.db(), Session::commandLine(), nullptr);
    emit controller.finished(report);
    const auto *line = dialog.findChild<QLabel *>(QStringLiteral("syncReport"));
    QVERIFY(line);
    QVERIFY2(line->text().contains(QStringLiteral("5 refused")), qPrintable(line->text()));
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("no-evidence")),
             qPrintable(dialog.messageLabel()->text()));

    // Pulling the page again changes nothing and refuses nothing twice.
    client.db().setSetting(QStringLiteral("sync.cursor"), QStringLiteral("0"));
    const SyncReport again = client.sync(fake.url());
    QCOMPARE(int(again.outcome), int(SyncReport::Outcome::Ok));
    QCOMPARE(again.refusedPulled, 0);
    QCOMPARE(client.scalar(QStringLiteral("SELECT count(*) FROM sync_refused")).toInt(), 5);
    QCOMPARE(client
                 .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync' AND "
                                        "detail LIKE 'refused pulled%'"))
                 .toInt(),
             5);
}

QTEST_MAIN(TestSyncRecheck)
#include "tst_syncrecheck.moc"
