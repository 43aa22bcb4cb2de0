// City load for docs/performance.md (issue 19 point 2): many devices at once
// against the real certdesk-upstream on loopback, on PostgreSQL (or SQLite).
//   - a city roster (`certdesk-cli demo --districts`) loaded with load-roster;
//   - one worker user per simulated community, street and district desk: one
//     add-user (one Argon2id hash), the other users copied from it by SQL;
//   - every community device at once: sign-in, pull of its community, photos
//     (small JPEGs) asked for and uploaded, one check per photo pushed;
//     district and street desks pull their whole scope meanwhile;
//   - latency per call type, requests per second, errors, the server's memory
//     (VmRSS/VmHWM), PostgreSQL connections (pg_stat_activity), CPU of the
//     generator, the server and its PostgreSQL backends;
//   - afterwards, on the server by SQL: every pushed event stored once, with
//     one change, every uploaded photo stored.
//   build/bench/bench_city [--persons 2000000] [--districts 10] [--devices 200]
//       [--checks 12] [--district-desks 2] [--street-desks 4] [--store URL]
//       [--roster FILE] [--reuse] [--threads N] [--spread S] [--parallel-uploads N]
//       [--dir DIR] [--smoke]
// --smoke (CTest): 2,000 people, 30 devices (more than the 5 of a listen backlog), the test
// PostgreSQL server's own database when CERTDESK_TEST_PG_URL is set, else SQLite. Exit 1 on any
// error.
#include "citydevices.h"
#include "citystore.h"

#include "domain/policyprofile.h"
#include "store/database.h"
#include "store/demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <atomic>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <thread>

using namespace certdesk;
using namespace certdesk::city;

namespace
{
const QString kPassword = QStringLiteral("correct-horse-7");

void figure(const QString &name, double value, const char *unit)
{
    std::printf("%-52s %10.2f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_city: %s\n", qPrintable(why));
    return 1;
}

// An admin command of the server (no time limit: load-roster of a city takes minutes).
bool admin(const QString &store, QStringList args, QString *error)
{
    args << QStringLiteral("--db") << store;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    p.start(QStringLiteral(CERTDESK_UPSTREAM_BIN), args);
    p.waitForFinished(-1);
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    *error = QStringLiteral("%1: %2").arg(args.join(QLatin1Char(' ')),
                                          QString::fromUtf8(p.readAllStandardError()));
    return false;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QString();
}

// Evenly spread picks of `count` out of `from` (wrapping when there are fewer).
QStringList spread(const QStringList &from, int count)
{
    QStringList out;
    for (int i = 0; i < count && !from.isEmpty(); ++i)
        out << from.at(
            int((qint64(i) * from.size() / qMax(count, 1) + i / from.size()) % from.size()));
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const auto option = [&](const char *name, const char *help, const char *value = nullptr,
                            const char *fallback = nullptr) {
        if (value)
            parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help),
                              QString::fromLatin1(value), QString::fromLatin1(fallback)});
        else
            parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help)});
    };
    option("persons", "city roster size", "N", "2000000");
    option("districts", "districts of the city (1-10)", "N", "10");
    option("devices", "community devices syncing at once", "N", "200");
    option("checks", "checks (each with one JPEG) a device pushes", "N", "12");
    option("district-desks", "district desks pulling their district", "N", "2");
    option("street-desks", "street desks pulling their street", "N", "4");
    option("store", "server store URL (postgresql://... or sqlite:/path)", "URL", "");
    option("roster", "a city desk database made before (certdesk-cli demo)", "FILE", "");
    option("reuse", "the store already holds the roster: skip reset and load-roster");
    option("threads", "server pool threads (serve --threads)", "N", "16");
    option("parallel-uploads", "photos a device uploads at once (the desk: 6)", "N", "1");
    option("spread", "start the devices over this many seconds (0: all at once)", "S", "0");
    option("dir", "work folder", "DIR", "/tmp/bench-city");
    option("smoke", "small run for CTest (PostgreSQL of CERTDESK_TEST_PG_URL, else SQLite)");
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    const auto number = [&](const char *name, int smokeValue) {
        return smoke ? smokeValue : parser.value(QString::fromLatin1(name)).toInt();
    };
    const qint64 persons = number("persons", 2000);
    const int districts = number("districts", 2);
    const int devices = number("devices", 30);
    const int checks = number("checks", 2);
    const int districtDesks = number("district-desks", 1);
    const int streetDesks = number("street-desks", 1);
    const double spreadSeconds = smoke ? 0 : parser.value(QStringLiteral("spread")).toDouble();
    if (persons < 1 || districts < 1 || districts > DemoOptions::MaxDistricts || devices < 1 ||
        checks < 1 || checks > 1000)
        return fail(QStringLiteral("--persons, --districts (1-10), --devices, --checks "
                                   "(1-1000): positive numbers"));
    QDir dir(
        smoke ? QDir::temp().filePath(
                    QStringLiteral("bench-city-smoke-%1").arg(QCoreApplication::applicationPid()))
              : parser.value(QStringLiteral("dir")));
    QDir().mkpath(dir.path());
    QString error;

    // The store: the given URL, the test server's own database, or SQLite.
    QString store = parser.value(QStringLiteral("store"));
    if (store.isEmpty() && smoke && !qEnvironmentVariableIsEmpty("CERTDESK_TEST_PG_URL")) {
        store = CityStore::ownDatabase(qEnvironmentVariable("CERTDESK_TEST_PG_URL"),
                                       QStringLiteral("certdesk_bench_city"), &error);
        if (store.isEmpty())
            return fail(error);
    }
    if (store.isEmpty())
        store = QStringLiteral("sqlite:%1").arg(dir.filePath(QStringLiteral("upstream.sqlite")));
    const bool reuse = parser.isSet(QStringLiteral("reuse")) && !smoke;
    std::printf("store %s, %lld persons in %d districts, %d devices x %d checks, %d district "
                "and %d street desks, load average %s\n",
                qPrintable(store.section(QLatin1Char('@'), -1)), static_cast<long long>(persons),
                districts, devices, checks, districtDesks, streetDesks, qPrintable(loadAverage()));

    QElapsedTimer t;
    if (!reuse) {
        QString roster = parser.value(QStringLiteral("roster"));
        if (roster.isEmpty()) {
            roster = dir.filePath(QStringLiteral("roster.sqlite"));
            QFile::remove(roster);
            t.start();
            const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
            auto db = Database::open(roster, Database::OpenMode::CreateIfMissing, &error);
            DemoOptions o;
            o.persons = persons;
            o.districts = districts;
            o.seed = 19;
            o.today = QDate::currentDate();
            if (!profile || !db || !DemoGenerator::generate(*db, *profile, o, &error))
                return fail(error);
            figure(QStringLiteral("city roster generated (demo)"), t.elapsed() / 1000.0, "s");
        }
        if (!CityStore::reset(store, &error))
            return fail(error);
        t.start();
        if (!admin(store, {QStringLiteral("load-roster"), QStringLiteral("--from"), roster},
                   &error))
            return fail(error);
        figure(QStringLiteral("server load-roster (admin command)"), t.elapsed() / 1000.0, "s");
    }

    // Users: one hash made by add-user, copied to the others by SQL.
    CityStore sql(store, &error);
    if (!sql.isOpen())
        return fail(error);
    const QStringList districtCodes = sql.codes(1);
    const QStringList streetCodes = sql.codes(2);
    const QStringList communityCodes = sql.codes(3);
    if (districtCodes.isEmpty() || communityCodes.isEmpty())
        return fail(QStringLiteral("the store holds no roster (load it, or leave out --reuse)"));
    if (!admin(store,
               {QStringLiteral("add-user"), QStringLiteral("--user"), QStringLiteral("city-admin"),
                QStringLiteral("--password"), kPassword, QStringLiteral("--role"),
                QStringLiteral("admin"), QStringLiteral("--scope"), districtCodes.first()},
               &error))
        return fail(error);
    QList<CityStore::User> users;
    const QStringList communities = spread(communityCodes, devices);
    for (int i = 0; i < devices; ++i)
        users.append(
            {QStringLiteral("city-w%1").arg(i), QStringLiteral("worker"), communities.at(i)});
    const QStringList streets = spread(streetCodes, streetDesks);
    for (int i = 0; i < streetDesks; ++i)
        users.append(
            {QStringLiteral("city-s%1").arg(i), QStringLiteral("supervisor"), streets.at(i)});
    const QStringList districtsPicked = spread(districtCodes, districtDesks);
    for (int i = 0; i < districtDesks; ++i)
        users.append(
            {QStringLiteral("city-d%1").arg(i), QStringLiteral("admin"), districtsPicked.at(i)});
    t.start();
    if (!sql.copyUsers(QStringLiteral("city-admin"), users, &error))
        return fail(error);
    figure(QStringLiteral("%1 users copied by SQL").arg(users.size()), t.elapsed() / 1000.0, "s");
    const qint64 eventsBefore = sql.scalar(QStringLiteral("SELECT count(*) FROM event"));

    // A day's photos, made before the clock starts.
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    QList<CommunityDevice> plans;
    qint64 photoBytes = 0;
    for (int i = 0; i < devices; ++i) {
        CommunityDevice d;
        d.user = QStringLiteral("city-w%1").arg(i);
        d.device = QStringLiteral("city-%1-w%2").arg(tag).arg(i);
        d.parallelUploads = parser.value(QStringLiteral("parallel-uploads")).toInt();
        for (int k = 0; k < checks; ++k) {
            d.photos << makePhoto(quint32(qHash(tag)) ^ quint32(i * 1009 + k));
            photoBytes += d.photos.last().bytes.size();
        }
        plans << d;
    }

    CityServer server(store, dir.filePath(QStringLiteral("evidence")),
                      parser.value(QStringLiteral("threads")).toInt());
    if (!server.start(&error))
        return fail(error);
    Endpoint at;
    at.port = server.port();
    at.password = kPassword;
    Recorder recorder;
    Sampler sampler(server.pid(), sql.isPostgres() ? store : QString());
    sampler.start();
    const int desks = districtDesks + streetDesks;
    const auto deskUser = [&](int i) {
        return i < districtDesks ? QStringLiteral("city-d%1").arg(i)
                                 : QStringLiteral("city-s%1").arg(i - districtDesks);
    };
    const auto deskLabel = [&](int i) {
        return i < districtDesks ? QStringLiteral("district") : QStringLiteral("street");
    };
    QList<QString> tokens(devices + desks);
    const auto signInOf = [&](int i) {
        const QString user = i < devices ? plans.at(i).user : deskUser(i - devices);
        const QString device =
            i < devices ? plans.at(i).device : QStringLiteral("city-%1-%2").arg(tag, user);
        tokens[i] = signIn(at, user, device, recorder);
    };
    // One thread a device or desk, all started at once; returns the wall time.
    const auto together = [](int count, const std::function<void(int)> &work) {
        QElapsedTimer clock;
        clock.start();
        std::vector<std::thread> threads;
        for (int i = 0; i < count; ++i)
            threads.emplace_back(work, i);
        for (std::thread &thread : threads)
            thread.join();
        return clock.elapsed() / 1000.0;
    };

    // The morning: every device and desk signs in at once (a token lasts 12
    // hours; the automatic syncs of the day keep it). Unless --spread, where
    // each device signs in right before its sync.
    double signInWall = 0, signInServerCpu = 0;
    if (spreadSeconds <= 0) {
        const double before = server.cpuSeconds();
        signInWall = together(devices + desks, signInOf);
        signInServerCpu = server.cpuSeconds() - before;
    }

    // The daily sync: every community device and desk at once (or spread).
    const double cpuBefore = cpuSeconds();
    const double serverCpuBefore = server.cpuSeconds();
    const QString loadBefore = loadAverage();
    const qint64 requestsBefore = recorder.requests();
    QList<CommunityOutcome> outcomes(devices);
    std::atomic<qint64> deskPulled{0};
    std::atomic<int> desksOk{0};
    const double wall = together(devices + desks, [&](int i) {
        if (i >= devices) {
            if (spreadSeconds > 0)
                signInOf(i);
            const DeskOutcome o =
                runDesk(at, deskUser(i - devices), tokens.at(i), deskLabel(i - devices), recorder);
            deskPulled += o.pulled;
            desksOk += o.ok ? 1 : 0;
            return;
        }
        if (spreadSeconds > 0) {
            std::this_thread::sleep_for(
                std::chrono::milliseconds(qint64(spreadSeconds * 1000 * i / devices)));
            QElapsedTimer whole;
            whole.start();
            signInOf(i);
            outcomes[i] = runCommunity(at, plans.at(i), tokens.at(i), recorder);
            recorder.add(QStringLiteral("whole daily sync + sign-in (community)"),
                         double(whole.nsecsElapsed()) / 1e6);
        } else {
            outcomes[i] = runCommunity(at, plans.at(i), tokens.at(i), recorder);
        }
    });
    const double generatorCpu = cpuSeconds() - cpuBefore;
    const double serverCpu = server.cpuSeconds() - serverCpuBefore;
    const double backendCpu = sql.backendCpuSeconds();
    sampler.stop();
    server.stop();

    // What the server stored, counted by SQL.
    QStringList pushed, uploaded;
    qint64 pulled = 0;
    for (const CommunityOutcome &o : std::as_const(outcomes)) {
        pushed += o.pushedUuids;
        uploaded += o.uploaded;
        pulled += o.pulled;
    }
    const CityStore::Stored stored =
        sql.stored(QStringLiteral("city-%1-").arg(tag), pushed, uploaded);

    std::printf("\nload average before %s, after %s\n", qPrintable(loadBefore),
                qPrintable(loadAverage()));
    std::printf("%-34s %7s %9s %9s %9s %9s\n", "call (ms)", "n", "p50", "p95", "p99", "max");
    QHash<QString, QList<double>> ms = recorder.latencies();
    QStringList calls = ms.keys();
    calls.sort();
    for (const QString &call : std::as_const(calls)) {
        QList<double> &v = ms[call];
        std::printf("%-34s %7lld %9.1f %9.1f %9.1f %9.1f\n", qPrintable(call),
                    static_cast<long long>(v.size()), quantile(v, 0.5), quantile(v, 0.95),
                    quantile(v, 0.99), quantile(v, 1.0));
    }
    std::printf("\n");
    if (signInWall > 0) {
        figure(QStringLiteral("sign-in of %1 devices and desks at once").arg(devices + desks),
               signInWall, "s");
        figure(QStringLiteral("  CPU: server process (Argon2id)"), signInServerCpu, "s");
    }
    figure(QStringLiteral("daily sync wall time (%1 devices, %2 desks)").arg(devices).arg(desks),
           wall, "s");
    figure(QStringLiteral("requests per second"),
           double(recorder.requests() - requestsBefore) / wall, "req/s");
    figure(QStringLiteral("errors"), recorder.errors(), "");
    figure(QStringLiteral("requests sent again (kept-alive connection closed)"),
           recorder.resentCount(), "");
    figure(QStringLiteral("community changes pulled"), double(pulled), "");
    figure(QStringLiteral("desk changes pulled"), double(deskPulled.load()), "");
    figure(QStringLiteral("photos uploaded (%1 KB average)")
               .arg(photoBytes / qMax<qint64>(1, qint64(devices) * checks) / 1024),
           double(uploaded.size()), "");
    figure(QStringLiteral("events pushed and accepted"), double(pushed.size()), "");
    figure(QStringLiteral("server VmRSS peak (sampled)"), sampler.peakRssKb() / 1024.0, "MB");
    figure(QStringLiteral("server VmHWM at the end"), sampler.hwmKb() / 1024.0, "MB");
    if (sql.isPostgres()) {
        figure(QStringLiteral("PostgreSQL connections peak (max_connections %1)")
                   .arg(sql.scalar(QStringLiteral("SHOW max_connections"))),
               sampler.peakConnections(), "");
        figure(QStringLiteral("PostgreSQL active connections peak"), sampler.peakActive(), "");
        figure(QStringLiteral("CPU: PostgreSQL backends of the server"), backendCpu, "s");
    }
    figure(QStringLiteral("CPU: server process"), serverCpu, "s");
    figure(QStringLiteral("CPU: this generator (%1 threads)").arg(devices + desks), generatorCpu,
           "s");
    figure(QStringLiteral("events stored for this run's devices"), double(stored.events), "");
    figure(QStringLiteral("  of them distinct uuids"), double(stored.distinctEvents), "");
    figure(QStringLiteral("  pushed uuids not stored"), double(stored.missingEvents), "");
    figure(QStringLiteral("  event changes per pushed uuid != 1"), double(stored.badChanges), "");
    figure(QStringLiteral("uploaded photos not stored"), double(stored.missingPhotos), "");
    figure(QStringLiteral("events in the store before / after"), double(eventsBefore), "");
    figure(QStringLiteral("  after"),
           double(sql.scalar(QStringLiteral("SELECT count(*) FROM event"))), "");
    for (const QString &e : recorder.firstErrors())
        std::fprintf(stderr, "error: %s\n", qPrintable(e));
    const bool allStored = stored.events == pushed.size() &&
                           stored.distinctEvents == pushed.size() && stored.missingEvents == 0 &&
                           stored.badChanges == 0 && stored.missingPhotos == 0;
    const bool ok = recorder.errors() == 0 && allStored &&
                    pushed.size() == qsizetype(devices) * checks &&
                    desksOk == districtDesks + streetDesks;
    if (smoke)
        dir.removeRecursively();
    if (!ok)
        return fail(QStringLiteral("errors, or events lost or duplicated (see above)"));
    std::printf("all %lld pushed events stored once; 0 errors\n",
                static_cast<long long>(pushed.size()));
    return 0;
}
