// certdesk-cli: everything the GUI does that is not presentation, for scripts,
// tests and benchmarks. Output is JSON lines (documented in docs/cli.md).
#include "clicommon.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

using namespace certdesk;

namespace
{
struct Entry {
    const char *name;
    cli::Command run;
    const char *summary;
};
const Entry kCommands[] = {
    {"demo", cli::runDemo, "create a database with synthetic recipients"},
    {"check-id", cli::runCheckId, "validate resident ID numbers"},
    {"period", cli::runPeriod, "compute a certification service period and its band"},
    {"visit-due", cli::runVisitDue, "due date of a home visit in working days"},
    {"ledger", cli::runLedger, "rows or counts of a work list"},
    {"record", cli::runRecord, "record a check of one person (with evidence photos)"},
    {"events", cli::runEvents, "a person's recorded checks"},
    {"batch-pass", cli::runBatchPass, "the same check for every paid person of a node, one batch"},
    {"clean-evidence", cli::runCleanEvidence, "delete evidence files of interrupted saves"},
    {"archive", cli::runArchive, "the month's archive volume (PDF) and electronic bundle (zip)"},
    {"verify-bundle", cli::runVerifyBundle, "re-check an electronic bundle against its manifest"},
    {"public-notice", cli::runPublicNotice, "the annual public-notice list as PDF"},
    {"print-list", cli::runPrintList, "a work list or ledger as a PDF table"},
    {"export", cli::runExport, "a work list or ledger as XLSX or CSV"},
    {"import", cli::runImport,
     "big-data comparison results from CSV or XLSX, validated row by row"},
    {"import-approve", cli::runImportApprove,
     "approve a pending import batch (two-level approval)"},
    {"verify-audit", cli::runVerifyAudit, "check the audit trail's hash chain"},
    {"audit", cli::runAudit, "audit trail entries, filtered (JSON lines or CSV)"},
    {"add-user", cli::runAddUser, "create a user account"},
    {"lifecycle", cli::runLifecycle,
     "steps due in a month (fail, suspend, resume, stop, seal); --confirm records them"},
    {"lifecycle-record", cli::runLifecycleRecord,
     "record one lifecycle step (objection, back pay, repayment, ...)"},
    {"lifecycle-events", cli::runLifecycleEvents, "a person's lifecycle steps and status"},
    {"lifecycle-paper", cli::runLifecyclePaper,
     "a person's repayment notice or back-pay form as HTML"},
    {"overpay", cli::runOverpay, "months and amount overpaid after a death or imprisonment"},
    {"sync", cli::runSync, "push recorded checks and pull changes from the upstream server"},
    {"sync-status", cli::runSyncStatus, "what waits to be synchronised, and the last sync"},
    {"sync-export", cli::runSyncExport, "write the outbox into a signed, encrypted USB package"},
    {"sync-import-roster", cli::runSyncImportRoster, "apply a roster package made by the server"},
    {"sync-conflicts", cli::runSyncConflicts,
     "conflicts flagged by the server within the user's node"},
    {"sync-resolve", cli::runSyncResolve,
     "decide a sync conflict (supervisors; sent at the next sync)"},
    {"backup", cli::runBackup,
     "back up the database and evidence into one verified .cdbackup file"},
    {"verify-backup", cli::runVerifyBackup,
     "check a .cdbackup file entry by entry and its database"},
    {"restore", cli::runRestore,
     "replace the database and evidence with a verified backup (current data kept aside)"},
    {"check-approvals", cli::runCheckApprovals,
     "checks waiting for the county's approval (GD 21-22), overdue ones marked"},
    {"approve-check", cli::runApproveCheck, "approve or refuse a check for the county"},
    {"approve-step", cli::runApproveStep,
     "approve a payment step that names you, on the district server"},
};

// Commands that write documents for people: in their language, and those laying
// out text need fonts, which need a QGuiApplication (offscreen without a display).
bool paintsDocuments(const QString &command)
{
    return command == QLatin1String("archive") || command == QLatin1String("public-notice") ||
           command == QLatin1String("print-list") || command == QLatin1String("export") ||
           command == QLatin1String("lifecycle-paper");
}

int usage(FILE *out)
{
    std::fputs(
        "usage: certdesk-cli COMMAND [options]   (COMMAND --help for its options)\n\ncommands:\n",
        out);
    for (const Entry &e : kCommands)
        std::fprintf(out, "  %-14s %s\n", e.name, e.summary);
    return out == stdout ? 0 : 2;
}
} // namespace

int main(int argc, char *argv[])
{
    const bool gui = argc > 1 && paintsDocuments(QString::fromLocal8Bit(argv[1]));
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv)
                                              : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QStringList args = QCoreApplication::arguments();
    if (gui) {
        // Documents are printed in the user's language: Chinese unless --lang en.
        QString language = QStringLiteral("zh_CN");
        const qsizetype at = args.indexOf(QStringLiteral("--lang"));
        if (at > 1 && at + 1 < args.size()) {
            language = args.at(at + 1);
            args.remove(at, 2);
        }
        if (!installTranslations(*app, language)) {
            cli::printError(QStringLiteral("--lang: '%1' is not one of %2")
                                .arg(language, shippedLanguages().join(QStringLiteral(", "))));
            return 2;
        }
    }
    if (args.size() < 2)
        return usage(stderr);
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help"))
        return usage(stdout);
    for (const Entry &e : kCommands) {
        if (command == QLatin1String(e.name))
            return e.run(args.mid(1));
    }
    cli::printError(QStringLiteral("unknown command '%1'").arg(command));
    return usage(stderr);
}
