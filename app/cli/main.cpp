// certdesk-cli: everything the GUI does that is not presentation, for scripts,
// tests and benchmarks. Output is JSON lines (documented in docs/cli.md).
#include "clicommon.h"

#include <QCoreApplication>
#include <cstdio>

namespace {
struct Entry
{
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
    {"clean-evidence", cli::runCleanEvidence, "delete evidence files of interrupted saves"},
    {"lifecycle", cli::runLifecycle, "steps due in a month (fail, suspend, resume, stop, seal); --confirm records them"},
    {"lifecycle-record", cli::runLifecycleRecord, "record one lifecycle step (objection, back pay, repayment, ...)"},
    {"lifecycle-events", cli::runLifecycleEvents, "a person's lifecycle steps and status"},
    {"lifecycle-paper", cli::runLifecyclePaper, "a person's repayment notice or back-pay form as HTML"},
    {"overpay", cli::runOverpay, "months and amount overpaid after a death or imprisonment"},
};

int usage(FILE *out)
{
    std::fputs("usage: certdesk-cli COMMAND [options]   (COMMAND --help for its options)\n\ncommands:\n", out);
    for (const Entry &e : kCommands)
        std::fprintf(out, "  %-10s %s\n", e.name, e.summary);
    return out == stdout ? 0 : 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CertDesk"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usage(stderr);
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(stdout);
    for (const Entry &e : kCommands) {
        if (command == QLatin1String(e.name))
            return e.run(args.mid(1));
    }
    cli::printError(QStringLiteral("unknown command '%1'").arg(command));
    return usage(stderr);
}
