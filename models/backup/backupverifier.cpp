#include "backupverifier.h"

#include "store/database.h"
#include "zip/zipfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <optional>

namespace certdesk
{

namespace
{
// Room kept free beyond the backup's size: SQLite and the system need some too.
constexpr qint64 kSpareBytes = 64 << 20;
constexpr qint64 kManifestLimit = 16 << 20;

// Where an allowed entry name is written; empty when it would land outside `root`
// (isAllowedEntryName already rules that out; this is the second lock).
QString targetPath(const QString &root, const QString &name)
{
    const QString base = QDir::cleanPath(QDir(root).absolutePath());
    const QString path = QDir::cleanPath(base + QLatin1Char('/') + name);
    return path.startsWith(base + QLatin1Char('/')) ? path : QString();
}
} // namespace

BackupCheck BackupVerifier::verify(const QString &path, Depth depth, const QString &extractTo,
                                   const BackupProgress &progress, const QString &workFolder)
{
    BackupCheck check;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto fail = [&](const QString &message, const QString &entry = QString()) {
        check.ok = false;
        check.message = message;
        check.badEntry = entry;
        return check;
    };
    if (!QFileInfo(path).isFile())
        return fail(tr("The backup %1 does not exist.").arg(shown));
    ZipReader zip(path);
    if (!zip.isOpen())
        return fail(tr("%1 is not a CertDesk backup: it is not a zip file, or it is cut short (its "
                       "list of contents at the end is missing — was the USB stick pulled out "
                       "while it was written?).")
                        .arg(shown));
    bool manifestRead = false;
    const QByteArray json = zip.read(BackupFormat::manifestName(), &manifestRead, kManifestLimit);
    if (!manifestRead)
        return fail(tr("%1 is not a CertDesk backup: it has no readable manifest.json.").arg(shown),
                    BackupFormat::manifestName());
    QString error;
    const auto manifest = BackupManifest::fromJson(json, &error);
    if (!manifest)
        return fail(error, BackupFormat::manifestName());
    check.manifest = *manifest;

    // Everything is written below one folder: the caller's, or a temporary one
    // for the database alone.
    std::optional<QTemporaryDir> temporary;
    QString root = extractTo;
    if (root.isEmpty() && depth == Depth::Full) {
        temporary.emplace(QDir(workFolder.isEmpty() ? QDir::tempPath() : workFolder)
                              .filePath(QStringLiteral(".certdesk-verify-XXXXXX")));
        if (!temporary->isValid())
            return fail(tr("Cannot make a temporary folder to check the database in: %1")
                            .arg(temporary->errorString()));
        root = temporary->path();
    }
    if (!root.isEmpty()) {
        const qint64 needed = extractTo.isEmpty()
                                  ? (manifest->entry(BackupFormat::databaseName())->size)
                                  : manifest->totalSize();
        const QStorageInfo storage(root);
        if (storage.isValid() && storage.bytesAvailable() < needed + kSpareBytes)
            return fail(tr("There is not enough free disk space in %1: the backup needs %2 MB, %3 "
                           "MB are free.")
                            .arg(QDir::toNativeSeparators(root))
                            .arg((needed + kSpareBytes) >> 20)
                            .arg(storage.bytesAvailable() >> 20));
    }

    const qint64 total = manifest->totalSize();
    qint64 done = 0;
    QSet<QString> seen;
    bool failed = false;
    const bool walked = zip.forEach([&](const QString &name, qint64 size,
                                        const ZipReader::ReadFn &read) {
        if (failed || check.cancelled)
            return;
        auto refuse = [&](const QString &message) {
            fail(message, name);
            failed = true;
        };
        if (!BackupFormat::isAllowedEntryName(name))
            return refuse(
                tr("The backup holds an entry named \"%1\", which a CertDesk backup never "
                   "holds (a crafted or foreign file). Nothing was restored.")
                    .arg(name));
        if (seen.contains(name))
            return refuse(
                tr("The backup holds the entry %1 twice (a crafted or damaged file).").arg(name));
        seen.insert(name);
        ++check.entries;
        if (name == BackupFormat::manifestName())
            return; // read above
        const BackupEntry *listed = manifest->entry(name);
        if (!listed)
            return refuse(
                tr("The backup holds the entry %1, which its manifest does not list.").arg(name));
        if (size != listed->size)
            return refuse(
                tr("The entry %1 is %2 bytes long, but the manifest says %3 bytes: the backup "
                   "was changed or damaged.")
                    .arg(name)
                    .arg(size)
                    .arg(listed->size));
        const bool extract =
            !root.isEmpty() && (!extractTo.isEmpty() || name == BackupFormat::databaseName());
        QFile out;
        if (extract) {
            const QString target = targetPath(root, name);
            if (target.isEmpty() || !QDir().mkpath(QFileInfo(target).absolutePath()))
                return refuse(
                    tr("Cannot write %1 into %2.").arg(name, QDir::toNativeSeparators(root)));
            out.setFileName(target);
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return refuse(tr("Cannot write %1: %2")
                                  .arg(QDir::toNativeSeparators(target), out.errorString()));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        bool written = true;
        const bool intact = read([&](const QByteArray &chunk) {
            hash.addData(chunk);
            if (extract && written)
                written = out.write(chunk) == chunk.size();
            done += chunk.size();
            if (progress && !check.cancelled && !progress(done, total))
                check.cancelled = true;
        });
        if (extract && (!written || !out.flush()))
            return refuse(tr("Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(out.fileName()), out.errorString()));
        if (!intact)
            return refuse(
                tr("The entry %1 of the backup is damaged (cut short, or its zip checksum does "
                   "not match).")
                    .arg(name));
        if (QString::fromLatin1(hash.result().toHex()) != listed->sha256)
            return refuse(
                tr("The entry %1 does not match its SHA-256 in the manifest: the backup was "
                   "changed or damaged.")
                    .arg(name));
        check.bytes += size;
    });
    if (check.cancelled)
        return fail(tr("The check was cancelled."));
    if (failed)
        return check;
    if (!walked)
        return fail(tr("The backup %1 is damaged: its list of entries cannot be read to the end.")
                        .arg(shown));
    for (const BackupEntry &e : manifest->entries) {
        if (!seen.contains(e.name))
            return fail(
                tr("The entry %1 listed in the manifest is missing from the backup.").arg(e.name),
                e.name);
    }
    if (depth == Depth::Full) {
        const QString dbFile = targetPath(root, BackupFormat::databaseName());
        const auto facts = SqliteSnapshot::inspect(dbFile, true, false, &error);
        const QString entry = BackupFormat::databaseName();
        if (!facts)
            return fail(tr("The backup's database is not usable: %1").arg(error), entry);
        if (facts->applicationId != Database::ApplicationId)
            return fail(tr("The backup's database is not a CertDesk database."), entry);
        if (facts->schemaVersion > Database::latestVersion())
            return fail(
                tr("The backup was made by a newer CertDesk (schema version %1; this program "
                   "knows up to %2). Please update CertDesk first.")
                    .arg(facts->schemaVersion)
                    .arg(Database::latestVersion()),
                entry);
        if (facts->schemaVersion != manifest->schemaVersion || facts->deskId != manifest->deskId)
            return fail(
                tr("The backup's database does not match its manifest (schema version or desk)."),
                entry);
        if (facts->rowCounts != manifest->rowCounts) {
            QString table;
            for (auto it = manifest->rowCounts.cbegin();
                 it != manifest->rowCounts.cend() && table.isEmpty(); ++it) {
                if (facts->rowCounts.value(it.key(), -1) != it.value())
                    table = it.key();
            }
            for (auto it = facts->rowCounts.cbegin();
                 it != facts->rowCounts.cend() && table.isEmpty(); ++it) {
                if (!manifest->rowCounts.contains(it.key()))
                    table = it.key();
            }
            return fail(
                tr("The backup's database does not match its manifest: table %1 has %2 rows, the "
                   "manifest says %3.")
                    .arg(table)
                    .arg(facts->rowCounts.value(table, 0))
                    .arg(manifest->rowCounts.value(table, 0)),
                entry);
        }
        check.database = *facts;
    }
    check.ok = true;
    return check;
}

} // namespace certdesk
