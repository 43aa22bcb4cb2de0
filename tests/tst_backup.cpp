// Desk backups (models/backup): back up, damage, restore and compare everything;
// damaged, forged and foreign backups refused with the reason and the current
// data untouched; moving a desk; a backup taken while another connection
// writes; who may back up and restore. Rotation: tst_backupschedule; the zip
// reader's zip64 fields: tst_zipreader.
#include "backup/backuprestorer.h"
#include "backup/backupverifier.h"
#include "backup/deskbackup.h"
#include "backuptest.h"
#include "domain/workingcalendar.h"
#include "security/audittrail.h"
#include "securitytest.h"
#include "sync/syncsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace certdesk;

using namespace backuptest;

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void manifestDescribesTheDesk();
    void restoreAfterDamageGivesBackEverything();
    void damagedBackupIsRefused_data();
    void damagedBackupIsRefused();
    void foreignBackupIsRefused_data();
    void foreignBackupIsRefused();
    void otherDeskOnlyWhenMoving();
    void newerSchemaIsRefused();
    void consistentWhileAnotherConnectionWrites();
    void rolesDecide();
    void cancelledBackupLeavesNothing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A copy of desk A (database and evidence) at a new place.
    QString copyOfDeskA(const QString &folder);
    BackupResult backUp(const QString &dbPath, const QString &folder, const QDateTime &now = {},
                        bool automatic = false, int keep = 0);

    QTemporaryDir m_dir;
    QString m_deskA; // database of desk A: 300 people, 6 checks with photos
    QString m_deskB; // another desk
    QString m_backupA;
    QString m_backupB;
    Session m_admin = securitytest::administrator();
};

void TestBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_deskA = path(QStringLiteral("a/certdesk.sqlite"));
    m_deskB = path(QStringLiteral("b/certdesk.sqlite"));
    QString error = makeDesk(m_deskA, 300, 7, 6);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = makeDesk(m_deskB, 80, 8, 2);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const BackupResult a = backUp(m_deskA, path(QStringLiteral("usb")));
    QVERIFY2(a.ok, qPrintable(a.message));
    m_backupA = a.path;
    const BackupResult b = backUp(m_deskB, path(QStringLiteral("usb")));
    QVERIFY2(b.ok, qPrintable(b.message));
    m_backupB = b.path;
}

BackupResult TestBackup::backUp(const QString &dbPath, const QString &folder, const QDateTime &now,
                                bool automatic, int keep)
{
    QString error;
    auto db = Database::open(dbPath, Database::OpenMode::OpenExisting, &error);
    if (!db) {
        BackupResult r;
        r.message = error;
        return r;
    }
    BackupOptions o;
    o.folder = folder;
    o.now = now;
    o.automatic = automatic;
    o.keep = keep;
    return DeskBackup(*db, Session::commandLine()).write(o);
}

QString TestBackup::copyOfDeskA(const QString &folder)
{
    const QString target = path(folder + QStringLiteral("/certdesk.sqlite"));
    QDir().mkpath(path(folder));
    QFile::copy(m_deskA, target);
    const QString from = EvidenceStore::folderFor(m_deskA);
    const auto files = folderHashes(from);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString to = QDir(EvidenceStore::folderFor(target)).filePath(it.key());
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(QDir(from).filePath(it.key()), to);
    }
    return target;
}

void TestBackup::manifestDescribesTheDesk()
{
    const BackupCheck check = BackupVerifier::verify(m_backupA, BackupVerifier::Depth::Full);
    QVERIFY2(check.ok, qPrintable(check.message));
    const BackupManifest &m = check.manifest;
    QCOMPARE(m.formatVersion, 1);
    QCOMPARE(m.schemaVersion, Database::latestVersion());
    QVERIFY(m.createdAt.isValid() && m.createdAt.timeSpec() == Qt::UTC);
    QString error;
    auto db = Database::open(m_deskA, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(m.deskId, SyncSettings::load(*db).device); // the sync device id is the desk
    QVERIFY(m.deskName.contains(QStringLiteral("370299")));
    QCOMPARE(m.rowCounts.value(QStringLiteral("recipient")), 300);
    QCOMPARE(m.rowCounts.value(QStringLiteral("verification_event")), 6);
    // Every stored evidence file is in it (6 photos: original, archive copy, thumbnail).
    const auto evidence = folderHashes(EvidenceStore::folderFor(m_deskA));
    QCOMPARE(evidence.size(), 18);
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        const BackupEntry *e = m.entry(QStringLiteral("evidence/") + it.key());
        QVERIFY2(e, qPrintable(it.key()));
        QCOMPARE(e->sha256.toLatin1(), it.value());
    }
    QCOMPARE(check.entries, 18 + 2);
    QVERIFY(QFileInfo(m_backupA).fileName().startsWith(QStringLiteral("CertDesk-") +
                                                       BackupFormat::shortDesk(m.deskId)));
    // Nothing half-written or temporary is left in the folder or beside the database.
    QCOMPARE(QDir(path(QStringLiteral("usb"))).entryList(QDir::Files | QDir::Hidden).size(), 2);
    QCOMPARE(QDir(path(QStringLiteral("a")))
                 .entryList(QDir::Files | QDir::Hidden)
                 .filter(QStringLiteral("snapshot"))
                 .size(),
             0);
}

void TestBackup::restoreAfterDamageGivesBackEverything()
{
    const QString db = copyOfDeskA(QStringLiteral("damage"));
    const BackupResult backup = backUp(db, path(QStringLiteral("damage-usb")));
    QVERIFY2(backup.ok, qPrintable(backup.message));
    const auto rowsBefore = allRows(db);
    const auto evidenceBefore = folderHashes(EvidenceStore::folderFor(db));
    QVERIFY(rowsBefore.value(QStringLiteral("recipient")).size() == 300);

    // A change made after the backup, left in the -wal: restoring must not replay it.
    QByteArray staleWal;
    {
        QString error;
        auto open = Database::open(db, Database::OpenMode::OpenExisting, &error);
        QVERIFY2(open, qPrintable(error));
        QSqlQuery q(open->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(open->setSetting(QStringLiteral("after.backup"), QStringLiteral("1")));
        QFile wal(db + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::ReadOnly));
        staleWal = wal.readAll();
        QVERIFY(staleWal.size() > 0);
    }
    // Damage: the database garbled in the middle and cut short, one photo gone, one altered.
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 3);
        f.write(QByteArray(4096, '\xA5'));
        QVERIFY(f.resize(f.size() / 2));
    }
    QFile wal(db + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write(staleWal);
    wal.close();
    const QStringList photos = evidenceBefore.keys();
    QVERIFY(QFile::remove(QDir(EvidenceStore::folderFor(db)).filePath(photos.first())));
    {
        QFile f(QDir(EvidenceStore::folderFor(db)).filePath(photos.last()));
        QVERIFY(f.open(QIODevice::Append));
        f.write("altered");
    }
    QString error;
    QVERIFY(!Database::open(db, Database::OpenMode::OpenExisting, &error)); // really damaged

    RestoreOptions options;
    options.now = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
    const RestoreResult r = BackupRestorer::restore(backup.path, db, m_admin, options);
    QVERIFY2(r.ok, qPrintable(r.message));

    // Every row of every table and every evidence file as before the damage; the
    // trail has one more entry, the restore, and its chain holds.
    auto rowsAfter = allRows(db);
    QStringList audit = rowsAfter.value(QStringLiteral("audit_log"));
    QCOMPARE(audit.size(), rowsBefore.value(QStringLiteral("audit_log")).size() + 1);
    QStringList restoreEntries = audit.filter(QStringLiteral("\x1frestore\x1f"));
    QCOMPARE(restoreEntries.size(), 1);
    audit.removeAll(restoreEntries.first());
    rowsAfter.insert(QStringLiteral("audit_log"), audit);
    QCOMPARE(rowsAfter.keys(), rowsBefore.keys());
    for (auto it = rowsBefore.cbegin(); it != rowsBefore.cend(); ++it)
        QVERIFY2(rowsAfter.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("table %1 differs").arg(it.key())));
    QCOMPARE(folderHashes(EvidenceStore::folderFor(db)), evidenceBefore);
    auto reopened = Database::open(db, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->setting(QStringLiteral("after.backup"), QStringLiteral("absent")),
             QStringLiteral("absent"));
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"));
    QVERIFY(AuditTrail(*reopened, *profile, WorkingCalendar::builtin()).verify().ok);
    reopened.reset();

    // The damaged data is kept aside, not deleted: database, its -wal, the evidence as it was.
    QCOMPARE(r.keptAside, db + QStringLiteral(".before-restore-20261124-080000"));
    QVERIFY(QFileInfo::exists(r.keptAside + QStringLiteral("/certdesk.sqlite")));
    QCOMPARE(fileHash(r.keptAside + QStringLiteral("/certdesk.sqlite-wal")),
             QCryptographicHash::hash(staleWal, QCryptographicHash::Sha256).toHex());
    QCOMPARE(folderHashes(r.keptAside + QStringLiteral("/evidence")).size(),
             evidenceBefore.size() - 1);
    // No staging folder is left beside the data.
    QCOMPARE(QDir(path(QStringLiteral("damage")))
                 .entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)
                 .filter(QStringLiteral(".certdesk-restore"))
                 .size(),
             0);
}

void TestBackup::damagedBackupIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>(
        "entry"); // the entry the refusal must name; empty: the file as a whole
    QTest::newRow("byte flipped in an evidence photo")
        << QStringLiteral("evidence-byte") << QStringLiteral("evidence/");
    QTest::newRow("byte flipped in the database")
        << QStringLiteral("db-byte") << QStringLiteral("certdesk.sqlite");
    QTest::newRow("truncated file") << QStringLiteral("truncated") << QString();
    QTest::newRow("manifest: a row count edited")
        << QStringLiteral("manifest-rows") << QStringLiteral("certdesk.sqlite");
    QTest::newRow("manifest: a checksum edited")
        << QStringLiteral("manifest-sha") << QStringLiteral("evidence/");
    QTest::newRow("evidence entry missing")
        << QStringLiteral("missing-entry") << QStringLiteral("evidence/");
}

void TestBackup::damagedBackupIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, entry);
    const QString bad = path(QStringLiteral("bad-%1.cdbackup").arg(kind));
    QFile::remove(bad);
    QVERIFY(QFile::copy(m_backupA, bad));
    QFile::setPermissions(bad, QFile::ReadOwner | QFile::WriteOwner);
    const BackupCheck good = BackupVerifier::verify(m_backupA, BackupVerifier::Depth::Entries);
    QVERIFY(good.ok);
    QString photo;
    for (const BackupEntry &e : good.manifest.entries) {
        if (e.name.endsWith(QStringLiteral(".orig.png")))
            photo = e.name;
    }
    QVERIFY(!photo.isEmpty());
    if (kind == QLatin1String("evidence-byte") || kind == QLatin1String("db-byte")) {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        qsizetype at = -1;
        if (kind == QLatin1String("evidence-byte")) {
            // Photos are stored, so their bytes are in the zip as they are.
            QFile original(QDir(EvidenceStore::folderFor(m_deskA)).filePath(photo.mid(9)));
            QVERIFY(original.open(QIODevice::ReadOnly));
            const QByteArray content = original.readAll();
            at = bytes.indexOf(content.mid(content.size() / 2, 64)) + 10;
        } else {
            // Inside the deflated database entry, past its local header.
            at = bytes.indexOf(QByteArrayLiteral("PK\x03\x04")) + 30 + 15 + 200;
        }
        QVERIFY(at > 10);
        bytes[at] = char(bytes.at(at) ^ 0x5a);
        f.seek(0);
        f.write(bytes);
    } else if (kind == QLatin1String("truncated")) {
        QFile f(bad);
        QVERIFY(f.resize(f.size() * 2 / 3));
    } else {
        QFile::remove(bad);
        QVERIFY(rewriteZip(m_backupA, bad, [&](const QString &name, QByteArray &bytes) {
            if (kind == QLatin1String("missing-entry"))
                return name != photo;
            if (name != BackupFormat::manifestName())
                return true;
            bytes = editedManifest(bytes, [&](QJsonObject &o) {
                if (kind == QLatin1String("manifest-rows")) {
                    QJsonObject rows = o.value(QStringLiteral("rowCounts")).toObject();
                    rows.insert(QStringLiteral("recipient"), 299);
                    o.insert(QStringLiteral("rowCounts"), rows);
                    return;
                }
                QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
                for (qsizetype i = 0; i < entries.size(); ++i) {
                    QJsonObject e = entries.at(i).toObject();
                    if (e.value(QStringLiteral("name")).toString() == photo) {
                        e.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
                        entries.replace(i, e);
                    }
                }
                o.insert(QStringLiteral("entries"), entries);
            });
            return true;
        }));
    }
    const BackupCheck check = BackupVerifier::verify(bad, BackupVerifier::Depth::Full);
    QVERIFY(!check.ok);
    QVERIFY(!check.message.isEmpty());
    if (entry.isEmpty()) {
        QVERIFY2(check.message.contains(QStringLiteral("cut short")), qPrintable(check.message));
    } else {
        // The refusal names the entry (or, for a row count, the table).
        QVERIFY2(check.badEntry.startsWith(entry),
                 qPrintable(check.badEntry + QStringLiteral(": ") + check.message));
        QVERIFY2(check.message.contains(check.badEntry) ||
                     check.message.contains(QStringLiteral("table recipient")),
                 qPrintable(check.message));
    }

    // Restoring it is refused and the current data stays exactly as it was.
    const QString db = copyOfDeskA(QStringLiteral("untouched-") + kind);
    const auto before = deskFiles(db);
    RestoreOptions options;
    const RestoreResult r = BackupRestorer::restore(bad, db, m_admin, options);
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(deskFiles(db), before);
    QCOMPARE(QDir(path(QStringLiteral("untouched-") + kind))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .size(),
             2);
}

void TestBackup::foreignBackupIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a zip") << QStringLiteral("text") << QStringLiteral("not a zip file");
    QTest::newRow("a zip of something else")
        << QStringLiteral("zip") << QStringLiteral("no readable manifest.json");
    QTest::newRow("a climbing ../ name")
        << QStringLiteral("dotdot") << QStringLiteral("../evil.txt");
    QTest::newRow("an absolute name")
        << QStringLiteral("absolute") << QStringLiteral("/tmp/evil.txt");
    QTest::newRow("an entry twice") << QStringLiteral("duplicate") << QStringLiteral("twice");
    QTest::newRow("a manifest of another program")
        << QStringLiteral("format") << QStringLiteral("CertDesk backup");
    QTest::newRow("a manifest listing ../")
        << QStringLiteral("manifest-dotdot") << QStringLiteral("../evil.txt");
}

void TestBackup::foreignBackupIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString file = path(QStringLiteral("foreign-%1.cdbackup").arg(kind));
    QFile::remove(file);
    if (kind == QLatin1String("text")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Meeting notes, not a backup.\n");
    } else if (kind == QLatin1String("zip")) {
        ZipWriter zip(file);
        QVERIFY(zip.addBytes(QStringLiteral("hello.txt"), "hello", ZipWriter::Deflated));
        QVERIFY(zip.close());
    } else if (kind == QLatin1String("dotdot") || kind == QLatin1String("absolute") ||
               kind == QLatin1String("duplicate")) {
        const QString name = kind == QLatin1String("dotdot")     ? QStringLiteral("../evil.txt")
                             : kind == QLatin1String("absolute") ? QStringLiteral("/tmp/evil.txt")
                                                                 : BackupFormat::databaseName();
        QVERIFY(rewriteZip(m_backupA, file, [](const QString &, QByteArray &) { return true; },
                           {{name, QByteArrayLiteral("evil")}}));
    } else {
        QVERIFY(rewriteZip(m_backupA, file, [&](const QString &name, QByteArray &bytes) {
            if (name == BackupFormat::manifestName())
                bytes = editedManifest(bytes, [&](QJsonObject &o) {
                    if (kind == QLatin1String("format")) {
                        o.insert(QStringLiteral("format"), QStringLiteral("other-program"));
                        return;
                    }
                    QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
                    entries.append(
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("../evil.txt")},
                                    {QStringLiteral("size"), 4},
                                    {QStringLiteral("sha256"), sha256Hex("evil")}});
                    o.insert(QStringLiteral("entries"), entries);
                });
            return true;
        }));
    }
    const BackupCheck check = BackupVerifier::verify(file, BackupVerifier::Depth::Full);
    QVERIFY(!check.ok);
    QVERIFY2(check.message.contains(reason), qPrintable(check.message));

    const QString db = copyOfDeskA(QStringLiteral("foreign-") + kind);
    const auto before = deskFiles(db);
    RestoreOptions options;
    const RestoreResult r = BackupRestorer::restore(file, db, m_admin, options);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(reason), qPrintable(r.message));
    QCOMPARE(deskFiles(db), before);
    // Nothing was written outside: no evil.txt anywhere near.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("evil.txt"))));
    QVERIFY(
        !QFileInfo::exists(path(QStringLiteral("foreign-") + kind + QStringLiteral("/evil.txt"))));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/evil.txt")));
}

void TestBackup::otherDeskOnlyWhenMoving()
{
    // Desk B's backup over a copy of desk A: refused, naming both desks.
    const QString db = copyOfDeskA(QStringLiteral("move"));
    const auto before = deskFiles(db);
    RestoreOptions options;
    RestoreResult r = BackupRestorer::restore(m_backupB, db, m_admin, options);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QStringLiteral("another desk")), qPrintable(r.message));
    const BackupCheck a = BackupVerifier::verify(m_backupA, BackupVerifier::Depth::Entries);
    const BackupCheck b = BackupVerifier::verify(m_backupB, BackupVerifier::Depth::Entries);
    QVERIFY(r.message.contains(BackupFormat::shortDesk(a.manifest.deskId)));
    QVERIFY(r.message.contains(BackupFormat::shortDesk(b.manifest.deskId)));
    QCOMPARE(deskFiles(db), before);
    QCOMPARE(BackupRestorer::compare(b.manifest, db).kind, DeskComparison::OtherDesk);
    QCOMPARE(BackupRestorer::compare(a.manifest, db).kind, DeskComparison::SameDesk);

    // Explicitly moving desk B here: B's data in place, A's kept aside.
    options.moveDesk = true;
    r = BackupRestorer::restore(m_backupB, db, m_admin, options);
    QVERIFY2(r.ok, qPrintable(r.message));
    auto rows = allRows(db);
    const auto rowsB = allRows(m_deskB);
    QCOMPARE(rows.value(QStringLiteral("recipient")), rowsB.value(QStringLiteral("recipient")));
    QCOMPARE(folderHashes(EvidenceStore::folderFor(db)),
             folderHashes(EvidenceStore::folderFor(m_deskB)));
    QVERIFY(QFileInfo::exists(r.keptAside + QStringLiteral("/certdesk.sqlite")));
    QCOMPARE(rows.value(QStringLiteral("audit_log"))
                 .filter(QStringLiteral("moved here over desk"))
                 .size(),
             1);

    // A new PC with no data takes a backup without being asked to move.
    const QString fresh = path(QStringLiteral("new-pc/data/certdesk.sqlite"));
    options.moveDesk = false;
    QCOMPARE(BackupRestorer::compare(a.manifest, fresh).kind, DeskComparison::NoData);
    r = BackupRestorer::restore(m_backupA, fresh, m_admin, options);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.keptAside.isEmpty());
    // Only the data: no staging folder, no -wal left by the restore's own connections.
    QCOMPARE(QDir(path(QStringLiteral("new-pc/data")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("certdesk.sqlite"), QStringLiteral("evidence")}));
    QCOMPARE(allRows(fresh).value(QStringLiteral("verification_event")),
             allRows(m_deskA).value(QStringLiteral("verification_event")));
    QCOMPARE(folderHashes(EvidenceStore::folderFor(fresh)),
             folderHashes(EvidenceStore::folderFor(m_deskA)));
}

void TestBackup::newerSchemaIsRefused()
{
    // The same backup, its database marked as written by a future schema.
    const QString file = path(QStringLiteral("newer.cdbackup"));
    const QString extracted = path(QStringLiteral("newer.sqlite"));
    QVERIFY(rewriteZip(m_backupA, file, [&](const QString &name, QByteArray &bytes) {
        if (name != BackupFormat::databaseName())
            return true;
        QFile f(extracted);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        f.close();
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            c.setDatabaseName(extracted);
            c.open();
            QSqlQuery(c).exec(QStringLiteral("PRAGMA user_version = 999"));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        f.open(QIODevice::ReadOnly);
        bytes = f.readAll();
        return true;
    }));
    // The manifest is made to agree, as a newer program would have written it.
    const QString consistent = path(QStringLiteral("newer2.cdbackup"));
    const QByteArray db = [&] {
        QFile f(extracted);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QVERIFY(rewriteZip(file, consistent, [&](const QString &name, QByteArray &bytes) {
        if (name == BackupFormat::manifestName())
            bytes = editedManifest(bytes, [&](QJsonObject &o) {
                o.insert(QStringLiteral("schemaVersion"), 999);
                QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
                for (qsizetype i = 0; i < entries.size(); ++i) {
                    QJsonObject e = entries.at(i).toObject();
                    if (e.value(QStringLiteral("name")).toString() ==
                        BackupFormat::databaseName()) {
                        e.insert(QStringLiteral("sha256"), sha256Hex(db));
                        e.insert(QStringLiteral("size"), db.size());
                        entries.replace(i, e);
                    }
                }
                o.insert(QStringLiteral("entries"), entries);
            });
        return true;
    }));
    const BackupCheck check = BackupVerifier::verify(consistent, BackupVerifier::Depth::Full);
    QVERIFY(!check.ok);
    QVERIFY2(check.message.contains(QStringLiteral("newer CertDesk")), qPrintable(check.message));
    QCOMPARE(check.badEntry, BackupFormat::databaseName());
}

void TestBackup::consistentWhileAnotherConnectionWrites()
{
    const QString dbPath = copyOfDeskA(QStringLiteral("busy"));
    QString error;
    auto db = Database::open(dbPath, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    // Another thread (its own connection) writes pairs of rows in one transaction each:
    // a consistent snapshot holds both rows of every pair or neither.
    std::atomic<bool> stop{false};
    std::atomic<int> pairs{0};
    QThread *writer = QThread::create([&] {
        for (int i = 0; !stop.load(); ++i) {
            QString ignored;
            if (inWriteTransaction(*db, &ignored, [&] {
                    return db->setSetting(QStringLiteral("pair.%1.a").arg(i), QString::number(i)) &&
                           db->setSetting(QStringLiteral("pair.%1.b").arg(i), QString::number(i));
                }))
                ++pairs;
        }
    });
    writer->start();
    while (pairs.load() < 20)
        QThread::msleep(5);
    BackupOptions o;
    o.folder = path(QStringLiteral("busy-usb"));
    const BackupResult r = DeskBackup(*db, Session::commandLine()).write(o);
    stop = true;
    writer->wait();
    delete writer;
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(pairs.load() > 20);

    const QString out = path(QStringLiteral("busy-extract"));
    QDir().mkpath(out);
    const BackupCheck check = BackupVerifier::verify(r.path, BackupVerifier::Depth::Full, out);
    QVERIFY2(check.ok, qPrintable(check.message));
    const QStringList settings =
        allRows(QDir(out).filePath(BackupFormat::databaseName())).value(QStringLiteral("setting"));
    const qsizetype a =
        settings.filter(QRegularExpression(QStringLiteral("^pair\\.\\d+\\.a\x1f"))).size();
    const qsizetype b =
        settings.filter(QRegularExpression(QStringLiteral("^pair\\.\\d+\\.b\x1f"))).size();
    QVERIFY(a >= 20);
    QCOMPARE(a, b);
    // Extraction wrote every entry, and only below the folder it was given.
    QCOMPARE(folderHashes(QDir(out).filePath(QStringLiteral("evidence"))),
             folderHashes(EvidenceStore::folderFor(dbPath)));
}

void TestBackup::rolesDecide()
{
    QString error;
    const QString dbPath = copyOfDeskA(QStringLiteral("roles"));
    auto db = Database::open(dbPath, Database::OpenMode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"));
    const AuditTrail audit(*db, *profile, WorkingCalendar::builtin());
    const Session worker =
        securitytest::sessionAt(Role::CommunityWorker, 3, QStringLiteral("370299001001"));
    const Session auditor = securitytest::sessionAt(Role::Auditor, 1, QString());

    BackupOptions o;
    o.folder = path(QStringLiteral("roles-usb"));
    DeskBackup refused(*db, auditor);
    refused.setAudit(&audit);
    BackupResult r = refused.write(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.message, auditor.refusal(Action::Backup));
    DeskBackup backup(*db, worker);
    backup.setAudit(&audit);
    r = backup.write(o);
    QVERIFY2(r.ok, qPrintable(r.message));
    // The backup is in the trail with its file, and the trail's chain holds.
    AuditFilter filter;
    filter.action = AuditTrail::actionKey(AuditAction::Backup);
    const QList<AuditEntry> entries = audit.entries(filter);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().target, QDir::toNativeSeparators(r.path));
    QVERIFY(entries.first().detail.contains(r.sha256));
    db.reset();

    RestoreOptions ro;
    RestoreResult restored = BackupRestorer::restore(r.path, dbPath, worker, ro);
    QVERIFY(!restored.ok);
    QCOMPARE(restored.message, worker.refusal(Action::RestoreBackup));
    restored = BackupRestorer::restore(r.path, dbPath, m_admin, ro);
    QVERIFY2(restored.ok, qPrintable(restored.message));
}

void TestBackup::cancelledBackupLeavesNothing()
{
    // Cancelled while writing, and while reading back: no file that looks like a
    // backup (nor a .part, nor the snapshot) is left, as after a pulled USB stick.
    for (const double at : {0.2, 0.7}) {
        QString error;
        auto db = Database::open(m_deskA, Database::OpenMode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        const QString folder = path(QStringLiteral("cancel-%1").arg(int(at * 10)));
        BackupOptions o;
        o.folder = folder;
        const BackupResult r =
            DeskBackup(*db, Session::commandLine()).write(o, [at](qint64 done, qint64 total) {
                return double(done) / double(total) < at;
            });
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(r.path.isEmpty());
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0);
        QCOMPARE(QDir(path(QStringLiteral("a")))
                     .entryList(QDir::Files | QDir::Hidden)
                     .filter(QStringLiteral("snapshot"))
                     .size(),
                 0);
    }
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
