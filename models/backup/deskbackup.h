#pragma once

#include "backupmanifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace certdesk
{

class AuditTrail;
class Database;
class Session;

struct BackupOptions {
    QString folder;         // where the .cdbackup goes (a USB stick, the backups folder)
    bool automatic = false; // named "-auto-" and subject to rotation
    int keep = 0;           // > 0: keep only this many automatic backups of this desk in the folder
    QDateTime now;          // UTC; names the file and stamps the manifest (tests fix it)
};

struct BackupResult {
    bool ok = false;
    bool cancelled = false;
    QString message;     // why not (translated)
    QString path;        // the finished backup
    qint64 size = 0;     // bytes of the file
    int entries = 0;     // the database, evidence files and the manifest
    QString sha256;      // of the whole file, to compare copies
    QStringList removed; // older automatic backups removed by rotation
};

// Writes one backup of a desk: a VACUUM INTO snapshot beside the database (the
// window may go on working), then the zip under a temporary name in the target
// folder, flushed, read back and verified, and only then renamed to its
// .cdbackup name — a file with that name is complete (a pulled USB stick leaves
// at most a ".part" file, which restore does not offer). Evidence files are
// listed after the snapshot is taken: they are written before their row
// commits, so every file the snapshot refers to is already there.
class DeskBackup
{
    Q_DECLARE_TR_FUNCTIONS(DeskBackup)
public:
    // As `session` (the command line's Session::commandLine(), on purpose): the
    // gate (AccessGate) refuses a role that may not back up; automatic backups
    // run whoever is signed in.
    DeskBackup(const Database &db, const Session &session) : m_db(db), m_session(session) {}
    // The backup and who made it go into this trail once the file is complete.
    void setAudit(const AuditTrail *audit) { m_audit = audit; }
    BackupResult write(const BackupOptions &options, const BackupProgress &progress = {}) const;

private:
    const Database &m_db;
    const Session &m_session;
    const AuditTrail *m_audit = nullptr;
};

} // namespace certdesk
