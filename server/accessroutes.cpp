// Calls a supervisor or administrator makes on the server itself (issue 16):
// re-assigning a device to another user, approving a payment step or a
// desk's big-data import batch.
#include "accesstables.h"
#include "deskbatchapproval.h"
#include "devicebinding.h"
#include "httpreplies.h"
#include "pushedeventrules.h"
#include "redaction.h"
#include "upstreamserver.h"

namespace certdesk
{

using namespace http;

namespace
{
bool isSupervisor(const Caller &c)
{
    return c.role == QLatin1String("supervisor") || c.role == QLatin1String("admin");
}

// The node of a user, nullopt when unknown.
std::optional<TokenScope> scopeOfUser(QSqlDatabase &db, const QString &user)
{
    QSqlQuery q(db);
    QString error;
    if (!execQuery(q, QStringLiteral("SELECT scope_code FROM users WHERE name = ?"), {user},
                   &error) ||
        !q.next())
        return std::nullopt;
    return UpstreamStore::scopeOf(db, q.value(0).toString());
}

// Whether `inner` lies within `outer` (the same node or below it).
bool within(const TokenScope &outer, const TokenScope &inner)
{
    return inner.code == outer.code || inner.ancestors.contains(outer.code);
}
} // namespace

// POST /v1/devices/<id>/assign {"user": "li"}
void UpstreamServer::assignDevice(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    if (!isSupervisor(*caller))
        return sendError(res, 403, QStringLiteral("forbidden"),
                         QStringLiteral("Only a supervisor or an administrator re-assigns a "
                                        "device."));
    const auto body = parseObject(req, res);
    if (!body)
        return;
    const QString user = body->value(ProtocolField::user).toString();
    const QString device = QString::fromStdString(req.matches[1]);
    auto connection = connectionOr503(m_store, res, QStringLiteral("assign device"));
    if (!connection)
        return;
    QSqlDatabase db = *connection;
    QString error;
    std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
    if (!m_store.begin(db, &error))
        return sendError(res, 503, QStringLiteral("unavailable"),
                         Redaction::storeFailure(QStringLiteral("assign device"), error));
    // Both the device's present user and the new one must be in the caller's
    // jurisdiction; anything else answers alike.
    const auto owner = DeviceBinding::owner(db, device, &error);
    const auto from = owner ? scopeOfUser(db, owner->user) : std::nullopt;
    const auto to = scopeOfUser(db, user);
    if (!from || !to || !within(caller->scope, *from) || !within(caller->scope, *to)) {
        UpstreamStore::rollback(db);
        return sendError(res, 403, QStringLiteral("outside-scope"),
                         QStringLiteral("The device or the user is not in your jurisdiction."));
    }
    if (!DeviceBinding::reassign(db, device, user, caller->user, &error) ||
        !UpstreamStore::commit(db, &error)) {
        UpstreamStore::rollback(db);
        return sendError(res, 500, QStringLiteral("server-error"),
                         Redaction::storeFailure(QStringLiteral("assign device"), error));
    }
    sendJson(res, 200, {{ProtocolField::device, device}, {ProtocolField::user, user}});
}

// POST /v1/approvals {"event": "<uuid of the step>", "idNumber": "…", "step": "unsealed"}
void UpstreamServer::approve(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    if (!isSupervisor(*caller))
        return sendError(res, 403, QStringLiteral("forbidden"),
                         QStringLiteral("Only a supervisor or an administrator approves."));
    const auto body = parseObject(req, res);
    if (!body)
        return;
    const QString uuid = body->value(ProtocolField::event).toString();
    const QString idNumber = body->value(ProtocolField::idNumber).toString();
    const QString step = body->value(ProtocolField::step).toString();
    if (uuid.isEmpty() || idNumber.isEmpty() || step.isEmpty())
        return sendError(res, 400, QStringLiteral("malformed-json"),
                         QStringLiteral("event, idNumber and step are required."));
    writeRoute(m_store, res, QStringLiteral("approve"), [&](QSqlDatabase &db, QString *error) {
        QString refused;
        if (!PushedEventRules::approve(db, *caller, uuid, idNumber, step, &refused))
            return RouteAnswer{
                403, QStringLiteral("forbidden"), Redaction::withoutSql(refused), {}};
        auditServer(db, caller->user, QStringLiteral("approve-step"), uuid, step, error);
        return RouteAnswer{
            200,
            {},
            {},
            {{ProtocolField::event, uuid}, {QStringLiteral("approvedBy"), caller->user}}};
    });
}

// POST /v1/import-approvals {"batch": "<uuid>", "qualified": 12, "submittedBy": "qian"}
// GD 9: a desk's import batch, approved here so the server can count it.
void UpstreamServer::approveImport(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    const auto body = parseObject(req, res);
    if (!body)
        return;
    const QString batch = body->value(QStringLiteral("batch")).toString();
    const QJsonValue qualified = body->value(QStringLiteral("qualified"));
    const QString submittedBy = body->value(QStringLiteral("submittedBy")).toString();
    if (!qualified.isDouble())
        return sendError(res, 400, QStringLiteral("malformed-json"),
                         QStringLiteral("batch, qualified and submittedBy are required."));
    writeRoute(
        m_store, res, QStringLiteral("approve import"), [&](QSqlDatabase &db, QString *error) {
            RouteAnswer answer;
            QString refused;
            if (!DeskBatchApproval::approve(db, *caller, batch, qualified.toInt(), submittedBy,
                                            &answer.body, &refused, error)) {
                if (error->isEmpty())
                    answer = {403, QStringLiteral("forbidden"), Redaction::withoutSql(refused), {}};
                return answer;
            }
            auditServer(db, caller->user, QStringLiteral("approve-import"), batch,
                        QString::number(qualified.toInt()), error);
            return answer;
        });
}

} // namespace certdesk
