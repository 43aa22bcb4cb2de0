// backup, verify-backup and restore: a desk's database and evidence as one
// verified .cdbackup file (models/backup).
#include "clicommon.h"

#include "backup/backuprestorer.h"
#include "backup/backupschedule.h"
#include "backup/backupverifier.h"
#include "backup/deskbackup.h"
#include "domain/workingcalendar.h"
#include "security/audittrail.h"
#include "security/session.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace certdesk
{

namespace
{
QJsonObject counts(const QMap<QString, qint64> &rows)
{
    QJsonObject o;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

int refused(const QString &message, const QString &entry)
{
    cli::printJson({{QStringLiteral("ok"), false},
                    {QStringLiteral("entry"), entry.isEmpty() ? QJsonValue() : QJsonValue(entry)},
                    {QStringLiteral("message"), message}});
    cli::printError(message);
    return 1;
}
} // namespace

int cli::runBackup(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Back up the database and its evidence into one verified .cdbackup file."));
    p.addOption(dbOption());
    p.addOption({QStringLiteral("out"),
                 QStringLiteral("folder to write the backup into (a USB stick, a share)"),
                 QStringLiteral("DIR")});
    p.addOption(
        {QStringLiteral("auto"), QStringLiteral("an automatic backup: named -auto-, rotated, and "
                                                "counted as the day's automatic backup")});
    p.addOption({QStringLiteral("keep"),
                 QStringLiteral("with --auto: keep only the newest N automatic backups of this "
                                "desk in DIR (default: the desk's setting, 7)"),
                 QStringLiteral("N")});
    addUserOptions(p);
    if (!parse(p, args) ||
        !requireOptions(p, QStringLiteral("backup"), {QStringLiteral("db"), QStringLiteral("out")}))
        return 2;
    int keep = 0;
    if (p.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        keep = p.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1 || keep > BackupSettings::MaxKeep || !p.isSet(QStringLiteral("auto"))) {
            printError(QStringLiteral("--keep: a number from 1 to %1, with --auto")
                           .arg(BackupSettings::MaxKeep));
            return 2;
        }
    }
    Acting acting;
    if (!openActing(p, QStringLiteral("backup"), &acting))
        return 1;
    const Database &db = *acting.db;
    const AuditTrail audit(db, *acting.profile, WorkingCalendar::builtin());
    BackupOptions options;
    options.folder = p.value(QStringLiteral("out"));
    options.automatic = p.isSet(QStringLiteral("auto"));
    options.keep = options.automatic ? (keep > 0 ? keep : BackupSettings::load(db).keep) : 0;
    DeskBackup backup(db, acting.session);
    backup.setAudit(&audit);
    const BackupResult r = backup.write(options);
    if (!r.ok) {
        printError(r.message);
        return 1;
    }
    QJsonArray removed;
    for (const QString &f : r.removed)
        removed.append(QDir::toNativeSeparators(f));
    printJson({{QStringLiteral("path"), QDir::toNativeSeparators(r.path)},
               {QStringLiteral("size"), r.size},
               {QStringLiteral("entries"), r.entries},
               {QStringLiteral("sha256"), r.sha256},
               {QStringLiteral("automatic"), options.automatic},
               {QStringLiteral("removed"), removed}});
    return 0;
}

int cli::runVerifyBackup(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Check a .cdbackup file: every entry's size and SHA-256, the manifest, and "
                       "the database's integrity."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the backup"));
    if (!parse(p, args))
        return 2;
    if (p.positionalArguments().size() != 1) {
        printError(QStringLiteral("verify-backup: one backup FILE is required"));
        return 2;
    }
    const BackupCheck check =
        BackupVerifier::verify(p.positionalArguments().first(), BackupVerifier::Depth::Full);
    if (!check.ok)
        return refused(check.message, check.badEntry);
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("entries"), check.entries},
               {QStringLiteral("bytes"), check.bytes},
               {QStringLiteral("desk"), check.manifest.deskId},
               {QStringLiteral("deskName"), check.manifest.deskName},
               {QStringLiteral("createdAt"), check.manifest.createdAt.toString(Qt::ISODate)},
               {QStringLiteral("appVersion"), check.manifest.appVersion},
               {QStringLiteral("schemaVersion"), check.manifest.schemaVersion},
               {QStringLiteral("automatic"), check.manifest.automatic},
               {QStringLiteral("rowCounts"), counts(check.manifest.rowCounts)}});
    return 0;
}

int cli::runRestore(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Replace the database and its evidence with a "
                                               "verified backup; the current data is kept aside."));
    p.addOption(dbOption());
    p.addOption(
        {QStringLiteral("from"), QStringLiteral("the .cdbackup file"), QStringLiteral("BACKUP")});
    p.addOption(
        {QStringLiteral("move-desk"), QStringLiteral("the backup is another desk's that moves to "
                                                     "this PC: replace this desk's data with it")});
    addUserOptions(p);
    if (!parse(p, args) || !requireOptions(p, QStringLiteral("restore"),
                                           {QStringLiteral("db"), QStringLiteral("from")}))
        return 2;
    const QString path = p.value(QStringLiteral("db"));
    Session session = Session::commandLine();
    if (p.isSet(QStringLiteral("user")) || !qEnvironmentVariableIsEmpty("CERTDESK_USER")) {
        // Signing in needs the accounts of the current database; a damaged or
        // missing one is restored by the local "cli" actor instead.
        Acting acting;
        if (!openActing(p, QStringLiteral("restore"), &acting))
            return 1;
        session = acting.session;
    }
    RestoreOptions options;
    options.moveDesk = p.isSet(QStringLiteral("move-desk"));
    const RestoreResult r =
        BackupRestorer::restore(p.value(QStringLiteral("from")), path, session, options);
    if (!r.ok)
        return refused(r.message, r.badEntry);
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("db"), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())},
               {QStringLiteral("desk"), r.manifest.deskId},
               {QStringLiteral("createdAt"), r.manifest.createdAt.toString(Qt::ISODate)},
               {QStringLiteral("keptAside"),
                r.keptAside.isEmpty() ? QJsonValue()
                                      : QJsonValue(QDir::toNativeSeparators(r.keptAside))}});
    return 0;
}

} // namespace certdesk
