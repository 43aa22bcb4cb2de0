// Sync faults: CertDesk clients against the real upstream server on loopback,
// once with SQLite storage and once with PostgreSQL (tests/syncfixture.h). The
// faults are real: the server process is killed mid-push and mid-upload,
// answers 503, drops connections and goes away under the controller; a client
// process is killed mid-pull; a pull is cancelled; a fake server answers
// outside the protocol. Rows are counted on the server afterwards.
#include "faulttest.h"
#include "syncfixture.h"

#include "domain/idnumber.h"
#include "store/jurisdictionrepository.h"
#include "store/namesearch.h"
#include "store/recipientrepository.h"
#include "sync/synccontroller.h"

#include <QSignalSpy>

using namespace certdesk;

using namespace synctest;

namespace
{
// What a pull leaves on the desk: every person's roster and derived columns,
// the recipient table's indexes and the name index (a first pull leaves both
// out and makes them after its last page).
QString pulledState(const Client &c)
{
    return c
        .scalar(QStringLiteral(
            "SELECT count(*) || ' ' || group_concat(x, ';') || ' ' || (SELECT count(*) FROM "
            "sqlite_master WHERE type = 'index' AND tbl_name = 'recipient') || ' ' || (SELECT "
            "count(*) FROM recipient_name_fts) FROM (SELECT "
            "id_number || '|' || name || '|' || coalesce(phone, '') || '|' || community_code || "
            "'|' || monthly_benefit_fen || '|' || living_status || '|' || benefit_status || '|' "
            "|| coalesce(period_end, '') || '|' || coalesce((SELECT chars FROM "
            "recipient_name_fts WHERE rowid = recipient.id), '-') AS x FROM recipient ORDER BY "
            "id_number)"))
        .toString();
}

// Every column of every recipient but the row id, with the name index's row,
// by ID number; `except` left out.
QStringList recipientRows(const Client &c, const QString &except = QString())
{
    QStringList columns;
    QSqlQuery q(c.db().connection());
    q.exec(QStringLiteral("PRAGMA table_info(recipient)"));
    while (q.next()) {
        if (q.value(1).toString() != QLatin1String("id"))
            columns << q.value(1).toString();
    }
    q.prepare(
        QStringLiteral("SELECT %1, (SELECT chars FROM recipient_name_fts WHERE rowid = "
                       "recipient.id) FROM recipient WHERE id_number <> coalesce(?, '') ORDER BY "
                       "id_number")
            .arg(columns.join(QLatin1String(", "))));
    q.addBindValue(except);
    q.exec();
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i <= columns.size(); ++i)
            values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}
} // namespace

class TestSyncFaults : public QObject, public SyncFixture
{
    Q_OBJECT
public:
    TestSyncFaults() : SyncFixture(QStringLiteral("certdesk_test_sync_faults")) {}

private slots:
    void initTestCase_data() { SyncFixture::addStorageRows(); }
    void initTestCase() { QVERIFY2(prepareRoster(), qPrintable(m_error)); }
    void init() { SYNC_START_OR_SKIP(*this); }
    void cleanup() { finishCase(); }

    void serverKilledMidPushLosesNothing();
    void unreadableEventStopsThePushAfterTheBatchBefore();
    void refusedUploadStopsThePushAfterTheBatchBefore();
    void serverErrorsAndDroppedConnectionsAreRetried();
    void uploadResumesWhereTheServerStopped();
    void smallFilesGoInBatches();
    void olderServerGetsOneUploadAFile();
    void clientKilledMidPullResumes();
    void serverKilledMidPullResumes();
    void cancelledPullKeepsAConsistentCursor();
    void firstPullInBulkMatchesPerRowApply();
    void controllerBacksOffUntilTheServerReturns();
    void answersOutsideTheProtocolAreRefused();

private:
    SyncReport syncPhotosTo(const QString &fault, int checks);
};

void TestSyncFaults::serverKilledMidPushLosesNothing()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    for (int i = 0; i < 12; ++i)
        QVERIFY(!a.record(m_people.at(i), LivingStatus::Alive, QDate(2026, 11, 2 + i), kToday)
                     .isEmpty());
    // Pushed in batches of 5: the server dies storing the 8th event, after the
    // first batch was committed and answered, before the second commits.
    QVERIFY(m_upstream->start(QStringLiteral("kill-after-events:8")));
    QCOMPARE(a.sync(m_upstream->url(), {}, 2000, 5).outcome, SyncReport::Outcome::RetryLater);
    QVERIFY(m_upstream->waitForDeath());
    QCOMPARE(serverEvents(), 5);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'accepted'")).toInt(),
        5);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).toInt(), 7);
    QVERIFY(m_upstream->start());
    const SyncReport r = a.sync(m_upstream->url(), {}, 2000, 5);
    QVERIFY2(r.outcome == SyncReport::Outcome::Ok, qPrintable(r.message));
    QCOMPARE(r.pushed, 7);
    QCOMPARE(serverEvents(), 12);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'accepted'")).toInt(),
        12);
}

// The desk reads a push's next batch while the server stores the one before
// (issue 19 point 1). When that read fails (here the person of the third check
// is gone from a damaged desk database), the batch already sent is still
// stored on the server and marked accepted here; the run stops naming why, and
// the unreadable check and those after it stay queued.
void TestSyncFaults::unreadableEventStopsThePushAfterTheBatchBefore()
{
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    for (int i = 0; i < 6; ++i)
        QVERIFY(!a.record(m_people.at(i), LivingStatus::Alive, QDate(2026, 11, 2 + i), kToday)
                     .isEmpty());
    {
        QSqlQuery damage(a.db().connection());
        QVERIFY(damage.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        damage.prepare(QStringLiteral("DELETE FROM recipient WHERE id = ?"));
        damage.addBindValue(a.idOf(m_people.at(2)));
        QVERIFY2(damage.exec(), qPrintable(damage.lastError().text()));
        QVERIFY(damage.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    }
    const SyncReport r = a.sync(m_upstream->url(), {}, 2000, 2);
    QCOMPARE(r.outcome, SyncReport::Outcome::NeedsPerson);
    QVERIFY2(r.message.contains(QStringLiteral("cannot be read")), qPrintable(r.message));
    QCOMPARE(serverEvents(), 2);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'accepted'")).toInt(),
        2);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).toInt(), 4);
}

// The next batch's photos go up while the server stores the batch before
// (issue 19 point 1). When they cannot (here the server takes no upload at
// all), the batch in flight, whose photo the server already holds, is still
// answered, stored there and marked accepted here; the run stops, and the
// checks of the next batch on stay queued.
void TestSyncFaults::refusedUploadStopsThePushAfterTheBatchBefore()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    const EvidenceLink held = a.photo(9100);
    QVERIFY(!a.record(m_people.at(0), LivingStatus::Alive, QDate(2026, 11, 2), kToday, std::nullopt,
                      {}, {}, {held})
                 .isEmpty());
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(m_upstream->count("evidence"), 1);
    for (int i = 1; i < 7; ++i) {
        const EvidenceLink photo = i < 3 ? held : a.photo(9100 + i);
        QVERIFY(!a.record(m_people.at(i), LivingStatus::Alive, QDate(2026, 11, 2 + i), kToday,
                          std::nullopt, {}, {}, {photo})
                     .isEmpty());
    }
    QVERIFY(m_upstream->start(QStringLiteral("unknown:batch,unknown:chunk")));
    const SyncReport r = a.sync(m_upstream->url(), {}, 2000, 2);
    QVERIFY2(r.outcome != SyncReport::Outcome::Ok, qPrintable(r.message));
    QCOMPARE(serverEvents(), 3);
    QCOMPARE(m_upstream->count("evidence"), 1);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'accepted'")).toInt(),
        3);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).toInt(), 4);
    qInfo().noquote() << "the run stopped with:" << r.message;
}

void TestSyncFaults::serverErrorsAndDroppedConnectionsAreRetried()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    for (int i = 0; i < 6; ++i)
        QVERIFY(!a.record(m_people.at(i), LivingStatus::Alive, QDate(2026, 11, 2 + i), kToday)
                     .isEmpty());
    // The server answers 503 three times: a run ends "retry later", keeping everything.
    QVERIFY(m_upstream->start(QStringLiteral("status-503:3")));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::RetryLater);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")).toInt(), 6);
    // The command line retries with backoff by itself (two more 503s, then through).
    int exitCode = -1;
    const QString out = cli({QStringLiteral("sync"), QStringLiteral("--db"), a.db().path(),
                             QStringLiteral("--retries"), QStringLiteral("3"),
                             QStringLiteral("--backoff-ms"), QStringLiteral("100")},
                            &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QCOMPARE(serverEvents(), 6);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'accepted'")).toInt(),
        6);

    // A push whose connection is dropped after the server stored its events:
    // whether Qt resends it at once or the next run does, each is stored once.
    for (int i = 6; i < 10; ++i)
        QVERIFY(!a.record(m_people.at(i), LivingStatus::Alive, QDate(2026, 11, 2 + i), kToday)
                     .isEmpty());
    QVERIFY(m_upstream->start(QStringLiteral("drop-after-events:2")));
    if (a.sync(m_upstream->url()).outcome == SyncReport::Outcome::RetryLater)
        QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(serverEvents(), 10);
    QCOMPARE(
        a.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'accepted'")).toInt(),
        10);
}

void TestSyncFaults::uploadResumesWhereTheServerStopped()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    // A photo of about 22 MB (noise does not compress): six 4 MiB chunks.
    const EvidenceLink big = a.photo(4242, 3000, 2500, true);
    QVERIFY(big.item.bytes > 21 * 1024 * 1024);
    QVERIFY(!a.record(m_people.at(0), LivingStatus::Alive, QDate(2026, 11, 20), kToday,
                      std::nullopt, {}, {}, {big})
                 .isEmpty());
    // The server dies after five chunks are on its disk (93%).
    QVERIFY(m_upstream->start(QStringLiteral("kill-after-bytes:20000000")));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::RetryLater);
    QVERIFY(m_upstream->waitForDeath());
    QCOMPARE(serverEvents(), 0);
    QVERIFY(m_upstream->start());
    qint64 firstDone = -1, total = 0;
    const SyncReport r = a.sync(m_upstream->url(), [&](const SyncProgress &p) {
        if (p.phase == SyncProgress::Phase::UploadingEvidence && firstDone < 0) {
            firstDone = p.done;
            total = p.total;
        }
    });
    QVERIFY2(r.outcome == SyncReport::Outcome::Ok, qPrintable(r.message));
    QCOMPARE(r.uploaded, 1);
    // The first chunk sent after the restart ends the file: it resumed at 93%.
    QCOMPARE(total, big.item.bytes);
    QCOMPARE(firstDone, total);
    QCOMPARE(serverEvents(), 1);
    QCOMPARE(m_upstream->count("evidence"), 1);
}

// Records `checks` alive checks, each with a photo, on a desk that synced
// before, and syncs them to the server started with `fault`.
SyncReport TestSyncFaults::syncPhotosTo(const QString &fault, int checks)
{
    SyncReport broken;
    broken.outcome = SyncReport::Outcome::NeedsPerson;
    Client &a = client(QStringLiteral("a"));
    broken.message = QStringLiteral("the first sync failed");
    if (a.sync(m_upstream->url()).outcome != SyncReport::Outcome::Ok)
        return broken;
    broken.message = QStringLiteral("a check could not be recorded");
    for (int i = 0; i < checks; ++i) {
        if (a.record(m_people.at(i), LivingStatus::Alive, QDate(2026, 11, 2 + i), kToday).isEmpty())
            return broken;
    }
    broken.message = QStringLiteral("the server did not start with %1").arg(fault);
    if (!m_upstream->start(fault))
        return broken;
    return a.sync(m_upstream->url());
}

// Issue 19 point 2: a day's photos go in batches, one request for all of them.
// The server here has no single-file upload at all (unknown:chunk), so the
// sync passes only when every photo went in a batch.
void TestSyncFaults::smallFilesGoInBatches()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    const SyncReport r = syncPhotosTo(QStringLiteral("unknown:chunk"), 5);
    QVERIFY2(r.outcome == SyncReport::Outcome::Ok, qPrintable(r.message));
    QCOMPARE(r.uploaded, 5);
    QCOMPARE(r.pushed, 5);
    QCOMPARE(serverEvents(), 5);
    QCOMPARE(m_upstream->count("evidence"), 5);
}

// A district server from before batches answers 404: the desk sends the same
// photos one a request, and the sync goes through as before.
void TestSyncFaults::olderServerGetsOneUploadAFile()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    const SyncReport r = syncPhotosTo(QStringLiteral("unknown:batch"), 4);
    QVERIFY2(r.outcome == SyncReport::Outcome::Ok, qPrintable(r.message));
    QCOMPARE(r.uploaded, 4);
    QCOMPARE(serverEvents(), 4);
    QCOMPARE(m_upstream->count("evidence"), 4);
}

void TestSyncFaults::clientKilledMidPullResumes()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    Client &a = client(QStringLiteral("a"));
    const QString path = a.db().path();
    int exitCode = 0;
    const QStringList args{
        QStringLiteral("sync"),     QStringLiteral("--db"),       path,
        QStringLiteral("--server"), m_upstream->url().toString(), QStringLiteral("--server-user"),
        QStringLiteral("wang"),     QStringLiteral("--page"),     QStringLiteral("10")};
    // The client process is killed after applying its second page.
    const QString killed =
        cli(args, &exitCode, {QByteArrayLiteral("CERTDESK_FAULT=kill-after-page:2")});
    QCOMPARE(exitCode, -1);
    const qint64 cursor =
        a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
            .toLongLong();
    QVERIFY2(cursor > 0, qPrintable(killed));
    const int partial = a.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt();
    QVERIFY(partial > 0 && partial < m_inScope);
    const QString out = cli(args, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt(), m_inScope);
    QVERIFY(a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
                .toLongLong() > cursor);
    // The same desk as one uninterrupted pull (issue 19 point 3).
    Client &whole = client(QStringLiteral("whole"));
    QCOMPARE(whole.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(pulledState(a), pulledState(whole));
}

void TestSyncFaults::serverKilledMidPullResumes()
{
    Client &a = client(QStringLiteral("a"));
    int pages = 0;
    // The server dies while the client is between its third and fourth page.
    const SyncReport broken = a.sync(
        m_upstream->url(),
        [&](const SyncProgress &p) {
            if (p.phase == SyncProgress::Phase::Pulling && ++pages == 3)
                m_upstream->stop();
        },
        10);
    QCOMPARE(broken.outcome, SyncReport::Outcome::RetryLater);
    // The fourth page was asked for while the third was applied: it may have
    // arrived whole before the server died (then it is applied too).
    QVERIFY2(broken.pulled == 30 || broken.pulled == 40,
             qPrintable(QString::number(broken.pulled)));
    const qint64 cursor =
        a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
            .toLongLong();
    QVERIFY(cursor > 0);
    QVERIFY(m_upstream->start());
    const SyncReport resumed = a.sync(m_upstream->url(), {}, 10);
    QVERIFY2(resumed.outcome == SyncReport::Outcome::Ok, qPrintable(resumed.message));
    // Nothing applied twice, nothing missed: the rest, from the stored cursor.
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt(), m_inScope);
    Client &whole = client(QStringLiteral("whole"));
    QCOMPARE(broken.pulled + resumed.pulled, whole.sync(m_upstream->url()).pulled);
    QVERIFY(
        a.scalar(QStringLiteral("SELECT count(*) FROM sync_run WHERE outcome = 'retry'")).toInt() ==
        1);
}

void TestSyncFaults::cancelledPullKeepsAConsistentCursor()
{
    Client &a = client(QStringLiteral("a"));
    std::atomic_bool cancel{false};
    a.settings().server = m_upstream->url();
    SyncClient http(m_upstream->url());
    QCOMPARE(SyncRun::signIn(http, &a.settings(), kPassword).outcome, SyncReport::Outcome::Ok);
    http.setCancelFlag(&cancel);
    SyncRun run(a.db(), *m_profile, a.store(), a.settings(), http);
    run.setPageSize(10);
    run.setCancelFlag(&cancel);
    int pages = 0;
    run.setProgress([&](const SyncProgress &p) {
        if (p.phase == SyncProgress::Phase::Pulling && ++pages == 3)
            cancel = true;
    });
    const SyncReport r = run.run();
    QCOMPARE(r.outcome, SyncReport::Outcome::Cancelled);
    // Exactly the three applied pages are kept, with their cursor.
    const int kept = a.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt();
    QVERIFY(kept > 0 && kept <= 30);
    QCOMPARE(r.pulled, 30);
    // A first pull: the name index is made after the last page, not yet.
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM recipient_name_fts")).toInt(), 0);
    QCOMPARE(a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = "
                                     "'sync.deferredNames'"))
                 .toString(),
             QStringLiteral("1"));
    // Pulled again, it continues from its cursor (issue 19 point 3): the rest
    // only, and the desk ends as one uninterrupted pull leaves it, indexes too.
    const SyncReport rest = a.sync(m_upstream->url());
    QCOMPARE(rest.outcome, SyncReport::Outcome::Ok);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM recipient")).toInt(), m_inScope);
    Client &whole = client(QStringLiteral("whole"));
    const SyncReport all = whole.sync(m_upstream->url());
    QCOMPARE(all.outcome, SyncReport::Outcome::Ok);
    QCOMPARE(r.pulled + rest.pulled, all.pulled);
    QCOMPARE(pulledState(a), pulledState(whole));
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM recipient_name_fts")).toInt(),
             m_inScope);
    QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM setting WHERE key LIKE 'sync.deferred%' "
                                     "AND value <> ''"))
                 .toInt(),
             0);
}

// A first pull into an empty roster inserts its people in bulk and makes the
// name index at the end (issue 19 point 3); a desk that already holds a person
// applies the same pages row by row through RecipientRepository::insert. Both
// end with the same rows, derived columns and name index.
void TestSyncFaults::firstPullInBulkMatchesPerRowApply()
{
    Client &bulk = client(QStringLiteral("bulk"));
    Client &rows = client(QStringLiteral("rows"));
    // The person already on the second desk, in a district of its own.
    QString error;
    const QString outsider = QStringLiteral("37990119500101123") +
                             IdNumber::checkCharacterFor(QStringLiteral("37990119500101123"));
    {
        QVERIFY(rows.db().beginWrite());
        JurisdictionRepository places(rows.db());
        QVERIFY(places.insert({QStringLiteral("379901"), QString(), JurisdictionNode::District,
                               QStringLiteral("外区")},
                              &error));
        QVERIFY(places.insert({QStringLiteral("379901001"), QStringLiteral("379901"),
                               JurisdictionNode::Street, QStringLiteral("外街")},
                              &error));
        QVERIFY(places.insert({QStringLiteral("379901001001"), QStringLiteral("379901001"),
                               JurisdictionNode::Community, QStringLiteral("外社区")},
                              &error));
        Recipient r;
        r.idNumber = outsider;
        r.name = QStringLiteral("外来人");
        r.birth = QDate(1950, 1, 1);
        r.sex = QLatin1Char('M');
        r.districtCode = QStringLiteral("379901");
        r.streetCode = QStringLiteral("379901001");
        r.communityCode = QStringLiteral("379901001001");
        r.benefitStart = QDate(2010, 1, 1);
        QVERIFY2(RecipientRepository(rows.db(), *m_profile).insert(r, &error), qPrintable(error));
        QVERIFY(rows.db().commit());
    }
    QCOMPARE(rows.sync(m_upstream->url(), {}, 10).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(bulk.sync(m_upstream->url(), {}, 10).outcome, SyncReport::Outcome::Ok);
    const QStringList inBulk = recipientRows(bulk);
    QCOMPARE(inBulk.size(), m_inScope);
    QCOMPARE(inBulk, recipientRows(rows, outsider));
    QCOMPARE(bulk.scalar(QStringLiteral("SELECT count(*) FROM recipient_name_fts")).toInt(),
             m_inScope);
    // A name search finds a pulled person by part of the name.
    const QString name =
        bulk.scalar(QStringLiteral("SELECT name FROM recipient ORDER BY id_number LIMIT 1"))
            .toString();
    QSqlQuery q(bulk.db().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM recipient_name_fts WHERE recipient_name_fts "
                             "MATCH ?"));
    q.addBindValue(NameSearch::phrase(name.right(2)));
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).toInt() >= 1);
}

void TestSyncFaults::controllerBacksOffUntilTheServerReturns()
{
    Client &a = client(QStringLiteral("a"));
    a.settings().server = m_upstream->url();
    a.settings().intervalMinutes = 0;
    QVERIFY(a.settings().save(a.db()));
    SyncController controller(a.db(), *m_profile, a.store());
    controller.setBackoff(200, 1000);
    QCOMPARE(controller.status().state, SyncStatus::State::SignedOut);
    QSignalSpy signedIn(&controller, &SyncController::signInFinished);
    QSignalSpy finished(&controller, &SyncController::finished);
    QSignalSpy progress(&controller, &SyncController::progress);
    controller.signIn(kPassword); // then syncs by itself
    QVERIFY(finished.wait(30000));
    QCOMPARE(signedIn.first().at(0).toBool(), true);
    QCOMPARE(finished.last().at(0).value<SyncReport>().outcome, SyncReport::Outcome::Ok);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(controller.status().state, SyncStatus::State::Idle);
    QVERIFY(controller.status().lastSync.isValid());

    // Recorded while the server is away: the controller goes offline and retries.
    QVERIFY(!a.record(m_people.at(0), LivingStatus::Alive, QDate(2026, 11, 20), kToday).isEmpty());
    controller.refreshCounts();
    QCOMPARE(controller.status().pendingEvents, 1);
    m_upstream->stop();
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(controller.status().state, SyncStatus::State::Offline, 20000);
    QVERIFY(controller.status().nextAttempt.isValid());
    QCOMPARE(controller.status().pendingEvents, 1);
    QVERIFY(m_upstream->start());
    QTRY_COMPARE_WITH_TIMEOUT(controller.status().state, SyncStatus::State::Idle, 30000);
    QCOMPARE(controller.status().pendingEvents, 0);
    QCOMPARE(serverEvents(), 1);
}

void TestSyncFaults::answersOutsideTheProtocolAreRefused()
{
    QFETCH_GLOBAL(QString, storage);
    if (storage != QLatin1String("sqlite"))
        QSKIP("about the client only; runs once");
    Client &a = client(QStringLiteral("a"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QVERIFY(!a.record(m_people.at(0), LivingStatus::Alive, QDate(2026, 11, 20), kToday).isEmpty());
    const qint64 cursor =
        a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
            .toLongLong();
    // A "server" that has every file, answers a push with no results and a pull
    // with an object that is not a page.
    bool pushAnswered = false;
    FakeUpstream fake([&](const QByteArray &, const QByteArray &path) -> QByteArray {
        if (path == "/v1/evidence/missing")
            return R"({"missing": []})";
        if (path == "/v1/events") {
            pushAnswered = true;
            return R"({"results": []})";
        }
        return R"({"items": [1, 2, 3]})";
    });
    SyncClient http(fake.url());
    http.setToken(QStringLiteral("token"));
    SyncRun push(a.db(), *m_profile, a.store(), a.settings(), http);
    SyncReport r = push.run();
    QVERIFY(pushAnswered);
    QCOMPARE(r.outcome, SyncReport::Outcome::NeedsPerson);
    QVERIFY2(r.message.contains(QStringLiteral("1 events with 0 results")), qPrintable(r.message));
    QCOMPARE(a.scalar(QStringLiteral("SELECT state FROM outbox")).toString(),
             QStringLiteral("pending"));
    // With nothing to push, the pull meets the page that is not one: nothing applied.
    QVERIFY(a.db().beginWrite());
    QSqlQuery(a.db().connection()).exec(QStringLiteral("UPDATE outbox SET state = 'accepted'"));
    QVERIFY(a.db().commit());
    SyncRun pull(a.db(), *m_profile, a.store(), a.settings(), http);
    r = pull.run();
    QCOMPARE(r.outcome, SyncReport::Outcome::NeedsPerson);
    QCOMPARE(r.pulled, 0);
    QCOMPARE(a.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
                 .toLongLong(),
             cursor);
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
