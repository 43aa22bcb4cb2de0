// The server's part of the seeds: a roster loaded from the demo store, a
// worker signed in, the first page of changes, and the answer to a push.
#include "admincommands.h"
#include "fuzzcommon.h"
#include "upstreamserver.h"
#include "upstreamstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <httplib.h>

int seedServer(const QString &url, const QString &from, QByteArray *page, QByteArray *answer,
               const QByteArray &pushBody, QJsonArray *changes)
{
    QString district;
    {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed-roster"));
        c.setDatabaseName(from);
        if (!c.open())
            return 1;
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT code FROM jurisdiction WHERE level = 1 LIMIT 1"));
        if (!q.next())
            return 1;
        district = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed-roster"));
    if (AdminCommands::run(QStringLiteral("load-roster"),
                           {QStringLiteral("--db"), url, QStringLiteral("--from"), from}) != 0 ||
        AdminCommands::run(QStringLiteral("add-user"),
                           {QStringLiteral("--db"), url, QStringLiteral("--user"),
                            QStringLiteral("worker"), QStringLiteral("--password"),
                            QStringLiteral("fuzz-password-1"), QStringLiteral("--role"),
                            QStringLiteral("worker"), QStringLiteral("--scope"), district}) != 0)
        return 1;
    QString error;
    const auto store = UpstreamStore::open(url, &error);
    if (!store)
        return 1;
    UpstreamServer server(*store, fuzz::scratch() + QStringLiteral("/seed-vault"));
    using E = UpstreamServer::Endpoint;
    httplib::Request signIn;
    httplib::Response signedIn;
    signIn.method = "POST";
    signIn.body = R"({"user":"worker","password":"fuzz-password-1","device":"fuzz-device"})";
    server.handle(E::SignIn, signIn, signedIn);
    const std::string token = QJsonDocument::fromJson(QByteArray::fromStdString(signedIn.body))
                                  .object()
                                  .value(QStringLiteral("token"))
                                  .toString()
                                  .toStdString();
    if (token.empty())
        return 1;

    httplib::Request pull;
    httplib::Response pulled;
    pull.method = "GET";
    pull.headers.emplace("Authorization", "Bearer " + token);
    pull.params.emplace("since", "0");
    pull.params.emplace("limit", "40");
    server.handle(E::Changes, pull, pulled);
    *page = QByteArray::fromStdString(pulled.body);
    *changes = QJsonDocument::fromJson(*page).object().value(QStringLiteral("changes")).toArray();

    httplib::Request push;
    httplib::Response pushed;
    push.method = "POST";
    push.headers.emplace("Authorization", "Bearer " + token);
    push.body = pushBody.toStdString();
    server.handle(E::Events, push, pushed);
    *answer = QByteArray::fromStdString(pushed.body);
    return pulled.status == 200 && pushed.status == 200 ? 0 : 1;
}
