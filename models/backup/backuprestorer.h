#pragma once

#include "backupmanifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace certdesk
{

class Session;

// Whose data a backup would replace (shown before a restore, checked during it).
struct DeskComparison {
    enum Kind {
        NoData,     // nothing here yet (a new PC): the backup is simply put in place
        SameDesk,   // a backup of this desk
        OtherDesk,  // another desk's backup over this desk's data: only when moving a desk
        Unreadable, // the current database cannot be read (damaged): its desk is unknown
    };
    Kind kind = NoData;
    QString currentDesk; // id
    QString currentName; // districts
};

struct RestoreOptions {
    bool moveDesk = false; // the user confirmed that another desk moves onto this PC
    QDateTime now;         // UTC; names the folder the current data is kept in
};

struct RestoreResult {
    bool ok = false;
    bool cancelled = false;
    QString message;   // why not (translated); the current data is then exactly as it was
    QString badEntry;  // the backup entry at fault, when there is one
    QString keptAside; // the folder now holding the data that was replaced
    BackupManifest manifest;
};

// Puts a verified backup in place of a desk's database and evidence. Every entry
// is extracted into a folder beside the data and checked (BackupVerifier, Full)
// before anything current is touched; then the current database, its -wal and
// -shm and the evidence folder are moved into "<db>.before-restore-<time>" and
// the restored ones moved in — renames within one disk, undone in reverse when
// one fails. Nothing is deleted: the replaced data stays in that folder. No -wal
// of the old file can be replayed into the restored one, as it moved aside with
// its database. The database must not be open (the window closes it first).
class BackupRestorer
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestorer)
public:
    static DeskComparison compare(const BackupManifest &manifest, const QString &databasePath);
    // The refusal for a backup of another desk without moveDesk; empty when allowed.
    static QString deskRefusal(const BackupManifest &manifest, const DeskComparison &here,
                               bool moveDesk);
    // As `session`, who must be allowed to restore by the gate (AccessGate, role
    // only: no database is open to hold a jurisdiction); the restore is audited
    // under it in the restored file.
    static RestoreResult restore(const QString &backupPath, const QString &databasePath,
                                 const Session &session, const RestoreOptions &options,
                                 const BackupProgress &progress = {});
};

} // namespace certdesk
