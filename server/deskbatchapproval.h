#pragma once

#include "upstreamstore.h"

#include "domain/policyprofile.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace certdesk
{

// GD 9 (两级审批) for a big-data import a desk made: the approvers approve the
// desk's batch here, on the server (POST /v1/import-approvals, named by the
// uuid the desk gave the batch), and a pushed certification of the batch counts
// only the approvals stored here (table desk_batch_approval, insert only), not
// the names the desk sends. The rule itself is BigDataCertification::batchProblem
// on ApprovalLevels; this adds where the approvals come from.
namespace DeskBatchApproval
{
// The statements that create its tables (both dialects).
QStringList createStatements();
// Records `caller`'s approval of the desk batch `batchUuid` that marks
// `qualified` people qualified and was submitted on the desk by `submittedBy`.
// Refused (false, *refused a sentence) for a user who may not approve it:
// not a supervisor or administrator, its submitter, at the wrong level for the
// approvals before (street, then county), above the cap. A user's second
// approval of the same batch changes nothing and is answered like the first.
// *answer lists the approvals in order. A store failure sets *error.
bool approve(QSqlDatabase &db, const Caller &caller, const QString &batchUuid, int qualified,
             const QString &submittedBy, QJsonObject *answer, QString *refused, QString *error);
// Why a pushed big-data certification of a Guangdong person may not count
// (its batch not approved here at the levels required, above the cap or
// above the number approved), or empty; then the event is counted against its
// batch (desk_batch_event), inside the event's savepoint. A store failure sets
// *error.
QString problem(QSqlDatabase &db, const Caller &caller, const QJsonObject &event,
                const PolicyProfile &profile, const ScopeCodes &codes, QString *error);
} // namespace DeskBatchApproval

} // namespace certdesk
