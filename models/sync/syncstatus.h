#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace certdesk
{

// What the status bar shows about sync: reachable or not, when the last sync
// finished, what waits to be uploaded and what waits for a supervisor.
struct SyncStatus {
    enum class State {
        NotConfigured, // no server set up yet
        SignedOut,     // configured, needs the server password
        Idle,          // signed in, nothing running
        Syncing,
        Offline,     // the last attempt could not reach the server; retrying with backoff
        NeedsPerson, // the server refused something a person must look at (message)
    };
    State state = State::NotConfigured;
    QDateTime lastSync;     // last run that finished completely (UTC); invalid = never
    QDateTime nextAttempt;  // when the next automatic attempt is due (UTC); invalid = none
    int pendingEvents = 0;  // events and decisions not yet accepted by the server
    int rejectedEvents = 0; // refused for good: need a person
    int openConflicts = 0;
    QString message; // the last error or refusal, for a person
};

// Progress of a running sync, for a progress bar with counts.
struct SyncProgress {
    enum class Phase { SigningIn, UploadingEvidence, Pushing, Pulling, Done };
    Phase phase = Phase::SigningIn;
    qint64 done = 0;  // items (or bytes while uploading evidence)
    qint64 total = 0; // 0 = unknown
};

// How a sync run ended (Nextcloud-style tiers: retry later / needs a person).
struct SyncReport {
    enum class Outcome { Ok, RetryLater, SignInNeeded, NeedsPerson, Cancelled };
    Outcome outcome = Outcome::Ok;
    int pushed = 0;    // events the server accepted or already had
    int conflicts = 0; // new conflicts flagged in this run
    int rejected = 0;  // refused for good in this run
    int uploaded = 0;  // evidence files uploaded
    int pulled = 0;    // changes applied
    QString message;
};

} // namespace certdesk

Q_DECLARE_METATYPE(certdesk::SyncStatus)
Q_DECLARE_METATYPE(certdesk::SyncProgress)
Q_DECLARE_METATYPE(certdesk::SyncReport)
