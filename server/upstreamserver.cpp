#include "upstreamserver.h"

#include "evidence/evidencestore.h"
#include "faultinjection.h"
#include "security/passwordhasher.h"
#include "sync/protocolfields.h"

#include <httplib.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <netinet/in.h>
#include <sodium.h>
#include <sys/socket.h>

namespace certdesk
{

namespace
{
constexpr qint64 MaxJsonBody = 8 << 20;
constexpr int MaxPage = 5000;
constexpr int MaxHashes = 10000;
constexpr int TokenHours = 12;

void sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    // With the charset named, cpp-httplib leaves the body uncompressed: Debian's
    // build answers "Accept-Encoding: br" (which Qt sends) with Brotli at its
    // slowest quality, 25 s of server time for a 100,000-person pull.
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json; charset=utf-8");
}

void sendError(httplib::Response &res, int status, const QString &code, const QString &message)
{
    sendJson(res, status, {{ProtocolField::error, code}, {ProtocolField::message, message}});
}

QString defaultMessage(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("The request could not be read.");
    case 404:
        return QStringLiteral("There is nothing at this path.");
    case 413:
        return QStringLiteral("The body is larger than the server accepts (8 MiB).");
    default:
        return QStringLiteral("The server could not answer this request.");
    }
}

QString defaultCode(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad-request");
    case 404:
        return QStringLiteral("not-found");
    case 405:
        return QStringLiteral("not-found");
    case 413:
        return QStringLiteral("too-large");
    case 503:
        return QStringLiteral("unavailable");
    default:
        return QStringLiteral("server-error");
    }
}

std::optional<QJsonObject> parseObject(const httplib::Request &req, httplib::Response &res)
{
    if (qint64(req.body.size()) > MaxJsonBody) {
        sendError(res, 413, QStringLiteral("too-large"),
                  QStringLiteral("A JSON body is at most 8 MiB."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        sendError(res, 400, QStringLiteral("malformed-json"),
                  QStringLiteral("The body is not JSON: %1 at offset %2.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        sendError(res, 400, QStringLiteral("malformed-json"),
                  QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

QString hashToken(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

// drop-after-events: shut the request's TCP connection down so the client
// gets no answer at all. cpp-httplib does not hand sockets to handlers; the
// peer address and port name it.
void dropConnection(const httplib::Request &req)
{
    for (int fd = 3; fd < 4096; ++fd) {
        sockaddr_storage addr{};
        socklen_t len = sizeof addr;
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            continue;
        int port = 0;
        char host[INET6_ADDRSTRLEN] = {};
        if (addr.ss_family == AF_INET) {
            const auto *in = reinterpret_cast<const sockaddr_in *>(&addr);
            port = ntohs(in->sin_port);
            inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        } else if (addr.ss_family == AF_INET6) {
            const auto *in = reinterpret_cast<const sockaddr_in6 *>(&addr);
            port = ntohs(in->sin6_port);
            inet_ntop(AF_INET6, &in->sin6_addr, host, sizeof host);
        }
        if (port == req.remote_port && req.remote_addr == host)
            ::shutdown(fd, SHUT_RDWR);
    }
}

qint64 queryNumber(const httplib::Request &req, const char *name, bool *present, bool *ok)
{
    *present = req.has_param(name);
    *ok = true;
    if (!*present)
        return 0;
    return QString::fromStdString(req.get_param_value(name)).toLongLong(ok);
}
} // namespace

UpstreamServer::UpstreamServer(const UpstreamStore &store, const QString &evidenceDir)
    : m_store(store), m_vault(store, evidenceDir), m_ingest(store, m_vault)
{
}

UpstreamServer::~UpstreamServer() = default;

std::optional<Caller> UpstreamServer::authenticate(const httplib::Request &req,
                                                   httplib::Response &res) const
{
    const QString header = QString::fromStdString(req.get_header_value("Authorization"));
    if (!header.startsWith(QLatin1String("Bearer "))) {
        sendError(res, 401, QStringLiteral("unauthenticated"),
                  QStringLiteral("Sign in first (no bearer token)."));
        return std::nullopt;
    }
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid()) {
        sendError(res, 503, QStringLiteral("unavailable"), error);
        return std::nullopt;
    }
    QSqlQuery q(db);
    if (!execQuery(
            q,
            QStringLiteral(
                "SELECT t.user_name, t.device, t.expires_at, u.display_name, u.role, u.scope_code "
                "FROM token t JOIN users u ON u.name = t.user_name WHERE t.token_hash = ?"),
            {hashToken(header.mid(7).trimmed())}, &error)) {
        sendError(res, 500, QStringLiteral("server-error"), error);
        return std::nullopt;
    }
    if (!q.next() || q.value(2).toString() < UpstreamStore::nowIso()) {
        sendError(res, 401, QStringLiteral("unauthenticated"),
                  QStringLiteral("The token is unknown or expired; sign in again."));
        return std::nullopt;
    }
    Caller caller{q.value(0).toString(),
                  q.value(3).toString(),
                  q.value(4).toString(),
                  q.value(1).toString(),
                  {}};
    const auto scope = UpstreamStore::scopeOf(db, q.value(5).toString());
    if (!scope) {
        sendError(res, 403, QStringLiteral("outside-scope"),
                  QStringLiteral("The user's node is not in the jurisdiction tree."));
        return std::nullopt;
    }
    caller.scope = *scope;
    return caller;
}

void UpstreamServer::signIn(const httplib::Request &req, httplib::Response &res) const
{
    const auto body = parseObject(req, res);
    if (!body)
        return;
    for (const char *field : {"user", "password", "device"}) {
        if (!body->value(QLatin1String(field)).isString() ||
            body->value(QLatin1String(field)).toString().isEmpty())
            return sendError(
                res, 400, QStringLiteral("malformed-json"),
                QStringLiteral("%1: missing or not a string.").arg(QLatin1String(field)));
    }
    const QString user = body->value(QStringLiteral("user")).toString();
    const QString device = body->value(QStringLiteral("device")).toString();
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return sendError(res, 503, QStringLiteral("unavailable"), error);
    QSqlQuery q(db);
    if (!execQuery(
            q,
            QStringLiteral(
                "SELECT password_hash, display_name, role, scope_code FROM users WHERE name = ?"),
            {user}, &error))
        return sendError(res, 500, QStringLiteral("server-error"), error);
    if (!q.next() || !PasswordHasher::verify(q.value(0).toString().toUtf8(),
                                             body->value(QStringLiteral("password")).toString()))
        return sendError(res, 401, QStringLiteral("bad-credentials"),
                         QStringLiteral("Wrong user name or password."));
    const QString displayName = q.value(1).toString();
    const QString role = q.value(2).toString();
    const auto scope = UpstreamStore::scopeOf(db, q.value(3).toString());
    if (!scope)
        return sendError(res, 403, QStringLiteral("outside-scope"),
                         QStringLiteral("The user's node is not in the jurisdiction tree."));
    QByteArray publicKey, secretKey;
    if (!serverKeyPair(m_store, &publicKey, &secretKey, &error))
        return sendError(res, 500, QStringLiteral("server-error"), error);

    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QString token = QString::fromLatin1(raw.toHex());
    const QString expiresAt =
        QDateTime::currentDateTimeUtc().addSecs(TokenHours * 3600).toString(Qt::ISODateWithMs);
    QString deviceKey;
    {
        std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
        if (!m_store.begin(db, &error))
            return sendError(res, 500, QStringLiteral("server-error"), error);
        const auto failed = [&]() {
            UpstreamStore::rollback(db);
            sendError(res, 500, QStringLiteral("server-error"), error);
        };
        if (!execQuery(q, QStringLiteral("SELECT device_key FROM device WHERE id = ?"), {device},
                       &error))
            return failed();
        if (q.next()) {
            deviceKey = q.value(0).toString();
            if (!execQuery(q, QStringLiteral("UPDATE device SET user_name = ? WHERE id = ?"),
                           {user, device}, &error))
                return failed();
        } else {
            // The device key is made on the device's first sign-in and never
            // changes: it signs that device's USB packages.
            QByteArray key(32, Qt::Uninitialized);
            randombytes_buf(key.data(), size_t(key.size()));
            deviceKey = QString::fromLatin1(key.toBase64());
            if (!execQuery(q,
                           QStringLiteral("INSERT INTO device (id, user_name, device_key, "
                                          "first_seen) VALUES (?, ?, ?, ?)"),
                           {device, user, deviceKey, UpstreamStore::nowIso()}, &error))
                return failed();
        }
        // Expired tokens are of no use to anyone; sign-ins sweep them.
        if (!execQuery(q, QStringLiteral("DELETE FROM token WHERE expires_at < ?"),
                       {UpstreamStore::nowIso()}, &error))
            return failed();
        if (!execQuery(q,
                       QStringLiteral("INSERT INTO token (token_hash, user_name, device, "
                                      "expires_at) VALUES (?, ?, ?, ?)"),
                       {hashToken(token), user, device, expiresAt}, &error))
            return failed();
        if (!UpstreamStore::commit(db, &error))
            return sendError(res, 500, QStringLiteral("server-error"), error);
    }
    sendJson(res, 200,
             {{ProtocolField::token, token},
              {QStringLiteral("expiresAt"), expiresAt},
              {ProtocolField::user, user},
              {QStringLiteral("displayName"), displayName},
              {QStringLiteral("role"), role},
              {ProtocolField::scope, QJsonObject{{ProtocolField::code, scope->code},
                                                 {ProtocolField::level, scope->level},
                                                 {ProtocolField::name, scope->name}}},
              {ProtocolField::deviceKey, deviceKey},
              {ProtocolField::serverKey, QString::fromLatin1(publicKey.toBase64())},
              {QStringLiteral("protocol"), 1}});
}

void UpstreamServer::changes(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    bool present = false, ok = false;
    const qint64 since = queryNumber(req, "since", &present, &ok);
    if (!present || !ok || since < 0)
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("since: a change number >= 0 is required."));
    qint64 limit = queryNumber(req, "limit", &present, &ok);
    if (!present)
        limit = 1000;
    if (!ok || limit < 1)
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("limit: a number from 1 to 5000."));
    if (limit > MaxPage)
        return sendError(res, 413, QStringLiteral("too-large"),
                         QStringLiteral("limit: a page is at most 5000 changes."));
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return sendError(res, 503, QStringLiteral("unavailable"), error);
    const auto page = changesSince(db, caller->scope, since, limit, &error);
    if (!page)
        return sendError(res, 500, QStringLiteral("server-error"), error);
    const qint64 next = page->next;
    QSqlQuery q(db);
    {
        std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
        if (m_store.begin(db, &error)) {
            if (execQuery(q,
                          QStringLiteral(
                              "UPDATE device SET last_pull_at = ?, last_cursor = ? WHERE id = ?"),
                          {UpstreamStore::nowIso(), next, caller->device}, &error))
                UpstreamStore::commit(db, &error);
            else
                UpstreamStore::rollback(db);
        }
    }
    sendJson(res, 200,
             {{ProtocolField::changes, page->changes},
              {ProtocolField::next, next},
              {ProtocolField::more, page->more}});
}

void UpstreamServer::events(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    if (qint64(req.body.size()) > MaxJsonBody)
        return sendError(res, 413, QStringLiteral("too-large"),
                         QStringLiteral("A JSON body is at most 8 MiB."));
    const EventIngest::Outcome outcome =
        m_ingest.push(*caller, QByteArray::fromStdString(req.body));
    if (outcome.status != 200)
        return sendError(res, outcome.status, outcome.error, outcome.message);
    if (outcome.drop) {
        dropConnection(req);
        return;
    }
    sendJson(res, 200, outcome.body);
}

void UpstreamServer::evidenceMissing(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    const auto body = parseObject(req, res);
    if (!body)
        return;
    if (!body->value(QStringLiteral("hashes")).isArray())
        return sendError(res, 400, QStringLiteral("malformed-json"),
                         QStringLiteral("hashes: missing or not a list."));
    const QJsonArray hashes = body->value(QStringLiteral("hashes")).toArray();
    if (hashes.size() > MaxHashes)
        return sendError(res, 413, QStringLiteral("too-large"),
                         QStringLiteral("At most 10000 hashes per question."));
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return sendError(res, 503, QStringLiteral("unavailable"), error);
    QJsonArray missing;
    for (const QJsonValue &h : hashes) {
        const QString sha = h.toString();
        if (!EvidenceVault::isHash(sha))
            return sendError(res, 400, QStringLiteral("malformed-json"),
                             QStringLiteral("hashes: '%1' is not a lower-case SHA-256.").arg(sha));
        if (!m_vault.isComplete(db, sha))
            missing.append(sha);
    }
    sendJson(res, 200, {{ProtocolField::missing, missing}});
}

void UpstreamServer::uploadState(const httplib::Request &req, httplib::Response &res) const
{
    if (!authenticate(req, res))
        return;
    const QString sha = QString::fromStdString(req.matches[1]);
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return sendError(res, 503, QStringLiteral("unavailable"), error);
    const bool complete = m_vault.isComplete(db, sha);
    sendJson(res, 200,
             {{ProtocolField::received, m_vault.received(db, sha)},
              {ProtocolField::complete, complete}});
}

void UpstreamServer::uploadChunk(const httplib::Request &req, httplib::Response &res) const
{
    if (!authenticate(req, res))
        return;
    bool present = false, ok = false;
    const qint64 offset = queryNumber(req, "offset", &present, &ok);
    if (!present || !ok || offset < 0)
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("offset: a byte offset >= 0 is required."));
    const qint64 total = queryNumber(req, "total", &present, &ok);
    if (!present || !ok || total < 1)
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("total: the file's size is required."));
    if (qint64(req.body.size()) > MaxJsonBody)
        return sendError(res, 413, QStringLiteral("too-large"),
                         QStringLiteral("An evidence chunk is at most 8 MiB."));
    // The same bound as the desk's intake (EvidenceStore::MaxFileBytes): a
    // client cannot fill the server's disk through one "file".
    if (total > EvidenceStore::MaxFileBytes)
        return sendError(res, 413, QStringLiteral("too-large"),
                         QStringLiteral("total: an evidence file is at most %1 MB.")
                             .arg(EvidenceStore::MaxFileBytes >> 20));
    if (offset > total)
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("offset: beyond the file's total size."));
    const auto r = m_vault.append(QString::fromStdString(req.matches[1]), offset, total,
                                  QByteArray::fromStdString(req.body));
    if (r.status != 200 && r.status != 409)
        return sendError(res, r.status, r.error, r.message);
    QJsonObject body{{ProtocolField::received, r.received}, {ProtocolField::complete, r.complete}};
    if (r.status == 409) {
        body.insert(ProtocolField::error, r.error);
        body.insert(ProtocolField::message, r.message);
    }
    sendJson(res, r.status, body);
}

void UpstreamServer::download(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    const QString sha = QString::fromStdString(req.matches[1]);
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return sendError(res, 503, QStringLiteral("unavailable"), error);
    if (!m_vault.isComplete(db, sha))
        return sendError(res, 404, QStringLiteral("not-found"),
                         QStringLiteral("The server does not hold %1.").arg(sha));
    QSqlQuery q(db);
    if (!execQuery(
            q,
            QStringLiteral(
                "SELECT r.district_code, r.street_code, r.community_code FROM event_evidence ee "
                "JOIN event e ON e.uuid = ee.event_uuid JOIN recipient r ON r.id_number = "
                "e.id_number "
                "WHERE ee.content_hash = ?"),
            {sha}, &error))
        return sendError(res, 500, QStringLiteral("server-error"), error);
    bool allowed = false;
    while (!allowed && q.next())
        allowed = caller->scope.contains(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!allowed)
        return sendError(res, 403, QStringLiteral("outside-scope"),
                         QStringLiteral("No event in your jurisdiction names this file."));
    QFile f(m_vault.finalPath(sha));
    if (!f.open(QIODevice::ReadOnly))
        return sendError(res, 500, QStringLiteral("server-error"), f.errorString());
    res.status = 200;
    res.set_content(f.readAll().toStdString(), "application/octet-stream");
}

void UpstreamServer::handle(Endpoint endpoint, const httplib::Request &req,
                            httplib::Response &res) const
{
    switch (endpoint) {
    case Endpoint::SignIn:
        return signIn(req, res);
    case Endpoint::Changes:
        return changes(req, res);
    case Endpoint::Events:
        return events(req, res);
    case Endpoint::EvidenceMissing:
        return evidenceMissing(req, res);
    case Endpoint::UploadState:
        return uploadState(req, res);
    case Endpoint::UploadChunk:
        return uploadChunk(req, res);
    case Endpoint::Download:
        return download(req, res);
    }
}

void UpstreamServer::route(httplib::Server &server) const
{
    const QString hashPattern = QStringLiteral("([0-9a-f]{64})");
    server.Get("/v1/health", [](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, {{ProtocolField::ok, true}, {QStringLiteral("protocol"), 1}});
    });
    using E = Endpoint;
    const auto to = [this](E endpoint) {
        return [this, endpoint](const httplib::Request &req, httplib::Response &res) {
            handle(endpoint, req, res);
        };
    };
    server.Post("/v1/session", to(E::SignIn));
    server.Get("/v1/changes", to(E::Changes));
    server.Post("/v1/events", to(E::Events));
    server.Post("/v1/evidence/missing", to(E::EvidenceMissing));
    server.Get(QStringLiteral("/v1/evidence/%1/upload").arg(hashPattern).toStdString(),
               to(E::UploadState));
    server.Put(QStringLiteral("/v1/evidence/%1").arg(hashPattern).toStdString(),
               to(E::UploadChunk));
    server.Get(QStringLiteral("/v1/evidence/%1").arg(hashPattern).toStdString(), to(E::Download));

    server.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        static const QRegularExpression version(QStringLiteral("^/(v[^/]*)(/|$)"));
        const QString path = QString::fromStdString(req.path);
        const auto m = version.match(path);
        if (m.hasMatch() && m.captured(1) != QLatin1String("v1")) {
            sendError(res, 400, QStringLiteral("unsupported-version"),
                      QStringLiteral("This server speaks protocol v1, not %1.").arg(m.captured(1)));
            return httplib::Server::HandlerResponse::Handled;
        }
        if (path != QLatin1String("/v1/session") && path != QLatin1String("/v1/health") &&
            FaultInjection::takeUnavailable()) {
            sendError(res, 503, QStringLiteral("unavailable"),
                      QStringLiteral("The server is unavailable (injected fault)."));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Every refusal is JSON, also the library's own (413 for a body over the
    // payload limit, 404 for an unknown path, 400 for an unreadable request).
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            sendError(res, res.status, defaultCode(res.status), defaultMessage(res.status));
            return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
            sendError(res, 500, QStringLiteral("server-error"),
                      QStringLiteral("The server failed on this request."));
        });
}

int UpstreamServer::run(const Options &options)
{
    // A dropped or shut-down connection must not end the process on write.
    std::signal(SIGPIPE, SIG_IGN);
    if (sodium_init() < 0) {
        std::fprintf(stderr, "error: libsodium failed to initialise\n");
        return 1;
    }
    std::unique_ptr<httplib::Server> server;
    const bool tls = !options.certFile.isEmpty();
    if (tls) {
        auto ssl =
            std::make_unique<httplib::SSLServer>(QFile::encodeName(options.certFile).constData(),
                                                 QFile::encodeName(options.keyFile).constData());
        if (!ssl->is_valid()) {
            std::fprintf(stderr, "error: cannot load the certificate %s or the key %s\n",
                         qPrintable(options.certFile), qPrintable(options.keyFile));
            return 1;
        }
        server = std::move(ssl);
    } else {
        server = std::make_unique<httplib::Server>();
    }
    // Bodies over 9 MiB are refused (413) by the library before they are
    // buffered; the protocol's 8 MiB limits are checked in the handlers.
    server->set_payload_max_length(9 << 20);
    // Answers go out as headers, then body: with Nagle's algorithm on, the body
    // waits for the client's delayed ACK (40 ms a request: 3 minutes for 2,000
    // photo uploads of two requests each).
    server->set_tcp_nodelay(true);
    const int threads = std::max(1, options.threads);
    server->new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    server->set_read_timeout(60, 0);
    server->set_write_timeout(60, 0);
    route(*server);

    const std::string host = options.host.toStdString();
    int port = options.port;
    if (port == 0) {
        port = server->bind_to_any_port(host);
        if (port < 0) {
            std::fprintf(stderr, "error: cannot listen on %s\n", host.c_str());
            return 1;
        }
    } else if (!server->bind_to_port(host, port)) {
        std::fprintf(stderr, "error: cannot listen on %s:%d\n", host.c_str(), port);
        return 1;
    }
    std::printf("listening on %s://%s:%d\n", tls ? "https" : "http", host.c_str(), port);
    std::fflush(stdout);
    return server->listen_after_bind() ? 0 : 1;
}

} // namespace certdesk
