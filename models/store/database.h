#pragma once

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace certdesk
{

// The local SQLite store. Opening checks the file before anything writes to it:
// a file that is not a CertDesk database, damaged, read-only, locked by another
// program or made by a newer CertDesk is refused with a clear message and left
// exactly as it was. Older files are backed up (VACUUM INTO) and migrated.
//
// QSQLITE connections belong to one thread; connection() hands each thread its
// own connection to the same file (WAL mode lets readers run beside the writer).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };
    // 'CERT': marks the file as ours so a foreign SQLite file is not migrated.
    static constexpr qint32 ApplicationId = 0x43455254;

    static std::unique_ptr<Database> open(const QString &path, OpenMode mode, QString *error,
                                          int targetVersion = -1);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const; // the calling thread's connection
    int schemaVersion() const;
    static int latestVersion();
    QString backupPath() const { return m_backupPath; } // made before migrating, if any

    // BEGIN IMMEDIATE: take the write lock up front so a transaction never fails
    // half-way with SQLITE_BUSY on upgrade from reader to writer.
    bool beginWrite(QString *error = nullptr) const;
    bool commit(QString *error = nullptr) const;
    void rollback() const;

    // The most SQLite may keep in memory in this process, all connections together
    // (PRAGMA soft_heap_limit): past it, cached pages are reused instead of more
    // memory taken. The window sets one (each thread's connection has a 64 MB page
    // cache, and a district's counts and lists run on several threads; issue 19.6);
    // the CLI and the server keep SQLite's default, no limit. 0: no limit.
    static void setMemoryBudget(qint64 bytes);
    // The window's budget (app/gui/main.cpp, bench_district).
    static constexpr qint64 DeskMemoryBudget = qint64(64) << 20;

    QString setting(const QString &key, const QString &fallback = QString()) const;
    bool setSetting(const QString &key, const QString &value, QString *error = nullptr) const;

private:
    explicit Database(const QString &path);
    QSqlDatabase openConnection(const QString &name) const;

    QString m_path;
    QString m_backupPath;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

// Runs fn inside a write transaction; commits when it returns true, rolls back otherwise.
template <typename Fn> bool inWriteTransaction(const Database &db, QString *error, Fn fn)
{
    if (!db.beginWrite(error))
        return false;
    if (!fn()) {
        db.rollback();
        return false;
    }
    return db.commit(error);
}

} // namespace certdesk
