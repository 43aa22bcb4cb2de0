#include "deskbatchapproval.h"

#include "pushedeventrules.h"

#include "domain/approvallevels.h"
#include "sync/protocolfields.h"
#include "verification/bigdatacertification.h"

#include <QJsonArray>
#include <QUuid>
#include <algorithm>

namespace certdesk
{

namespace
{
bool isApprover(const QString &role)
{
    return role == QLatin1String("supervisor") || role == QLatin1String("admin");
}

// The codes of a node and its ancestors, as a person's codes are laid out, so
// that PushedEventRules::profileFor finds the node's region.
ScopeCodes codesOf(const TokenScope &scope)
{
    QStringList chain{scope.code};
    chain += scope.ancestors;
    ScopeCodes codes;
    QString *fields[] = {&codes.district, &codes.street, &codes.community};
    for (int i = 0; i < chain.size() && scope.level - 1 - i >= 0; ++i)
        *fields[scope.level - 1 - i] = chain.at(i);
    return codes;
}

struct Given {
    QString user;
    int qualified = 0;
};

// The approvals stored for a batch, in the order they were given.
bool approvalsOf(QSqlDatabase &db, const QString &batchUuid, QList<Given> *out, QString *error)
{
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("SELECT user_name, qualified FROM desk_batch_approval WHERE "
                                  "batch_uuid = ? ORDER BY approved_at, level DESC"),
                   {batchUuid}, error))
        return false;
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toInt()});
    return true;
}

QJsonObject answerOf(const QString &batchUuid, const QList<Given> &given, int needed)
{
    QJsonArray users;
    for (const Given &g : given)
        users.append(g.user);
    return {{QStringLiteral("batch"), batchUuid},
            {QStringLiteral("approvedBy"), users},
            {QStringLiteral("needed"), needed}};
}
} // namespace

QStringList DeskBatchApproval::createStatements()
{
    // Insert only: an approval is never changed or taken back.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS desk_batch_approval (batch_uuid TEXT NOT "
                           "NULL, user_name TEXT NOT NULL, level INTEGER NOT NULL, qualified "
                           "INTEGER NOT NULL, submitted_by TEXT NOT NULL, approved_at TEXT NOT "
                           "NULL, PRIMARY KEY (batch_uuid, user_name))"),
            // The certifications of each batch taken so far.
            QStringLiteral("CREATE TABLE IF NOT EXISTS desk_batch_event (batch_uuid TEXT NOT NULL, "
                           "event_uuid TEXT NOT NULL, PRIMARY KEY (batch_uuid, event_uuid))")};
}

bool DeskBatchApproval::approve(QSqlDatabase &db, const Caller &caller, const QString &batchUuid,
                                int qualified, const QString &submittedBy, QJsonObject *answer,
                                QString *refused, QString *error)
{
    const auto refuse = [&](const QString &why) {
        *refused = why;
        return false;
    };
    if (!isApprover(caller.role))
        return refuse(QStringLiteral("only a supervisor or an administrator approves an import"));
    if (QUuid::fromString(batchUuid).isNull())
        return refuse(QStringLiteral("batch: '%1' is not a UUID").arg(batchUuid.left(64)));
    if (submittedBy.trimmed().isEmpty())
        return refuse(QStringLiteral("submittedBy: missing"));
    // GD 9: the batch is approved by others than the one who submitted it.
    if (submittedBy == caller.user)
        return refuse(QStringLiteral("you submitted this batch; other users approve it"));
    const PolicyProfile &profile = PushedEventRules::profileFor(db, codesOf(caller.scope));
    if (!BigDataCertification::batchesAreRuled(profile))
        return refuse(QStringLiteral("not set by the %1 rules: imports need no approval there")
                          .arg(profile.id()));
    // GD 9: at most 2,000 qualified people in one batch.
    const int cap = profile.qualifiedImportCap();
    if (qualified < 1 || (cap > 0 && qualified > cap))
        return refuse(QStringLiteral("qualified: %1 people; the %2 rules allow 1 to %3 in one "
                                     "batch")
                          .arg(qualified)
                          .arg(profile.id())
                          .arg(cap));
    QList<Given> given;
    if (!approvalsOf(db, batchUuid, &given, error))
        return false;
    const int needed = profile.qualifiedImportApprovals();
    const bool again = std::any_of(given.begin(), given.end(),
                                   [&](const Given &g) { return g.user == caller.user; });
    if (again) {
        *answer = answerOf(batchUuid, given, needed);
        return true;
    }
    if (!given.isEmpty() && given.first().qualified != qualified)
        return refuse(QStringLiteral("qualified: the batch was approved for %1 people, not %2")
                          .arg(given.first().qualified)
                          .arg(qualified));
    // GD 9 两级审批: the street's approval, then the county's.
    const QString level = ApprovalLevels::refusal(profile.qualifiedImportLevels(),
                                                  int(given.size()), caller.scope.level);
    if (!level.isEmpty())
        return refuse(level);
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("INSERT INTO desk_batch_approval (batch_uuid, user_name, level, "
                                  "qualified, submitted_by, approved_at) VALUES (?, ?, ?, ?, ?, "
                                  "?)"),
                   {batchUuid, caller.user, caller.scope.level, qualified, submittedBy,
                    UpstreamStore::nowIso()},
                   error))
        return false;
    given.append({caller.user, qualified});
    *answer = answerOf(batchUuid, given, needed);
    return true;
}

QString DeskBatchApproval::problem(QSqlDatabase &db, const Caller &caller, const QJsonObject &event,
                                   const PolicyProfile &profile, const ScopeCodes &codes,
                                   QString *error)
{
    const QString batchUuid = event.value(ProtocolField::batchUuid).toString();
    if (QUuid::fromString(batchUuid).isNull() ||
        !event.value(ProtocolField::batchQualified).isDouble())
        return QStringLiteral("importBatch: under the %1 rules (GD 9) a big-data certification "
                              "names its import batch (batchUuid) with the batch's size "
                              "(batchQualified)")
            .arg(profile.id());
    QList<Given> given;
    if (!approvalsOf(db, batchUuid, &given, error))
        return {};
    QSqlQuery q(db);
    // Every certification of the batch already taken counts against the cap and
    // against the number the approvers approved.
    if (!execQuery(q, QStringLiteral("SELECT count(*) FROM desk_batch_event WHERE batch_uuid = ?"),
                   {batchUuid}, error) ||
        !q.next())
        return {};
    const int taken = q.value(0).toInt() + 1;
    int qualified = std::max(event.value(ProtocolField::batchQualified).toInt(), taken);
    if (!given.isEmpty()) {
        if (taken > given.first().qualified)
            return QStringLiteral("batchUuid: the batch was approved on the server for %1 "
                                  "people qualified; this would be certification %2")
                .arg(given.first().qualified)
                .arg(taken);
        qualified = std::max(qualified, given.first().qualified);
    }
    QList<int> levels;
    for (const Given &g : std::as_const(given)) {
        if (g.user == caller.user)
            return QStringLiteral("batchApprovals: the user who pushes a batch cannot approve it");
        if (!execQuery(q,
                       QStringLiteral("SELECT u.role, j.level, u.scope_code FROM users u JOIN "
                                      "jurisdiction j ON j.code = u.scope_code WHERE u.name = ? "
                                      "AND NOT EXISTS (SELECT 1 FROM user_disabled d WHERE "
                                      "d.user_name = u.name)"),
                       {g.user}, error))
            return {};
        if (!q.next() || !isApprover(q.value(0).toString()))
            return QStringLiteral("batchApprovals: '%1' is no longer a supervisor or "
                                  "administrator of this server")
                .arg(g.user);
        const auto scope = UpstreamStore::scopeOf(db, q.value(2).toString());
        if (!scope || !scope->contains(codes))
            return QStringLiteral("batchApprovals: the person is outside %1's jurisdiction")
                .arg(g.user);
        levels.append(q.value(1).toInt());
    }
    const QString refused = BigDataCertification::batchProblem(profile, qualified, levels);
    if (refused.isEmpty()) {
        // Counted against the batch; inside the event's savepoint, so an event
        // refused later (evidence missing) takes its count back.
        if (!execQuery(q,
                       QStringLiteral("INSERT INTO desk_batch_event (batch_uuid, event_uuid) "
                                      "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                       {batchUuid, event.value(ProtocolField::uuid).toString()}, error))
            return {};
        return {};
    }
    if (levels.size() >= profile.qualifiedImportApprovals())
        return refused;
    // Approvals count only when given here: names the desk sends are not enough.
    return QStringLiteral("%1 Only approvals given on the server count (certdesk-cli "
                          "import-approve, or the window's import batches waiting for approval).")
        .arg(refused);
}

} // namespace certdesk
