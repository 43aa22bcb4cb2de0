#pragma once

#include "backup/backuprestorer.h"
#include "backup/backupverifier.h"
#include "backup/deskbackup.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>

class QAction;
class QMainWindow;
class QMenu;
class QTimer;

namespace certdesk
{

class AuditTrail;
class Database;
class Session;

// What the window asks the program to do once it has closed: restore this
// backup (the database must be closed for that), then open the desk again.
struct RestoreRequest {
    QString backup;
    bool moveDesk = false;
    QDateTime now; // names the folder the current data is kept in, as the confirmation said
};

// File → Back up data…, Restore from backup…, Automatic backup…, and the daily
// automatic backup, which runs off the GUI thread at window start and on a
// timer whenever the last one is a day old. Kept apart from MainWindow so that
// stays a thin composition.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    BackupActions(QMainWindow *window, const Database &db, const Session &session,
                  const AuditTrail &audit);
    ~BackupActions() override; // stops an automatic backup in progress and waits for it
    void addTo(QMenu *menu);

    // Asks for a folder, then backs up into it behind a progress dialog.
    void backUpNow();
    BackupResult backUpTo(const QString &folder);
    // Asks for a backup file, checks it behind a progress dialog, says exactly
    // what would be replaced and where the current data is kept, and on "yes"
    // emits restoreRequested.
    void restoreFromBackup();
    void restoreFrom(const QString &file);
    void openSettings();
    // Starts an automatic backup when one is due at `nowUtc`; false when not due
    // or one is running already.
    bool startAutomaticIfDue(const QDateTime &nowUtc);
    bool automaticRunning() const { return m_automatic.isRunning(); }

    // The confirmation before a restore (translated, plain text).
    static QString confirmationText(const BackupCheck &check, const DeskComparison &here,
                                    const QString &databasePath, const QDateTime &nowUtc);

    QAction *backupAction() const { return m_backupAction; }
    QAction *restoreAction() const { return m_restoreAction; }
    QAction *settingsAction() const { return m_settingsAction; }

signals:
    void restoreRequested(const RestoreRequest &request);
    void automaticFinished(bool ok, const QString &message);

private:
    QMainWindow *m_window;
    const Database &m_db;
    const Session &m_session;
    const AuditTrail &m_audit;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QTimer *m_timer;
    QFutureWatcher<BackupResult> m_automatic;
    std::atomic<bool> m_stopAutomatic{false};
};

} // namespace certdesk
