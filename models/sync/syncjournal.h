#pragma once

#include "security/session.h"
#include "syncstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace certdesk
{

class Database;
class EvidenceStore;
class PolicyProfile;

// Every statement sync runs on the local store (as Nextcloud's sync journal):
// the cursor, what waits to be pushed, what the server answered, pulled pages,
// and the run log. The sync worker and the package commands use it; nothing
// else in sync touches SQL.
class SyncJournal
{
    Q_DECLARE_TR_FUNCTIONS(SyncJournal)
public:
    SyncJournal(const Database &db, const PolicyProfile &profile, const EvidenceStore &evidence);

    // Something waiting to be pushed, in the order it was recorded.
    struct Pending {
        enum class Source { Check, Lifecycle, Resolution };
        QString uuid;
        Source source = Source::Check;
    };

    qint64 cursor() const;
    QList<Pending> pending(QString *error = nullptr) const;
    // The push form of these items; *files receives content hash -> local file
    // of every evidence file they need. `between`, when given, runs after each
    // event (the push lets a request in flight go on).
    QJsonArray events(const QList<Pending> &items, QMap<QString, QString> *files, QString *error,
                      const std::function<void()> &between = {}) const;
    // Stores the server's answers: accepted, duplicate and conflict leave the
    // queue; a retryable refusal stays queued; any other refusal is kept as
    // rejected with its reason (a person must look at it).
    bool recordResults(const QList<Pending> &items, const QJsonArray &results, SyncReport &report,
                       QString *error);
    // Applies one pulled page and stores `next` as the cursor in the same
    // transaction: a broken pull resumes after the last page applied. Events
    // that break this device's rules are not applied: each is kept in
    // sync_refused and written to the audit trail in the same transaction, and
    // *refused (when given) receives a line per event for the report.
    bool applyPage(const QJsonArray &changes, qint64 next, QString *error,
                   QStringList *refused = nullptr);
    // Who the audit entries of refused events name; the command line's "cli"
    // unless the window sets its signed-in user.
    void setActor(const Session &session) { m_actor = session; }

    // Evidence of events pulled from other devices whose files are not here yet
    // (sha256 -> original name).
    QMap<QString, QString> evidenceToFetch() const;
    bool markEvidenceFetched(const QString &sha256, bool originalKept, QString *error) const;

    // A first pull into an empty roster inserts every person of the scope: the
    // recipient table's secondary indexes are dropped before it and rebuilt at
    // its end (building an index once is several times faster than keeping it
    // up to date row by row). Their statements are kept in the settings, so a
    // pull interrupted in between rebuilds them when it completes. The name
    // index (recipient_name_fts) is likewise left out while the pages are
    // applied and made from all names at the end, in the same transaction as
    // the indexes; until then a name search does not find the pulled people.
    bool deferRecipientIndexes(QString *error) const;
    bool restoreRecipientIndexes(QString *error) const;

    // For the status bar.
    void counts(SyncStatus &status) const;
    QDateTime lastCompleteSync() const;
    qint64 startRun() const;
    void finishRun(qint64 run, const SyncReport &report) const;
    // A sign-in that failed, as a finished run of its own (outcome "sign-in-failed"):
    // the sync window lists it under the recent runs with its time and reason.
    void recordFailedSignIn(const QDateTime &startedAt, const QString &message) const;

private:
    const Database &m_db;
    const PolicyProfile &m_profile;
    const EvidenceStore &m_evidence;
    Session m_actor = Session::commandLine();
};

} // namespace certdesk
