#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

namespace certdesk
{

// One desk backup (docs/decisions.md, "Backups"): a zip named
// CertDesk-<desk>-[auto-]<yyyyMMdd-HHmmss>.cdbackup holding
//   certdesk.sqlite          a consistent snapshot (VACUUM INTO), deflated
//   evidence/ab/<sha>.jpg …  every stored evidence file, stored (photos do not compress)
//   manifest.json            what is in it, written last
// The manifest lists the SHA-256 and size of every other entry; a backup is
// good only when the entries are exactly those listed, with those hashes.
struct BackupEntry {
    QString name;
    qint64 size = 0;
    QString sha256; // lower-case hex
};

struct BackupManifest {
    static constexpr int FormatVersion = 1;
    int formatVersion = FormatVersion;
    QString appVersion;
    int schemaVersion = 0;
    QDateTime createdAt; // UTC
    QString deskId;      // this desk's data (the sync device id)
    QString deskName;    // the district(s), for people to recognise the desk
    bool automatic = false;
    QMap<QString, qint64> rowCounts; // per table of the snapshot
    QList<BackupEntry> entries;

    QByteArray toJson() const;
    // Refuses (nullopt, *error saying what is wrong) anything that is not a
    // well-formed manifest of a format this program reads.
    static std::optional<BackupManifest> fromJson(const QByteArray &json, QString *error);
    const BackupEntry *entry(const QString &name) const;
    qint64 totalSize() const;
};

// Progress of a long backup step: bytes done of total; returning false cancels.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

class BackupFormat
{
    Q_DECLARE_TR_FUNCTIONS(BackupFormat)
public:
    static QString manifestName() { return QStringLiteral("manifest.json"); }
    static QString databaseName() { return QStringLiteral("certdesk.sqlite"); }
    static QString evidencePrefix() { return QStringLiteral("evidence/"); }
    static QString suffix() { return QStringLiteral(".cdbackup"); }
    static QString formatKey() { return QStringLiteral("certdesk-backup"); }
    static QString appVersion();
    // The entry names a backup may hold: the database, the manifest and stored
    // evidence files (EvidenceStore's names). Everything else — "../x", "/etc/x",
    // "a\\b", "evidence/../x", names of other files — is refused, so extraction
    // can never write outside its folder.
    static bool isAllowedEntryName(const QString &name);
    // "CertDesk-1a2b3c4d-20261206-093000.cdbackup", with "-auto" before the time for
    // automatic backups; the desk part is the first 8 characters of the desk id.
    static QString fileName(const QString &deskId, bool automatic, const QDateTime &nowUtc);
    static QString shortDesk(const QString &deskId);
    // The time in an automatic backup's name of this desk; invalid for any other name.
    static QDateTime automaticTime(const QString &fileName, const QString &deskId);
};

} // namespace certdesk
