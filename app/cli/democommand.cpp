#include "clicommon.h"

#include "domain/policyprofile.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <cstdio>

namespace certdesk
{

int cli::runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Create a database with synthetic recipients."));
    p.addOption({QStringLiteral("persons"), QStringLiteral("number of recipients (1 - 5,000,000)"),
                 QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("districts"),
                 QStringLiteral("districts of a city (1 - 10), each with the streets and "
                                "communities of persons / districts"),
                 QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("db"),
                 QStringLiteral("database file to create (must not hold recipients)"),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("random seed (same seed, same data)"),
                 QStringLiteral("S"), QStringLiteral("20261123")});
    p.addOption({QStringLiteral("today"),
                 QStringLiteral("the date the data is as of (default: today)"),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("profile"), QStringLiteral("policy profile"), QStringLiteral("P"),
                 PolicyProfile::defaultId()});
    if (!parse(p, args))
        return 2;
    if (!p.isSet(QStringLiteral("db"))) {
        printError(QStringLiteral("demo: --db FILE is required"));
        return 2;
    }
    bool ok = false;
    DemoOptions options;
    options.persons = p.value(QStringLiteral("persons")).toLongLong(&ok);
    if (!ok || options.persons < 1 || options.persons > 5000000) {
        printError(QStringLiteral("--persons: '%1' is not a number between 1 and 5000000")
                       .arg(p.value(QStringLiteral("persons"))));
        return 2;
    }
    options.districts = p.value(QStringLiteral("districts")).toInt(&ok);
    if (!ok || options.districts < 1 || options.districts > DemoOptions::MaxDistricts) {
        printError(QStringLiteral("--districts: '%1' is not a number between 1 and %2")
                       .arg(p.value(QStringLiteral("districts")))
                       .arg(DemoOptions::MaxDistricts));
        return 2;
    }
    options.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        printError(QStringLiteral("--seed: '%1' is not a non-negative 32-bit number")
                       .arg(p.value(QStringLiteral("seed"))));
        return 2;
    }
    if (!todayOption(p, &options.today))
        return 2;
    QString error;
    const auto profile = PolicyProfile::builtin(p.value(QStringLiteral("profile")), &error);
    if (!profile) {
        printError(error);
        return 2;
    }
    // Through the one way in, as the local "cli" actor on purpose: creating a
    // file is the command line's own act (docs/decisions.md, "One way in").
    DemoGenerator::tuneProcessForBulkLoad(); // before the database is opened
    WorkspaceOptions open;
    open.databasePath = p.value(QStringLiteral("db"));
    open.mode = Database::OpenMode::CreateIfMissing;
    open.profile = *profile;
    const auto workspace = Workspace::open(open, Workspace::as(Session::commandLine()), &error);
    if (!workspace) {
        printError(error);
        return 1;
    }
    const Database *db = &workspace->database();
    QElapsedTimer timer;
    timer.start();
    const bool done =
        DemoGenerator::generate(*db, *profile, options, &error, [](qint64 n, qint64 total) {
            std::fprintf(stderr, "\r%lld / %lld", static_cast<long long>(n),
                         static_cast<long long>(total));
            return true;
        });
    std::fputc('\n', stderr);
    if (!done) {
        printError(error);
        return 1;
    }
    printJson({{QStringLiteral("db"), db->path()},
               {QStringLiteral("persons"), options.persons},
               {QStringLiteral("districts"), options.districts},
               {QStringLiteral("seed"), qint64(options.seed)},
               {QStringLiteral("today"), options.today.toString(Qt::ISODate)},
               {QStringLiteral("profile"), profile->id()},
               {QStringLiteral("ms"), timer.elapsed()}});
    return 0;
}

} // namespace certdesk
