#include "upstreamserver.h"

#include "accesstables.h"
#include "devicebinding.h"
#include "faultinjection.h"
#include "httpreplies.h"
#include "redaction.h"
#include "requestguard.h"
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
    QSqlQuery q(db);
    if (!execQuery(
            q,
            QStringLiteral(
                "SELECT t.user_name, t.device, t.expires_at, u.display_name, u.role, u.scope_code "
                "FROM token t JOIN users u ON u.name = t.user_name WHERE t.token_hash = ? "
                "AND NOT EXISTS (SELECT 1 FROM user_disabled d WHERE d.user_name = t.user_name) "
                "AND NOT EXISTS (SELECT 1 FROM device_binding b WHERE b.device = t.device AND "
                "b.revoked_at IS NOT NULL)"),
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
    const auto scope = UpstreamStore::scopeOf(db, q.value(5).toString());
    if (!scope) {
        sendError(res, 403, QStringLiteral("outside-scope"),
                  QStringLiteral("The user's node is not in the jurisdiction tree."));
        return std::nullopt;
    }
    caller.scope = *scope;
    return caller;
}

