// certdesk-cli check-approvals / approve-check: the county's approval of on-site
// and home checks within 1 working day (GD 21-22), the overdue ones marked.
// approve-step: a supervisor approves a payment step on the district server.
#include "clicommon.h"

#include "domain/idnumber.h"
#include "sync/serverapproval.h"
#include "verification/checkapprovals.h"
#include "workspace/workspace.h"

#include <QJsonObject>

namespace certdesk
{

int cli::runCheckApprovals(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Checks waiting for the county's approval (GD 21-22: within 1 working "
                       "day), oldest due first; one JSON line each. --overdue: only those past "
                       "their day."));
    p.addOption(dbOption());
    p.addOption({QStringLiteral("overdue"), QStringLiteral("only the overdue approvals")});
    p.addOption({QStringLiteral("today"), QStringLiteral("reference date (default: today)"),
                 QStringLiteral("YYYY-MM-DD")});
    addUserOptions(p);
    if (!parse(p, args) ||
        !requireOptions(p, QStringLiteral("check-approvals"), {QStringLiteral("db")}))
        return 2;
    QDate today;
    if (!todayOption(p, &today))
        return 2;
    Acting acting;
    if (!openActing(p, QStringLiteral("check-approvals"), &acting))
        return 1;
    if (acting.profile->countyCheckApprovalWorkingDays() <= 0) {
        printError(QStringLiteral("check-approvals: not set by the %1 rules (no county approval "
                                  "of checks)")
                       .arg(acting.profile->id()));
        return 1;
    }
    QString error;
    const CheckApprovals approvals(*acting.db, *acting.profile);
    const QList<PendingApproval> open = approvals.pending(acting.session, today, &error);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    const bool onlyOverdue = p.isSet(QStringLiteral("overdue"));
    for (const PendingApproval &a : open) {
        if (onlyOverdue && !a.overdue)
            continue;
        printJson(QJsonObject{{QStringLiteral("event"), a.eventUuid},
                              {QStringLiteral("name"), a.name},
                              {QStringLiteral("idNumber"), IdNumber::mask(a.idNumber)},
                              {QStringLiteral("method"), a.method},
                              {QStringLiteral("checkDate"), isoOrNull(a.checkDate)},
                              {QStringLiteral("worker"), a.worker},
                              {QStringLiteral("due"), isoOrNull(a.due)},
                              {QStringLiteral("overdue"), a.overdue}});
    }
    return 0;
}

int cli::runApproveCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Approve (or --refuse, saying why with --note) a check waiting for the "
                       "county (GD 21-22); a refused check certifies nothing."));
    p.addOption(dbOption());
    p.addOption(
        {QStringLiteral("event"), QStringLiteral("the check's uuid"), QStringLiteral("UUID")});
    p.addOption({QStringLiteral("refuse"), QStringLiteral("refuse instead of approving")});
    p.addOption({QStringLiteral("note"), QStringLiteral("why"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("today"), QStringLiteral("reference date (default: today)"),
                 QStringLiteral("YYYY-MM-DD")});
    addUserOptions(p);
    if (!parse(p, args) || !requireOptions(p, QStringLiteral("approve-check"),
                                           {QStringLiteral("db"), QStringLiteral("event")}))
        return 2;
    QDate today;
    if (!todayOption(p, &today))
        return 2;
    Acting acting;
    if (!openActing(p, QStringLiteral("approve-check"), &acting))
        return 1;
    QString error;
    const bool approve = !p.isSet(QStringLiteral("refuse"));
    if (!CheckApprovals(*acting.db, *acting.profile)
             .decide(p.value(QStringLiteral("event")), approve, p.value(QStringLiteral("note")),
                     acting.session, today, &error)) {
        printError(error);
        return 1;
    }
    printJson(QJsonObject{{QStringLiteral("event"), p.value(QStringLiteral("event"))},
                          {QStringLiteral("decision"),
                           approve ? QStringLiteral("approved") : QStringLiteral("refused")}});
    return 0;
}

int cli::runApproveStep(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Approve, on the district server, a payment step recorded on this desk that names you "
        "as its approver (unsealing: QD 26, GD 9). Signs in to the desk's server as --user "
        "(password from --server-password-file or CERTDESK_SERVER_PASSWORD); the desk's next "
        "sync then pushes the step and the server accepts it."));
    p.addOption(dbOption());
    p.addOption(
        {QStringLiteral("event"), QStringLiteral("the step's uuid"), QStringLiteral("UUID")});
    p.addOption(
        {QStringLiteral("server-password-file"),
         QStringLiteral("file holding your server password (else CERTDESK_SERVER_PASSWORD)"),
         QStringLiteral("FILE")});
    addUserOptions(p);
    if (!parse(p, args) || !requireOptions(p, QStringLiteral("approve-step"),
                                           {QStringLiteral("db"), QStringLiteral("event")}))
        return 2;
    Acting acting;
    if (!openActing(p, QStringLiteral("approve-step"), &acting))
        return 1;
    QString error;
    const auto step = ServerApproval::find(*acting.db, p.value(QStringLiteral("event")), &error);
    if (!step) {
        printError(QStringLiteral("approve-step: %1").arg(error));
        return 1;
    }
    // The approver decides on a payment step of a person in their jurisdiction,
    // with the duty for payment steps (the server checks the same again).
    if (!authorize(*acting.workspace, Action::RecordPaymentStep,
                   AccessTarget::person(step->recipientId)))
        return 1;
    const QString user = acting.session.user().username;
    const QString wrong = ServerApproval::mismatch(*step, user);
    if (!wrong.isEmpty()) {
        printError(QStringLiteral("approve-step: %1").arg(wrong));
        return 1;
    }
    const SyncReport r =
        ServerApproval::approve(SyncSettings::load(*acting.db), user, serverPassword(p), *step);
    if (r.outcome != SyncReport::Outcome::Ok) {
        printError(QStringLiteral("approve-step: %1").arg(r.message));
        return 1;
    }
    printJson(QJsonObject{{QStringLiteral("event"), step->uuid},
                          {QStringLiteral("step"), step->kind},
                          {QStringLiteral("approvedBy"), user}});
    return 0;
}

} // namespace certdesk
