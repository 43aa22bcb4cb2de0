#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace certdesk
{

class Database;

// The automatic backup's settings, kept in the database (backup.auto.*) so a
// desk's data carries them when it moves; changes go through AuditedSettings.
struct BackupSettings {
    bool enabled = true;
    QString folder;          // default: "backups" beside the database
    int keep = 7;            // automatic backups of this desk kept in the folder
    QDateTime lastAutomatic; // UTC; invalid when none was made yet

    static QString enabledKey() { return QStringLiteral("backup.auto.enabled"); }
    static QString folderKey() { return QStringLiteral("backup.auto.folder"); }
    static QString keepKey() { return QStringLiteral("backup.auto.keep"); }
    static QString lastKey() { return QStringLiteral("backup.auto.last"); }
    static constexpr int MaxKeep = 365;

    static BackupSettings load(const Database &db);
    static QString defaultFolder(const QString &databasePath);
};

// When an automatic backup is due, and which old ones go.
class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)
public:
    // Daily: due when enabled and the last automatic backup is a day old or
    // more (or none was made, or the clock went back before it).
    static bool isDue(const BackupSettings &settings, const QDateTime &nowUtc);
    // Removes this desk's automatic backups in `folder` beyond the newest `keep`
    // (newest by the time in the name, not the file's date, which a copy changes).
    // Nothing else is touched: manual backups, other desks' backups, other files.
    // Returns the removed files; *error names one that could not be removed.
    static QStringList rotate(const QString &folder, const QString &deskId, int keep,
                              QString *error = nullptr);
};

} // namespace certdesk
