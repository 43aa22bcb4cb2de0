#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <optional>

namespace certdesk
{

class Database;

// What a backup needs to know of a database file, read through a private
// connection of its own (never the Database's): a snapshot being written, a
// database just extracted from a backup, or the current file before a restore.
struct SnapshotFacts {
    qint32 applicationId = 0;
    int schemaVersion = 0;
    QMap<QString, qint64> rowCounts; // every table, including FTS shadow tables
    QString deskId;
    QString deskName;
};

class SqliteSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSnapshot)
public:
    // VACUUM INTO `target` on the calling thread's connection: a consistent copy of
    // the committed state while other connections (the window, a sync) go on
    // writing — it reads inside one read transaction, WAL lets writers continue.
    static bool vacuumInto(const Database &db, const QString &target, QString *error);
    // Reads the facts; with checkIntegrity, PRAGMA integrity_check must say "ok".
    // readOnly opens with SQLITE_OPEN_READONLY (for files that are not ours to touch).
    static std::optional<SnapshotFacts> inspect(const QString &path, bool checkIntegrity,
                                                bool readOnly, QString *error);
};

// This desk's identity: the sync device id (SyncSettings), made when missing.
// It is the identity of the data, not of the PC: moving a desk moves it.
class DeskIdentity
{
public:
    static QString ensure(const Database &db);
    // The district(s) of the database, e.g. "海岳区 (370299)".
    static QString name(const Database &db);
};

} // namespace certdesk
