// Disk full and read-only (issue 18 point 6) during a check, an import and an
// archive: a clear message, nothing half-written, and the program keeps running
// (the same service in the same process works once there is room again).
//
// The data sits on a small filesystem made for the test: a 40 MB tmpfs mounted
// inside the test's temporary folder (CI and developers run as root in a
// container that allows it), filled up with a filler file; read-only is the
// same mount remounted read-only (permission bits do not stop root). Where
// mounting is not allowed, disk full is made with RLIMIT_FSIZE on the CLI
// process instead (writes past the limit fail with EFBIG) and the read-only
// cases skip themselves.
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "io/bigdataimport.h"
#include "io/tablereader.h"
#include "killtest.h"
#include "security/session.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "verification/verificationservice.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>

using namespace certdesk;
using namespace killtest;

namespace
{
const QString kCli = QStringLiteral(CERTDESK_BINARY_DIR "/app/certdesk-cli");
const QDate kToday(2026, 11, 23);
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void openOnFullDisk();
    void checkOnFullDisk();
    void importOnFullDisk();
    void archiveOnFullDisk();
    void checkOnReadOnlyDisk();
    void importOnReadOnlyDisk();
    void archiveToReadOnlyFolder();

private:
    bool fill();   // fills the filesystem to the last byte
    void unfill(); // removes the filler
    bool setReadOnly(bool readOnly);
    QString photo(int n) const;
    QString fingerprint() const;
    // The desk as the window holds it: opened once, kept open while the disk
    // fills and frees again.
    struct Desk {
        std::unique_ptr<Database> db;
        std::unique_ptr<EvidenceStore> store;
        std::unique_ptr<VerificationService> checks;
    };
    bool openDesk(QString *error);
    // A check through the service of this process, as the window records one.
    bool recordCheck(int person, QString *error);
    std::optional<BigDataImport::Outcome> importFile(QString *error);
    Desk m_desk;

    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;
    QString m_db;
    QString m_csv;
    QString m_template;
    std::optional<PolicyProfile> m_profile;
    QStringList m_people;
};

void TestDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"));
    QVERIFY(m_profile);
    m_mount = m_dir.filePath(QStringLiteral("fs"));
    QVERIFY(QDir().mkpath(m_mount));
    m_mounted =
        ::mount("tmpfs", QFile::encodeName(m_mount).constData(), "tmpfs", 0, "size=40m") == 0;
    if (!m_mounted)
        qInfo() << "cannot mount a tmpfs here; disk full is made with RLIMIT_FSIZE";
    // A desk of 2,000 people, and a big-data file with a result for each.
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QString error;
    auto db = Database::open(m_template, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(db, qPrintable(error));
    DemoOptions o;
    o.persons = 2000;
    o.today = kToday;
    QVERIFY2(DemoGenerator::generate(*db, *m_profile, o, &error), qPrintable(error));
    m_csv = m_dir.filePath(QStringLiteral("bigdata.csv"));
    QFile f(m_csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QTextStream out(&f);
    out << "身份证号,比对结论,比对月份\n";
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id_number FROM recipient WHERE living_status = 'alive' "
                                  "AND benefit_status = 'normal' ORDER BY id")));
    while (q.next()) {
        out << q.value(0).toString() << ",待核实,2026-12\n";
        m_people << q.value(0).toString();
    }
    QVERIFY(m_people.size() > 100);
}

void TestDiskFull::cleanupTestCase()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_mount).constData(), MNT_DETACH);
}

void TestDiskFull::init()
{
    QVERIFY(setReadOnly(false));
    for (const QString &name : QDir(m_mount).entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
        QFileInfo(m_mount + QLatin1Char('/') + name).isDir()
            ? QDir(m_mount + QLatin1Char('/') + name).removeRecursively()
            : QFile::remove(m_mount + QLatin1Char('/') + name);
    m_desk = Desk();
    m_db = m_mount + QStringLiteral("/desk.sqlite");
    QVERIFY(copyFile(m_template, m_db));
    QString error;
    QVERIFY2(openDesk(&error), qPrintable(error));
}

void TestDiskFull::cleanup()
{
    m_desk = Desk();
    setReadOnly(false);
}

bool TestDiskFull::fill()
{
    if (!m_mounted)
        return true; // RLIMIT_FSIZE stands in (CLI runs only)
    QFile filler(m_mount + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    const QByteArray block(1 << 16, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    // The last partial block, byte by byte down to nothing.
    for (int size = 1 << 15; size > 0; size /= 2) {
        const QByteArray piece(size, 'f');
        while (filler.write(piece) == size && filler.flush()) {
        }
    }
    return true;
}

void TestDiskFull::unfill()
{
    QFile::remove(m_mount + QStringLiteral("/filler"));
}

bool TestDiskFull::setReadOnly(bool readOnly)
{
    if (!m_mounted)
        return !readOnly;
    return ::mount("tmpfs", QFile::encodeName(m_mount).constData(), "tmpfs",
                   MS_REMOUNT | (readOnly ? MS_RDONLY : 0), "size=40m") == 0;
}

QString TestDiskFull::photo(int n) const
{
    // Noise does not compress: about 5 MB as PNG, more than any room left.
    QImage image(1400, 1000, QImage::Format_RGB32);
    QRandomGenerator rng{quint32(n)};
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = rng.generate() | 0xff000000u;
    }
    const QString path = m_dir.filePath(QStringLiteral("photo-%1.png").arg(n));
    image.save(path, "PNG");
    return path;
}

QString TestDiskFull::fingerprint() const
{
    Look look(m_db);
    const QString sound = look.soundness();
    if (!sound.isEmpty())
        return sound;
    return look
        .rows(QStringLiteral(
            "SELECT 'events', count(*) FROM verification_event UNION ALL SELECT 'evidence', "
            "count(*) FROM evidence UNION ALL SELECT 'outbox', count(*) FROM outbox UNION ALL "
            "SELECT 'december', count(*) FROM recipient WHERE bigdata_month = '2026-12'"))
        .join(QLatin1Char(';'));
}

bool TestDiskFull::openDesk(QString *error)
{
    m_desk = Desk();
    m_desk.db = Database::open(m_db, Database::OpenMode::OpenExisting, error);
    if (!m_desk.db)
        return false;
    m_desk.store = std::make_unique<EvidenceStore>(EvidenceStore::folderFor(m_db));
    m_desk.checks = std::make_unique<VerificationService>(*m_desk.db, *m_profile, *m_desk.store,
                                                          Session::commandLine());
    m_desk.checks->setToday(kToday);
    return true;
}

bool TestDiskFull::recordCheck(int person, QString *error)
{
    if (!m_desk.db && !openDesk(error))
        return false;
    const QString file = photo(person); // made before: the photo comes from elsewhere
    const auto item = m_desk.store->intakeFile(file, error);
    if (!item)
        return false;
    VerificationEvent e;
    QSqlQuery q(m_desk.db->connection());
    q.prepare(QStringLiteral("SELECT id FROM recipient WHERE id_number = ?"));
    q.addBindValue(m_people.at(person));
    if (!q.exec() || !q.next())
        return false;
    e.recipientId = q.value(0).toLongLong();
    e.checkDate = QDate(2026, 11, 20);
    e.method = VerificationMethod::HomeVisit;
    e.status = LivingStatus::Alive;
    e.worker = QStringLiteral("王芳");
    e.evidence << EvidenceLink{*item, EvidenceKind::Person};
    return m_desk.checks->record(e, error);
}

std::optional<BigDataImport::Outcome> TestDiskFull::importFile(QString *error)
{
    if (!m_desk.db && !openDesk(error))
        return std::nullopt;
    const auto table = TableReader::read(m_csv, QString(), error);
    if (!table)
        return std::nullopt;
    BigDataImport importer(*m_desk.db, *m_profile);
    const ImportPlan plan =
        importer.validate(*table, ImportMapping::guess(table->headers), QDate(2026, 12, 20));
    if (!plan.problems.isEmpty()) {
        *error = plan.problems.first().reason;
        return std::nullopt;
    }
    qint64 batch = 0;
    return importer.submit(plan, QStringLiteral("bigdata.csv"), Session::commandLine(), &batch,
                           error);
}

void TestDiskFull::openOnFullDisk()
{
    if (!m_mounted)
        QSKIP("needs the tmpfs");
    // Started on a full disk: SQLite cannot make its -shm file. The message says
    // the disk is full (it once said the database was damaged).
    m_desk = Desk();
    const QString before = fingerprint();
    QVERIFY(fill());
    QString error;
    QVERIFY(!openDesk(&error));
    QVERIFY2(error.contains(QStringLiteral("is full")) &&
                 !error.contains(QStringLiteral("damaged")),
             qPrintable(error));
    unfill();
    QCOMPARE(fingerprint(), before);
    QVERIFY2(openDesk(&error), qPrintable(error));
}

void TestDiskFull::checkOnFullDisk()
{
    if (!m_mounted)
        QSKIP("needs the tmpfs (the check runs in this process)");
    const QString before = fingerprint();
    QVERIFY(fill());
    QString error;
    QVERIFY(!recordCheck(0, &error));
    QVERIFY2(error.contains(QStringLiteral("No space left on device")) ||
                 error.contains(QStringLiteral("disk is full")) ||
                 error.contains(QStringLiteral("database or disk is full")),
             qPrintable(error));
    // Nothing half-written: no evidence file under a final name.
    QCOMPARE(EvidenceStore(EvidenceStore::folderFor(m_db)).storedFiles(), QStringList());
    // The same process goes on once there is room (the file is looked at once
    // there is room to open it: WAL needs its -shm file).
    unfill();
    QCOMPARE(fingerprint(), before);
    QVERIFY2(recordCheck(0, &error), qPrintable(error));
    QVERIFY(fingerprint().startsWith(QStringLiteral("events|1;")));
}

void TestDiskFull::importOnFullDisk()
{
    const QString before = fingerprint();
    QVERIFY(fill());
    if (m_mounted) {
        QString error;
        const auto outcome = importFile(&error);
        QVERIFY2(!outcome || *outcome == BigDataImport::Outcome::Refused, "the import went in");
        QVERIFY2(error.contains(QStringLiteral("full")) || error.contains(QStringLiteral("space")),
                 qPrintable(error));
        unfill();
        QCOMPARE(fingerprint(), before);
        QVERIFY2(importFile(&error) == BigDataImport::Outcome::Applied, qPrintable(error));
    } else {
        QSKIP("needs the tmpfs");
    }
    QVERIFY(fingerprint().contains(QStringLiteral("december|%1").arg(m_people.size())));
}

void TestDiskFull::archiveOnFullDisk()
{
    QString error;
    QVERIFY2(recordCheck(1, &error), qPrintable(error)); // something to archive
    const QString out = m_mount + QStringLiteral("/archive");
    QVERIFY(QDir().mkpath(out));
    const QString before = fingerprint();
    QVERIFY(fill());
    QProcess p;
    if (!m_mounted) {
        p.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{1 << 16, 1 << 16};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    const QStringList args{
        QStringLiteral("archive"), QStringLiteral("--db"),  m_db, QStringLiteral("--month"),
        QStringLiteral("2026-11"), QStringLiteral("--out"), out};
    Look look(m_db);
    const QString node = look.one(QStringLiteral("SELECT community_code FROM recipient r JOIN "
                                                 "verification_event e ON e.recipient_id = r.id"));
    p.start(kCli, args + QStringList{QStringLiteral("--node"), node});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() != 0, "the archive was written on a full disk");
    QVERIFY2(err.contains(QStringLiteral("space")) || err.contains(QStringLiteral("full")) ||
                 err.contains(QStringLiteral("large")),
             qPrintable(err));
    // No output under a final name, no leftover temporary file.
    QCOMPARE(filesUnder(out), QStringList());
    unfill();
    QCOMPARE(fingerprint(), before);
    QProcess again;
    again.start(kCli, args + QStringList{QStringLiteral("--node"), node});
    QVERIFY(again.waitForFinished(120000));
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    QCOMPARE(filesUnder(out).size(), 2);
}

void TestDiskFull::checkOnReadOnlyDisk()
{
    if (!m_mounted)
        QSKIP("needs the tmpfs (root bypasses permission bits)");
    const QString before = fingerprint();
    // A filesystem with files open for writing cannot be remounted read-only:
    // the desk is opened again on the read-only disk, as after a restart.
    m_desk = Desk();
    QVERIFY(setReadOnly(true));
    QString error;
    QVERIFY(!recordCheck(2, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only"), Qt::CaseInsensitive) ||
                 error.contains(QStringLiteral("readonly"), Qt::CaseInsensitive),
             qPrintable(error));
    QVERIFY(setReadOnly(false));
    QCOMPARE(fingerprint(), before);
    QVERIFY2(recordCheck(2, &error), qPrintable(error));
}

void TestDiskFull::importOnReadOnlyDisk()
{
    if (!m_mounted)
        QSKIP("needs the tmpfs (root bypasses permission bits)");
    const QString before = fingerprint();
    // A filesystem with files open for writing cannot be remounted read-only:
    // the desk is opened again on the read-only disk, as after a restart.
    m_desk = Desk();
    QVERIFY(setReadOnly(true));
    QString error;
    const auto outcome = importFile(&error);
    QVERIFY(!outcome || *outcome == BigDataImport::Outcome::Refused);
    QVERIFY2(error.contains(QStringLiteral("read-only"), Qt::CaseInsensitive) ||
                 error.contains(QStringLiteral("readonly"), Qt::CaseInsensitive),
             qPrintable(error));
    QVERIFY(setReadOnly(false));
    QCOMPARE(fingerprint(), before);
}

void TestDiskFull::archiveToReadOnlyFolder()
{
    if (!m_mounted)
        QSKIP("needs the tmpfs (root bypasses permission bits)");
    QString error;
    QVERIFY2(recordCheck(3, &error), qPrintable(error));
    const QString out = m_mount + QStringLiteral("/archive-ro");
    QVERIFY(QDir().mkpath(out));
    // The database elsewhere, the output folder on the read-only mount.
    const QString db = m_dir.filePath(QStringLiteral("elsewhere.sqlite"));
    m_desk = Desk(); // closed: its WAL is checkpointed into the file copied
    QVERIFY(copyFile(m_db, db));
    QDir(EvidenceStore::folderFor(db)).removeRecursively();
    for (const QString &f : filesUnder(EvidenceStore::folderFor(m_db))) {
        const QString to = EvidenceStore::folderFor(db) + QLatin1Char('/') + f;
        QVERIFY(QDir().mkpath(QFileInfo(to).path()));
        QVERIFY(QFile::copy(EvidenceStore::folderFor(m_db) + QLatin1Char('/') + f, to));
    }
    Look look(db);
    const QString node = look.one(QStringLiteral("SELECT community_code FROM recipient r JOIN "
                                                 "verification_event e ON e.recipient_id = r.id"));
    QVERIFY(setReadOnly(true));
    QProcess p;
    p.start(kCli, {QStringLiteral("archive"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                   QStringLiteral("2026-11"), QStringLiteral("--node"), node,
                   QStringLiteral("--out"), out});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY(p.exitCode() != 0);
    QVERIFY2(err.contains(QStringLiteral("read-only"), Qt::CaseInsensitive) || err.contains(out),
             qPrintable(err));
    QCOMPARE(filesUnder(out), QStringList());
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
