#include "backupschedule.h"

#include "backupmanifest.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace certdesk
{

BackupSettings BackupSettings::load(const Database &db)
{
    BackupSettings s;
    s.enabled = db.setting(enabledKey(), QStringLiteral("1")) != QLatin1String("0");
    s.folder = db.setting(folderKey());
    if (s.folder.isEmpty())
        s.folder = defaultFolder(db.path());
    bool ok = false;
    const int keep = db.setting(keepKey()).toInt(&ok);
    if (ok)
        s.keep = qBound(1, keep, MaxKeep);
    s.lastAutomatic = QDateTime::fromString(db.setting(lastKey()), Qt::ISODate).toUTC();
    return s;
}

QString BackupSettings::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

bool BackupSchedule::isDue(const BackupSettings &settings, const QDateTime &nowUtc)
{
    if (!settings.enabled)
        return false;
    if (!settings.lastAutomatic.isValid() || settings.lastAutomatic > nowUtc)
        return true;
    return settings.lastAutomatic.secsTo(nowUtc) >= 24 * 3600;
}

QStringList BackupSchedule::rotate(const QString &folder, const QString &deskId, int keep,
                                   QString *error)
{
    struct Found {
        QDateTime at;
        QString name;
    };
    QList<Found> found;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::NoSymLinks);
    for (const QString &name : names) {
        const QDateTime at = BackupFormat::automaticTime(name, deskId);
        if (at.isValid())
            found.append({at, name});
    }
    std::sort(found.begin(), found.end(),
              [](const Found &a, const Found &b) { return a.at > b.at; });
    QStringList removed;
    for (qsizetype i = qMax(1, keep); i < found.size(); ++i) {
        const QString path = QDir(folder).filePath(found.at(i).name);
        if (QFile::remove(path))
            removed << path;
        else if (error)
            *error = tr("Cannot remove the old automatic backup %1.")
                         .arg(QDir::toNativeSeparators(path));
    }
    return removed;
}

} // namespace certdesk
