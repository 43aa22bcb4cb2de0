#pragma once

#include "security/session.h"
#include "syncsettings.h"
#include "syncstatus.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <atomic>
#include <functional>

namespace certdesk
{

class Database;
class EvidenceStore;
class PolicyProfile;
class SyncClient;
class SyncJournal;
struct HttpReply;

// One synchronisation, start to end, on the calling thread: push what waits
// (uploading the evidence it needs first, resuming partial uploads where the
// server's copy ends), then pull pages of changes until there are no more.
// Every step is safe to interrupt: pushed events are idempotent, a page is
// applied together with its cursor, an upload resumes from the server's count.
class SyncRun
{
    Q_DECLARE_TR_FUNCTIONS(SyncRun)
public:
    SyncRun(const Database &db, const PolicyProfile &profile, const EvidenceStore &evidence,
            const SyncSettings &settings, SyncClient &client);
    ~SyncRun();

    void setProgress(std::function<void(const SyncProgress &)> progress)
    {
        m_progress = std::move(progress);
    }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setPageSize(int changes) { m_pageSize = changes; }
    void setPushBatch(int events) { m_pushBatch = events; }
    // Who runs the sync: the audit entries of refused pulled events name them
    // (the window's signed-in user; the command line's "cli" by default).
    void setActor(const Session &session);

    // Signs in; on success stores the token in the client and the device and
    // server keys in *settings (the caller saves them).
    static SyncReport signIn(SyncClient &client, SyncSettings *settings, const QString &password);

    SyncReport run();

    // For USB packages: the push body of everything waiting and the evidence it needs.
    static QJsonObject pushBody(const SyncJournal &journal, const SyncSettings &settings,
                                QMap<QString, QString> *files, QString *error);

private:
    bool pinAuditHead(SyncReport &report);
    bool push(SyncReport &report);
    bool pushDecisions(SyncReport &report);
    bool upload(const QMap<QString, QString> &files, SyncReport &report);
    bool uploadSmall(const QStringList &small, const QMap<QString, QString> &files,
                     QStringList &large, qint64 &done, qint64 total, SyncReport &report);
    bool uploadFile(const QString &sha, const QString &path, qint64 &done, qint64 total,
                    SyncReport &report);
    bool pull(SyncReport &report);
    bool fetchEvidence(SyncReport &report);
    bool failed(const HttpReply &reply, SyncReport &report) const;
    void progress(SyncProgress::Phase phase, qint64 done, qint64 total) const;

    const Database &m_db;
    const SyncSettings m_settings;
    const QString m_evidenceFolder;
    SyncClient &m_client;
    std::unique_ptr<SyncJournal> m_journal;
    std::function<void(const SyncProgress &)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_pageSize = 2000;
    int m_pushBatch = 500;
    int m_pages = 0;
    bool m_batchUploads = true; // false once the server answers that it has no batches
    QStringList m_warnings;     // said in the report of a run that otherwise went well
    QStringList m_refused;      // pulled events refused by this device's rules (first few)
};

} // namespace certdesk
