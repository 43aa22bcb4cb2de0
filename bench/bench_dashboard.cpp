// Dashboard numbers at district scale for docs/performance.md: DashboardData::load
// (every SQL aggregate behind the charts) for the district, a street and a community.
//   build/bench/bench_dashboard --db /tmp/district.sqlite   (make it with certdesk-cli demo)
#include "dashboard/dashboarddata.h"
#include "domain/policyprofile.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace certdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("FILE")});
    parser.process(app);
    QString error;
    auto db = Database::open(parser.value(QStringLiteral("db")), Database::OpenMode::OpenExisting,
                             &error);
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    if (!db || !profile) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDate today(2026, 11, 23);
    for (const char *code : {"370299", "370299001", "370299001001"}) {
        for (int run = 0; run < 2; ++run) { // cold, then warm page cache
            QElapsedTimer t;
            t.start();
            const auto d =
                DashboardData::load(*db, *profile, QString::fromLatin1(code), today, {}, &error);
            if (!d) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            std::printf("dashboard %-14s run %d  %8.0f ms  (%lld children)\n", code, run + 1,
                        double(t.elapsed()), qlonglong(d->children.size()));
        }
    }
    return 0;
}
