// Sync over loopback for docs/performance.md, against the real upstream server
// (SQLite store unless --store gives a postgresql:// URL):
//   pull of a 100,000-person roster into an empty client;
//   push of 10,000 recorded checks (sharing one photo);
//   upload of 2,000 photos of about 300 KB with their checks;
//   a second sync with nothing new;
// and, as the reference for the push, the engine itself: the same 10,000
// events and their changes written with multi-row INSERTs through the same
// kind of connection the server uses (UpstreamStore), into copies of its tables.
//   build/bench/bench_sync [--persons 100000] [--dir /tmp/bench-sync] [--store URL]
//                          [--steps pull,push,upload,idle] [--page 2000]
// A district of 1,000,000 (issue 19 point 3): --persons 1000000 --steps pull.
#include "../tests/syncharness.h"
#include "benchconditions.h"

#include "upstreamstore.h"

#include "store/demogenerator.h"
#include "sync/syncjournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);

void figure(const char *name, double value, const char *unit)
{
    std::printf("%-44s %10.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fprintf(stderr, "%s\n", qPrintable(why));
    return 1;
}

// The engine's own time for what a push of `events` writes: the event rows,
// their change rows (numbered by the engine) and evidence links, read back
// from the store and inserted again in one transaction with multi-row INSERTs
// into tables made like the server's (same keys and indexes). Seconds, or a
// negative number with *error.
double engineWrite(const QString &storeUrl, int events, QString *error)
{
    auto store = UpstreamStore::open(storeUrl, error);
    if (!store)
        return -1;
    QSqlDatabase db = store->connection(error);
    if (!db.isValid())
        return -1;
    const bool sqlite = store->driver() == UpstreamStore::Driver::Sqlite;
    const QString serial = sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                  : QStringLiteral("BIGSERIAL PRIMARY KEY");
    QSqlQuery q(db);
    const QStringList ddl{
        QStringLiteral("DROP TABLE IF EXISTS ref_event"),
        QStringLiteral("DROP TABLE IF EXISTS ref_change"),
        QStringLiteral("DROP TABLE IF EXISTS ref_event_evidence"),
        QStringLiteral("CREATE TABLE ref_change (seq %1, type TEXT NOT NULL, key TEXT NOT NULL, "
                       "id_number TEXT, district_code TEXT, street_code TEXT, community_code "
                       "TEXT, data TEXT NOT NULL, created_at TEXT NOT NULL)")
            .arg(serial),
        QStringLiteral("CREATE INDEX ref_change_district ON ref_change (district_code, seq)"),
        QStringLiteral("CREATE INDEX ref_change_street ON ref_change (street_code, seq)"),
        QStringLiteral("CREATE INDEX ref_change_community ON ref_change (community_code, seq)"),
        QStringLiteral("CREATE INDEX ref_change_person ON ref_change (id_number, type)"),
        QStringLiteral("CREATE INDEX ref_change_key ON ref_change (type, key)"),
        QStringLiteral("CREATE TABLE ref_event (uuid TEXT PRIMARY KEY, seq BIGINT NOT NULL, kind "
                       "TEXT NOT NULL, id_number TEXT NOT NULL, device TEXT NOT NULL, user_name "
                       "TEXT NOT NULL, content_hash TEXT NOT NULL, payload TEXT NOT NULL, "
                       "received_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX ref_event_person ON ref_event (id_number)"),
        QStringLiteral("CREATE TABLE ref_event_evidence (event_uuid TEXT NOT NULL, content_hash "
                       "TEXT NOT NULL, PRIMARY KEY (event_uuid, content_hash))"),
    };
    for (const QString &sql : ddl) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return -1;
        }
    }
    QVariantList changes, rows, links;
    q.setForwardOnly(true);
    if (!execQuery(q,
                   QStringLiteral("SELECT c.type, c.key, c.id_number, c.district_code, "
                                  "c.street_code, c.community_code, c.data, c.created_at, e.seq, "
                                  "e.kind, e.device, e.user_name, e.content_hash, e.payload, "
                                  "e.received_at FROM event e JOIN change c ON c.seq = e.seq "
                                  "ORDER BY e.seq LIMIT ?"),
                   {events}, error))
        return -1;
    while (q.next()) {
        for (int i = 0; i < 8; ++i)
            changes << q.value(i);
        rows << q.value(1) << q.value(8) << q.value(9) << q.value(2);
        for (int i = 10; i < 15; ++i)
            rows << q.value(i);
        links << q.value(1) << q.value(12);
    }
    QElapsedTimer t;
    t.start();
    if (!store->begin(db, error) ||
        !insertRows(db,
                    QStringLiteral("INSERT INTO ref_change (type, key, id_number, district_code, "
                                   "street_code, community_code, data, created_at)"),
                    8, changes, error, QStringLiteral(" RETURNING seq"),
                    [](QSqlQuery &r) {
                        while (r.next()) {
                        }
                    }) ||
        !insertRows(db,
                    QStringLiteral("INSERT INTO ref_event (uuid, seq, kind, id_number, device, "
                                   "user_name, content_hash, payload, received_at)"),
                    9, rows, error) ||
        !insertRows(db, QStringLiteral("INSERT INTO ref_event_evidence (event_uuid, content_hash)"),
                    2, links, error) ||
        !UpstreamStore::commit(db, error))
        return -1;
    const double seconds = t.elapsed() / 1000.0;
    for (const QString &table : {QStringLiteral("ref_event"), QStringLiteral("ref_change"),
                                 QStringLiteral("ref_event_evidence")})
        q.exec(QStringLiteral("DROP TABLE %1").arg(table));
    return seconds;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("persons"), QStringLiteral("roster size"), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("work folder"), QStringLiteral("DIR"),
                      QStringLiteral("/tmp/bench-sync")});
    parser.addOption(
        {QStringLiteral("store"), QStringLiteral("server store URL"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("what to time"),
                      QStringLiteral("pull,push,upload,idle"),
                      QStringLiteral("pull,push,upload,idle")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("changes per pulled page"),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.process(app);
    const QStringList steps =
        parser.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int page = parser.value(QStringLiteral("page")).toInt();
    QDir dir(parser.value(QStringLiteral("dir")));
    dir.removeRecursively();
    QDir().mkpath(dir.path());
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);

    // The district roster, made as `certdesk-cli demo` makes it.
    const QString rosterPath = dir.filePath(QStringLiteral("roster.sqlite"));
    QString district;
    {
        auto db = Database::open(rosterPath, Database::OpenMode::CreateIfMissing, &error);
        DemoOptions o;
        o.persons = parser.value(QStringLiteral("persons")).toInt();
        o.seed = 11;
        o.today = kToday;
        if (!db || !DemoGenerator::generate(*db, *profile, o, &error))
            return fail(error);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT code FROM jurisdiction WHERE level = 1"));
        q.next();
        district = q.value(0).toString();
    }
    QString store = parser.value(QStringLiteral("store"));
    if (store.isEmpty())
        store = QStringLiteral("sqlite:%1").arg(dir.filePath(QStringLiteral("upstream.sqlite")));
    else if (!synctest::resetPostgres(store, &error))
        return fail(error);
    synctest::Upstream upstream(store, dir.filePath(QStringLiteral("upstream-evidence")));
    QElapsedTimer t;
    t.start();
    upstream.admin({QStringLiteral("load-roster"), QStringLiteral("--from"), rosterPath}, &error);
    upstream.admin({QStringLiteral("add-user"), QStringLiteral("--user"), QStringLiteral("wang"),
                    QStringLiteral("--password"), synctest::kPassword, QStringLiteral("--role"),
                    QStringLiteral("admin"), QStringLiteral("--scope"), district},
                   &error);
    if (!error.isEmpty() || !upstream.start(QString(), &error))
        return fail(error);
    figure("server load-roster (admin command)", t.elapsed() / 1000.0, "s");

    synctest::Client client(dir.filePath(QStringLiteral("client")), *profile,
                            QStringLiteral("wang"));
    std::printf("load average before the pull: %s\n", qPrintable(bench::loadAverage()));
    t.restart();
    const double cpu = bench::cpuSeconds();
    SyncReport r = client.sync(upstream.url(), {}, page);
    if (r.outcome != SyncReport::Outcome::Ok)
        return fail(r.message);
    figure(qPrintable(QStringLiteral("pull %1 changes").arg(r.pulled)), t.elapsed() / 1000.0, "s");
    figure("  the desk's CPU time (user + system)", bench::cpuSeconds() - cpu, "s");
    if (!steps.contains(QStringLiteral("push")))
        return 0;

    // 10,000 checks recorded (one photo shared), pushed in batches of 500.
    QSqlQuery people(client.db().connection());
    people.exec(QStringLiteral(
        "SELECT id FROM recipient WHERE living_status = 'alive' AND benefit_status = 'normal' "
        "ORDER BY id LIMIT 12000"));
    QList<qint64> ids;
    while (people.next())
        ids << people.value(0).toLongLong();
    const EvidenceLink shared = client.photo(1);
    auto recordAll = [&](const QList<qint64> &who, const std::function<EvidenceLink(int)> &photo) {
        VerificationService service(client.db(), *profile, client.store(), Session::commandLine());
        service.setToday(kToday);
        QList<VerificationEvent> events;
        for (int i = 0; i < who.size(); ++i) {
            VerificationEvent e;
            e.recipientId = who.at(i);
            e.checkDate = kToday.addDays(-1 - i % 20);
            e.method = VerificationMethod::Window;
            e.worker = QStringLiteral("wang");
            e.evidence = {photo(i)};
            events << e;
        }
        return service.recordMany(events, &error);
    };
    if (!recordAll(ids.mid(0, 10000), [&](int) { return shared; }))
        return fail(error);
    t.restart();
    r = client.sync(upstream.url());
    if (r.outcome != SyncReport::Outcome::Ok || r.pushed != 10000)
        return fail(QStringLiteral("push: %1 pushed, %2").arg(r.pushed).arg(r.message));
    const double push = t.elapsed() / 1000.0;
    figure("push 10000 events", push, "s");
    const double engine = engineWrite(store, 10000, &error);
    if (engine < 0)
        return fail(error);
    figure("  engine: the same rows, multi-row INSERTs", engine, "s");
    figure("  push / engine", push / engine, "x");
    if (!steps.contains(QStringLiteral("upload")))
        return 0;

    // 2,000 photos of about 300 KB (noise, 320 x 320 PNG), one per check.
    QList<EvidenceLink> photos;
    for (int i = 0; i < 2000; ++i)
        photos << client.photo(1000 + i, 320, 320, true);
    qint64 bytes = 0;
    for (const EvidenceLink &p : std::as_const(photos))
        bytes += p.item.bytes;
    if (!recordAll(ids.mid(10000, 2000), [&](int i) { return photos.at(i); }))
        return fail(error);
    t.restart();
    r = client.sync(upstream.url());
    if (r.outcome != SyncReport::Outcome::Ok || r.uploaded != 2000)
        return fail(QStringLiteral("upload: %1 uploaded, %2").arg(r.uploaded).arg(r.message));
    figure(qPrintable(QStringLiteral("upload 2000 photos (%1 MB) + push").arg(bytes / 1000000)),
           t.elapsed() / 1000.0, "s");

    if (!steps.contains(QStringLiteral("idle")))
        return 0;
    // What the automatic sync does every interval: the token is kept, so no sign-in.
    SyncClient http(upstream.url());
    t.restart();
    r = SyncRun::signIn(http, &client.settings(), synctest::kPassword);
    figure("sign-in (Argon2id check on the server)", t.elapsed() / 1000.0, "s");
    t.restart();
    SyncRun again(client.db(), *profile, client.store(), client.settings(), http);
    r = again.run();
    if (r.outcome != SyncReport::Outcome::Ok || r.pushed != 0 || r.pulled != 0)
        return fail(QStringLiteral("second sync: %1 pushed, %2 pulled, %3")
                        .arg(r.pushed)
                        .arg(r.pulled)
                        .arg(r.message));
    figure("second sync, nothing new", t.elapsed() / 1000.0, "s");
    return 0;
}
