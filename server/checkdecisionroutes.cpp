// POST /v1/check-decisions: the county's decision on an on-site or home check
// (GD 21-22), made on a desk and sent here. The server re-checks who decides
// (an administrator whose jurisdiction holds the person), that the check is one
// it holds and that the person's region asks for the county's approval of it;
// it keeps the decision (check_decision, insert only: one decision per check)
// and hands it to every desk of the person's jurisdiction as a change.
#include "accesstables.h"
#include "httpreplies.h"
#include "pushedeventrules.h"
#include "redaction.h"
#include "upstreamserver.h"

#include "domain/safetext.h"
#include "sync/protocolfields.h"
#include "verification/checkapprovals.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace certdesk
{

using namespace http;

QString checkDecisionTable()
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS check_decision (event_uuid TEXT PRIMARY "
                          "KEY, id_number TEXT NOT NULL, decision TEXT NOT NULL, note TEXT NOT "
                          "NULL, decided_by TEXT NOT NULL, decided_at TEXT NOT NULL, received_at "
                          "TEXT NOT NULL)");
}

namespace
{
struct Decision {
    QString event; // the check's uuid
    bool approved = false;
    QString note;
    QString decidedAt;
};

// The request's fields, or the reason they are not acceptable.
std::optional<Decision> decisionOf(const QJsonObject &body, QString *why)
{
    Decision d;
    d.event = body.value(ProtocolField::event).toString();
    const QString decision = body.value(ProtocolField::decision).toString();
    d.note = body.value(ProtocolField::note).toString().trimmed();
    d.decidedAt = body.value(ProtocolField::at).toString();
    if (QUuid::fromString(d.event).isNull())
        *why = QStringLiteral("event: missing or not a UUID");
    else if (decision != QLatin1String("approved") && decision != QLatin1String("refused"))
        *why = QStringLiteral("decision: '%1' is not approved or refused").arg(decision.left(40));
    else if (!QDateTime::fromString(d.decidedAt, Qt::ISODateWithMs).isValid())
        *why = QStringLiteral("at: not a UTC timestamp");
    else if (decision == QLatin1String("refused") && d.note.isEmpty())
        // GD 21-22: the worker and the person are told why the county refused.
        *why = QStringLiteral("note: a refusal says why");
    else
        *why = SafeText::textProblem(QStringLiteral("note"), d.note);
    d.approved = decision == QLatin1String("approved");
    return why->isEmpty() ? std::optional<Decision>(d) : std::nullopt;
}

// Keeps the decision and appends its change, inside the route's transaction.
http::RouteAnswer decide(QSqlDatabase &db, const Caller &caller, const Decision &d, QString *error)
{
    QSqlQuery q(db);
    if (!execQuery(
            q, QStringLiteral("SELECT id_number, payload FROM event WHERE uuid = ? AND kind = ?"),
            {d.event, QString(ProtocolValue::verification)}, error))
        return {};
    // One answer for a check the server does not hold and one outside the
    // caller's jurisdiction (as for unknown people).
    const bool held = q.next();
    const QString idNumber = held ? q.value(0).toString() : QString();
    const QString method = held ? QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                      .object()
                                      .value(ProtocolField::method)
                                      .toString()
                                : QString();
    const auto codes = held ? UpstreamStore::personCodes(db, idNumber) : std::nullopt;
    if (!codes || !caller.scope.contains(*codes))
        return {404,
                QStringLiteral("unknown-event"),
                QStringLiteral("No check %1 of your jurisdiction is on the server (the desk that "
                               "recorded it pushes it first).")
                    .arg(d.event),
                {}};
    // GD 21-22: only on-site and home checks, where the region's rules ask for it.
    const PolicyProfile &profile = PushedEventRules::profileFor(db, *codes);
    if (!CheckApprovals::needsApproval(profile, method))
        return {403,
                QStringLiteral("forbidden"),
                QStringLiteral("The %1 rules ask no county approval of a %2 check.")
                    .arg(profile.id(), method),
                {}};
    if (!execQuery(q, QStringLiteral("SELECT decision FROM check_decision WHERE event_uuid = ?"),
                   {d.event}, error))
        return {};
    const QString decision = d.approved ? QStringLiteral("approved") : QStringLiteral("refused");
    if (q.next()) {
        // Sent again (an answer lost on the way): the same decision is no news;
        // the rollback of an unchanged transaction loses nothing.
        if (q.value(0).toString() == decision)
            return {200,
                    {},
                    {},
                    {{ProtocolField::event, d.event},
                     {ProtocolField::status, QString(ProtocolValue::duplicate)}}};
        return {409,
                QStringLiteral("already-decided"),
                QStringLiteral("The check %1 was %2 already; a decision is not changed.")
                    .arg(d.event, q.value(0).toString()),
                {}};
    }
    const QJsonObject data{{ProtocolField::event, d.event},     {ProtocolField::idNumber, idNumber},
                           {ProtocolField::decision, decision}, {ProtocolField::note, d.note},
                           {ProtocolField::by, caller.user},    {ProtocolField::at, d.decidedAt}};
    if (!execQuery(q,
                   QStringLiteral("INSERT INTO check_decision (event_uuid, id_number, decision, "
                                  "note, decided_by, decided_at, received_at) VALUES (?, ?, ?, ?, "
                                  "?, ?, ?)"),
                   {d.event, idNumber, decision, d.note, caller.user, d.decidedAt,
                    UpstreamStore::nowIso()},
                   error) ||
        UpstreamStore::appendChange(db, ProtocolValue::checkDecision, d.event, idNumber, *codes,
                                    data, error) == 0 ||
        !auditServer(db, caller.user, QStringLiteral("check-decision"), d.event, decision, error))
        return {};
    return {200,
            {},
            {},
            {{ProtocolField::event, d.event},
             {ProtocolField::status, QString(ProtocolValue::accepted)}}};
}
} // namespace

// {"event": "<uuid of the check>", "decision": "refused", "note": "…", "at": "…Z"}
void UpstreamServer::checkDecision(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    // The desk's Action::ApproveCheck: the district administrators (the county).
    if (caller->role != QLatin1String("admin"))
        return sendError(res, 403, QStringLiteral("forbidden"),
                         QStringLiteral("Only the county's administrators approve or refuse "
                                        "checks (GD 21-22)."));
    const auto body = parseObject(req, res);
    if (!body)
        return;
    // The decision is the decider's: a desk sends it with its own sign-in, so
    // one made there by another user is not taken as this user's.
    const QString by = body->value(ProtocolField::by).toString();
    if (!by.isEmpty() && by != caller->user)
        return sendError(
            res, 403, QStringLiteral("forbidden"),
            QStringLiteral("The decision was made by %1; only %1 sends it.").arg(by.left(64)));
    QString why;
    const auto d = decisionOf(*body, &why);
    if (!d)
        return sendError(res, 400, QStringLiteral("invalid"), why);
    writeRoute(m_store, res, QStringLiteral("check decision"),
               [&](QSqlDatabase &db, QString *error) { return decide(db, *caller, *d, error); });
}

} // namespace certdesk
