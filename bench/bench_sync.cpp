// Sync over loopback for docs/performance.md, against the real upstream server
// (SQLite store unless --store gives a postgresql:// URL):
//   pull of a 100,000-person roster into an empty client;
//   push of 10,000 recorded checks (sharing one photo);
//   upload of 2,000 photos of about 300 KB with their checks;
//   a second sync with nothing new.
//   build/bench/bench_sync [--persons 100000] [--dir /tmp/bench-sync] [--store URL]
#include "../tests/syncharness.h"

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
    parser.process(app);
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
    t.restart();
    SyncReport r = client.sync(upstream.url());
    if (r.outcome != SyncReport::Outcome::Ok)
        return fail(r.message);
    figure(qPrintable(QStringLiteral("pull %1 recipients").arg(r.pulled)), t.elapsed() / 1000.0,
           "s");

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
    figure("push 10000 events", t.elapsed() / 1000.0, "s");

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
