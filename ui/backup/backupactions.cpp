#include "backup/backupactions.h"

#include "backup/backupprogress.h"
#include "backup/backupschedule.h"
#include "backup/backupsettingsdialog.h"
#include "evidence/evidencestore.h"
#include "security/session.h"
#include "store/database.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk
{

namespace
{
const QString kLastFolder = QStringLiteral("backup/lastFolder");

QString deskText(const QString &id, const QString &name)
{
    return name.isEmpty() ? BackupFormat::shortDesk(id)
                          : QStringLiteral("%1 [%2]").arg(name, BackupFormat::shortDesk(id));
}
} // namespace

BackupActions::BackupActions(QMainWindow *window, const Database &db, const Session &session,
                             const AuditTrail &audit)
    : QObject(window), m_window(window), m_db(db), m_session(session), m_audit(audit),
      m_timer(new QTimer(this))
{
    connect(&m_automatic, &QFutureWatcher<BackupResult>::finished, this, [this] {
        const BackupResult r = m_automatic.result();
        const QString message =
            r.ok ? tr("Automatic backup saved: %1").arg(QDir::toNativeSeparators(r.path))
                 : tr("The automatic backup failed: %1").arg(r.message);
        m_window->statusBar()->showMessage(message, r.ok ? 15000 : 0);
        emit automaticFinished(r.ok, message);
    });
    // Checked shortly after the window opens (not before its first paint) and then
    // every half hour, so a PC left on overnight backs up the next day too.
    connect(m_timer, &QTimer::timeout, this,
            [this] { startAutomaticIfDue(QDateTime::currentDateTimeUtc()); });
    m_timer->start(30 * 60 * 1000);
    QTimer::singleShot(10 * 1000, this,
                       [this] { startAutomaticIfDue(QDateTime::currentDateTimeUtc()); });
}

BackupActions::~BackupActions()
{
    m_stopAutomatic = true;
    m_automatic.waitForFinished();
}

void BackupActions::addTo(QMenu *menu)
{
    m_backupAction = menu->addAction(tr("&Back up data…"), this, &BackupActions::backUpNow);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setStatusTip(
        tr("Save the database and all evidence photos into one checked backup file, "
           "e.g. on a USB stick"));
    m_backupAction->setEnabled(m_session.allows(Action::Backup));
    m_restoreAction =
        menu->addAction(tr("Res&tore from backup…"), this, &BackupActions::restoreFromBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(
        tr("Replace this desk's data with a backup (the current data is kept aside)"));
    m_restoreAction->setEnabled(m_session.allows(Action::RestoreBackup));
    m_settingsAction =
        menu->addAction(tr("A&utomatic backup…"), this, &BackupActions::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("backupSettingsAction"));
}

void BackupActions::backUpNow()
{
    const QString start =
        QSettings().value(kLastFolder, BackupSettings::load(m_db).folder).toString();
    const QString folder =
        QFileDialog::getExistingDirectory(m_window, tr("Back up into which folder?"), start);
    if (folder.isEmpty())
        return;
    QSettings().setValue(kLastFolder, folder);
    const BackupResult r = backUpTo(folder);
    if (r.cancelled)
        return;
    if (!r.ok) {
        QMessageBox::warning(m_window, tr("Back up data"),
                             tr("The backup was not made: %1").arg(r.message));
        return;
    }
    QMessageBox::information(
        m_window, tr("Back up data"),
        tr("The backup is saved and was checked after writing:\n%1\n\n%2, %3 files.\n"
           "SHA-256: %4")
            .arg(QDir::toNativeSeparators(r.path), QLocale().formattedDataSize(r.size))
            .arg(r.entries)
            .arg(r.sha256));
}

BackupResult BackupActions::backUpTo(const QString &folder)
{
    BackupResult result;
    runWithProgress(m_window, tr("Back up data"),
                    tr("Backing up the database and evidence photos…"),
                    [&](const BackupProgress &progress) {
                        DeskBackup backup(m_db, m_session);
                        backup.setAudit(&m_audit);
                        BackupOptions options;
                        options.folder = folder;
                        result = backup.write(options, progress);
                    });
    if (result.ok)
        m_window->statusBar()->showMessage(
            tr("Backup saved: %1").arg(QDir::toNativeSeparators(result.path)), 15000);
    return result;
}

void BackupActions::restoreFromBackup()
{
    const QString start =
        QSettings().value(kLastFolder, BackupSettings::load(m_db).folder).toString();
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Restore from which backup?"),
                                                      start, tr("CertDesk backups (*.cdbackup)"));
    if (!file.isEmpty())
        restoreFrom(file);
}

void BackupActions::restoreFrom(const QString &file)
{
    if (!m_session.allows(Action::RestoreBackup)) {
        QMessageBox::warning(m_window, tr("Restore from backup"),
                             m_session.refusal(Action::RestoreBackup));
        return;
    }
    BackupCheck check;
    runWithProgress(m_window, tr("Restore from backup"), tr("Checking the backup…"),
                    [&](const BackupProgress &progress) {
                        // The database is checked in a copy beside the current one: that disk
                        // has room for it, where a small /tmp may not.
                        check =
                            BackupVerifier::verify(file, BackupVerifier::Depth::Full, QString(),
                                                   progress, QFileInfo(m_db.path()).absolutePath());
                    });
    if (check.cancelled)
        return;
    if (!check.ok) {
        QMessageBox::warning(
            m_window, tr("Restore from backup"),
            tr("This backup cannot be used:\n%1\n\nThe current data was not changed.")
                .arg(check.message));
        return;
    }
    const DeskComparison here = BackupRestorer::compare(check.manifest, m_db.path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QMessageBox box(QMessageBox::Warning, tr("Restore from backup"),
                    confirmationText(check, here, m_db.path(), now), QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("restoreConfirmation"));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    const bool otherDesk = here.kind == DeskComparison::OtherDesk;
    if (otherDesk) {
        // Replacing another desk's data needs a deliberate second step.
        auto *move =
            new QCheckBox(tr("Yes, move desk %1 to this PC")
                              .arg(deskText(check.manifest.deskId, check.manifest.deskName)));
        box.setCheckBox(move);
        restore->setEnabled(false);
        connect(move, &QCheckBox::toggled, restore, &QPushButton::setEnabled);
    }
    box.exec();
    if (box.clickedButton() != restore)
        return;
    emit restoreRequested({file, otherDesk, now});
}

QString BackupActions::confirmationText(const BackupCheck &check, const DeskComparison &here,
                                        const QString &databasePath, const QDateTime &nowUtc)
{
    const BackupManifest &m = check.manifest;
    const QString aside =
        QDir::toNativeSeparators(databasePath + QStringLiteral(".before-restore-") +
                                 nowUtc.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    qint64 evidence = 0;
    for (const BackupEntry &e : m.entries)
        evidence += e.name.startsWith(BackupFormat::evidencePrefix()) ? 1 : 0;
    QString text = tr("The backup was checked and is complete.\n\n"
                      "Backup of desk %1, made %2.\n"
                      "It holds %3 people, %4 recorded checks and %5 evidence files.\n\n")
                       .arg(deskText(m.deskId, m.deskName),
                            m.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                       .arg(m.rowCounts.value(QStringLiteral("recipient")))
                       .arg(m.rowCounts.value(QStringLiteral("verification_event")))
                       .arg(evidence);
    switch (here.kind) {
    case DeskComparison::NoData:
        text += tr("There is no data here yet; the backup will be put in place at:\n%1\n\n")
                    .arg(QDir::toNativeSeparators(databasePath));
        break;
    case DeskComparison::SameDesk:
        text += tr("Restoring REPLACES all current data of this desk (every check and photo "
                   "recorded after the "
                   "backup was made is no longer shown):\n%1\n%2\n\n")
                    .arg(QDir::toNativeSeparators(databasePath),
                         QDir::toNativeSeparators(EvidenceStore::folderFor(databasePath)));
        break;
    case DeskComparison::OtherDesk:
        text += tr("This backup is of ANOTHER desk. This PC holds the data of desk %1.\n"
                   "Restoring moves desk %2 to this PC and REPLACES the data of desk %1 "
                   "here:\n%3\n%4\n\n")
                    .arg(here.currentDesk.isEmpty() ? tr("(never backed up or synchronised)")
                                                    : deskText(here.currentDesk, here.currentName),
                         deskText(m.deskId, m.deskName), QDir::toNativeSeparators(databasePath),
                         QDir::toNativeSeparators(EvidenceStore::folderFor(databasePath)));
        break;
    case DeskComparison::Unreadable:
        text += tr("The current database cannot be read (it is damaged), so the backup will "
                   "replace it:\n%1\n%2\n\n")
                    .arg(QDir::toNativeSeparators(databasePath),
                         QDir::toNativeSeparators(EvidenceStore::folderFor(databasePath)));
        break;
    }
    if (here.kind != DeskComparison::NoData)
        text += tr("The current data is not deleted: it is kept in the folder\n%1\n\n").arg(aside);
    text += tr("CertDesk closes the window, restores the backup and opens again; then please sign "
               "in again.");
    return text;
}

void BackupActions::openSettings()
{
    auto *dialog = new BackupSettingsDialog(m_db, m_session, m_audit, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool BackupActions::startAutomaticIfDue(const QDateTime &nowUtc)
{
    if (m_automatic.isRunning())
        return false;
    const BackupSettings settings = BackupSettings::load(m_db);
    if (!BackupSchedule::isDue(settings, nowUtc))
        return false;
    m_stopAutomatic = false;
    m_automatic.setFuture(QtConcurrent::run([this, settings, nowUtc] {
        DeskBackup backup(m_db, m_session);
        backup.setAudit(&m_audit);
        BackupOptions options;
        options.folder = settings.folder;
        options.automatic = true;
        options.keep = settings.keep;
        options.now = nowUtc;
        return backup.write(options, [this](qint64, qint64) { return !m_stopAutomatic.load(); });
    }));
    m_window->statusBar()->showMessage(tr("Making the daily automatic backup…"), 10000);
    return true;
}

} // namespace certdesk
