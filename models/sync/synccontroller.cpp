#include "synccontroller.h"

#include "store/database.h"
#include "syncclient.h"
#include "syncjournal.h"
#include "syncrun.h"
#include "workspace/workspacechanges.h"

#include <QThread>

Q_DECLARE_METATYPE(certdesk::SyncSettings)

namespace certdesk
{

// Lives in the worker thread: a network access manager and a database
// connection of its own, one run at a time.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(const Database &db, const PolicyProfile &profile, const EvidenceStore &evidence,
               const std::atomic_bool *cancel)
        : m_db(db), m_profile(profile), m_evidence(evidence), m_cancel(cancel)
    {
    }

    void signIn(SyncSettings settings, const QString &password)
    {
        SyncClient client(settings.server, settings.trust);
        client.setCancelFlag(m_cancel);
        const SyncReport report = SyncRun::signIn(client, &settings, password);
        emit signedIn(report, client.token(), settings);
    }

    void run(const SyncSettings &settings, const QString &token, const Session &actor)
    {
        SyncClient client(settings.server, settings.trust);
        client.setToken(token);
        client.setCancelFlag(m_cancel);
        SyncRun run(m_db, m_profile, m_evidence, settings, client);
        run.setCancelFlag(m_cancel);
        run.setActor(actor);
        run.setProgress([this](const SyncProgress &p) { emit progress(p); });
        emit finished(run.run());
    }

signals:
    void signedIn(const SyncReport &report, const QString &token, const SyncSettings &settings);
    void progress(const SyncProgress &progress);
    void finished(const SyncReport &report);

private:
    const Database &m_db;
    const PolicyProfile &m_profile;
    const EvidenceStore &m_evidence;
    const std::atomic_bool *m_cancel;
};

SyncController::SyncController(const Database &db, const PolicyProfile &profile,
                               const EvidenceStore &evidence, QObject *parent)
    : QObject(parent), m_db(db), m_settings(SyncSettings::load(db))
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<SyncSettings>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(db, profile, evidence, &m_cancel);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::signedIn, this, &SyncController::onSignedIn);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    m_thread->start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);

    SyncJournal journal(db, profile, evidence);
    m_status.state =
        m_settings.isConfigured() ? SyncStatus::State::SignedOut : SyncStatus::State::NotConfigured;
    m_status.lastSync = journal.lastCompleteSync();
    journal.counts(m_status);
    m_journal = std::make_unique<SyncJournal>(db, profile, evidence);
}

SyncController::~SyncController()
{
    m_cancel = true;
    m_thread->quit();
    m_thread->wait();
}

bool SyncController::setSettings(const SyncSettings &settings, QString *error)
{
    const bool serverChanged =
        settings.server != m_settings.server || settings.user != m_settings.user;
    if (!settings.save(m_db, error))
        return false;
    m_settings = settings;
    if (serverChanged)
        m_token.clear();
    SyncStatus s = m_status;
    if (!m_settings.isConfigured())
        s.state = SyncStatus::State::NotConfigured;
    else if (m_token.isEmpty() && !m_running)
        s.state = SyncStatus::State::SignedOut;
    setStatus(s);
    if (!m_running && !m_token.isEmpty())
        scheduleNext(false);
    return true;
}

void SyncController::setStatus(const SyncStatus &status)
{
    m_status = status;
    emit statusChanged(m_status);
}

void SyncController::follow(WorkspaceChanges *changes)
{
    connect(changes, &WorkspaceChanges::changed, this, [this](const WorkspaceChange &change) {
        if (change.has(WorkspaceChange::SyncState))
            refreshCounts();
    });
}

void SyncController::refreshCounts()
{
    SyncStatus s = m_status;
    m_journal->counts(s);
    setStatus(s);
}

void SyncController::signIn(const QString &password)
{
    if (m_running || !m_settings.isConfigured())
        return;
    m_running = true;
    m_cancel = false;
    m_signInStarted = QDateTime::currentDateTimeUtc();
    SyncStatus s = m_status;
    s.state = SyncStatus::State::Syncing;
    setStatus(s);
    emit progress({SyncProgress::Phase::SigningIn, 0, 0});
    const SyncSettings settings = m_settings;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, settings, password] { worker->signIn(settings, password); });
}

void SyncController::onSignedIn(const SyncReport &report, const QString &token,
                                const SyncSettings &settings)
{
    m_running = false;
    const bool ok = report.outcome == SyncReport::Outcome::Ok && !token.isEmpty();
    SyncStatus s = m_status;
    if (ok) {
        m_token = token;
        m_settings.deviceKey = settings.deviceKey;
        m_settings.serverKey = settings.serverKey;
        QString error;
        m_settings.save(m_db, &error);
        s.state = SyncStatus::State::Idle;
        s.message.clear();
    } else {
        s.state = report.outcome == SyncReport::Outcome::RetryLater ? SyncStatus::State::Offline
                                                                    : SyncStatus::State::SignedOut;
        s.message = report.message;
        // A first contact that stops for the server's key is not a failure yet.
        if (report.serverKey.isEmpty())
            m_journal->recordFailedSignIn(m_signInStarted, report.message);
    }
    setStatus(s);
    // First contact with a server's key: a person compares its fingerprint
    // with the district's notice (acceptServerKey) before anything is sent.
    if (!report.serverKey.isEmpty())
        emit serverKeyToAccept(report.serverKey);
    emit signInFinished(ok, report.message);
    if (ok)
        syncNow();
}

bool SyncController::acceptServerKey(const QString &fingerprint, QString *error)
{
    const QString pin = ServerTrustCheck::normalise(fingerprint);
    if (pin.isEmpty()) {
        if (error)
            *error = tr("'%1' is not a SHA-256 fingerprint.").arg(fingerprint);
        return false;
    }
    SyncSettings settings = m_settings;
    settings.trust.pin = pin;
    return setSettings(settings, error);
}

void SyncController::syncNow()
{
    if (m_running || !m_settings.isConfigured())
        return;
    if (m_token.isEmpty()) {
        SyncStatus s = m_status;
        s.state = SyncStatus::State::SignedOut;
        setStatus(s);
        return;
    }
    m_timer.stop();
    m_running = true;
    m_cancel = false;
    SyncStatus s = m_status;
    s.state = SyncStatus::State::Syncing;
    s.nextAttempt = QDateTime();
    setStatus(s);
    const SyncSettings settings = m_settings;
    const QString token = m_token;
    const Session actor = m_session;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, settings, token, actor] {
        worker->run(settings, token, actor);
    });
}

void SyncController::cancel()
{
    m_cancel = true;
    m_timer.stop();
}

void SyncController::setAutomatic(bool on)
{
    m_automatic = on;
    if (!on)
        m_timer.stop();
    else if (!m_running && !m_token.isEmpty())
        scheduleNext(false);
}

void SyncController::onFinished(const SyncReport &report)
{
    m_running = false;
    SyncStatus s = m_status;
    s.message = report.message;
    bool failed = false;
    switch (report.outcome) {
    case SyncReport::Outcome::Ok:
        s.state = SyncStatus::State::Idle;
        s.lastSync = QDateTime::currentDateTimeUtc();
        m_failures = 0;
        break;
    case SyncReport::Outcome::RetryLater:
        s.state = SyncStatus::State::Offline;
        failed = true;
        break;
    case SyncReport::Outcome::SignInNeeded:
        m_token.clear();
        s.state = SyncStatus::State::SignedOut;
        break;
    case SyncReport::Outcome::NeedsPerson:
        s.state = SyncStatus::State::NeedsPerson;
        break;
    case SyncReport::Outcome::Cancelled:
        s.state = SyncStatus::State::Idle;
        break;
    }
    m_journal->counts(s);
    m_status = s;
    if (report.outcome != SyncReport::Outcome::Cancelled &&
        report.outcome != SyncReport::Outcome::SignInNeeded)
        scheduleNext(failed);
    else
        m_status.nextAttempt = QDateTime();
    emit statusChanged(m_status);
    emit finished(report);
}

// Retries after a failure with exponential backoff; otherwise waits for the
// interval while automatic sync is on.
void SyncController::scheduleNext(bool failed)
{
    int delay = -1;
    if (failed) {
        ++m_failures;
        qint64 ms = m_backoffFirstMs;
        for (int i = 1; i < m_failures && ms < m_backoffMaxMs; ++i)
            ms *= 2;
        delay = int(qMin<qint64>(ms, m_backoffMaxMs));
    } else if (m_automatic && m_settings.intervalMinutes > 0) {
        delay = m_settings.intervalMinutes * 60 * 1000;
    }
    if (delay < 0) {
        m_status.nextAttempt = QDateTime();
        return;
    }
    m_status.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    m_timer.start(delay);
}

} // namespace certdesk

#include "synccontroller.moc"
