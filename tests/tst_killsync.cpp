// kill -9 anywhere loses nothing (issue 18 point 5), for sync: a first pull into
// an empty store and a push of recorded checks. The real certdesk-cli `sync` is
// killed against the real server on loopback (SQLite store) at the known points
// (after a committed page, before a page's commit, after the server answered a
// push but before the answer is stored) and at delays drawn with a fixed seed.
// After each kill: the file is sound, the pull cursor names exactly what was
// applied (running again resumes from it and reaches the same roster as an
// uninterrupted pull), and no event is lost or stored twice on either side.
#include "domain/policyprofile.h"
#include "faulttest.h"
#include "killtest.h"
#include "store/demogenerator.h"
#include "syncharness.h"

#include <QTemporaryDir>

using namespace killtest;
using namespace synctest;

namespace
{
const QString kCli = QStringLiteral(CERTDESK_CLI_BIN);
constexpr quint32 kSeed = 18;
const QDate kToday(2026, 11, 23);
} // namespace

class TestKillSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstPull();
    void push();

private:
    QStringList syncArgs(const QString &db) const;
    // The server's store and evidence as they were at `snapshot`.
    bool restoreServer(const QString &snapshot);
    bool snapshotServer(const QString &snapshot);

    QTemporaryDir m_dir;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<Upstream> m_upstream;
    QString m_serverDb;
    QString m_serverEvidence;
    QString m_community;
    int m_inScope = 0;
    QStringList m_summary;
};

void TestKillSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    const QString roster = m_dir.filePath(QStringLiteral("roster.sqlite"));
    {
        auto db = Database::open(roster, Database::OpenMode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        DemoOptions o;
        o.persons = 6000;
        o.seed = 18;
        o.today = kToday;
        QVERIFY2(DemoGenerator::generate(*db, *m_profile, o, &error), qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT street_code, count(*) FROM recipient GROUP BY 1 "
                                      "ORDER BY 2 DESC LIMIT 1")) &&
                q.next());
        m_community = q.value(0).toString(); // a street: the worker's scope
        m_inScope = q.value(1).toInt();
    }
    m_serverDb = m_dir.filePath(QStringLiteral("upstream.sqlite"));
    m_serverEvidence = m_dir.filePath(QStringLiteral("upstream-evidence"));
    m_upstream =
        std::make_unique<Upstream>(QStringLiteral("sqlite:") + m_serverDb, m_serverEvidence);
    m_upstream->admin({QStringLiteral("load-roster"), QStringLiteral("--from"), roster}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_upstream->admin({QStringLiteral("add-user"), QStringLiteral("--user"), QStringLiteral("wang"),
                       QStringLiteral("--password"), kPassword, QStringLiteral("--role"),
                       QStringLiteral("worker"), QStringLiteral("--scope"), m_community},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_upstream->start(QString(), &error), qPrintable(error));
}

void TestKillSync::cleanupTestCase()
{
    if (m_upstream)
        m_upstream->stop();
    for (const QString &line : std::as_const(m_summary))
        qInfo().noquote() << line;
}

QStringList TestKillSync::syncArgs(const QString &db) const
{
    return {
        QStringLiteral("sync"),     QStringLiteral("--db"),       db,
        QStringLiteral("--server"), m_upstream->url().toString(), QStringLiteral("--server-user"),
        QStringLiteral("wang"),     QStringLiteral("--page"),     QStringLiteral("250")};
}

bool TestKillSync::snapshotServer(const QString &snapshot)
{
    m_upstream->stop();
    QDir(snapshot).removeRecursively();
    QDir().mkpath(snapshot + QStringLiteral("/evidence"));
    bool ok = copyFile(m_serverDb, snapshot + QStringLiteral("/upstream.sqlite"));
    for (const QString &f : filesUnder(m_serverEvidence)) {
        QDir().mkpath(QFileInfo(snapshot + QStringLiteral("/evidence/") + f).path());
        ok = ok && QFile::copy(m_serverEvidence + QLatin1Char('/') + f,
                               snapshot + QStringLiteral("/evidence/") + f);
    }
    return ok && m_upstream->start();
}

bool TestKillSync::restoreServer(const QString &snapshot)
{
    m_upstream->stop();
    QDir(m_serverEvidence).removeRecursively();
    QDir().mkpath(m_serverEvidence);
    bool ok = copyFile(snapshot + QStringLiteral("/upstream.sqlite"), m_serverDb);
    for (const QString &f : filesUnder(snapshot + QStringLiteral("/evidence"))) {
        QDir().mkpath(QFileInfo(m_serverEvidence + QLatin1Char('/') + f).path());
        ok = ok && QFile::copy(snapshot + QStringLiteral("/evidence/") + f,
                               m_serverEvidence + QLatin1Char('/') + f);
    }
    return ok && m_upstream->start();
}

void TestKillSync::firstPull()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    // An empty desk: the first pull brings the whole scope.
    const QString templ = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QString error;
        auto db = Database::open(templ, Database::OpenMode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        db->setSetting(QStringLiteral("profile"), QStringLiteral("qingdao"));
    }
    const QString work = m_dir.filePath(QStringLiteral("pull.sqlite"));
    const QStringList env{QStringLiteral("CERTDESK_SERVER_PASSWORD=") + kPassword};
    const auto roster = [](const Look &look) {
        return look.one(QStringLiteral("SELECT count(*), min(id_number), max(id_number), "
                                       "total(monthly_benefit_fen) FROM recipient"));
    };
    const auto cursor = [](const Look &look) {
        return look.one(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.cursor'"))
            .toLongLong();
    };
    QVERIFY(copyFile(templ, work));
    QElapsedTimer clock;
    clock.start();
    Run clean = run(kCli, syncArgs(work), {}, env);
    const qint64 runMs = clock.elapsed();
    QVERIFY2(!clean.killed && clean.exitCode == 0, qPrintable(clean.output));
    QString after;
    {
        Look look(work);
        QCOMPARE(look.soundness(), QString());
        after = roster(look);
        QVERIFY2(after.startsWith(QString::number(m_inScope) + QLatin1Char('|')),
                 qPrintable(after));
    }
    int killed = 0, lost = 0;
    const QList<KillPoint> points = plan(
        {QStringLiteral("kill-after-page:1"), QStringLiteral("kill-after-page:7"),
         QStringLiteral("kill-at:pull-before-commit#3"), QStringLiteral("kill-at:pull-indexes")},
        6, runMs, kSeed);
    for (const KillPoint &point : points) {
        QVERIFY(copyFile(templ, work));
        const Run r = run(kCli, syncArgs(work), point, env);
        if (!point.fault.isEmpty())
            QVERIFY2(r.killed, qPrintable(point.label() + QStringLiteral(": ") + r.output));
        killed += r.killed ? 1 : 0;
        qint64 at = 0;
        int people = 0;
        {
            Look look(work);
            QCOMPARE(look.soundness(), QString());
            at = cursor(look);
            people = look.one(QStringLiteral("SELECT count(*) FROM recipient")).toInt();
        }
        // Pages are applied with their cursor: no cursor, no people; a cursor,
        // exactly the pages up to it (250 changes each; jurisdiction changes
        // come first and are few).
        if (at == 0)
            QCOMPARE(people, 0);
        else
            QVERIFY2(people > 0 && people <= m_inScope, qPrintable(point.label()));
        const Run again = run(kCli, syncArgs(work), {}, env);
        QVERIFY2(!again.killed && again.exitCode == 0,
                 qPrintable(point.label() + QStringLiteral(": ") + again.output));
        Look look(work);
        QCOMPARE(look.soundness(), QString());
        if (roster(look) != after)
            ++lost;
        QCOMPARE(roster(look), after);
        // The name index, made after the first pull's last page, holds everyone.
        QCOMPARE(look.one(QStringLiteral("SELECT count(*) FROM recipient_name_fts JOIN recipient "
                                         "ON recipient.id = recipient_name_fts.rowid"))
                     .toInt(),
                 m_inScope);
        // The indexes dropped for the first pull are all back.
        QCOMPARE(look.one(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                         "'index' AND tbl_name = 'recipient'")),
                 Look(templ).one(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type "
                                                "= 'index' AND tbl_name = 'recipient'")));
    }
    QVERIFY(killed > 0);
    m_summary << QStringLiteral("kill-anywhere first pull: %1 points, %2 killed, %3 lost")
                     .arg(points.size())
                     .arg(killed)
                     .arg(lost);
    qInfo().noquote() << m_summary.last();
}

void TestKillSync::push()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    // A desk that has pulled its scope and then recorded 60 checks with photos.
    // In a folder of its own: the evidence folder sits beside the database.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("template")));
    const QString templ = m_dir.filePath(QStringLiteral("template/desk.sqlite"));
    const QStringList env{QStringLiteral("CERTDESK_SERVER_PASSWORD=") + kPassword};
    {
        QString error;
        auto db = Database::open(templ, Database::OpenMode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        db->setSetting(QStringLiteral("profile"), QStringLiteral("qingdao"));
    }
    const Run pulled = run(kCli, syncArgs(templ), {}, env);
    QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.output));
    QStringList uuids;
    {
        QString error;
        auto db = Database::open(templ, Database::OpenMode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        EvidenceStore store(EvidenceStore::folderFor(templ));
        VerificationService checks(*db, *m_profile, store, Session::commandLine());
        checks.setToday(kToday);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM recipient WHERE living_status = 'alive' "
                                      "AND benefit_status = 'normal' ORDER BY id LIMIT 60")));
        while (q.next()) {
            QImage image(40, 30, QImage::Format_RGB32);
            image.fill(qRgb(q.value(0).toInt() % 256, 90, 30));
            const auto item = store.intakeImage(image, QStringLiteral("p.png"), &error);
            QVERIFY2(item, qPrintable(error));
            VerificationEvent e;
            e.recipientId = q.value(0).toLongLong();
            e.checkDate = QDate(2026, 11, 20);
            e.method = VerificationMethod::HomeVisit;
            e.status = LivingStatus::Alive;
            e.worker = QStringLiteral("王芳");
            e.evidence << EvidenceLink{*item, EvidenceKind::Person};
            QVERIFY2(checks.record(e, &error), qPrintable(error));
            uuids << e.uuid;
        }
        QCOMPARE(uuids.size(), 60);
    }
    const QString serverBefore = m_dir.filePath(QStringLiteral("server-before-push"));
    QVERIFY(snapshotServer(serverBefore));
    const int eventsBefore = m_upstream->count("events");
    const QString work = m_dir.filePath(QStringLiteral("push.sqlite"));
    const QString evidence = EvidenceStore::folderFor(templ);
    const auto fresh = [&] {
        QDir(EvidenceStore::folderFor(work)).removeRecursively();
        for (const QString &f : filesUnder(evidence)) {
            const QString to = EvidenceStore::folderFor(work) + QLatin1Char('/') + f;
            QDir().mkpath(QFileInfo(to).path());
            if (!QFile::copy(evidence + QLatin1Char('/') + f, to))
                return false;
        }
        return copyFile(templ, work) && restoreServer(serverBefore);
    };
    // No event lost or twice: the server holds each once, the desk has each
    // once and its outbox has all of them accepted.
    const auto settled = [&](const QString &label) {
        QCOMPARE(m_upstream->count("events"), eventsBefore + 60);
        Look look(work);
        QCOMPARE(look.soundness(), QString());
        QCOMPARE(look.one(QStringLiteral("SELECT count(*), count(DISTINCT uuid) FROM "
                                         "verification_event")),
                 QStringLiteral("60|60"));
        QVERIFY2(look.one(QStringLiteral("SELECT count(*) FROM outbox WHERE state = "
                                         "'accepted'")) == QLatin1String("60"),
                 qPrintable(label));
    };
    QVERIFY(fresh());
    QElapsedTimer clock;
    clock.start();
    const Run clean = run(kCli, syncArgs(work), {}, env);
    const qint64 runMs = clock.elapsed();
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.output));
    qInfo().noquote() << "uninterrupted push:" << clean.output.trimmed();
    settled(QStringLiteral("uninterrupted"));
    int killed = 0;
    const QList<KillPoint> points =
        plan({QStringLiteral("kill-at:push-answered"), QStringLiteral("kill-at:push-uploaded")}, 6,
             runMs, kSeed);
    for (const KillPoint &point : points) {
        QVERIFY(fresh());
        const Run r = run(kCli, syncArgs(work), point, env);
        if (!point.fault.isEmpty())
            QVERIFY2(r.killed, qPrintable(point.label() + QStringLiteral(": ") + r.output));
        killed += r.killed ? 1 : 0;
        {
            Look look(work);
            QCOMPARE(look.soundness(), QString());
            QCOMPARE(look.one(QStringLiteral("SELECT count(*) FROM verification_event")),
                     QStringLiteral("60"));
        }
        QVERIFY(m_upstream->count("events") <= eventsBefore + 60);
        const Run again = run(kCli, syncArgs(work), {}, env);
        QVERIFY2(again.exitCode == 0, qPrintable(point.label() + again.output));
        settled(point.label());
    }
    QVERIFY(killed > 0);
    m_summary << QStringLiteral("kill-anywhere push: %1 points, %2 killed, 0 lost")
                     .arg(points.size())
                     .arg(killed);
    qInfo().noquote() << m_summary.last();
}

QTEST_GUILESS_MAIN(TestKillSync)
#include "tst_killsync.moc"
