#include "backuprestorer.h"

#include "backupverifier.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "logging.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "sqlitesnapshot.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QUuid>

namespace certdesk
{

namespace
{
struct Move {
    QString from, to;
};

// Renames in order; on the first failure undoes the ones done, newest first.
bool moveAll(const QList<Move> &moves, QString *failed)
{
    QList<Move> done;
    for (const Move &m : moves) {
        if (!QFileInfo::exists(m.from))
            continue;
        if (!QDir().rename(m.from, m.to)) {
            *failed = m.from;
            for (auto it = done.crbegin(); it != done.crend(); ++it) {
                if (!QDir().rename(it->to, it->from))
                    qCCritical(lcBackup) << "cannot move back" << it->to << "to" << it->from;
            }
            return false;
        }
        done << m;
    }
    return true;
}

QString describeDesk(const QString &id, const QString &name)
{
    return name.isEmpty() ? BackupFormat::shortDesk(id)
                          : QStringLiteral("%1 [%2]").arg(name, BackupFormat::shortDesk(id));
}
} // namespace

DeskComparison BackupRestorer::compare(const BackupManifest &manifest, const QString &databasePath)
{
    DeskComparison here;
    const QFileInfo info(databasePath);
    if (!info.exists() || info.size() == 0)
        return here; // NoData
    QString error;
    // Read-only: the file may be damaged, and it must stay exactly as it is.
    const auto facts = SqliteSnapshot::inspect(databasePath, false, true, &error);
    if (!facts) {
        here.kind = DeskComparison::Unreadable;
        return here;
    }
    if (facts->rowCounts.isEmpty())
        return here; // an empty SQLite file: nothing to lose
    here.currentDesk = facts->deskId;
    here.currentName = facts->deskName;
    here.kind = !facts->deskId.isEmpty() && facts->deskId == manifest.deskId
                    ? DeskComparison::SameDesk
                    : DeskComparison::OtherDesk;
    return here;
}

QString BackupRestorer::deskRefusal(const BackupManifest &manifest, const DeskComparison &here,
                                    bool moveDesk)
{
    if (here.kind != DeskComparison::OtherDesk || moveDesk)
        return QString();
    return tr("The backup is of another desk (%1), but this PC holds the data of desk %2. "
              "Restoring it "
              "would replace this desk's data with another desk's. To move that desk to this PC, "
              "confirm moving the desk (certdesk-cli: --move-desk).")
        .arg(describeDesk(manifest.deskId, manifest.deskName),
             here.currentDesk.isEmpty() ? tr("(never backed up or synchronised)")
                                        : describeDesk(here.currentDesk, here.currentName));
}

RestoreResult BackupRestorer::restore(const QString &backupPath, const QString &databasePath,
                                      const Session &session, const RestoreOptions &options,
                                      const BackupProgress &progress)
{
    RestoreResult result;
    auto fail = [&](const QString &message, const QString &entry = QString()) {
        result.ok = false;
        result.message = message;
        result.badEntry = entry;
        qCWarning(lcBackup) << "restore refused:" << message;
        return result;
    };
    if (const QString why = AccessGate::refusal(session, Action::RestoreBackup); !why.isEmpty())
        return fail(why);
    const QFileInfo dbInfo(databasePath);
    const QString dbPath = dbInfo.absoluteFilePath();
    const QString folder = dbInfo.absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(folder)));
    const QDateTime now =
        options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));

    // Extracted beside the data, so the swap below is renames on one disk.
    const QString staging =
        QDir(folder).filePath(QStringLiteral(".certdesk-restore-%1-%2")
                                  .arg(stamp, QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (!QDir().mkpath(staging))
        return fail(tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(staging)));
    const auto removeStaging = qScopeGuard([&] { QDir(staging).removeRecursively(); });

    const BackupCheck check =
        BackupVerifier::verify(backupPath, BackupVerifier::Depth::Full, staging, progress);
    result.manifest = check.manifest;
    if (check.cancelled) {
        result.cancelled = true;
        return fail(tr("The restore was cancelled; nothing was changed."));
    }
    if (!check.ok)
        return fail(tr("%1 Nothing was changed.").arg(check.message), check.badEntry);
    const DeskComparison here = compare(check.manifest, dbPath);
    const QString refusal = deskRefusal(check.manifest, here, options.moveDesk);
    if (!refusal.isEmpty())
        return fail(refusal);

    // An older backup is upgraded here, in the extracted copy, by the same code
    // that opens every database; a newer one was refused by the check.
    const QString stagedDb = QDir(staging).filePath(BackupFormat::databaseName());
    {
        QString error;
        auto staged = Database::open(stagedDb, Database::OpenMode::OpenExisting, &error);
        if (!staged)
            return fail(
                tr("The backup's database cannot be opened: %1 Nothing was changed.").arg(error),
                BackupFormat::databaseName());
        QSqlQuery q(staged->connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // Closed: the staged file is whole; no -wal or -shm may travel with it.
    QFile::remove(stagedDb + QStringLiteral("-wal"));
    QFile::remove(stagedDb + QStringLiteral("-shm"));

    const QString aside = dbPath + QStringLiteral(".before-restore-") + stamp;
    if (QFileInfo::exists(aside) || !QDir().mkpath(aside))
        return fail(
            tr("Cannot make the folder %1 to keep the current data in. Nothing was changed.")
                .arg(QDir::toNativeSeparators(aside)));
    const QString name = dbInfo.fileName();
    const QString evidence = EvidenceStore::folderFor(dbPath);
    const QString asideDb = QDir(aside).filePath(name);
    const QList<Move> moves{
        {dbPath, asideDb},
        {dbPath + QStringLiteral("-wal"), asideDb + QStringLiteral("-wal")},
        {dbPath + QStringLiteral("-shm"), asideDb + QStringLiteral("-shm")},
        {dbPath + QStringLiteral("-journal"), asideDb + QStringLiteral("-journal")},
        {evidence, QDir(aside).filePath(QFileInfo(evidence).fileName())},
        {stagedDb, dbPath},
        {QDir(staging).filePath(QStringLiteral("evidence")), evidence},
    };
    QString failed;
    if (!moveAll(moves, &failed)) {
        QDir(aside).removeRecursively(); // empty again: everything moved back
        return fail(tr("Cannot move %1 (is it open in another program?). Nothing was changed.")
                        .arg(QDir::toNativeSeparators(failed)));
    }
    if (QDir(aside).isEmpty())
        QDir().rmdir(aside); // nothing was here before
    else
        result.keptAside = aside;
    qCInfo(lcBackup) << "restored" << backupPath << "to" << dbPath << "kept" << result.keptAside;

    // The restore is in the restored trail (the replaced one stays in the kept folder).
    QString error;
    auto restored = Database::open(dbPath, Database::OpenMode::OpenExisting, &error);
    const auto profile = restored ? PolicyProfile::builtin(restored->setting(
                                        QStringLiteral("profile"), PolicyProfile::defaultId()))
                                  : std::nullopt;
    if (restored && profile) {
        const AuditTrail audit(*restored, *profile, WorkingCalendar::builtin());
        QString detail = QStringLiteral("desk %1, made %2")
                             .arg(describeDesk(check.manifest.deskId, check.manifest.deskName),
                                  check.manifest.createdAt.toString(Qt::ISODate));
        if (here.kind == DeskComparison::OtherDesk)
            detail += QStringLiteral("; moved here over desk %1")
                          .arg(describeDesk(here.currentDesk, here.currentName));
        if (!result.keptAside.isEmpty())
            detail += QStringLiteral("; replaced data kept in %1")
                          .arg(QDir::toNativeSeparators(result.keptAside));
        if (!audit.record(session, AuditAction::Restore, QDir::toNativeSeparators(backupPath),
                          detail, &error))
            qCWarning(lcBackup) << "restore not audited:" << error;
    } else {
        qCWarning(lcBackup) << "restore not audited:" << error;
    }
    result.ok = true;
    return result;
}

} // namespace certdesk
