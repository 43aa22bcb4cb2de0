#include "deskbackup.h"

#include "backupschedule.h"
#include "backupverifier.h"
#include "evidence/evidencestore.h"
#include "logging.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "sqlitesnapshot.h"
#include "store/database.h"
#include "zip/zipfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace certdesk
{

namespace
{
// A file read through this reports every chunk; when the callback says stop it
// reports a read error, which makes ZipWriter::add give up on the entry.
class ProgressFile : public QIODevice
{
public:
    ProgressFile(const QString &path, std::function<bool(qint64)> step)
        : m_file(path), m_step(std::move(step))
    {
    }
    bool open(OpenMode mode) override { return m_file.open(mode) && QIODevice::open(mode); }
    qint64 size() const override { return m_file.size(); }
    QString errorString() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = m_file.read(data, max);
        if (n > 0 && m_step && !m_step(n))
            return -1;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    std::function<bool(qint64)> m_step;
};

// Written data must be on the stick before the file gets its final name; and the
// read-back must come from the stick, not from the page cache.
bool flushToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
#ifdef POSIX_FADV_DONTNEED
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
#endif
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path)
    return true;
#endif
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return QString();
    return QString::fromLatin1(h.result().toHex());
}
} // namespace

BackupResult DeskBackup::write(const BackupOptions &options, const BackupProgress &progress) const
{
    BackupResult result;
    auto fail = [&](const QString &message) {
        result.ok = false;
        result.message = message;
        qCWarning(lcBackup) << message;
        return result;
    };
    if (const QString why = AccessGate::refusal(m_session, Action::Backup);
        !options.automatic && !why.isEmpty())
        return fail(why);
    const QDateTime now =
        options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QString folder = QDir(options.folder).absolutePath();
    if (options.folder.isEmpty() || !QDir().mkpath(folder))
        return fail(tr("Cannot make the backup folder %1.").arg(QDir::toNativeSeparators(folder)));

    const QString deskId = DeskIdentity::ensure(m_db);
    const QString finalPath =
        QDir(folder).filePath(BackupFormat::fileName(deskId, options.automatic, now));
    if (QFileInfo::exists(finalPath))
        return fail(tr("The backup %1 already exists.").arg(QDir::toNativeSeparators(finalPath)));
    // A hidden temporary name: what a pulled stick leaves behind never looks like a backup.
    const QString partPath = QDir(folder).filePath(
        QLatin1Char('.') + QFileInfo(finalPath).fileName() + QStringLiteral(".part"));
    const QString snapshot = QFileInfo(m_db.path())
                                 .absoluteDir()
                                 .filePath(QStringLiteral(".certdesk-snapshot-%1.sqlite")
                                               .arg(QUuid::createUuid().toString(QUuid::Id128)));
    const auto cleanUp = qScopeGuard([&] {
        QFile::remove(snapshot);
        QFile::remove(partPath);
    });

    QString error;
    if (!SqliteSnapshot::vacuumInto(m_db, snapshot, &error))
        return fail(error);
    const auto facts = SqliteSnapshot::inspect(snapshot, true, false, &error);
    if (!facts)
        return fail(error);

    const EvidenceStore evidence(EvidenceStore::folderFor(m_db.path()));
    const QStringList files = evidence.storedFiles();
    qint64 total = QFileInfo(snapshot).size();
    for (const QString &f : files)
        total += QFileInfo(QDir(evidence.folder()).filePath(f)).size();
    // Writing is the first half of the bar, reading back the second.
    qint64 done = 0;
    const auto step = [&](qint64 n) {
        done += n;
        if (progress && !progress(done, 2 * total)) {
            result.cancelled = true;
            return false;
        }
        return true;
    };

    BackupManifest manifest;
    manifest.appVersion = BackupFormat::appVersion();
    manifest.schemaVersion = facts->schemaVersion;
    manifest.createdAt = now;
    manifest.deskId = deskId;
    manifest.deskName = facts->deskName;
    manifest.automatic = options.automatic;
    manifest.rowCounts = facts->rowCounts;
    {
        ZipWriter zip(partPath);
        if (!zip.isOpen())
            return fail(tr("Cannot write in %1.").arg(QDir::toNativeSeparators(folder)));
        auto add = [&](const QString &name, const QString &source, ZipWriter::Method method) {
            ProgressFile in(source, step);
            BackupEntry entry{name, 0, QString()};
            if (!in.open(QIODevice::ReadOnly)) {
                error = tr("Cannot read %1: %2")
                            .arg(QDir::toNativeSeparators(source), in.errorString());
                return false;
            }
            if (!zip.add(name, in, method, &entry.sha256, &entry.size)) {
                error = result.cancelled
                            ? tr("The backup was cancelled.")
                            : tr("Cannot write %1 into the backup (is the disk full or the "
                                 "USB stick removed?).")
                                  .arg(name);
                return false;
            }
            manifest.entries << entry;
            return true;
        };
        // Photos are already compressed: stored, they cost no time to pack or check.
        if (!add(BackupFormat::databaseName(), snapshot, ZipWriter::Deflated))
            return fail(error);
        for (const QString &f : files) {
            if (!add(BackupFormat::evidencePrefix() + f, QDir(evidence.folder()).filePath(f),
                     ZipWriter::Stored))
                return fail(error);
        }
        if (!zip.addBytes(BackupFormat::manifestName(), manifest.toJson(), ZipWriter::Deflated) ||
            !zip.close())
            return fail(tr("Cannot finish the backup file in %1 (is the disk full or the USB stick "
                           "removed?).")
                            .arg(QDir::toNativeSeparators(folder)));
    }
    QFile::remove(snapshot);
    if (!flushToDisk(partPath))
        return fail(tr("Cannot flush the backup to %1 (was the USB stick removed?).")
                        .arg(QDir::toNativeSeparators(folder)));

    const BackupCheck check =
        BackupVerifier::verify(partPath, BackupVerifier::Depth::Entries, QString(),
                               [&](qint64 read, qint64) { return step(read - (done - total)); });
    if (check.cancelled || result.cancelled)
        return fail(tr("The backup was cancelled."));
    if (!check.ok)
        return fail(
            tr("The backup written to %1 does not read back correctly, so it was deleted: %2")
                .arg(QDir::toNativeSeparators(folder), check.message));
    if (!QFile::rename(partPath, finalPath))
        return fail(tr("Cannot name the backup %1.").arg(QDir::toNativeSeparators(finalPath)));
    result.path = finalPath;
    result.size = QFileInfo(finalPath).size();
    result.entries = int(manifest.entries.size()) + 1;
    result.sha256 = fileSha256(finalPath);
    qCInfo(lcBackup) << "backed up" << m_db.path() << "to" << finalPath << result.size << "bytes";

    if (options.automatic) {
        m_db.setSetting(BackupSettings::lastKey(), now.toString(Qt::ISODate));
        if (options.keep > 0)
            result.removed = BackupSchedule::rotate(folder, deskId, options.keep);
    }
    if (m_audit) {
        QString ignored; // the backup exists; a busy trail must not make it look failed
        m_audit->record(
            m_session, AuditAction::Backup, QDir::toNativeSeparators(finalPath),
            QStringLiteral("%1%2 entries, %3 bytes, sha256 %4%5")
                .arg(options.automatic ? QStringLiteral("automatic, ") : QString())
                .arg(result.entries)
                .arg(result.size)
                .arg(result.sha256)
                .arg(result.removed.isEmpty()
                         ? QString()
                         : QStringLiteral(", %1 old removed").arg(result.removed.size())),
            &ignored);
    }
    result.ok = true;
    return result;
}

} // namespace certdesk
