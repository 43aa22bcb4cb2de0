#pragma once

#include "security/session.h"
#include "sync/syncstatus.h"

#include <QDialog>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace certdesk
{

class AuditTrail;
class Database;
class SyncController;
class ServerTrustBox;
class SyncStatusIndicator;

// The sync window: where and as whom to sync, the password sign-in, "sync now"
// with a progress bar and Cancel, the last report and the recent runs. All work
// goes through the SyncController (off the GUI thread); the runs are read
// through SyncRunLog, never with SQL here.
class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    SyncDialog(SyncController &controller, const Database &db, const Session &session,
               const AuditTrail *audit, QWidget *parent = nullptr);

    // Says why "Sync now" (F9) could not run: no server set up, or not signed in,
    // and puts the cursor where the user fixes that.
    void explainNoSync();
    // The window's "Sync now" action, so its shortcuts (Ctrl+Shift+S, F9) work here too.
    void setSyncAction(QAction *action);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *userEdit() const { return m_user; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *syncButton() const { return m_syncNow; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }
    QTableWidget *runsTable() const { return m_runs; }
    ServerTrustBox *trustBox() const { return m_trust; }
    // How the first sign-in asks whether a server's key is the district's
    // (ServerTrustBox::askToAccept); tests answer for the person.
    using KeyQuestion = std::function<bool(const QString &server, const QString &fingerprint)>;
    void setKeyQuestion(KeyQuestion question) { m_keyQuestion = std::move(question); }

public slots:
    bool saveSettings();
    void reloadRuns();

protected:
    void done(int result) override;

private:
    void showSettings();
    void statusChanged(const SyncStatus &status);
    void showProgress(const SyncProgress &progress);
    void runFinished(const SyncReport &report);
    void signInFinished(bool ok, const QString &message);
    void serverKeyToAccept(const QString &fingerprint);
    void showMessage(const QString &text, bool problem);
    void updateEnabled();

    SyncController &m_controller;
    const Database &m_db;
    Session m_session;
    const AuditTrail *m_audit;
    SyncStatusIndicator *m_status;
    QLineEdit *m_server;
    QLineEdit *m_user;
    ServerTrustBox *m_trust;
    QSpinBox *m_interval;
    QLabel *m_device;
    QPushButton *m_save;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QPushButton *m_syncNow;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QLabel *m_report;
    QLabel *m_message;
    QTableWidget *m_runs;
    QString m_syncTip; // "Sync now (Ctrl+Shift+S)" once the window's action is known
    KeyQuestion m_keyQuestion;
    QString m_signInPassword; // held only while a first sign-in waits for a key decision
};

} // namespace certdesk
