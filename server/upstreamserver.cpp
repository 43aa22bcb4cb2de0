#include "upstreamserver.h"

#include "accesstables.h"
#include "auditheadstore.h"
#include "devicebinding.h"
#include "faultinjection.h"
#include "httpreplies.h"
#include "redaction.h"
#include "requestguard.h"
#include "sync/protocolfields.h"
#include "unorderedwrite.h"

#include <httplib.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <sodium.h>
#include <sys/socket.h>

namespace certdesk
{

using namespace http;

namespace
{
constexpr int TokenHours = 12;

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

// The answer of a path the server does not have (the fault hooks' unknown:ROUTE).
void unknownRoute(httplib::Response &res)
{
    sendError(res, 404, defaultCode(404), defaultMessage(404));
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

// A device id as clients make them (a UUID); anything else is refused before
// it reaches the store or the audit trail.
bool isDeviceId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    return pattern.match(id).hasMatch();
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
        sendError(res, 503, QStringLiteral("unavailable"),
                  Redaction::storeFailure(QStringLiteral("authenticate"), error));
        return std::nullopt;
    }
    // The token, its user and the user's node with its ancestors in one
    // statement (issue 19: every request of a sync reads them; the node's row
    // is NULL when the node is not in the tree).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execQuery(
            q,
            QStringLiteral(
                "WITH RECURSIVE caller AS (SELECT t.user_name, t.device, t.expires_at, "
                "u.display_name, u.role, u.scope_code FROM token t JOIN users u ON u.name = "
                "t.user_name WHERE t.token_hash = ? AND NOT EXISTS (SELECT 1 FROM user_disabled d "
                "WHERE d.user_name = t.user_name) AND NOT EXISTS (SELECT 1 FROM device_binding b "
                "WHERE b.device = t.device AND b.revoked_at IS NOT NULL)), %1 "
                "SELECT c.user_name, c.device, c.expires_at, c.display_name, c.role, "
                "c.scope_code, up.level, up.name, up.parent_code FROM caller c LEFT JOIN up ON 1 "
                "= 1 ORDER BY up.depth")
                .arg(UpstreamStore::scopeSql(
                    QStringLiteral("jurisdiction j JOIN caller c ON j.code = c.scope_code"))),
            {hashToken(header.mid(7).trimmed())}, &error)) {
        sendError(res, 500, QStringLiteral("server-error"),
                  Redaction::storeFailure(QStringLiteral("authenticate"), error));
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
    const auto scope = UpstreamStore::readScope(q, q.value(5).toString(), 6);
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
    if (!isDeviceId(device) || user.size() > 128)
        return sendError(res, 400, QStringLiteral("malformed-json"),
                         QStringLiteral("device: 1 to 128 letters, digits or . _ : -"));
    // Throttled per user name and per address, before any hashing.
    const QString address = QString::fromStdString(req.remote_addr);
    if (const int wait = m_signIns.retryAfter(user, address); wait > 0) {
        res.set_header("Retry-After", std::to_string(wait));
        return sendError(
            res, 429, QStringLiteral("too-many-attempts"),
            QStringLiteral("Too many failed sign-ins; try again in %1 seconds.").arg(wait));
    }
    auto connection = connectionOr503(m_store, res, QStringLiteral("sign-in"));
    if (!connection)
        return;
    QSqlDatabase db = *connection;
    QString error;
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("SELECT password_hash, display_name, role, scope_code FROM "
                                  "users WHERE name = ? AND NOT EXISTS (SELECT 1 FROM "
                                  "user_disabled d WHERE d.user_name = users.name)"),
                   {user}, &error))
        return sendError(res, 500, QStringLiteral("server-error"),
                         Redaction::storeFailure(QStringLiteral("sign-in"), error));
    // An unknown or disabled user costs one hash too, and answers the same.
    const bool known = q.next();
    const QByteArray stored = known ? q.value(0).toString().toUtf8() : QByteArray();
    if (!m_signIns.verify(stored, body->value(QStringLiteral("password")).toString())) {
        m_signIns.failed(user, address);
        return sendError(res, 401, QStringLiteral("bad-credentials"),
                         QStringLiteral("Wrong user name or password."));
    }
    m_signIns.succeeded(user);
    const QString displayName = q.value(1).toString();
    const QString role = q.value(2).toString();
    const QString scopeCode = q.value(3).toString();
    // The read ends here: a statement left open keeps its (WAL) snapshot, and a
    // write transaction on a stale snapshot fails "database is locked" at once
    // when another sign-in has committed meanwhile.
    q.finish();
    const auto scope = UpstreamStore::scopeOf(db, scopeCode);
    if (!scope)
        return sendError(res, 403, QStringLiteral("outside-scope"),
                         QStringLiteral("The user's node is not in the jurisdiction tree."));
    QByteArray publicKey, secretKey;
    if (!serverKeyPair(m_store, &publicKey, &secretKey, &error))
        return sendError(res, 500, QStringLiteral("server-error"),
                         Redaction::storeFailure(QStringLiteral("sign-in"), error));

    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QString token = QString::fromLatin1(raw.toHex());
    const QString expiresAt =
        QDateTime::currentDateTimeUtc().addSecs(TokenHours * 3600).toString(Qt::ISODateWithMs);
    QString deviceKey;
    {
        std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
        if (!m_store.begin(db, &error))
            return sendError(res, 503, QStringLiteral("unavailable"),
                             Redaction::storeFailure(QStringLiteral("sign-in"), error));
        const auto failed = [&]() {
            UpstreamStore::rollback(db);
            sendError(res, 500, QStringLiteral("server-error"),
                      Redaction::storeFailure(QStringLiteral("sign-in"), error));
        };
        // The device belongs to the user it was first bound to (devicebinding.h).
        const auto binding = DeviceBinding::signIn(db, device, user, scope->code, &error);
        if (!binding)
            return failed();
        if (!binding->allowed) {
            // The refusal is audited: commit that entry, then refuse.
            if (!UpstreamStore::commit(db, &error))
                return failed();
            return sendError(res, binding->status, binding->code, binding->message);
        }
        deviceKey = binding->deviceKey;
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
            return failed();
    }
    QJsonObject answer{{ProtocolField::token, token},
                       {QStringLiteral("expiresAt"), expiresAt},
                       {ProtocolField::user, user},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("role"), role},
                       {ProtocolField::scope, QJsonObject{{ProtocolField::code, scope->code},
                                                          {ProtocolField::level, scope->level},
                                                          {ProtocolField::name, scope->name}}},
                       {ProtocolField::serverKey, QString::fromLatin1(publicKey.toBase64())},
                       {QStringLiteral("protocol"), 1}};
    // The device key goes out once: at the first sign-in and after a rotation
    // or re-assignment. A client keeps the one it has.
    if (!deviceKey.isEmpty())
        answer.insert(ProtocolField::deviceKey, deviceKey);
    sendJson(res, 200, answer);
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
    auto connection = connectionOr503(m_store, res, QStringLiteral("changes"));
    if (!connection)
        return;
    QSqlDatabase db = *connection;
    QString error;
    const auto page = changesSince(db, caller->scope, since, limit, &error);
    if (!page)
        return sendError(res, 500, QStringLiteral("server-error"),
                         Redaction::storeFailure(QStringLiteral("changes"), error));
    const qint64 next = page->next;
    const auto cursor = [&](QSqlQuery &q, QString *error) {
        return execQuery(
            q, QStringLiteral("UPDATE device SET last_pull_at = ?, last_cursor = ? WHERE id = ?"),
            {UpstreamStore::nowIso(), next, caller->device}, error);
    };
    if (m_store.driver() == UpstreamStore::Driver::Postgres) {
        // One statement is a transaction of its own: one round trip, not
        // BEGIN, UPDATE and COMMIT (issue 19).
        QSqlQuery q(db);
        cursor(q, &error);
    } else {
        unorderedWrite(m_store, db, cursor, &error);
    }
    // The page's bytes straight from the stored changes (changepage.h), with
    // the charset named as sendJson does (no Brotli).
    res.status = 200;
    const QByteArray answer = page->answer();
    res.set_content(answer.constData(), size_t(answer.size()), "application/json; charset=utf-8");
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

// The heads of the devices' audit trails (docs/sync-protocol.md, "Audit heads").
void UpstreamServer::auditHead(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    const auto body = parseObject(req, res);
    if (!body)
        return;
    const AuditHeadStore::Answer a = AuditHeadStore::pin(m_store, *caller, *body);
    if (a.status != 200)
        return sendError(res, a.status, a.error, a.message);
    sendJson(res, 200, a.body);
}

void UpstreamServer::auditHeads(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    const AuditHeadStore::Answer a = AuditHeadStore::list(m_store, *caller);
    if (a.status != 200)
        return sendError(res, a.status, a.error, a.message);
    sendJson(res, 200, a.body);
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
        if (FaultInjection::routeUnknown("chunk"))
            return unknownRoute(res);
        return uploadChunk(req, res);
    case Endpoint::UploadBatch:
        if (FaultInjection::routeUnknown("batch"))
            return unknownRoute(res);
        return uploadBatch(req, res);
    case Endpoint::Download:
        return download(req, res);
    case Endpoint::AuditHead:
        return auditHead(req, res);
    case Endpoint::AuditHeads:
        return auditHeads(req, res);
    case Endpoint::AssignDevice:
        return assignDevice(req, res);
    case Endpoint::Approve:
        return approve(req, res);
    case Endpoint::ApproveImport:
        return approveImport(req, res);
    case Endpoint::CheckDecision:
        return checkDecision(req, res);
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
    server.Post("/v1/evidence/batch", to(E::UploadBatch));
    server.Get(QStringLiteral("/v1/evidence/%1/upload").arg(hashPattern).toStdString(),
               to(E::UploadState));
    server.Put(QStringLiteral("/v1/evidence/%1").arg(hashPattern).toStdString(),
               to(E::UploadChunk));
    server.Get(QStringLiteral("/v1/evidence/%1").arg(hashPattern).toStdString(), to(E::Download));
    server.Post("/v1/audit-head", to(E::AuditHead));
    server.Get("/v1/audit-heads", to(E::AuditHeads));
    server.Post("/v1/devices/([A-Za-z0-9._:-]{1,128})/assign", to(E::AssignDevice));
    server.Post("/v1/approvals", to(E::Approve));
    server.Post("/v1/import-approvals", to(E::ApproveImport));
    server.Post("/v1/check-decisions", to(E::CheckDecision));

    server.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        // Bodies the library would read without a bound are refused from the
        // head alone; their bytes are never read (requestguard.h).
        if (const auto refusal = refuseHead(req)) {
            sendError(res, refusal->status, refusal->code, refusal->message);
            res.set_header("Connection", "close");
            GuardedServer::closeAfterThisRequest();
            return httplib::Server::HandlerResponse::Handled;
        }
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
    m_vault.setDailyQuota(options.dailyUploadBytes);
    if (sodium_init() < 0) {
        std::fprintf(stderr, "error: libsodium failed to initialise\n");
        return 1;
    }
    // The library reads every connection through the guard: bounded heads,
    // bodies and time (requestguard.h, docs/decisions.md).
    auto server = std::make_unique<GuardedServer>();
    const bool tls = !options.certFile.isEmpty();
    if (tls) {
        QString error;
        if (!server->useTls(options.certFile, options.keyFile, &error)) {
            std::fprintf(stderr, "error: %s\n", qPrintable(error));
            return 1;
        }
    }
    server->set_payload_max_length(size_t(RequestLimits::MaxBodyBytes));
    const int threads = std::max(1, options.threads);
    server->new_task_queue = [threads] { return GuardedServer::makePool(threads); };
    // Unfinished uploads of a stopped server expire too.
    m_vault.sweepPartials();
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
    // Many devices connecting at once (requestguard.h, issue 19).
    if (!server->widenBacklog())
        std::fprintf(stderr, "warning: the listen backlog stays at the library's 5: %s\n",
                     std::strerror(errno));
    std::printf("listening on %s://%s:%d\n", tls ? "https" : "http", host.c_str(), port);
    std::fflush(stdout);
    return server->listen_after_bind() ? 0 : 1;
}

} // namespace certdesk
