// The upstream server's request handlers, called in-process as cpp-httplib
// calls them (UpstreamServer::handle): sign-in, pull (GET /v1/changes), push
// (POST /v1/events), the evidence list, and evidence upload (state and chunks).
// Input: byte 0 picks the endpoint, byte 1 bit 0 whether the request carries
// the valid token of the signed-in worker; then the query string up to the
// first newline, then the body. The store is SQLite with a small demo roster
// loaded, one worker account and one token made at start.
//
// Unlike the desk targets, the server's store is not reset between inputs (a
// server keeps what it accepted); a finding that needs earlier inputs shows in
// the crash's log, and the handlers' answers are checked for shape only.
#include "admincommands.h"
#include "fuzzcommon.h"
#include "fuzzstore.h"
#include "upstreamserver.h"
#include "upstreamstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrlQuery>

#include <httplib.h>

#include <regex>

namespace
{

struct Server {
    std::optional<UpstreamStore> store;
    std::unique_ptr<UpstreamServer> server;
    std::string token;
};

Server &server()
{
    static Server s;
    if (s.server)
        return s;
    const QString url =
        QStringLiteral("sqlite:") + fuzz::scratch() + QStringLiteral("/upstream.db");
    QString error;
    {
        fuzz::FreshStore roster(30); // the desk's demo file, loaded as the roster
        const QString from = roster.path();
        if (AdminCommands::run(QStringLiteral("load-roster"),
                               {QStringLiteral("--db"), url, QStringLiteral("--from"), from}) != 0)
            fuzz::fail("load-roster");
        QSqlQuery q(roster.db().connection());
        q.exec(QStringLiteral("SELECT code FROM jurisdiction WHERE level = 1 LIMIT 1"));
        if (!q.next())
            fuzz::fail("no district in the demo roster");
        if (AdminCommands::run(QStringLiteral("add-user"),
                               {QStringLiteral("--db"), url, QStringLiteral("--user"),
                                QStringLiteral("worker"), QStringLiteral("--password"),
                                QStringLiteral("fuzz-password-1"), QStringLiteral("--role"),
                                QStringLiteral("worker"), QStringLiteral("--scope"),
                                q.value(0).toString()}) != 0)
            fuzz::fail("add-user");
    }
    s.store = UpstreamStore::open(url, &error);
    if (!s.store)
        fuzz::fail("cannot open the upstream store");
    s.server =
        std::make_unique<UpstreamServer>(*s.store, fuzz::scratch() + QStringLiteral("/vault"));
    httplib::Request req;
    httplib::Response res;
    req.method = "POST";
    req.path = "/v1/session";
    req.body = R"({"user":"worker","password":"fuzz-password-1","device":"fuzz-device"})";
    s.server->handle(UpstreamServer::Endpoint::SignIn, req, res);
    const QJsonObject answer =
        QJsonDocument::fromJson(QByteArray::fromStdString(res.body)).object();
    s.token = answer.value(QStringLiteral("token")).toString().toStdString();
    if (res.status != 200 || s.token.empty())
        fuzz::fail("the worker cannot sign in");
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > 1 << 20)
        return -1;
    Server &s = server();
    using E = UpstreamServer::Endpoint;
    static const struct {
        E endpoint;
        const char *method;
        const char *path;
    } routes[] = {
        {E::SignIn, "POST", "/v1/session"},
        {E::Changes, "GET", "/v1/changes"},
        {E::Events, "POST", "/v1/events"},
        {E::EvidenceMissing, "POST", "/v1/evidence/missing"},
        {E::UploadState, "GET", "/v1/evidence/%1/upload"},
        {E::UploadChunk, "PUT", "/v1/evidence/%1"},
        {E::UploadBatch, "POST", "/v1/evidence/batch"},
    };
    const auto &route = routes[data[0] % std::size(routes)];
    const bool withToken = (data[1] & 1) != 0;
    const QByteArray rest = fuzz::bytes(data + 2, size - 2);
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray query = newline < 0 ? rest : rest.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : rest.mid(newline + 1);

    httplib::Request req;
    httplib::Response res;
    req.method = route.method;
    // The hash in an evidence path: a fixed one, or (bit 1) the SHA-256 of the body.
    const QString sha =
        (data[1] & 2) ? QString::fromLatin1(
                            QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())
                      : QString(64, QLatin1Char('a'));
    req.path = QString::fromLatin1(route.path).arg(sha).toStdString();
    static const std::regex hash("^/v1/evidence/([0-9a-f]{64})(/upload)?$");
    std::regex_match(req.path, req.matches, hash);
    const QUrlQuery params(QString::fromUtf8(query));
    for (const auto &item : params.queryItems(QUrl::FullyDecoded))
        req.params.emplace(item.first.toStdString(), item.second.toStdString());
    if (withToken)
        req.headers.emplace("Authorization", "Bearer " + s.token);
    req.body = body.toStdString();
    s.server->handle(route.endpoint, req, res);

    // Every answer is JSON with a status the protocol names.
    FUZZ_ASSERT(res.status >= 200 && res.status < 600);
    const QJsonDocument answer = QJsonDocument::fromJson(QByteArray::fromStdString(res.body));
    FUZZ_ASSERT(answer.isObject());
    if (res.status >= 400)
        FUZZ_ASSERT(answer.object().value(QStringLiteral("error")).isString());
    return 0;
}
