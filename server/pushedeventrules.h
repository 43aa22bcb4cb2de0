#pragma once

#include "eventingest.h"
#include "pushcontext.h"

#include "domain/policyprofile.h"

#include <QJsonObject>
#include <QString>

namespace certdesk
{

// The desk's rules, applied by the server to every pushed event (issue 16
// point 1) through models' IncomingEvent: the check rules of the person's
// region, the payment-step state machine over the steps the server holds, the
// amounts from the recorded monthly amount, plain text. An approver is a user
// of this server with the role and the duty to approve, who approved the step
// here (POST /v1/approvals) and is not the one pushing it.
namespace PushedEventRules
{
// The rule `event` breaks (a sentence naming it), or empty, judged against
// what the server holds for the person (PushContext). A store failure sets
// *error (and the answer is empty).
QString problem(QSqlDatabase &db, const Caller &caller, const QJsonObject &event,
                const PersonOnServer &person, QString *error);
// The profile of the region a person lives in: the nearest node of community,
// street and district with a profile set (add-jurisdiction --profile), else
// the default (qingdao).
const PolicyProfile &profileFor(QSqlDatabase &db, const ScopeCodes &codes);
// A built-in profile by id (kept once loaded); the default for an unknown id.
const PolicyProfile &profileNamed(const QString &id);
// Records that `approver` approved the step `eventUuid` of `idNumber`; false
// with *error (a sentence) when they may not.
bool approve(QSqlDatabase &db, const Caller &approver, const QString &eventUuid,
             const QString &idNumber, const QString &step, QString *error);
} // namespace PushedEventRules

} // namespace certdesk
