#include "pushedeventrules.h"

#include "deskbatchapproval.h"

#include "domain/localtoday.h"
#include "domain/policyprofile.h"
#include "domain/stepamounts.h"
#include "sync/incomingevent.h"
#include "sync/protocolfields.h"
#include "verification/bigdatacertification.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <map>
#include <mutex>

namespace certdesk
{

namespace
{
// The server's "today" for the rules: its own date, a day ahead so a desk whose
// clock is a little ahead (or in another time zone) is not refused.
QDate today()
{
    return localToday().addDays(1);
}

} // namespace

const PolicyProfile &PushedEventRules::profileNamed(const QString &id)
{
    static std::mutex mutex;
    static std::map<QString, PolicyProfile> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(id);
    if (it == cache.end()) {
        auto loaded = PolicyProfile::builtin(id);
        if (!loaded)
            loaded = PolicyProfile::builtin(PolicyProfile::defaultId());
        it = cache.emplace(id, *loaded).first;
    }
    return it->second;
}

namespace
{
// The person's steps the server holds, oldest first.
QList<LifecycleEvent> storedSteps(const PersonOnServer &held)
{
    QList<LifecycleEvent> out;
    for (const QJsonObject &payload : held.steps) {
        QString ignored;
        const auto e = IncomingEvent::lifecycle(payload, &ignored);
        if (e)
            out.append(*e);
    }
    std::stable_sort(out.begin(), out.end(), IncomingEvent::stepsInOrder);
    return out;
}

// The person's monthly amounts in force month by month, from the roster rows the
// server has sent (each recipient change, in order, with the day it was made):
// a repayment notice counts each month at what was paid in it (UR 八(二)), as
// the desk does from its benefit_amount table.
bool storedAmounts(QSqlDatabase &db, const QString &idNumber, const Recipient &person,
                   QMap<QDate, Money> *out, QString *error)
{
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("SELECT data, created_at FROM change WHERE type = ? AND key = ? "
                                  "ORDER BY seq"),
                   {QString(ProtocolValue::recipient), idNumber}, error))
        return false;
    QList<std::pair<QDate, Money>> arrivals;
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        arrivals.append(
            {QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toLocalTime().date(),
             Money(data.value(ProtocolField::monthlyBenefitFen).toInteger())});
    }
    *out = StepAmounts::historyFrom(person.benefitStart, arrivals);
    return true;
}

// Whether `approver` approved `uuid` here and may approve: supervisor or admin,
// the duty approve-benefit, not disabled, the person in their jurisdiction.
QString approvalProblem(QSqlDatabase &db, const Caller &caller, const LifecycleEvent &e,
                        const ScopeCodes &codes, QString *error)
{
    if (e.approvedBy == caller.user)
        return QStringLiteral("approvedBy: the user who pushes a step cannot approve it");
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("SELECT a.approver, u.role, u.scope_code FROM approval a JOIN "
                                  "users u ON u.name = a.approver WHERE a.event_uuid = ? AND "
                                  "a.approver = ? AND NOT EXISTS (SELECT 1 FROM user_disabled d "
                                  "WHERE d.user_name = a.approver) AND EXISTS (SELECT 1 FROM "
                                  "user_duty t WHERE t.user_name = a.approver AND t.duty = "
                                  "'approve-benefit')"),
                   {e.uuid, e.approvedBy}, error))
        return {};
    if (!q.next())
        return QStringLiteral("approvedBy: '%1' has not approved this step on the server (a "
                              "supervisor or administrator with the duty approve-benefit "
                              "approves it there first)")
            .arg(e.approvedBy);
    const auto scope = UpstreamStore::scopeOf(db, q.value(2).toString());
    if (!scope || !scope->contains(codes))
        return QStringLiteral("approvedBy: the person is outside the approver's jurisdiction");
    return {};
}
} // namespace

const PolicyProfile &PushedEventRules::profileFor(QSqlDatabase &db, const ScopeCodes &codes)
{
    QSqlQuery q(db);
    QString error;
    for (const QString &code : {codes.community, codes.street, codes.district}) {
        if (code.isEmpty())
            continue;
        if (execQuery(q, QStringLiteral("SELECT profile FROM region_profile WHERE code = ?"),
                      {code}, &error) &&
            q.next())
            return profileNamed(q.value(0).toString());
    }
    return profileNamed(PolicyProfile::defaultId());
}

QString PushedEventRules::problem(QSqlDatabase &db, const Caller &caller, const QJsonObject &event,
                                  const PersonOnServer &held, QString *error)
{
    const QString text = IncomingEvent::textProblem(event);
    if (!text.isEmpty())
        return text;
    const QString kind = event.value(ProtocolField::kind).toString();
    if (kind == ProtocolValue::resolution)
        return {}; // decided by EventIngest::resolve against the conflict
    const QString idNumber = event.value(ProtocolField::idNumber).toString();
    const ScopeCodes &codes = held.codes;
    Recipient person = IncomingEvent::person(held.row);
    const QList<LifecycleEvent> steps = storedSteps(held);
    QString decodeProblem;
    if (kind == ProtocolValue::verification) {
        const auto check = IncomingEvent::verification(event, &decodeProblem);
        if (!check)
            return decodeProblem;
        person.benefitStatus = BenefitLifecycle::key(BenefitLifecycle::replay(steps).status);
        const PolicyProfile &profile = *held.profile;
        if (check->method == VerificationMethod::BigData &&
            BigDataCertification::batchesAreRuled(profile)) {
            QString failure;
            // GD 9: the batch approved on this server (DeskBatchApproval).
            const QString batch =
                DeskBatchApproval::problem(db, caller, event, profile, codes, &failure);
            if (!failure.isEmpty()) {
                *error = failure;
                return {};
            }
            if (!batch.isEmpty())
                return batch;
        }
        return IncomingEvent::checkProblem(*check, person, profile, today());
    }
    const auto step = IncomingEvent::lifecycle(event, &decodeProblem);
    if (!step)
        return decodeProblem;
    // The state the steps before this one add up to (by step date, then when
    // they were recorded), whatever order they arrived in.
    QList<LifecycleEvent> before;
    for (const LifecycleEvent &s : std::as_const(steps)) {
        if (IncomingEvent::stepsInOrder(s, *step))
            before.append(s);
    }
    QMap<QDate, Money> amounts;
    if (step->kind == LifecycleKind::OverpaymentNotice &&
        !storedAmounts(db, idNumber, person, &amounts, error))
        return {};
    const QString refused = IncomingEvent::stepProblem(BenefitLifecycle::replay(before), *step,
                                                       person, today(), amounts);
    if (!refused.isEmpty())
        return refused;
    if (!step->approvedBy.trimmed().isEmpty())
        return approvalProblem(db, caller, *step, codes, error);
    return {};
}

bool PushedEventRules::approve(QSqlDatabase &db, const Caller &approver, const QString &eventUuid,
                               const QString &idNumber, const QString &step, QString *error)
{
    if (approver.role != QLatin1String("supervisor") && approver.role != QLatin1String("admin")) {
        *error = QStringLiteral("only a supervisor or an administrator approves payment steps");
        return false;
    }
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("SELECT 1 FROM user_duty WHERE user_name = ? AND duty = "
                                  "'approve-benefit'"),
                   {approver.user}, error))
        return false;
    if (!q.next()) {
        *error = QStringLiteral("%1 does not hold the duty approve-benefit").arg(approver.user);
        return false;
    }
    const auto codes = UpstreamStore::personCodes(db, idNumber);
    if (!codes || !approver.scope.contains(*codes)) {
        *error = QStringLiteral("idNumber: not a person of your jurisdiction");
        return false;
    }
    if (!BenefitLifecycle::kindFromKey(step)) {
        *error = QStringLiteral("step: '%1' is not a payment step").arg(step);
        return false;
    }
    return execQuery(q,
                     QStringLiteral("INSERT INTO approval (event_uuid, id_number, step, approver, "
                                    "approved_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_uuid) "
                                    "DO NOTHING"),
                     {eventUuid, idNumber, step, approver.user, UpstreamStore::nowIso()}, error);
}

} // namespace certdesk
