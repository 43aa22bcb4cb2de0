#pragma once

// What the upstream server's test suites share: the demo roster's
// communities, event builders, a whole pull, failure descriptions and the
// START_DEMO fixture macro.
#include "sync/syncpackage.h"
#include "upstreamfixture.h"
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <QtTest>

using namespace certdesk;

namespace upstreamtest
{
inline const QString Wang = QStringLiteral("370299001001"); // community of user wang
inline const QString Li = QStringLiteral("370299001002");   // community of user li

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// ID numbers of the demo roster's people in a community.
inline QStringList people(const UpstreamFixture &up, const QString &community)
{
    QStringList ids;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo-read"));
        db.setDatabaseName(up.demoDatabase());
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT id_number FROM recipient WHERE community_code = ? ORDER BY id_number"));
            q.addBindValue(community);
            q.exec();
            while (q.next())
                ids.append(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-read"));
    return ids;
}

inline QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A check that needs no evidence ("unreachable"); the server applies the desk's
// rules, so an "alive" check needs a photo the pushing user sent (aliveCheck()).
inline QJsonObject check(const QString &idNumber, const QJsonObject &extra = {})
{
    QJsonObject e{{QStringLiteral("uuid"), newUuid()},
                  {QStringLiteral("kind"), QStringLiteral("verification")},
                  {QStringLiteral("idNumber"), idNumber},
                  {QStringLiteral("checkDate"), QStringLiteral("2026-11-20")},
                  {QStringLiteral("occurredAt"), QStringLiteral("2026-11-20T09:00:00.000Z")},
                  {QStringLiteral("recordedAt"), QStringLiteral("2026-11-20T09:05:00.000Z")},
                  {QStringLiteral("method"), QStringLiteral("home-visit")},
                  {QStringLiteral("status"), QStringLiteral("unreachable")},
                  {QStringLiteral("worker"), QStringLiteral("wang")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        e.insert(it.key(), it.value());
    return e;
}

JsonHttp::Reply pushEvents(const UpstreamFixture &up, const QString &token,
                           const QJsonArray &events, qint64 since = 0)
{
    return JsonHttp::post(up.url(QStringLiteral("/v1/events")),
                          {{QStringLiteral("device"), QStringLiteral("d")},
                           {QStringLiteral("since"), since},
                           {QStringLiteral("events"), events}},
                          token);
}

// An "alive" check with a photo of the person, uploaded first as `token`'s user.
inline QJsonObject aliveCheck(const UpstreamFixture &up, const QString &token,
                              const QString &idNumber, const QJsonObject &extra = {})
{
    const QByteArray photo =
        QByteArrayLiteral("photo of ") + idNumber.toLatin1() + ' ' + newUuid().toLatin1();
    const QString hash = sha256(photo);
    JsonHttp::put(
        up.url(QStringLiteral("/v1/evidence/%1?offset=0&total=%2").arg(hash).arg(photo.size())),
        photo, token);
    QJsonObject e = check(idNumber, extra);
    e.insert(QStringLiteral("status"), QStringLiteral("alive"));
    e.insert(QStringLiteral("evidence"),
             QJsonArray{QJsonObject{{QStringLiteral("sha256"), hash},
                                    {QStringLiteral("content"), hash},
                                    {QStringLiteral("kind"), QStringLiteral("person")},
                                    {QStringLiteral("bytes"), photo.size()}}});
    return e;
}

inline QJsonObject result(const JsonHttp::Reply &r, int i)
{
    return r.json.value(QStringLiteral("results")).toArray().at(i).toObject();
}

// The status, code and reason of the i-th result of a push.
inline QString statusOf(const JsonHttp::Reply &r, int i)
{
    return result(r, i).value(QStringLiteral("status")).toString();
}

inline QString codeOf(const JsonHttp::Reply &r, int i)
{
    return result(r, i).value(QStringLiteral("code")).toString();
}

inline QString reasonOf(const JsonHttp::Reply &r, int i)
{
    return result(r, i).value(QStringLiteral("reason")).toString();
}

inline QJsonArray pullAll(const UpstreamFixture &up, const QString &token, qint64 since = 0,
                          int limit = 5000)
{
    QJsonArray all;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto r = JsonHttp::get(
            up.url(QStringLiteral("/v1/changes?since=%1&limit=%2").arg(since).arg(limit)), token);
        if (r.status != 200)
            return all;
        for (const QJsonValue &c : r.json.value(QStringLiteral("changes")).toArray())
            all.append(c);
        since = r.json.value(QStringLiteral("next")).toInteger();
        if (!r.json.value(QStringLiteral("more")).toBool())
            break;
    }
    return all;
}

// Status, network error and the start of the body, for failure messages.
inline QString describe(const JsonHttp::Reply &r)
{
    return QStringLiteral("status %1, network error %2 (%3), body %4")
        .arg(r.status)
        .arg(int(r.networkError))
        .arg(r.errorString, QString::fromUtf8(r.body.left(300)));
}

inline QJsonArray changesOfType(const QJsonArray &changes, const QString &type)
{
    QJsonArray out;
    for (const QJsonValue &c : changes) {
        if (c.toObject().value(QStringLiteral("type")).toString() == type)
            out.append(c);
    }
    return out;
}
} // namespace upstreamtest

#define START_DEMO(up)                                                                             \
    QFETCH(QString, backend);                                                                      \
    UpstreamFixture up;                                                                            \
    UPSTREAM_PREPARE_OR_SKIP(up, backend);                                                         \
    QVERIFY2(up.loadDemoRoster() && up.addDemoUsers() && up.start(), qPrintable(up.lastError()))
