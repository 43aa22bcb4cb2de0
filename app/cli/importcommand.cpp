// certdesk-cli import: big-data comparison results (CSV or XLSX) into the roster,
// validated row by row; nothing is written while any row has a problem.
#include "clicommon.h"

#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "io/bigdataimport.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "store/database.h"
#include "sync/serverapproval.h"

#include <QFileInfo>
#include <QJsonValue>

namespace certdesk
{

int cli::runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Import big-data comparison results (CSV in UTF-8 or GB18030, or XLSX): "
                       "a validation report per row, then one transaction."));
    p.addOption(dbOption());
    p.addOption(
        {QStringLiteral("file"), QStringLiteral("the CSV or XLSX file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("encoding"),
                 QStringLiteral("CSV encoding: UTF-8 or GB18030 (default: detected)"),
                 QStringLiteral("E")});
    p.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("validate and report only; write nothing")});
    p.addOption({QStringLiteral("today"),
                 QStringLiteral(
                     "reference date (default: today); its month is used when the file has none"),
                 QStringLiteral("YYYY-MM-DD")});
    addUserOptions(p);
    if (!parse(p, args) || !requireOptions(p, QStringLiteral("import"),
                                           {QStringLiteral("db"), QStringLiteral("file")}))
        return 2;
    const QString encoding = p.value(QStringLiteral("encoding")).toUpper();
    if (!encoding.isEmpty() && encoding != QLatin1String("UTF-8") &&
        encoding != QLatin1String("GB18030")) {
        printError(QStringLiteral("--encoding: '%1' is not UTF-8 or GB18030")
                       .arg(p.value(QStringLiteral("encoding"))));
        return 2;
    }
    QDate today;
    if (!todayOption(p, &today))
        return 2;
    Acting acting;
    if (!openActing(p, QStringLiteral("import"), &acting))
        return 1;
    const Database &db = *acting.db;
    const PolicyProfile &profile = *acting.profile;
    const Session &session = acting.session;
    QString error;
    const QString file = p.value(QStringLiteral("file"));
    const auto table = TableReader::read(file, encoding, &error);
    if (!table) {
        printError(error);
        return 1;
    }
    const BigDataImport importer(db, profile);
    const ImportPlan plan = importer.validate(*table, ImportMapping::guess(table->headers), today);
    for (const ImportProblem &problem : plan.problems)
        printJson({{QStringLiteral("row"), problem.row},
                   {QStringLiteral("column"), problem.column},
                   {QStringLiteral("problem"), problem.reason}});
    bool write =
        plan.problems.isEmpty() && !p.isSet(QStringLiteral("dry-run")) && !plan.changes.isEmpty();
    qint64 batch = 0;
    if (write) {
        // Logged first through the gate: no import lands without its trace.
        if (!authorize(
                *acting.workspace, Action::Import,
                AccessTarget::none().logAs(AuditAction::Import, QFileInfo(file).fileName(),
                                           QStringLiteral("%1 changes").arg(plan.changes.size()))))
            return 1;
        const BigDataImport::Outcome outcome =
            importer.submit(plan, QFileInfo(file).fileName(), session, &batch, &error);
        if (outcome == BigDataImport::Outcome::Refused) {
            printError(error);
            return 1;
        }
        write = outcome == BigDataImport::Outcome::Applied;
    }
    printJson({{QStringLiteral("file"), file},
               {QStringLiteral("format"), table->format},
               {QStringLiteral("encoding"), table->encoding},
               {QStringLiteral("rows"), plan.rows},
               {QStringLiteral("problems"), plan.problems.size()},
               {QStringLiteral("changes"), plan.changes.size()},
               {QStringLiteral("unchanged"), plan.unchanged},
               {QStringLiteral("qualified"), plan.qualified},
               {QStringLiteral("written"), write},
               {QStringLiteral("pendingBatch"), batch > 0 ? QJsonValue(batch) : QJsonValue()}});
    return plan.problems.isEmpty() ? 0 : 1;
}

int cli::runImportApprove(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Approve a pending import batch (profiles that require approvals of "
                       "imports marking people qualified); the last approval applies it. Where "
                       "the desk has a district server, the approval is given there first (GD 9: "
                       "the server counts only approvals given there), signed in as --user "
                       "(password from --server-password-file or CERTDESK_SERVER_PASSWORD)."));
    p.addOption(dbOption());
    p.addOption({QStringLiteral("batch"), QStringLiteral("the batch number import printed"),
                 QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("server-password-file"),
         QStringLiteral("file holding your server password (else CERTDESK_SERVER_PASSWORD)"),
         QStringLiteral("FILE")});
    addUserOptions(p);
    if (!parse(p, args) || !requireOptions(p, QStringLiteral("import-approve"),
                                           {QStringLiteral("db"), QStringLiteral("batch")}))
        return 2;
    bool ok = false;
    const qint64 batch = p.value(QStringLiteral("batch")).toLongLong(&ok);
    if (!ok || batch <= 0) {
        printError(QStringLiteral("--batch: '%1' is not a batch number")
                       .arg(p.value(QStringLiteral("batch"))));
        return 2;
    }
    Acting acting;
    if (!openActing(p, QStringLiteral("import-approve"), &acting))
        return 1;
    const Database &db = *acting.db;
    const PolicyProfile &profile = *acting.profile;
    const Session &session = acting.session;
    QString error;
    bool applied = false;
    int approvals = 0;
    if (!authorize(*acting.workspace, Action::Import,
                   AccessTarget::none().logAs(AuditAction::Import,
                                              QStringLiteral("approve batch %1").arg(batch))))
        return 1;
    const BigDataImport importer(db, profile);
    const SyncSettings sync = SyncSettings::load(db);
    if (ServerApproval::batchNeedsServer(profile, sync)) {
        const auto pending = importer.pendingBatch(batch, &error);
        if (!pending) {
            printError(QStringLiteral("import-approve: %1").arg(error));
            return 1;
        }
        const SyncReport r =
            ServerApproval::approveBatch(sync, session.user().username, serverPassword(p),
                                         {pending->uuid, pending->qualified, pending->submittedBy});
        if (r.outcome != SyncReport::Outcome::Ok) {
            printError(QStringLiteral("import-approve: %1").arg(r.message));
            return 1;
        }
    }
    if (!importer.approve(batch, session, &applied, &approvals, &error)) {
        printError(error);
        return 1;
    }
    printJson({{QStringLiteral("batch"), batch},
               {QStringLiteral("approvals"), approvals},
               {QStringLiteral("needed"), profile.qualifiedImportApprovals()},
               {QStringLiteral("applied"), applied}});
    return 0;
}

} // namespace certdesk
