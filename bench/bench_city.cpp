// City load for docs/performance.md (issue 19 point 2): many devices at once
// against the real certdesk-upstream on loopback, on PostgreSQL (or SQLite).
//   - a city roster (`certdesk-cli demo --districts`) loaded with load-roster;
//   - one worker user per simulated community, street and district desk: one
//     add-user (one Argon2id hash), the other users copied from it by SQL;
//   - the morning sign-in of every device and desk at once;
//   - two measured phases, each with every community device at once (or
//     spread): "first", the first sync of a device set up anew (pull of its
//     community from cursor 0, photos asked for and uploaded, one check per
//     photo pushed), and "daily", the day's sync of a device that synced
//     before (pull since its kept cursor: a handful of changes, then the day's
//     photos and checks); district and street desks pull their scope meanwhile
//     (the whole scope, then since their cursor);
//   - latency per call type, requests per second, errors, the server's memory
//     (VmRSS/VmHWM), PostgreSQL connections (pg_stat_activity), CPU of the
//     generator, the server and its PostgreSQL backends;
//   - afterwards, on the server by SQL: every pushed event stored once, with
//     one change, every uploaded photo stored.
//   build/bench/bench_city [--persons 2000000] [--districts 10] [--devices 200]
//       [--checks 12] [--district-desks 2] [--street-desks 4] [--store URL]
//       [--roster FILE] [--reuse] [--threads N] [--spread S] [--parallel-uploads N] [--uploads
//       batch|each]
//       [--phases first,daily] [--server BIN] [--dir DIR] [--smoke]
// --smoke (CTest): 2,000 people, 30 devices (more than the 5 of a listen backlog), the test
// PostgreSQL server's own database when CERTDESK_TEST_PG_URL is set, else SQLite. Exit 1 on any
// error.
#include "benchconditions.h"
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
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <thread>

using namespace certdesk;
using namespace certdesk::city;
using certdesk::bench::cpuSeconds;
using certdesk::bench::loadAverage;

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

QString deskUser(int i, int districtDesks)
{
    return i < districtDesks ? QStringLiteral("city-d%1").arg(i)
                             : QStringLiteral("city-s%1").arg(i - districtDesks);
}

QString deskLabel(int i, int districtDesks)
{
    return i < districtDesks ? QStringLiteral("district") : QStringLiteral("street");
}

// One thread a device or desk, all started at once; returns the wall time.
double together(int count, const std::function<void(int)> &work)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i)
        threads.emplace_back(work, i);
    for (std::thread &thread : threads)
        thread.join();
    return clock.elapsed() / 1000.0;
}

// One measured phase of the day: what it took, and each device's outcome.
struct PhaseFigures {
    QString name;
    double wall = 0, serverCpu = 0, backendCpu = 0, generatorCpu = 0;
    qint64 pulled = 0, deskPulled = 0;
    int desksOk = 0;
    QString loadBefore, loadAfter;
    QList<CommunityOutcome> outcomes;
    QList<CityStore::StatementCost> statements; // heaviest first (PostgreSQL)
    std::unique_ptr<Recorder> recorder;
};

// Every community device (spread over spreadSeconds, or all at once) and desk
// syncs once; desks pull from their cursors, which move on. signInFirst(i),
// when given, signs device or desk i in right before its sync.
PhaseFigures runPhase(const Endpoint &at, const QList<CommunityDevice> &plans,
                      const QList<QString> &tokens, int districtDesks, double spreadSeconds,
                      std::vector<qint64> &deskCursors, Recorder &recorder,
                      const CityServer &server, const CityStore &sql,
                      const std::function<void(int)> &signInFirst = {})
{
    PhaseFigures f;
    const auto devices = int(plans.size());
    const auto desks = int(deskCursors.size());
    const double cpuBefore = cpuSeconds();
    const double serverBefore = server.cpuSeconds();
    const bool statements = sql.resetStatements();
    const double backendBefore = sql.backendCpuSeconds();
    f.loadBefore = loadAverage();
    std::vector<CommunityOutcome> outcomes(static_cast<size_t>(devices));
    std::atomic<qint64> deskPulled{0};
    std::atomic<int> desksOk{0};
    f.wall = together(devices + desks, [&](int i) {
        if (i >= devices) {
            const int d = i - devices;
            if (signInFirst)
                signInFirst(i);
            const DeskOutcome o =
                runDesk(at, deskUser(d, districtDesks), tokens.at(i), deskLabel(d, districtDesks),
                        deskCursors.at(size_t(d)), recorder);
            deskCursors[size_t(d)] = o.cursor;
            deskPulled += o.pulled;
            desksOk += o.ok ? 1 : 0;
            return;
        }
        if (spreadSeconds > 0)
            std::this_thread::sleep_for(
                std::chrono::milliseconds(qint64(spreadSeconds * 1000 * i / devices)));
        QElapsedTimer whole;
        whole.start();
        if (signInFirst)
            signInFirst(i);
        outcomes[size_t(i)] = runCommunity(at, plans.at(i), tokens.at(i), recorder);
        if (signInFirst)
            recorder.add(QStringLiteral("whole sync + sign-in (community)"),
                         double(whole.nsecsElapsed()) / 1e6);
    });
    f.generatorCpu = cpuSeconds() - cpuBefore;
    f.serverCpu = server.cpuSeconds() - serverBefore;
    f.backendCpu = sql.backendCpuSeconds() - backendBefore;
    if (statements)
        f.statements = sql.heaviestStatements(12);
    f.loadAfter = loadAverage();
    f.deskPulled = deskPulled;
    f.desksOk = desksOk;
    for (const CommunityOutcome &o : outcomes) {
        f.pulled += o.pulled;
        f.outcomes << o;
    }
    return f;
}

void printPhase(PhaseFigures &f, int devices, int desks, bool postgres)
{
    const Recorder &recorder = *f.recorder;
    std::printf("\n== %s ==\nload average before %s, after %s\n", qPrintable(f.name),
                qPrintable(f.loadBefore), qPrintable(f.loadAfter));
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
    figure(QStringLiteral("wall time (%1 devices, %2 desks)").arg(devices).arg(desks), f.wall, "s");
    figure(QStringLiteral("requests per second"), double(recorder.requests()) / f.wall, "req/s");
    figure(QStringLiteral("errors"), recorder.errors(), "");
    figure(QStringLiteral("requests sent again (kept-alive connection closed)"),
           recorder.resentCount(), "");
    figure(QStringLiteral("community changes pulled, per device"),
           double(f.pulled) / qMax(1, devices), "");
    figure(QStringLiteral("desk changes pulled"), double(f.deskPulled), "");
    if (postgres)
        figure(QStringLiteral("CPU: PostgreSQL backends of the server"), f.backendCpu, "s");
    figure(QStringLiteral("CPU: server process"), f.serverCpu, "s");
    figure(QStringLiteral("CPU: this generator (%1 threads)").arg(devices + desks), f.generatorCpu,
           "s");
    // What one community's sync costs the server side (desks' pulls included),
    // and how many of them a second two cores could serve at that cost.
    const double perSync = (f.serverCpu + f.backendCpu) / qMax(1, devices);
    figure(QStringLiteral("CPU per community sync (server + PostgreSQL)"), perSync * 1000, "ms");
    figure(QStringLiteral("  syncs a second 2 cores serve at that cost"),
           perSync > 0 ? 2.0 / perSync : 0, "");
    if (f.statements.isEmpty())
        return;
    // Where PostgreSQL's part goes (pg_stat_statements; executor time only).
    std::printf("heaviest statements (pg_stat_statements)    calls  exec ms  ms a sync\n");
    for (const CityStore::StatementCost &s : std::as_const(f.statements))
        std::printf("  %-40s %7lld %8.1f %9.3f\n", qPrintable(s.query.left(40)),
                    static_cast<long long>(s.calls), s.execMs, s.execMs / qMax(1, devices));
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
    option("uploads",
           "batch: a device's photos in one request; each: one a request "
           "(a server before batches)",
           "HOW", "batch");
    option("spread", "start the devices over this many seconds (0: all at once)", "S", "0");
    option("phases", "measured phases: first (cursor 0), daily (since the last cursor)", "LIST",
           "first,daily");
    option("server", "certdesk-upstream to serve (another build's, to compare)", "BIN", "");
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

    // Each measured day's photos, made before the clock starts.
    const QStringList phases =
        smoke ? QStringList{QStringLiteral("first"), QStringLiteral("daily")}
              : parser.value(QStringLiteral("phases")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : phases) {
        if (p != QLatin1String("first") && p != QLatin1String("daily"))
            return fail(
                QStringLiteral("--phases: 'first', 'daily' or 'first,daily', not '%1'").arg(p));
    }
    const QString uploads = parser.value(QStringLiteral("uploads"));
    if (uploads != QLatin1String("batch") && uploads != QLatin1String("each"))
        return fail(QStringLiteral("--uploads: 'batch' or 'each', not '%1'").arg(uploads));
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    // Each run checks other people of each community, as the days of a month
    // do: a run that checked the same 12 people as the one before gave them
    // one more check each time (after 40 runs on one store, 43 checks each,
    // all read back by every push), which no community's month looks like.
    const int firstDay = int(QRandomGenerator::global()->bounded(1000));
    std::printf("people checked: day %d of the bench's days (random each run)\n", firstDay);
    QList<CommunityDevice> plans;
    QList<QList<Photo>> dailyPhotos;
    qint64 photoBytes = 0;
    for (int i = 0; i < devices; ++i) {
        CommunityDevice d;
        d.user = QStringLiteral("city-w%1").arg(i);
        d.device = QStringLiteral("city-%1-w%2").arg(tag).arg(i);
        d.parallelUploads = parser.value(QStringLiteral("parallel-uploads")).toInt();
        d.batchUploads = uploads == QLatin1String("batch");
        d.day = firstDay;
        QList<Photo> second;
        for (int k = 0; k < checks; ++k) {
            const quint32 seed = quint32(qHash(tag)) ^ quint32(i * 1009 + k);
            if (phases.contains(QLatin1String("first")))
                d.photos << makePhoto(seed);
            if (phases.contains(QLatin1String("daily")))
                second << makePhoto(seed ^ 0x5a5a0000u);
        }
        for (const QList<Photo> *day : {&d.photos, &second}) {
            for (const Photo &p : *day)
                photoBytes += p.bytes.size();
        }
        plans << d;
        dailyPhotos << second;
    }

    CityServer server(store, dir.filePath(QStringLiteral("evidence")),
                      parser.value(QStringLiteral("threads")).toInt());
    if (!parser.value(QStringLiteral("server")).isEmpty())
        server.setProgram(parser.value(QStringLiteral("server")));
    if (!server.start(&error))
        return fail(error);
    Endpoint at;
    at.port = server.port();
    at.password = kPassword;
    Recorder signIns;
    Sampler sampler(server.pid(), sql.isPostgres() ? store : QString());
    sampler.start();
    const int desks = districtDesks + streetDesks;
    QList<QString> tokens(devices + desks);
    const auto signInOf = [&](int i, Recorder &recorder) {
        const QString user = i < devices ? plans.at(i).user : deskUser(i - devices, districtDesks);
        const QString device =
            i < devices ? plans.at(i).device : QStringLiteral("city-%1-%2").arg(tag, user);
        tokens[i] = signIn(at, user, device, recorder);
    };

    // The morning: every device and desk signs in at once (a token lasts 12
    // hours; the automatic syncs of the day keep it). Unless --spread, where
    // each device signs in right before its first sync.
    double signInWall = 0, signInServerCpu = 0;
    if (spreadSeconds <= 0) {
        const double before = server.cpuSeconds();
        signInWall = together(devices + desks, [&](int i) { signInOf(i, signIns); });
        signInServerCpu = server.cpuSeconds() - before;
    }

    // The phases: each device and desk at once (or spread), timed apart.
    //   first: a device set up anew pulls its community from cursor 0;
    //   daily: the day's sync since the cursor its last sync kept (after a
    //          first phase, or an unmeasured pull when the first is left out).
    std::vector<qint64> deskCursors(size_t(desks), 0);
    QStringList pushed, uploaded;
    bool desksOk = true;
    std::vector<PhaseFigures> figures;
    const bool signInFirst = spreadSeconds > 0;
    if (!phases.contains(QLatin1String("first"))) {
        // Set up before the day: each device pulls once, its cursor kept.
        Recorder setUp;
        QList<CommunityDevice> pullOnly = plans;
        for (CommunityDevice &d : pullOnly)
            d.pullOnly = true;
        if (signInFirst)
            together(devices + desks, [&](int i) { signInOf(i, setUp); });
        const PhaseFigures f =
            runPhase(at, pullOnly, tokens, districtDesks, 0, deskCursors, setUp, server, sql);
        for (int i = 0; i < devices; ++i) {
            plans[i].cursor = f.outcomes.at(i).cursor;
            plans[i].people = f.outcomes.at(i).people;
        }
        desksOk = desksOk && f.desksOk == desks && setUp.errors() == 0;
        figure(QStringLiteral("devices set up (pull from 0, not measured)"), f.wall, "s");
    }
    for (const QString &phase : phases) {
        const bool first = phase == QLatin1String("first");
        if (!first) {
            for (int i = 0; i < devices; ++i)
                plans[i].photos = dailyPhotos.at(i);
        }
        auto recorder = std::make_unique<Recorder>();
        const bool withSignIn = first && signInFirst;
        Recorder *r = recorder.get();
        PhaseFigures f =
            runPhase(at, plans, tokens, districtDesks, spreadSeconds, deskCursors, *r, server, sql,
                     withSignIn ? std::function<void(int)>([&](int i) { signInOf(i, *r); })
                                : std::function<void(int)>());
        f.name = first ? QStringLiteral("first sync of a device set up anew (cursor 0)")
                       : QStringLiteral("daily sync (since the cursor of the last sync)");
        for (int i = 0; i < devices; ++i) {
            const CommunityOutcome &o = f.outcomes.at(i);
            pushed += o.pushedUuids;
            uploaded += o.uploaded;
            plans[i].cursor = o.cursor;
            plans[i].people = o.people;
            plans[i].day += 1;
        }
        desksOk = desksOk && f.desksOk == desks;
        f.recorder = std::move(recorder);
        figures.push_back(std::move(f));
    }
    sampler.stop();
    server.stop();

    // What the server stored, counted by SQL.
    const CityStore::Stored stored =
        sql.stored(QStringLiteral("city-%1-").arg(tag), pushed, uploaded);
    if (signInWall > 0) {
        QHash<QString, QList<double>> ms = signIns.latencies();
        QList<double> &v = ms[QStringLiteral("sign-in")];
        std::printf("\n");
        figure(QStringLiteral("sign-in of %1 devices and desks at once").arg(devices + desks),
               signInWall, "s");
        figure(QStringLiteral("  sign-in p50"), quantile(v, 0.5), "ms");
        figure(QStringLiteral("  sign-in p95"), quantile(v, 0.95), "ms");
        figure(QStringLiteral("  CPU: server process (Argon2id)"), signInServerCpu, "s");
    }
    int errors = signIns.errors();
    for (PhaseFigures &f : figures) {
        printPhase(f, devices, desks, sql.isPostgres());
        errors += f.recorder->errors();
    }
    std::printf("\n");
    figure(QStringLiteral("photos uploaded (%1 KB average)")
               .arg(photoBytes / qMax<qint64>(1, qint64(devices) * checks * phases.size()) / 1024),
           double(uploaded.size()), "");
    figure(QStringLiteral("events pushed and accepted"), double(pushed.size()), "");
    figure(QStringLiteral("server VmRSS peak (sampled)"), sampler.peakRssKb() / 1024.0, "MB");
    figure(QStringLiteral("server VmHWM at the end"), sampler.hwmKb() / 1024.0, "MB");
    if (sql.isPostgres()) {
        figure(QStringLiteral("PostgreSQL connections peak (max_connections %1)")
                   .arg(sql.scalar(QStringLiteral("SHOW max_connections"))),
               sampler.peakConnections(), "");
        figure(QStringLiteral("PostgreSQL active connections peak"), sampler.peakActive(), "");
    }
    figure(QStringLiteral("events stored for this run's devices"), double(stored.events), "");
    figure(QStringLiteral("  of them distinct uuids"), double(stored.distinctEvents), "");
    figure(QStringLiteral("  pushed uuids not stored"), double(stored.missingEvents), "");
    figure(QStringLiteral("  event changes per pushed uuid != 1"), double(stored.badChanges), "");
    figure(QStringLiteral("uploaded photos not stored"), double(stored.missingPhotos), "");
    figure(QStringLiteral("events in the store before / after"), double(eventsBefore), "");
    figure(QStringLiteral("  after"),
           double(sql.scalar(QStringLiteral("SELECT count(*) FROM event"))), "");
    const bool allStored = stored.events == pushed.size() &&
                           stored.distinctEvents == pushed.size() && stored.missingEvents == 0 &&
                           stored.badChanges == 0 && stored.missingPhotos == 0;
    const bool ok = errors == 0 && allStored &&
                    pushed.size() == qsizetype(devices) * checks * phases.size() && desksOk;
    if (smoke)
        dir.removeRecursively();
    if (!ok)
        return fail(QStringLiteral("errors, or events lost or duplicated (see above)"));
    std::printf("all %lld pushed events stored once; 0 errors\n",
                static_cast<long long>(pushed.size()));
    return 0;
}
