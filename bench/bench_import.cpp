// Big-data import at scale for docs/performance.md: 100,000 result rows (CSV
// written by TableExport) read, validated and imported into a 200,000-person
// district, then the same file again (nothing to change).
//   build/bench/bench_import [--rows 100000] [--dir /tmp/bench-import]
#include "archive/tabledocument.h"
#include "domain/policyprofile.h"
#include "io/bigdataimport.h"
#include "io/tableexport.h"
#include "security/session.h"
#include "store/database.h"
#include "store/demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <cstdio>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);

void figure(const char *name, double value, const char *unit)
{
    std::printf("%-44s %10.1f %s\n", name, value, unit);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rows"), QStringLiteral("result rows"), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("work folder"), QStringLiteral("DIR"),
                      QStringLiteral("/tmp/bench-import")});
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    const QDir dir(parser.value(QStringLiteral("dir")));
    QDir().mkpath(dir.path());
    const QString dbPath = dir.filePath(QStringLiteral("import.sqlite"));
    QFile::remove(dbPath);
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    auto db = Database::open(dbPath, Database::OpenMode::CreateIfMissing, &error);
    DemoOptions o;
    o.persons = rows * 2;
    o.seed = 5;
    o.today = kToday;
    if (!db || !DemoGenerator::generate(*db, *profile, o, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    TableDocument table;
    table.headers = {QStringLiteral("身份证号"), QStringLiteral("姓名"), QStringLiteral("结论"),
                     QStringLiteral("详情")};
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT id_number, name FROM recipient ORDER BY id LIMIT %1").arg(rows));
    const QStringList conclusions{QStringLiteral("丧失资格"), QStringLiteral("待核实"),
                                  QStringLiteral("具备资格")};
    int n = 0;
    while (q.next())
        table.rows << QStringList{q.value(0).toString(), q.value(1).toString(),
                                  conclusions.at(n++ % 3), QStringLiteral("批次 11")};
    const QString csv = dir.filePath(QStringLiteral("results.csv"));
    if (!TableExport::writeCsv(table, csv, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const BigDataImport importer(*db, *profile);
    for (const char *pass : {"import: first time", "import: same file again"}) {
        QElapsedTimer timer;
        timer.start();
        const auto read = TableReader::read(csv, QString(), &error);
        const double readMs = timer.elapsed();
        const ImportPlan plan =
            importer.validate(*read, ImportMapping::guess(read->headers), kToday);
        const double validateMs = timer.elapsed() - readMs;
        if (!importer.apply(plan, Session::commandLine(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%s: %d rows, %d changes, %d unchanged, %d problems\n", pass, plan.rows,
                    int(plan.changes.size()), plan.unchanged, int(plan.problems.size()));
        figure("  read CSV", readMs / 1000.0, "s");
        figure("  validate", validateMs / 1000.0, "s");
        figure("  total with the write transaction", timer.elapsed() / 1000.0, "s");
    }
    return 0;
}
