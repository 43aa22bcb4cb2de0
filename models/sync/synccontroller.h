#pragma once

#include "security/session.h"
#include "syncsettings.h"
#include "syncstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

class QThread;

namespace certdesk
{

class Database;
class EvidenceStore;
class PolicyProfile;
class SyncJournal;
class SyncWorker;
class WorkspaceChanges;

// The window's handle on sync. The work runs in a worker thread with its own
// database connection and network access; this object lives on the GUI thread,
// keeps the status, runs automatic sync every interval while the server
// answers, and backs off exponentially (2 s doubling to 5 min) when it does not.
class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(const Database &db, const PolicyProfile &profile, const EvidenceStore &evidence,
                   QObject *parent = nullptr);
    ~SyncController() override; // cancels a running sync and waits for the worker

    SyncSettings settings() const { return m_settings; }
    bool setSettings(const SyncSettings &settings, QString *error = nullptr);
    SyncStatus status() const { return m_status; }
    bool isSignedIn() const { return !m_token.isEmpty(); }
    bool isRunning() const { return m_running; }
    // Backoff after a failed attempt: first delay, doubling up to the maximum.
    void setBackoff(int firstMs, int maxMs)
    {
        m_backoffFirstMs = firstMs;
        m_backoffMaxMs = maxMs;
    }
    // Re-reads the counts whenever a committed change touches the sync state (a
    // check, a payment step, a conflict decision): the status bar follows.
    void follow(WorkspaceChanges *changes);
    // Who syncs: audit entries written during a run name them (the window's
    // signed-in user; the command line's actor until set).
    void setSession(const Session &session) { m_session = session; }
    // Pins the server key a person compared with the district's notice after
    // serverKeyToAccept (saved with the settings); false with *error otherwise.
    bool acceptServerKey(const QString &fingerprint, QString *error = nullptr);

public slots:
    void signIn(const QString &password); // answers with signInFinished
    void syncNow();                       // no-op while a run is going
    void cancel();                        // the run stops at the next safe point
    void setAutomatic(bool on);
    void refreshCounts(); // re-reads pending/conflict counts (after recording)

signals:
    void statusChanged(const SyncStatus &status);
    void progress(const SyncProgress &progress);
    void signInFinished(bool ok, const QString &message);
    // Sign-in stopped at a server key no one has accepted yet (display form).
    void serverKeyToAccept(const QString &fingerprint);
    void finished(const SyncReport &report);

private:
    void onSignedIn(const SyncReport &report, const QString &token, const SyncSettings &settings);
    void onFinished(const SyncReport &report);
    void scheduleNext(bool failed);
    void setStatus(const SyncStatus &status);

    const Database &m_db;
    SyncSettings m_settings;
    SyncStatus m_status;
    QString m_token;
    Session m_session = Session::commandLine();
    bool m_running = false;
    QDateTime m_signInStarted; // UTC, for the list of runs when the sign-in fails
    bool m_automatic = true;
    int m_failures = 0;
    int m_backoffFirstMs = 2000;
    int m_backoffMaxMs = 5 * 60 * 1000;
    std::atomic_bool m_cancel{false};
    QTimer m_timer;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    std::unique_ptr<SyncJournal> m_journal; // counts, on the GUI thread's connection
};

} // namespace certdesk
