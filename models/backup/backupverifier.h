#pragma once

#include "backupmanifest.h"
#include "sqlitesnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace certdesk
{

// The outcome of checking a backup file: ok, or the reason and the entry at fault.
struct BackupCheck {
    bool ok = false;
    bool cancelled = false;
    QString message;         // why it was refused (translated)
    QString badEntry;        // the entry at fault, when there is one
    BackupManifest manifest; // once read
    SnapshotFacts database;  // of the backed-up database, after a full check
    int entries = 0;         // entries checked, the manifest included
    qint64 bytes = 0;        // their uncompressed size
};

// Checks a backup before anything trusts it. Hostile files are expected: a zip
// whose names climb out of the folder ("../", "/etc/…"), list an entry twice,
// declare sizes that do not match, inflate beyond what they declare, or are cut
// short — each is refused with the reason, and nothing is ever written outside
// the folder extraction was asked to write into.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)
public:
    enum class Depth {
        Entries, // every entry's size and SHA-256 against the manifest
        Full, // and the database itself: integrity_check, application_id, schema, row counts, desk
    };
    // Extracts every entry into `extractTo` (an existing empty folder) while checking;
    // without it, Full extracts only the database into a temporary folder in
    // `workFolder` (the system's temporary folder when empty) and removes it again.
    static BackupCheck verify(const QString &path, Depth depth,
                              const QString &extractTo = QString(),
                              const BackupProgress &progress = {},
                              const QString &workFolder = QString());
};

} // namespace certdesk
