// certdesk-cli archive / verify-bundle / public-notice / print-list / export: the
// monthly volume and electronic bundle, its audit check, and lists as PDF, XLSX, CSV.
#include "clicommon.h"

#include "archive/archivebundle.h"
#include "archive/listdocuments.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "io/tableexport.h"
#include "lists/listtable.h"
#include "security/audittrail.h"
#include "security/scopeguard.h"
#include "security/session.h"
#include "store/database.h"
#include "store/jurisdictionrepository.h"
#include "store/ledger.h"
#include "store/ledgerquery.h"

#include <QJsonArray>
#include <functional>

namespace certdesk
{

namespace
{

// Resolves the node (--node, else the user's own, else the only district) and
// asks the workspace's gate: the role, the node within the user's, and the
// output (`what`, %1 = node) logged before anything is written.
bool allowOutput(const QCommandLineParser &p, const Workspace &workspace, Action action,
                 AuditAction logged, const QString &what, Scope *scope)
{
    const Session &session = workspace.session();
    const QString requested = p.value(QStringLiteral("node"));
    if (requested.isEmpty() && !session.accessScope().code.isEmpty())
        *scope = session.accessScope();
    else if (!cli::scopeFor(workspace.database(), requested, scope))
        return false;
    return cli::authorize(workspace, action,
                          AccessTarget::node(scope->code).logAs(logged, what.arg(scope->code)));
}

bool requireOut(const QCommandLineParser &p, const QString &command)
{
    if (p.isSet(QStringLiteral("out")))
        return true;
    cli::printError(QStringLiteral("%1: --out is required").arg(command));
    return false;
}

int writeTable(const TableDocument &doc, const QString &path)
{
    QString error;
    if (!doc.writePdf(path, &error)) {
        cli::printError(error);
        return 1;
    }
    cli::printJson({{QStringLiteral("pdf"), path}, {QStringLiteral("rows"), doc.rows.size()}});
    return 0;
}
} // namespace

int cli::runArchive(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Write the month's archive volume (PDF/A-1b) and electronic bundle (zip) of a node."));
    p.addOption(cli::dbOption());
    p.addOption({QStringLiteral("month"), QStringLiteral("the month"), QStringLiteral("YYYY-MM")});
    p.addOption({QStringLiteral("node"),
                 QStringLiteral("jurisdiction code (community, street or district)"),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("prepared-by"),
                 QStringLiteral("name on the cover (default: the user)"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("today"),
                 QStringLiteral("reference date for the unfinished-month warning (default: today)"),
                 QStringLiteral("YYYY-MM-DD")});
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    QDate month, today;
    if (!p.isSet(QStringLiteral("month")) || !p.isSet(QStringLiteral("node")) ||
        !requireOut(p, QStringLiteral("archive"))) {
        printError(QStringLiteral("archive: --month, --node and --out are required"));
        return 2;
    }
    if (!parseMonth(p.value(QStringLiteral("month")), QStringLiteral("month"), &month) ||
        !todayOption(p, &today))
        return 2;
    const auto workspace = openWorkspace(p, QStringLiteral("archive"));
    if (!workspace)
        return 1;
    const Database *db = &workspace->database();
    const Session &session = workspace->session();
    Scope scope;
    if (!allowOutput(p, *workspace, Action::Export, AuditAction::Export,
                     QStringLiteral("monthly archive %1 ") + p.value(QStringLiteral("month")),
                     &scope))
        return 1;
    const EvidenceStore &store = workspace->evidence();
    BundleRequest request{p.value(QStringLiteral("node")), month, p.value(QStringLiteral("out")),
                          p.isSet(QStringLiteral("prepared-by"))
                              ? p.value(QStringLiteral("prepared-by"))
                              : session.user().displayName};
    BundleResult result;
    QString error;
    const ArchiveBundle bundle(*db, store, workspace->profile(), session);
    // The window asks before binding an unfinished or empty month; here it is said
    // on stderr and the volume is made (issue 17).
    const auto caution = bundle.caution(request.nodeCode, month, today, &error);
    if (!caution) {
        printError(error);
        return 1;
    }
    if (!caution->isEmpty())
        printError(QStringLiteral("warning: %1").arg(*caution));
    if (!bundle.create(request, &result, &error)) {
        printError(error);
        return 1;
    }
    printJson(
        {{QStringLiteral("bundleId"), result.bundleId},
         {QStringLiteral("pdf"), result.pdfPath},
         {QStringLiteral("zip"), result.zipPath},
         {QStringLiteral("pages"), result.pages},
         {QStringLiteral("events"), result.events},
         {QStringLiteral("evidenceFiles"), result.evidenceFiles},
         {QStringLiteral("missingEvidence"), QJsonArray::fromStringList(result.missingEvidence)}});
    return 0;
}

int cli::runVerifyBundle(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Re-check an electronic bundle: every file against the SHA-256 in its manifest."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the bundle zip"));
    if (!parse(p, args))
        return 2;
    if (p.positionalArguments().size() != 1) {
        printError(QStringLiteral("verify-bundle: give exactly one bundle file"));
        return 2;
    }
    QString id;
    int files = 0;
    const QList<BundleProblem> problems =
        BundleVerifier::verify(p.positionalArguments().first(), &id, &files);
    for (const BundleProblem &problem : problems)
        printJson(
            {{QStringLiteral("file"), problem.path}, {QStringLiteral("problem"), problem.reason}});
    printJson({{QStringLiteral("bundleId"), id},
               {QStringLiteral("files"), files},
               {QStringLiteral("ok"), problems.isEmpty()}});
    return problems.isEmpty() ? 0 : 1;
}

int cli::runPublicNotice(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The annual public-notice list (masked ID numbers, no phones or addresses) as PDF."));
    p.addOption(cli::dbOption());
    p.addOption(
        {QStringLiteral("node"), QStringLiteral("jurisdiction code"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("year"), QStringLiteral("the year"), QStringLiteral("YYYY")});
    p.addOption({QStringLiteral("hotline"), QStringLiteral("reporting telephone line"),
                 QStringLiteral("PHONE")});
    p.addOption({QStringLiteral("today"), QStringLiteral("date of posting (default: today)"),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("out"), QStringLiteral("PDF file to write"), QStringLiteral("FILE")});
    addUserOptions(p);
    if (!parse(p, args) || !requireOut(p, QStringLiteral("public-notice")))
        return 2;
    bool ok = false;
    const int year = p.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1990 || year > 2200) {
        printError(
            QStringLiteral("--year: '%1' is not a year").arg(p.value(QStringLiteral("year"))));
        return 2;
    }
    QDate today;
    if (!todayOption(p, &today))
        return 2;
    const auto workspace = openWorkspace(p, QStringLiteral("public-notice"));
    if (!workspace)
        return 1;
    const Database *db = &workspace->database();
    const Session &session = workspace->session();
    Scope scope;
    if (!allowOutput(p, *workspace, Action::Print, AuditAction::Print,
                     QStringLiteral("public notice %1 ") + QString::number(year), &scope))
        return 1;
    QString error;
    const auto doc =
        ListDocuments::publicNotice(*db, workspace->profile(), session, scope.code, year,
                                    p.value(QStringLiteral("hotline")), today, &error);
    if (!doc) {
        printError(error);
        return 1;
    }
    return writeTable(*doc, p.value(QStringLiteral("out")));
}

namespace
{
// What a list's output is: its rows as the window shows them (masked ID numbers
// unless fullId), and the title, subtitle and document number of a printout.
struct ListOutput {
    const ListTable &table;
    QString title;
    QStringList subtitle;
    QString documentId;
};

// Opens the desk, asks the gate (the output logged before anything is written) and
// gives `use` the list; returns the command's exit code.
int withList(const QCommandLineParser &p, const QString &command, bool fullId, AuditAction logged,
             const std::function<int(const ListOutput &)> &use)
{
    const auto list = cli::listOptionValue(p);
    if (!list)
        return 2;
    QDate today;
    if (!cli::todayOption(p, &today))
        return 2;
    const auto workspace = cli::openWorkspace(p, command);
    if (!workspace)
        return 1;
    const Database *db = &workspace->database();
    const Session &session = workspace->session();
    Scope scope;
    const Action action = fullId                         ? Action::RevealIdNumber
                          : logged == AuditAction::Print ? Action::Print
                                                         : Action::Export;
    if (!allowOutput(
            p, *workspace, action, fullId ? AuditAction::RevealIdNumber : logged,
            QStringLiteral("%1 list %2 node ").arg(command, p.value(QStringLiteral("list"))) +
                QStringLiteral("%1"),
            &scope))
        return 1;
    ListTable table(*db, LedgerQuery(*list, scope, today), session.accessScope(), today);
    table.setRevealIdNumbers(fullId);
    const auto node = JurisdictionRepository(*db).find(scope.code);
    const QString where = node ? QStringLiteral("%1 (%2)").arg(node->name, node->code) : scope.code;
    return use(
        {table,
         Ledgers::displayName(*list),
         {QStringLiteral("%1    %2").arg(where, today.toString(Qt::ISODate))},
         QStringLiteral("LB-%1-%2-%3")
             .arg(scope.code, Ledgers::key(*list), today.toString(QStringLiteral("yyyyMMdd")))});
}

// The whole list as a document (a printout, an XLSX workbook: both need every row).
std::optional<TableDocument> document(const ListOutput &list)
{
    QString error;
    auto doc =
        ListDocuments::fromList(list.table, list.title, list.subtitle, list.documentId, &error);
    if (!doc)
        cli::printError(error);
    return doc;
}

// A CSV export row by row as the pages are read: a district's ledger is not held.
int writeCsv(const ListTable &table, const QString &out)
{
    CsvTableWriter csv(out);
    QString error;
    if (!csv.open(table.headers(), &error) ||
        !table.forEachRow([&csv](const QStringList &cells) { csv.addRow(cells); }, &error) ||
        !csv.commit(&error)) {
        cli::printError(error);
        return 1;
    }
    cli::printJson({{QStringLiteral("file"), out}, {QStringLiteral("rows"), csv.rows()}});
    return 0;
}

void addListOptions(QCommandLineParser &p)
{
    p.addOption(cli::dbOption());
    p.addOption(cli::listOption());
    p.addOption({QStringLiteral("node"),
                 QStringLiteral("jurisdiction code (default: the district)"),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("today"), QStringLiteral("reference date (default: today)"),
                 QStringLiteral("YYYY-MM-DD")});
    cli::addUserOptions(p);
}
} // namespace

int cli::runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("A work list or ledger as XLSX or CSV (UTF-8 with BOM)."));
    addListOptions(p);
    p.addOption({QStringLiteral("format"), QStringLiteral("xlsx or csv"), QStringLiteral("F")});
    p.addOption({QStringLiteral("out"), QStringLiteral("file to write"), QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("full-id"), QStringLiteral("full ID numbers instead of masked ones")});
    if (!parse(p, args) || !requireOut(p, QStringLiteral("export")))
        return 2;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("xlsx") && format != QLatin1String("csv")) {
        printError(QStringLiteral("--format: '%1' is not xlsx or csv").arg(format));
        return 2;
    }
    const QString out = p.value(QStringLiteral("out"));
    return withList(
        p, QStringLiteral("export"), p.isSet(QStringLiteral("full-id")), AuditAction::Export,
        [&](const ListOutput &list) {
            if (format == QLatin1String("csv"))
                return writeCsv(list.table, out);
            const auto doc = document(list);
            QString error;
            if (!doc)
                return 1;
            if (!TableExport::writeXlsx(*doc, out, &error)) {
                printError(error);
                return 1;
            }
            printJson({{QStringLiteral("file"), out}, {QStringLiteral("rows"), doc->rows.size()}});
            return 0;
        });
}

int cli::runPrintList(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("A work list or ledger as a printable PDF table (masked ID numbers)."));
    addListOptions(p);
    p.addOption(
        {QStringLiteral("out"), QStringLiteral("PDF file to write"), QStringLiteral("FILE")});
    if (!parse(p, args) || !requireOut(p, QStringLiteral("print-list")))
        return 2;
    return withList(p, QStringLiteral("print-list"), false, AuditAction::Print,
                    [&p](const ListOutput &list) {
                        const auto doc = document(list);
                        return doc ? writeTable(*doc, p.value(QStringLiteral("out"))) : 1;
                    });
}

} // namespace certdesk
