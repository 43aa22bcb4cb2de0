// Every bulk path beside the sqlite3 engine doing the same work, in the same run
// (issue 19): for each path our time, the reference's time and the ratio, the
// median of --runs runs each (wall clock, and CPU time, which the other work on a
// shared machine disturbs less).
//   build/bench/bench_bulk --db /tmp/district.sqlite [--runs 3] [--dir /tmp/bench-bulk]
// A missing --db is generated first with `certdesk-cli demo --persons 1000000`
// (timed: the "1M demo" figure). Ours: the real certdesk-cli as a child process
// (ledger JSON lines, CSV and XLSX export, counts, the lifecycle month), and the
// big-data import in process on a 200,000-person district. Reference: bulkreference.cpp.
#include "bulkreference.h"

#include "archive/listdocuments.h"
#include "archive/tabledocument.h"
#include "domain/ledgerband.h"
#include "domain/policyprofile.h"
#include "io/bigdataimport.h"
#include "io/jsonline.h"
#include "io/tableexport.h"
#include "lists/listtable.h"
#include "lists/recipientlistmodel.h"
#include "security/session.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "store/ledgerquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
const QString kDistrict = QStringLiteral("370299");

struct Sample {
    double wall = 0, cpu = 0;
};

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_bulk: %s\n", qPrintable(why));
    std::exit(1);
}

// One run of certdesk-cli; its standard output goes to `out` (or nowhere).
Sample runCli(const QStringList &args, const QString &out = QString())
{
    QProcess p;
    p.setStandardOutputFile(out.isEmpty() ? QProcess::nullDevice() : out);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double cpu = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(CERTDESK_CLI_BIN), args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die(QStringLiteral("certdesk-cli %1 failed").arg(args.join(QLatin1Char(' '))));
    return {t.nsecsElapsed() / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpu};
}

Sample runHere(const std::function<bool(QString *)> &work, const char *what)
{
    QString error;
    const double cpu = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    if (!work(&error))
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), error));
    return {t.nsecsElapsed() / 1e9, cpuSeconds(RUSAGE_SELF) - cpu};
}

Sample median(QList<Sample> runs)
{
    auto at = [&](auto member) {
        std::sort(runs.begin(), runs.end(),
                  [&](const Sample &a, const Sample &b) { return a.*member < b.*member; });
        return runs.at(runs.size() / 2).*member;
    };
    return {at(&Sample::wall), at(&Sample::cpu)};
}

void row(const char *path, const Sample &ours, const Sample &ref)
{
    std::printf("%-34s ours %7.3f s (cpu %7.3f)  sqlite3 %7.3f s (cpu %7.3f)  ratio %5.2fx "
                "(cpu %5.2fx)\n",
                path, ours.wall, ours.cpu, ref.wall, ref.cpu, ours.wall / ref.wall,
                ours.cpu / ref.cpu);
    std::fflush(stdout);
}

void note(const char *what, double seconds)
{
    std::printf("  %-48s %7.3f s\n", what, seconds);
    std::fflush(stdout);
}

// Ours and the reference alternately, `runs` times each; prints the medians and
// returns the ratio of CPU times.
double compare(const char *path, int runs, const std::function<Sample()> &ours,
               const std::function<Sample()> &ref)
{
    QList<Sample> a, b;
    for (int i = 0; i < runs; ++i) {
        a << ours();
        b << ref();
    }
    row(path, median(a), median(b));
    return median(a).cpu / median(b).cpu;
}

std::unique_ptr<Database> openDb(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::OpenMode::OpenExisting, &error);
    if (!db)
        die(error);
    return db;
}

// Where an export's time goes, in process: the pages (SQL, the rows through the
// sqlite3 C API), the cells' texts (as the window shows them), then the file.
void exportBreakdown(const QString &dbPath, TableExport::Format format, const QString &out)
{
    QString error;
    const auto db = openDb(dbPath);
    const LedgerQuery query(Ledger::Within3Cumulative, {1, kDistrict}, kToday);
    QElapsedTimer t;
    t.start();
    QList<RecipientRow> rows;
    QVariant key;
    qint64 id = 0;
    for (;;) {
        QList<RecipientRow> page;
        if (!query.fetch(db->connection(), key, id, ListTable::PageSize, &page, &error))
            die(error);
        rows += page;
        if (page.size() < ListTable::PageSize)
            break;
        key = page.last().sortKey;
        id = page.last().id;
    }
    note("  of which: pages (LedgerQuery, LedgerRows)", t.nsecsElapsed() / 1e9);
    t.restart();
    qsizetype cells = 0;
    const auto columns = RecipientListModel::columnsFor(Ledger::Within3Cumulative);
    for (const RecipientRow &r : std::as_const(rows)) {
        for (const auto c : columns)
            cells += RecipientListModel::cellText(r, c, kToday, false).size();
    }
    note("  of which: the cells' texts (RecipientListModel::cellText)", t.nsecsElapsed() / 1e9);
    rows.clear();
    t.restart();
    const ListTable table(*db, query, {}, kToday);
    const auto doc = ListDocuments::fromList(table, QStringLiteral("bench"), {}, {}, &error);
    if (!doc)
        die(error);
    note("  (the document of all rows, ListTable: both of the above)", t.nsecsElapsed() / 1e9);
    t.restart();
    if (!TableExport::write(*doc, format, out, &error))
        die(error);
    note("  of which: writing the file (TableExport)", t.nsecsElapsed() / 1e9);
    Q_UNUSED(cells);
}

// Where the ledger's JSON time goes, in process: the keyset pages (SQL and QtSql's
// values), then the JSON text.
void ledgerBreakdown(const QString &dbPath)
{
    QString error;
    const auto db = openDb(dbPath);
    QElapsedTimer t;
    t.start();
    const LedgerQuery query(Ledger::Within3Cumulative, {1, kDistrict}, kToday);
    QList<RecipientRow> all;
    QVariant key;
    qint64 id = 0;
    while (all.size() < 100000) {
        QList<RecipientRow> page;
        if (!query.fetch(db->connection(), key, id, 5000, &page, &error))
            die(error);
        if (page.isEmpty())
            break;
        key = page.last().sortKey;
        id = page.last().id;
        all += page;
    }
    note("  of which: pages of rows through QtSql (LedgerQuery)", t.nsecsElapsed() / 1e9);
    t.restart();
    QByteArray out;
    for (const RecipientRow &r : std::as_const(all)) {
        JsonLine o(out);
        o.number("id", r.id).text("idNumber", r.idNumber).text("name", r.name);
    }
    note("  of which: JSON text of three fields a row (JsonLine)", t.nsecsElapsed() / 1e9);
}

void copyDb(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    if (!QFile::copy(from, to))
        die(QStringLiteral("cannot copy %1 to %2").arg(from, to));
}
// Where the import's time goes: reading the file, validating every row (one lookup
// each), and the write transaction, which for a qualified result (a third of the
// rows) also records a certification (append-only check, audit entry, outbox,
// the person's derived columns), as the same-work reference does in plain SQL.
void importBreakdown(const QString &base, const QString &work, const QString &csv)
{
    copyDb(base, work);
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    const auto db = openDb(work);
    QElapsedTimer t;
    t.start();
    const auto read = TableReader::read(csv, QString(), &error);
    if (!profile || !read)
        die(error);
    note("  of which: reading the CSV (TableReader)", t.nsecsElapsed() / 1e9);
    t.restart();
    const BigDataImport importer(*db, *profile);
    const ImportPlan plan = importer.validate(*read, ImportMapping::guess(read->headers), kToday);
    note("  of which: validating (a lookup per row)", t.nsecsElapsed() / 1e9);
    t.restart();
    if (!importer.apply(plan, Session::commandLine(), &error))
        die(error);
    const qint64 certified =
        std::count_if(plan.changes.cbegin(), plan.changes.cend(),
                      [](const ImportChange &c) { return c.certifies.isValid(); });
    std::printf("  of which: the write transaction (%lld changes, %lld certifications)   %7.3f s\n",
                qint64(plan.changes.size()), certified, t.nsecsElapsed() / 1e9);
}

// A 200,000-person district and 100,000 result rows for the import (bench_import's data).
void makeImportData(const QString &dbPath, const QString &csv)
{
    if (QFile::exists(dbPath) && QFile::exists(csv))
        return;
    QFile::remove(dbPath);
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    {
        auto db = Database::open(dbPath, Database::OpenMode::CreateIfMissing, &error);
        DemoOptions o;
        o.persons = 200000;
        o.seed = 5;
        o.today = kToday;
        if (!db || !DemoGenerator::generate(*db, *profile, o, &error))
            die(error);
        TableDocument table;
        table.headers = {QStringLiteral("身份证号"), QStringLiteral("姓名"), QStringLiteral("结论"),
                         QStringLiteral("详情")};
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT id_number, name FROM recipient ORDER BY id LIMIT 100000"));
        const QStringList conclusions{QStringLiteral("丧失资格"), QStringLiteral("待核实"),
                                      QStringLiteral("具备资格")};
        int n = 0;
        while (q.next())
            table.rows << QStringList{q.value(0).toString(), q.value(1).toString(),
                                      conclusions.at(n++ % 3), QStringLiteral("批次 11")};
        if (!TableExport::writeCsv(table, csv, &error))
            die(error);
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("1M demo district (made if missing)"),
                      QStringLiteral("FILE"), QStringLiteral("/tmp/district.sqlite")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("work folder"), QStringLiteral("DIR"),
                      QStringLiteral("/tmp/bench-bulk")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs of each path (median)"),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("only"),
         QStringLiteral("comma-separated paths: json,csv,xlsx,counts,lifecycle,import"),
         QStringLiteral("LIST")});
    parser.process(app);
    const QString db = parser.value(QStringLiteral("db"));
    const QDir dir(parser.value(QStringLiteral("dir")));
    QDir().mkpath(dir.path());
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const QStringList only =
        parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto wanted = [&](const char *path) {
        return only.isEmpty() || only.contains(QLatin1String(path));
    };
    const QString today = kToday.toString(Qt::ISODate);
    if (!QFile::exists(db)) {
        const Sample demo =
            runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("1000000"),
                    QStringLiteral("--db"), db, QStringLiteral("--today"), today});
        note("1M demo generated (certdesk-cli demo)", demo.wall);
    }
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("--today"), today};
    const bulkref::LedgerBinds binds{kDistrict, LedgerBands::within3(kToday).first,
                                     LedgerBands::within3(kToday).last};
    auto out = [&](const char *name) { return dir.filePath(QLatin1String(name)); };
    const QStringList within3 = {QStringLiteral("--band"), QStringLiteral("within3")};

    // Fixed cost of every command: open, schema check, session, the export's audit entry.
    const Sample startup =
        median({runCli(QStringList{QStringLiteral("ledger")} + base + within3 +
                       QStringList{QStringLiteral("--limit"), QStringLiteral("0")}),
                runCli(QStringList{QStringLiteral("ledger")} + base + within3 +
                       QStringList{QStringLiteral("--limit"), QStringLiteral("0")}),
                runCli(QStringList{QStringLiteral("ledger")} + base + within3 +
                       QStringList{QStringLiteral("--limit"), QStringLiteral("0")})});
    note("certdesk-cli start-up (ledger --limit 0)", startup.wall);

    if (wanted("json") &&
        compare(
            "ledger within3 --limit 100000 JSON", runs,
            [&] {
                return runCli(QStringList{QStringLiteral("ledger")} + base + within3 +
                                  QStringList{QStringLiteral("--limit"), QStringLiteral("100000")},
                              out("ours.jsonl"));
            },
            [&] {
                return runHere(
                    [&](QString *e) {
                        return bulkref::ledgerJson(db, binds, 100000, out("ref.jsonl"), e);
                    },
                    "json");
            }) > 2)
        ledgerBreakdown(db);
    for (const char *format : {"csv", "xlsx"}) {
        if (!wanted(format))
            continue;
        const QString file = out(qstrcmp(format, "csv") == 0 ? "ours.csv" : "ours.xlsx");
        const QString refFile = out(qstrcmp(format, "csv") == 0 ? "ref.csv" : "ref.xlsx");
        const double ratio = compare(
            qstrcmp(format, "csv") == 0 ? "export within3 (all) CSV" : "export within3 (all) XLSX",
            runs,
            [&] {
                return runCli(QStringList{QStringLiteral("export")} + base + within3 +
                              QStringList{QStringLiteral("--format"), QLatin1String(format),
                                          QStringLiteral("--out"), file});
            },
            [&] {
                return runHere(
                    [&](QString *e) {
                        return qstrcmp(format, "csv") == 0
                                   ? bulkref::ledgerCsv(db, binds, refFile, e)
                                   : bulkref::ledgerXlsx(db, binds, refFile, e);
                    },
                    format);
            });
        if (ratio > 2)
            exportBreakdown(db,
                            qstrcmp(format, "csv") == 0 ? TableExport::Format::Csv
                                                        : TableExport::Format::Xlsx,
                            file);
    }
    if (wanted("counts"))
        compare(
            "counts of every list (district)", runs,
            [&] {
                return runCli(QStringList{QStringLiteral("ledger"), QStringLiteral("--count")} +
                              base);
            },
            [&] {
                return runHere(
                    [&](QString *e) { return bulkref::counts(db, kDistrict, kToday, e); },
                    "counts");
            });
    if (wanted("lifecycle"))
        compare(
            "lifecycle --month (1M)", runs,
            [&] {
                return runCli(QStringList{QStringLiteral("lifecycle"), QStringLiteral("--month"),
                                          QStringLiteral("2026-11")} +
                                  base,
                              out("lifecycle.jsonl"));
            },
            [&] {
                return runHere(
                    [&](QString *e) {
                        return bulkref::lifecycleScans(db, QDate(2026, 11, 1), kToday, e);
                    },
                    "lifecycle");
            });
    if (wanted("import")) {
        const QString importBase = out("import-base.sqlite"), csv = out("results.csv");
        makeImportData(importBase, csv);
        const QString work = out("import.sqlite");
        auto reference = [&](bool certify) {
            copyDb(importBase, work);
            return runHere(
                [&](QString *e) {
                    return bulkref::importResults(work, csv, QStringLiteral("2026-11"), certify, e);
                },
                "reference import");
        };
        // The same work is the UPDATEs and, for the third of the rows that are
        // qualified, the certification's rows; the UPDATE-only reference of the
        // earlier figures is printed beside it.
        QList<Sample> ours, same, updatesOnly;
        for (int i = 0; i < runs; ++i) {
            copyDb(importBase, work);
            ours << runHere(
                [&](QString *e) {
                    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), e);
                    auto d = Database::open(work, Database::OpenMode::OpenExisting, e);
                    if (!profile || !d)
                        return false;
                    const auto read = TableReader::read(csv, QString(), e);
                    if (!read)
                        return false;
                    const BigDataImport importer(*d, *profile);
                    const ImportPlan plan =
                        importer.validate(*read, ImportMapping::guess(read->headers), kToday);
                    return importer.apply(plan, Session::commandLine(), e);
                },
                "import");
            same << reference(true);
            updatesOnly << reference(false);
        }
        row("import 100,000 result rows", median(ours), median(same));
        row("  against lookup and UPDATE only", median(ours), median(updatesOnly));
        const double ratio = median(ours).cpu / median(same).cpu;
        if (ratio > 2)
            importBreakdown(importBase, work, csv);
    }
    return 0;
}
