// A save killed at any moment leaves the whole check or none of it: the real
// certdesk-cli is killed between its file writes and its commit (fault injection)
// and at a sweep of moments during a save; afterwards the database is intact,
// every stored event has its evidence files, and the orphans are cleaned.
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "faulttest.h"
#include "store/database.h"
#include "store/demogenerator.h"

#include <QDirIterator>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedBeforeCommit();
    void killedAtAnyMoment();

private:
    QString photo(int n);
    QProcess *startRecord(const QString &person, const QString &photoPath, bool fault);
    QStringList persons(int n);
    void checkConsistent(qint64 *events);
    int cleanEvidence();
    int storedFiles() const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_cli = QStringLiteral(CERTDESK_BINARY_DIR "/app/certdesk-cli");
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("crash.sqlite"));
    QString error;
    auto db = Database::open(m_db, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(db, qPrintable(error));
    DemoOptions o;
    o.persons = 300;
    o.today = QDate(2026, 11, 23);
    QVERIFY2(
        DemoGenerator::generate(*db, *PolicyProfile::builtin(QStringLiteral("qingdao")), o, &error),
        qPrintable(error));
}

QString TestCrashSafety::photo(int n)
{
    // A different picture each time, big enough that writing it takes a moment.
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(qRgb(n * 37 % 256, n * 91 % 256, n * 13 % 256));
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 5)
            image.setPixel(x, y, qRgb((x * n) % 256, (y + n) % 256, (x ^ y) % 256));
    const QString path = m_dir.filePath(QStringLiteral("photo-%1.jpg").arg(n));
    image.save(path, "JPEG", 90);
    return path;
}

QStringList TestCrashSafety::persons(int n)
{
    QSqlDatabase c =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("persons"));
    c.setDatabaseName(m_db);
    QStringList out;
    if (c.open()) {
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT id_number FROM recipient ORDER BY id LIMIT %1").arg(n));
        while (q.next())
            out << q.value(0).toString();
    }
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("persons"));
    return out;
}

QProcess *TestCrashSafety::startRecord(const QString &person, const QString &photoPath, bool fault)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (fault)
        env.insert(QStringLiteral("CERTDESK_FAULT"), QStringLiteral("before-commit"));
    p->setProcessEnvironment(env);
    p->start(m_cli,
             {QStringLiteral("record"), QStringLiteral("--db"), m_db, QStringLiteral("--person"),
              person, QStringLiteral("--date"), QStringLiteral("2026-11-20"),
              QStringLiteral("--method"), QStringLiteral("window"), QStringLiteral("--status"),
              QStringLiteral("alive"), QStringLiteral("--worker"), QStringLiteral("测试"),
              QStringLiteral("--evidence"), photoPath});
    return p;
}

int TestCrashSafety::cleanEvidence()
{
    QProcess p;
    p.start(m_cli, {QStringLiteral("clean-evidence"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--min-age"), QStringLiteral("0")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    return QJsonDocument::fromJson(p.readAllStandardOutput())
        .object()
        .value(QStringLiteral("removed"))
        .toInt();
}

int TestCrashSafety::storedFiles() const
{
    int n = 0;
    QDirIterator it(EvidenceStore::folderFor(m_db), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

void TestCrashSafety::checkConsistent(qint64 *events)
{
    QString error;
    auto db = Database::open(m_db, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    // Every event is whole: its outbox row, its evidence rows and their files.
    QVERIFY(q.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM verification_event), (SELECT count(*) FROM outbox), "
        "(SELECT count(*) FROM event_evidence), (SELECT count(DISTINCT event_uuid) FROM "
        "event_evidence)")));
    QVERIFY(q.next());
    *events = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toLongLong(), *events);
    QCOMPARE(q.value(3).toLongLong(), *events); // each (alive) event has its evidence
    EvidenceStore store(EvidenceStore::folderFor(m_db));
    QVERIFY(q.exec(QStringLiteral("SELECT sha256 FROM evidence")));
    while (q.next()) {
        const QString sha = q.value(0).toString();
        QVERIFY2(store.contains(sha) && QFile::exists(store.thumbnailPath(sha)), qPrintable(sha));
    }
}

void TestCrashSafety::killedBeforeCommit()
{
    CERTDESK_REQUIRE_FAULT_HOOKS();
    const QString person = persons(1).first();
    QScopedPointer<QProcess> p(startRecord(person, photo(1), true));
    QVERIFY(p->waitForFinished(30000));
    QCOMPARE(p->exitStatus(), QProcess::CrashExit); // died at the fault point
    qint64 events = -1;
    checkConsistent(&events);
    QCOMPARE(events, qint64(0));  // none of the check
    QVERIFY(storedFiles() >= 2);  // its files were written and flushed first...
    QCOMPARE(cleanEvidence(), 1); // ...and are removed as orphans
    QCOMPARE(storedFiles(), 0);
    // The same save without the fault goes through.
    p.reset(startRecord(person, photo(1), false));
    QVERIFY(p->waitForFinished(30000));
    QCOMPARE(p->exitCode(), 0);
    checkConsistent(&events);
    QCOMPARE(events, qint64(1));
}

void TestCrashSafety::killedAtAnyMoment()
{
    const QStringList people = persons(40);
    qint64 before = 0;
    checkConsistent(&before);
    int finished = 0, killed = 0;
    for (int i = 0; i < 24; ++i) {
        QScopedPointer<QProcess> p(startRecord(people.at(i + 1), photo(100 + i), false));
        QVERIFY(p->waitForStarted(10000));
        QTest::qWait(i * 12); // 0 ms .. 276 ms into the save
        if (p->state() == QProcess::Running) {
            p->kill();
            ++killed;
        } else {
            ++finished;
        }
        p->waitForFinished(30000);
        qint64 events = -1;
        checkConsistent(&events);
        QVERIFY(events == before || events == before + 1);
        before = events;
    }
    qInfo() << "killed" << killed << "saves, let" << finished << "finish";
    QVERIFY(killed > 0);
    QVERIFY(cleanEvidence() >= 0);
    // After cleaning, every file on disk belongs to a saved event.
    QString error;
    auto db = Database::open(m_db, Database::OpenMode::OpenExisting, &error);
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM evidence")) && q.next());
    const int referenced = q.value(0).toInt();
    const int files = storedFiles();
    QCOMPARE(files, referenced * 3); // original, archive copy, thumbnail
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
