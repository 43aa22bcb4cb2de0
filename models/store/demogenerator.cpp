#include "demogenerator.h"

#include "database.h"
#include "demonames.h"
#include "demopersonfactory.h"
#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "domain/isodate.h"
#include "domain/policyprofile.h"
#include "domain/specialgroup.h"
#include "domain/workingcalendar.h"
#include "jurisdictionrepository.h"
#include "logging.h"
#include "namesearch.h"
#include "recipientbulkinsert.h"
#include "recipientrepository.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <cstring>
#include <ctime>
#include <sqlite3.h>

namespace certdesk
{

namespace
{
// The demo district keeps its name; the other districts of a city (issue 19).
QString districtName(int index)
{
    static const char *const others[] = {"山青区", "云溪区", "松涛区", "河畔区", "石桥区",
                                         "柳岸区", "金沙区", "兰亭区", "枫林区"};
    return index == 0 ? DemoPersonFactory::districtName()
                      : QString::fromUtf8(others[(index - 1) % int(std::size(others))]);
}

// The process's CPU time (all its threads) in ms, for the phases' log lines: on a
// shared machine steadier than the wall clock.
qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}
} // namespace

void DemoGenerator::tuneProcessForBulkLoad()
{
    // SQLITE_MISUSE once SQLite is initialized: the statistics then stay on.
    if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
        qCInfo(lcDemo) << "SQLite already initialized: memory statistics stay on";
}

bool DemoGenerator::generate(const Database &db, const PolicyProfile &profile,
                             const DemoOptions &options, QString *error, const Progress &progress)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (options.persons < 1 || options.persons > 5000000)
        return fail(tr("The number of persons must be between 1 and 5,000,000."));
    if (options.districts < 1 || options.districts > DemoOptions::MaxDistricts)
        return fail(
            tr("The number of districts must be between 1 and %1.").arg(DemoOptions::MaxDistricts));
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    if (!DemoNames().isValid())
        return fail(tr("The demo name lists are missing from the program's resources."));
    RecipientRepository recipients(db, profile);
    if (recipients.count() > 0)
        return fail(tr("The database already holds recipients; demo data goes into an empty one."));

    QElapsedTimer timer;
    timer.start();
    const WorkingCalendar &calendar = profile.calendar();
    // Bulk load: a big page cache, and the secondary indexes dropped and built
    // again at the end (sorting once is far cheaper than 1M random index inserts).
    // All inside one transaction, so a cancel leaves the schema as it was.
    QSqlQuery tune(db.connection());
    tune.exec(QStringLiteral("PRAGMA cache_size = -1000000"));
    // Into an empty file a rollback journal holds next to nothing, while WAL would
    // write every new page twice (log, then checkpoint). Back to WAL at the end;
    // when another connection is open the switch is refused and WAL simply stays.
    tune.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    tune.finish();
    if (!db.beginWrite(error))
        return false;
    // The connection's own settings (Database::openConnection) back after the load.
    auto restore = [&tune] {
        tune.exec(QStringLiteral("PRAGMA threads = 0"));
        tune.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        tune.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        tune.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    };
    auto abort = [&](const QString &message) {
        db.rollback();
        restore();
        return fail(message);
    };
    QStringList indexNames, indexDefinitions;
    {
        QSqlQuery indexes(db.connection());
        indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name = 'recipient' AND sql IS NOT NULL"));
        while (indexes.next()) {
            indexNames << indexes.value(0).toString();
            indexDefinitions << indexes.value(1).toString();
        }
        indexes.finish();
        for (const QString &name : std::as_const(indexNames)) {
            if (!indexes.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return abort(indexes.lastError().text());
        }
    }

    // Jurisdictions: the demo district, and for a city more districts numbered
    // down from it (370299, 370298, ...), each with its own streets.
    JurisdictionRepository jurisdictions(db);
    const QString district = DemoPersonFactory::districtCode();
    QList<DemoPersonFactory::Community> communities;
    const qint64 perDistrict = options.persons / options.districts;
    const int streets = streetCount(perDistrict);
    const int perStreet = communitiesPerStreet(perDistrict);
    for (int d = 0; d < options.districts; ++d) {
        const QString districtCode = d == 0 ? district : QString::number(district.toInt() - d);
        if (!jurisdictions.insert(
                {districtCode, QString(), JurisdictionNode::District, districtName(d)}, error))
            return abort(error ? *error : QString());
        for (int s = 0; s < streets; ++s) {
            const QString streetCode =
                districtCode + QStringLiteral("%1").arg(s + 1, 3, 10, QLatin1Char('0'));
            const QString streetName = DemoPersonFactory::streetName(s + d);
            if (!jurisdictions.insert(
                    {streetCode, districtCode, JurisdictionNode::Street, streetName}, error))
                return abort(error ? *error : QString());
            for (int c = 0; c < perStreet; ++c) {
                const QString code =
                    streetCode + QStringLiteral("%1").arg(c + 1, 3, 10, QLatin1Char('0'));
                const QString name = DemoPersonFactory::communityName(streetName, c);
                if (!jurisdictions.insert({code, streetCode, JurisdictionNode::Community, name},
                                          error))
                    return abort(error ? *error : QString());
                communities.append({streetCode, code, name, districtCode});
            }
        }
    }

    // People are made on a worker thread a batch ahead of the inserts (the two
    // halves of the work then use both cores); one generator keeps them reproducible.
    DemoPersonFactory factory(options.seed, today, profile, district, communities);
    struct Batch {
        QList<Recipient> people;
        QList<bool> wantsVisit;
        QStringList nameTokens; // for the name index, made here off the writing thread
    };
    constexpr qint64 BatchSize = 8192;
    auto makeBatch = [&factory](qint64 count) {
        Batch b;
        b.people.reserve(count);
        b.wantsVisit.reserve(count);
        b.nameTokens.reserve(count);
        for (qint64 i = 0; i < count; ++i) {
            bool visit = false;
            b.people.append(factory.next(&visit));
            b.wantsVisit.append(visit);
            b.nameTokens.append(NameSearch::tokens(b.people.constLast().name));
        }
        return b;
    };
    QList<qint64> visitCandidates;
    RecipientBulkInsert rows(db);
    QFuture<Batch> pending = QtConcurrent::run(makeBatch, qMin(BatchSize, options.persons));
    Batch spent; // the batch inserted last, handed to the worker to free
    qint64 waitedNs = 0;
    for (qint64 done = 0; done < options.persons;) {
        QElapsedTimer wait;
        wait.start();
        Batch batch = pending.result();
        waitedNs += wait.nsecsElapsed();
        const qint64 after = done + batch.people.size();
        if (after < options.persons)
            pending = QtConcurrent::run(
                [&makeBatch, old = std::move(spent)](qint64 count) mutable {
                    old = Batch(); // freed by the thread that allocated it (no arena locks)
                    return makeBatch(count);
                },
                qMin(BatchSize, options.persons - after));
        for (int i = 0; i < batch.people.size(); ++i) {
            Recipient &r = batch.people[i];
            if (!rows.insert(r, batch.nameTokens.at(i), error)) {
                pending.waitForFinished();
                return abort(error ? *error : QString());
            }
            if (batch.wantsVisit.at(i))
                visitCandidates << r.id;
        }
        done = after;
        spent = std::move(batch);
        if (progress && !progress(done, options.persons)) {
            pending.waitForFinished();
            return abort(tr("Demo generation cancelled; nothing was saved."));
        }
    }
    // Open home-visit requests from the last working week, due in working days.
    for (qint64 id : std::as_const(visitCandidates)) {
        VisitRequest v;
        v.recipientId = id;
        v.requestedOn = factory.visitRequestDate();
        // UR 七(三) sets a deadline; elsewhere the request has none (see HomeVisit).
        v.dueOn = profile.homeVisitWorkingDays()
                      ? calendar.addWorkingDays(v.requestedOn, *profile.homeVisitWorkingDays())
                      : QDate(9999, 12, 31);
        v.status = QStringLiteral("open");
        if (!recipients.insertVisitRequest(v, error))
            return abort(error ? *error : QString());
    }
    if (progress)
        progress(options.persons, options.persons);
    qCInfo(lcDemo) << "rows inserted after" << timer.elapsed() << "ms (CPU" << cpuMs()
                   << "ms), of which" << waitedNs / 1000000 << "ms waiting for generated people";
    {
        QSqlQuery indexes(db.connection());
        // Index builds sort in small runs: SQLite's sorter takes the page cache's size
        // as its memory, and sorting 1M keys in one list of 1 GB was twice as slow
        // as in 2 MB runs merged (cache misses). The rows are written anyway.
        indexes.exec(QStringLiteral("PRAGMA cache_size = -2048"));
        // Those runs, and the helper threads below, exist only when the connection's
        // temporary storage is in files: with temp_store = MEMORY (the connection's
        // setting, Database::openConnection) SQLite's sorter keeps every key of an
        // index in one list in memory and sorts it on this thread alone (vdbesort.c:
        // no PMA size and no worker threads when sqlite3TempInMemory()). The runs
        // go to files SQLite deletes when it closes them; the demo's people are
        // synthetic. Refused (and harmless) if a temporary table were open.
        if (!indexes.exec(QStringLiteral("PRAGMA temp_store = FILE")))
            qCInfo(lcDemo) << "index builds sort in memory:" << indexes.lastError().text();
        // Let SQLite's sorter use a helper thread per core for the index builds.
        indexes.exec(
            QStringLiteral("PRAGMA threads = %1").arg(qMax(1, QThread::idealThreadCount())));
        for (int i = 0; i < indexDefinitions.size(); ++i) {
            if (!indexes.exec(indexDefinitions.at(i)))
                return abort(tr("Cannot build the index %1 (SQLite sorts it in temporary files "
                                "in SQLITE_TMPDIR, TMPDIR or /var/tmp): %2")
                                 .arg(indexNames.at(i), indexes.lastError().text()));
        }
    }
    qCInfo(lcDemo) << "indexes built after" << timer.elapsed() << "ms (CPU" << cpuMs() << "ms)";
    db.setSetting(QStringLiteral("profile"), profile.id());
    db.setSetting(QStringLiteral("demo.today"), today.toString(Qt::ISODate));
    if (!db.commit(error)) {
        restore();
        return false;
    }
    restore();
    // Statistics for the planner on a sample: cheap even at a million rows.
    tune.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    tune.exec(QStringLiteral("ANALYZE"));
    qCInfo(lcDemo) << "generated" << options.persons << "persons in" << timer.elapsed() << "ms (CPU"
                   << cpuMs() << "ms)";
    return true;
}

} // namespace certdesk
