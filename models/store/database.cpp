#include "database.h"

#include "faulthooks.h"

#include "logging.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QtEndian>
#include <atomic>

namespace certdesk
{

namespace
{

// What the 100-byte SQLite header says, read without opening the file through
// SQLite: nothing can be written, no lock is needed.
struct HeaderInfo {
    bool empty = false; // zero-length file: SQLite treats it as a new database
    bool sqlite = false;
    qint64 declaredSize = -1; // page size x page count, when the header vouches for it
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

HeaderInfo readHeader(QFile &file)
{
    HeaderInfo h;
    if (file.size() == 0) {
        h.empty = true;
        return h;
    }
    const QByteArray b = file.read(100);
    if (b.size() < 100 || !b.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.sqlite = true;
    const auto u16 = [&](int o) { return qFromBigEndian<quint16>(b.constData() + o); };
    const auto u32 = [&](int o) { return qFromBigEndian<quint32>(b.constData() + o); };
    qint64 pageSize = u16(16) == 1 ? 65536 : u16(16);
    const quint32 pages = u32(28);
    // The in-header page count is only valid when "version-valid-for" equals the change counter.
    if (pages > 0 && u32(92) == u32(24))
        h.declaredSize = pageSize * pages;
    h.userVersion = qint32(u32(60));
    h.applicationId = qint32(u32(68));
    return h;
}

// Backup copies a migration left half-written: a run killed during VACUUM
// INTO (issue 18) leaves "<db>.v<N>-<time>.bak.part" and SQLite's journal
// beside it, as big as the database, which nothing would ever read or remove.
// Only this database's, and only when no copy is being written: VACUUM INTO
// touches its file with every page, so one untouched for ten minutes belongs
// to no running program.
void sweepAbandonedBackupCopies(const QFileInfo &database)
{
    const QDir folder = database.absoluteDir();
    const QString prefix = database.fileName() + QStringLiteral(".v");
    const QStringList leftovers = folder.entryList(
        {prefix + QStringLiteral("*.bak.part"), prefix + QStringLiteral("*.bak.part-journal")},
        QDir::Files | QDir::Hidden);
    const QDateTime quietSince = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    for (const QString &name : leftovers) {
        const QFileInfo part(folder.filePath(name));
        if (part.lastModified().toUTC() > quietSince)
            continue;
        if (QFile::remove(part.filePath()))
            qCInfo(lcStore) << "removed an unfinished backup copy" << part.filePath();
        else
            qCWarning(lcStore) << "cannot remove the unfinished backup copy" << part.filePath();
    }
}

QString sqliteCode(const QSqlError &e)
{
    return e.nativeErrorCode();
}

bool isBusy(const QSqlError &e)
{
    const QString c = sqliteCode(e);
    return c == QLatin1String("5") || c == QLatin1String("6") ||
           e.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

// A full disk reaches us as SQLITE_FULL, or as an I/O error when SQLite cannot
// even make its -wal/-shm files: either way, say what it is rather than
// calling the file damaged (issue 18).
bool diskFull(const QString &path, const QSqlError &e)
{
    if (sqliteCode(e) == QLatin1String("13"))
        return true;
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    return disk.isValid() && disk.bytesAvailable() < (1 << 20);
}

QString diskFullMessage(const QString &shown)
{
    return QCoreApplication::translate("Database",
                                       "The disk that holds the database %1 is full. Free some "
                                       "space and try again; the file was not changed.")
        .arg(shown);
}

} // namespace

Database::Database(const QString &path) : m_path(path) {}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    // Connections of worker threads are idle by now; removing one closes it.
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

int Database::latestVersion()
{
    return Migrations::latestVersion();
}

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode, QString *error,
                                         int targetVersion)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcStore) << message;
        return std::unique_ptr<Database>();
    };
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());

    if (info.exists()) {
        if (!info.isFile())
            return fail(tr("%1 is not a file.").arg(shown));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the database %1: %2").arg(shown, file.errorString()));
        const HeaderInfo h = readHeader(file);
        if (!h.empty) {
            if (!h.sqlite)
                return fail(tr("%1 is not a CertDesk database: it is not an SQLite file, or its "
                               "first page is damaged. The file was not changed.")
                                .arg(shown));
            if (h.applicationId != ApplicationId && h.userVersion != 0)
                return fail(tr("%1 is an SQLite database of another program, not CertDesk. "
                               "The file was not changed.")
                                .arg(shown));
            if (h.declaredSize > 0 && info.size() < h.declaredSize)
                return fail(tr("The database %1 is damaged: it is %2 bytes long but should be "
                               "%3 bytes (truncated copy?). The file was not changed; restore "
                               "it from a backup.")
                                .arg(shown)
                                .arg(info.size())
                                .arg(h.declaredSize));
            if (h.userVersion > latestVersion())
                return fail(tr("The database %1 was written by a newer CertDesk (schema version "
                               "%2; this program knows up to %3). Please update CertDesk. The "
                               "file was not changed.")
                                .arg(shown)
                                .arg(h.userVersion)
                                .arg(latestVersion()));
        }
        // Permission bits are checked as well as access(): an administrator (root)
        // may write anywhere, but a file marked read-only is meant to stay as it is.
        // (WriteUser is access() again, which always says yes to root.)
        const bool markedReadOnly =
            !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
        if (markedReadOnly || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return fail(tr("The database %1 is read-only (or its folder is). CertDesk needs to "
                           "write beside it; copy it to a writable folder or change the "
                           "permissions. The file was not changed.")
                            .arg(shown));
    } else {
        if (mode == OpenMode::OpenExisting)
            return fail(tr("The database %1 does not exist.").arg(shown));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(tr("Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath()));
    QSqlDatabase c = db->connection();
    if (!c.isOpen())
        return fail(tr("Cannot open the database %1: %2").arg(shown, c.lastError().text()));

    QSqlQuery q(c);
    // Reading the schema catches damage beyond the header and a lock held by another
    // program, still without writing anything.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        if (isBusy(q.lastError()))
            return fail(tr("The database %1 is locked by another program. Close the other "
                           "program (or the other CertDesk window) and try again.")
                            .arg(shown));
        if (diskFull(path, q.lastError()))
            return fail(diskFullMessage(shown));
        return fail(tr("The database %1 is damaged: %2. The file was not changed.")
                        .arg(shown, q.lastError().text()));
    }
    const int objectCount = q.value(0).toInt();
    int version = 0;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    if (version == 0 && objectCount > 0)
        return fail(tr("%1 is an SQLite database of another program, not CertDesk. "
                       "The file was not changed.")
                        .arg(shown));
    if (version > latestVersion())
        return fail(tr("The database %1 was written by a newer CertDesk (schema version %2; "
                       "this program knows up to %3). Please update CertDesk. The file was not "
                       "changed.")
                        .arg(shown)
                        .arg(version)
                        .arg(latestVersion()));
    // Take and release the write lock: if another program holds it, say so now
    // rather than fail on the first save.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (isBusy(q.lastError()))
            return fail(tr("The database %1 is locked by another program. Close the other "
                           "program (or the other CertDesk window) and try again.")
                            .arg(shown));
        if (sqliteCode(q.lastError()) == QLatin1String("8"))
            return fail(tr("The database %1 is read-only (or its folder is). CertDesk needs to "
                           "write beside it; copy it to a writable folder or change the "
                           "permissions. The file was not changed.")
                            .arg(shown));
        if (diskFull(path, q.lastError()))
            return fail(diskFullMessage(shown));
        return fail(tr("Cannot write to the database %1: %2").arg(shown, q.lastError().text()));
    }
    q.exec(QStringLiteral("ROLLBACK"));
    // The database is writable and no other program writes it now.
    sweepAbandonedBackupCopies(info);

    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return fail(tr("Cannot switch %1 to WAL mode: %2").arg(shown, q.lastError().text()));
    q.finish(); // an unfinished statement would keep the migrations from committing

    if (version < target) {
        if (version > 0) {
            QString backup = QStringLiteral("%1.v%2-%3.bak")
                                 .arg(db->m_path)
                                 .arg(version)
                                 .arg(QDateTime::currentDateTimeUtc().toString(
                                     QStringLiteral("yyyyMMddHHmmss")));
            // Written beside its final name and renamed when complete: a run
            // killed half-way leaves no backup that looks whole (issue 18).
            // A run killed after its backup and started again within the same
            // second would meet its own backup's name (found by tst_killanywhere).
            for (int n = 2; QFile::exists(backup); ++n)
                backup = QStringLiteral("%1.v%2-%3-%4.bak")
                             .arg(db->m_path)
                             .arg(version)
                             .arg(QDateTime::currentDateTimeUtc().toString(
                                 QStringLiteral("yyyyMMddHHmmss")))
                             .arg(n);
            const QString part = backup + QStringLiteral(".part");
            // With the journal SQLite keeps beside the copy while VACUUM INTO
            // writes it (a run killed then leaves both).
            const auto dropPart = [&part] {
                QFile::remove(part);
                QFile::remove(part + QStringLiteral("-journal"));
            };
            dropPart();
            QSqlQuery b(c);
            b.prepare(QStringLiteral("VACUUM INTO ?"));
            b.addBindValue(part);
            if (!b.exec()) {
                dropPart();
                return fail(tr("Cannot back up %1 before upgrading it: %2. Nothing was changed.")
                                .arg(shown, b.lastError().text()));
            }
            FaultHooks::killPoint("migration-backup"); // test builds only
            if (!QFile::rename(part, backup)) {
                dropPart();
                return fail(tr("Cannot back up %1 before upgrading it: %2. Nothing was changed.")
                                .arg(shown, tr("the copy could not be renamed")));
            }
            db->m_backupPath = backup;
            qCInfo(lcStore) << "backed up version" << version << "to" << backup;
        }
        QString why;
        if (!Migrations::migrate(c, version, target, &why))
            return fail(tr("Cannot upgrade %1: %2").arg(shown, why));
    }
    return db;
}

namespace
{
std::atomic<qint64> g_memoryBudget{-1}; // -1: leave SQLite's setting alone
} // namespace

void Database::setMemoryBudget(qint64 bytes)
{
    g_memoryBudget = qMax<qint64>(0, bytes);
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    c.setDatabaseName(m_path);
    c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (c.open()) {
        QSqlQuery q(c);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MB per connection
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        // Process-wide: setting it again on each connection costs nothing.
        if (const qint64 budget = g_memoryBudget; budget >= 0)
            q.exec(QStringLiteral("PRAGMA soft_heap_limit = %1").arg(budget));
    }
    return c;
}

QSqlDatabase Database::connection() const
{
    const QString name = QStringLiteral("certdesk-%1-%2")
                             .arg(quintptr(this), 0, 16)
                             .arg(quintptr(QThread::currentThread()), 0, 16);
    QMutexLocker lock(&m_mutex);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    m_connectionNames << name;
    return openConnection(name);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool Database::beginWrite(QString *error) const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (error)
        *error = isBusy(q.lastError())
                     ? tr("The database is busy (another program is writing). Try again.")
                     : q.lastError().text();
    return false;
}

bool Database::commit(QString *error) const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    if (error)
        *error = q.lastError().text();
    rollback();
    return false;
}

void Database::rollback() const
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString &key, const QString &value, QString *error) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QString(QLatin1String(""))
                                  : value); // a null QString would bind as NULL
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace certdesk
