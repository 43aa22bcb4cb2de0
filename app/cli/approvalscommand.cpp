// certdesk-cli check-approvals / approve-check: the county's approval of on-site
// and home checks within 1 working day (GD 21-22), the overdue ones marked.
#include "clicommon.h"

#include "domain/idnumber.h"
#include "verification/checkapprovals.h"

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

} // namespace certdesk
