#include "syncrun.h"

#include "checkdecisionsync.h"

#include "auditheadcheck.h"
#include "evidence/evidencestore.h"
#include "faulthooks.h"
#include "logging.h"
#include "protocolfields.h"
#include "syncclient.h"
#include "syncjournal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <utility>

namespace certdesk
{

namespace
{
constexpr qint64 kChunk = 4 * 1024 * 1024; // below the protocol's 8 MiB limit
constexpr int kMissingQuestion = 10000;
constexpr int kParallelUploads = 6;              // QNetworkAccessManager's connections per host
constexpr qint64 kRoundBytes = 32 * 1024 * 1024; // small files held in memory at once
constexpr int kBatchFiles = 64;                  // the protocol's bound for one batch
constexpr qint64 kBatchBytes = 8 * 1024 * 1024;  // and its body's
} // namespace

SyncRun::SyncRun(const Database &db, const PolicyProfile &profile, const EvidenceStore &evidence,
                 const SyncSettings &settings, SyncClient &client)
    : m_db(db), m_settings(settings), m_evidenceFolder(evidence.folder()), m_client(client),
      m_journal(std::make_unique<SyncJournal>(db, profile, evidence))
{
}

SyncRun::~SyncRun() = default;

void SyncRun::progress(SyncProgress::Phase phase, qint64 done, qint64 total) const
{
    if (m_progress)
        m_progress({phase, done, total});
}

// Sorts a failed call into the tiers the controller acts on.
bool SyncRun::failed(const HttpReply &reply, SyncReport &report) const
{
    if (reply.ok())
        return false;
    if (reply.trust) {
        // The server's identity (or plain HTTP) was refused: a person decides.
        report.outcome = SyncReport::Outcome::NeedsPerson;
        report.message = reply.message;
        if (reply.trust.kind == TrustProblem::Kind::NotPinned)
            report.serverKey = reply.trust.presented;
    } else if (reply.cancelled) {
        report.outcome = SyncReport::Outcome::Cancelled;
        report.message = tr("Sync was cancelled; what was done is kept.");
    } else if (reply.transportFailed || reply.status >= 500) {
        report.outcome = SyncReport::Outcome::RetryLater;
        report.message =
            tr("The server cannot be reached (%1); sync will try again.").arg(reply.message);
    } else if (reply.status == 401) {
        report.outcome = SyncReport::Outcome::SignInNeeded;
        report.message = tr("Sign in to the server again (%1).").arg(reply.message);
    } else {
        report.outcome = SyncReport::Outcome::NeedsPerson;
        report.message = tr("The server refused the request: %1").arg(reply.message);
    }
    return true;
}

SyncReport SyncRun::signIn(SyncClient &client, SyncSettings *settings, const QString &password)
{
    SyncReport report;
    const HttpReply reply =
        client.post(QStringLiteral("/v1/session"), {{ProtocolField::user, settings->user},
                                                    {QStringLiteral("password"), password},
                                                    {ProtocolField::device, settings->device}});
    if (reply.trust) {
        // Nothing was sent: plain HTTP beyond loopback, a key to compare first,
        // a changed key, a certificate the CA file does not vouch for.
        report.outcome = SyncReport::Outcome::NeedsPerson;
        report.message = reply.message;
        if (reply.trust.kind == TrustProblem::Kind::NotPinned)
            report.serverKey = reply.trust.presented;
        return report;
    }
    if (reply.status == 401) {
        report.outcome = SyncReport::Outcome::SignInNeeded;
        report.message = tr("The server did not accept the user name or password.");
        return report;
    }
    if (!reply.ok()) {
        report.outcome = reply.transportFailed || reply.status >= 500
                             ? SyncReport::Outcome::RetryLater
                             : SyncReport::Outcome::NeedsPerson;
        report.message = tr("Signing in to %1 failed: %2")
                             .arg(settings->server.toDisplayString(), reply.message);
        return report;
    }
    client.setToken(reply.json.value(ProtocolField::token).toString());
    // The server hands a device's key out once (first sign-in, after a rotation
    // or re-assignment); without one in the answer, the key already kept stays.
    if (reply.json.contains(ProtocolField::deviceKey))
        settings->deviceKey = QByteArray::fromBase64(
            reply.json.value(ProtocolField::deviceKey).toString().toLatin1());
    settings->serverKey =
        QByteArray::fromBase64(reply.json.value(ProtocolField::serverKey).toString().toLatin1());
    return report;
}

SyncReport SyncRun::run()
{
    SyncReport report;
    const qint64 run = m_journal->startRun();
    if (pinAuditHead(report) && push(report) && pushDecisions(report) && pull(report))
        fetchEvidence(report);
    if (report.outcome == SyncReport::Outcome::Ok) {
        QStringList said = m_warnings;
        if (report.refusedPulled > 0)
            said.prepend(tr("%n change(s) from the server broke this device's rules and were not "
                            "applied; they are kept aside and written to the audit trail: %1",
                            "", report.refusedPulled)
                             .arg(m_refused.join(QStringLiteral("; "))));
        report.message = said.join(QLatin1Char(' '));
    }
    m_journal->finishRun(run, report);
    progress(SyncProgress::Phase::Done, 0, 0);
    qCInfo(lcSync) << "sync run" << int(report.outcome) << "pushed" << report.pushed << "pulled"
                   << report.pulled << "uploaded" << report.uploaded << report.message;
    return report;
}

void SyncRun::setActor(const Session &session)
{
    m_journal->setActor(session);
}

// The head of this desk's audit trail, pinned by the server at every sync
// (docs/sync-protocol.md, "Audit heads"). A head that contradicts one pinned
// before is said in the report; the sync goes on (a desk restored from a
// backup shows an older trail, and refusing it would help no one).
bool SyncRun::pinAuditHead(SyncReport &report)
{
    QString error;
    const AuditHead head = AuditHeadCheck::localHead(m_db, &error);
    if (!error.isEmpty())
        qCWarning(lcSync) << "the audit trail's head cannot be read:" << error;
    if (head.id == 0)
        return true;
    const HttpReply reply = AuditHeadCheck::push(m_client, head);
    if (reply.status == 409 && reply.errorCode == QLatin1String("audit-rewritten")) {
        m_warnings << tr("The server holds an earlier head of this desk's audit trail that the "
                         "trail here no longer has (%1). Run certdesk-cli verify-audit --server "
                         "and tell the district.")
                          .arg(reply.message);
        return true;
    }
    if (reply.status == 404) {
        qCInfo(lcSync) << "the server does not pin audit heads";
        return true;
    }
    return !failed(reply, report);
}

QJsonObject SyncRun::pushBody(const SyncJournal &journal, const SyncSettings &settings,
                              QMap<QString, QString> *files, QString *error)
{
    const QList<SyncJournal::Pending> items = journal.pending(error);
    const QJsonArray events = journal.events(items, files, error);
    if (events.size() != items.size())
        return {};
    return {{ProtocolField::device, settings.device},
            {ProtocolField::since, journal.cursor()},
            {ProtocolField::events, events}};
}

bool SyncRun::push(SyncReport &report)
{
    QString error;
    const QList<SyncJournal::Pending> pending = m_journal->pending(&error);
    if (!error.isEmpty()) {
        report.outcome = SyncReport::Outcome::NeedsPerson;
        report.message = error;
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    qint64 reading = 0, waiting = 0, storing = 0;
    // A batch's events as sent, and the evidence they need uploaded first.
    struct Batch {
        QList<SyncJournal::Pending> items;
        QJsonArray events;
        QMap<QString, QString> files;
        QString unreadable; // why an event of it cannot be read
    };
    // The event loop runs after each event read: the request in flight reads
    // its body through it (QNetworkAccessManager hands a body over to its own
    // thread piece by piece).
    const auto read = [&](qsizetype first, Batch *batch) {
        const qint64 mark = clock.elapsed();
        batch->items = pending.mid(first, m_pushBatch);
        batch->files.clear();
        batch->unreadable.clear();
        batch->events = m_journal->events(batch->items, &batch->files, &batch->unreadable,
                                          &SyncClient::handOver);
        reading += clock.elapsed() - mark;
        return batch->events.size() == batch->items.size();
    };
    const auto unreadable = [&](const Batch &batch) {
        report.outcome = SyncReport::Outcome::NeedsPerson;
        report.message = tr("An event waiting to be sent cannot be read: %1").arg(batch.unreadable);
        return false;
    };
    // The server's answers to the batch before, stored while the server
    // checks the next one.
    const auto record = [&](const Batch &batch, const HttpReply &reply) {
        const qint64 mark = clock.elapsed();
        const bool stored = m_journal->recordResults(
            batch.items, reply.json.value(ProtocolField::results).toArray(), report, &error);
        storing += clock.elapsed() - mark;
        if (!stored) {
            report.outcome = SyncReport::Outcome::NeedsPerson;
            report.message = tr("The server's answers could not be stored: %1").arg(error);
        }
        return stored;
    };
    Batch next;
    if (!pending.isEmpty() && !read(0, &next))
        return unreadable(next);
    if (!pending.isEmpty() && !upload(next.files, report))
        return false;
    Batch answered; // sent and answered, its answers not stored yet
    HttpReply answer;
    for (qsizetype first = 0; first < pending.size(); first += m_pushBatch) {
        FaultHooks::killPoint("push-uploaded"); // test builds only
        const Batch batch = std::exchange(next, Batch());
        progress(SyncProgress::Phase::Pushing, first, pending.size());
        qint64 mark = clock.elapsed();
        QNetworkReply *sent = m_client.startPost(QStringLiteral("/v1/events"),
                                                 {{ProtocolField::device, m_settings.device},
                                                  {ProtocolField::since, m_journal->cursor()},
                                                  {ProtocolField::events, batch.events}});
        // Issue 19 point 1: while the server checks and stores this batch the
        // desk reads the next one from the journal (a third of a long push was
        // the desk reading, with the server waiting), stores the answers to
        // the one before and uploads the next one's evidence, so the next
        // batch goes as soon as this one is answered. The read comes first: the
        // body leaves through the event loop it runs.
        const qsizetype following = first + m_pushBatch;
        const bool nextRead = following >= pending.size() || read(following, &next);
        bool stored = true;
        if (!answered.items.isEmpty())
            stored = record(std::exchange(answered, Batch()), answer);
        const bool uploaded =
            !stored || !nextRead || following >= pending.size() || upload(next.files, report);
        const qint64 beside = clock.elapsed() - mark;
        // The request is read to its end whatever happened beside it: the
        // server may have stored the batch, and its answers are kept.
        const HttpReply reply = m_client.finish(sent);
        waiting += clock.elapsed() - mark - beside;
        const bool answeredAll =
            reply.ok() &&
            reply.json.value(ProtocolField::results).toArray().size() == batch.events.size();
        if (!stored)
            return false;
        if (!uploaded) {
            // The next batch's evidence could not go up (the report says why):
            // this batch's answers are kept all the same.
            if (answeredAll)
                record(batch, reply);
            return false;
        }
        if (failed(reply, report))
            return false;
        if (!answeredAll) {
            report.outcome = SyncReport::Outcome::NeedsPerson;
            report.message =
                tr("The server answered a push of %1 events with %2 results; the events stay "
                   "queued.")
                    .arg(batch.events.size())
                    .arg(reply.json.value(ProtocolField::results).toArray().size());
            return false;
        }
        // The server has stored the events; the desk does not know yet.
        FaultHooks::killPoint("push-answered"); // test builds only
        if (!nextRead) {
            // Stored now: the next batch cannot be read, and the run stops.
            return record(batch, reply) && unreadable(next);
        }
        answered = batch;
        answer = reply;
    }
    if (!answered.items.isEmpty() && !record(answered, answer))
        return false;
    progress(SyncProgress::Phase::Pushing, pending.size(), pending.size());
    qCDebug(lcSync) << "pushed" << pending.size() << "in" << clock.elapsed() << "ms: reading"
                    << reading << "ms, storing answers" << storing
                    << "ms (both beside the server after the first batch), waiting for the server"
                    << waiting << "ms";
    return true;
}

// GD 21-22: the county's decisions made here, after the checks they decide
// (push() above), one call each: there are a few a day.
bool SyncRun::pushDecisions(SyncReport &report)
{
    QString error;
    const QList<CheckDecisionSync::Decision> pending = CheckDecisionSync::pending(m_db, &error);
    if (!error.isEmpty()) {
        report.outcome = SyncReport::Outcome::NeedsPerson;
        report.message = error;
        return false;
    }
    for (const CheckDecisionSync::Decision &d : pending) {
        const HttpReply reply =
            m_client.post(QStringLiteral("/v1/check-decisions"), CheckDecisionSync::body(d));
        // Refused for good (not the decider's, a check the server does not hold,
        // decided otherwise already): kept with the reason; the server's own
        // decision, if any, comes down with the pull.
        const bool refused = !reply.ok() && !reply.trust && !reply.cancelled &&
                             !reply.transportFailed && reply.status >= 400 && reply.status < 500 &&
                             reply.status != 401;
        if (!reply.ok() && !refused && failed(reply, report))
            return false;
        if (!CheckDecisionSync::recordAnswer(m_db, d.event, reply.ok(), reply.message, &error)) {
            report.outcome = SyncReport::Outcome::NeedsPerson;
            report.message = tr("The server's answers could not be stored: %1").arg(error);
            return false;
        }
        if (reply.ok())
            ++report.pushed;
        else
            ++report.rejected;
    }
    return true;
}

bool SyncRun::upload(const QMap<QString, QString> &files, SyncReport &report)
{
    if (files.isEmpty())
        return true;
    QStringList missing;
    const QStringList hashes = files.keys();
    for (qsizetype first = 0; first < hashes.size(); first += kMissingQuestion) {
        const QJsonArray question = QJsonArray::fromStringList(hashes.mid(first, kMissingQuestion));
        const HttpReply reply = m_client.post(QStringLiteral("/v1/evidence/missing"),
                                              {{QStringLiteral("hashes"), question}});
        if (failed(reply, report))
            return false;
        for (const QJsonValue &v : reply.json.value(ProtocolField::missing).toArray())
            missing << v.toString();
    }
    qint64 total = 0;
    for (const QString &sha : std::as_const(missing))
        total += QFileInfo(files.value(sha)).size();
    qint64 done = 0;
    // Files of one chunk (photos) go several at a time, straight from offset 0:
    // a partial copy on the server answers 409 and that file then resumes on its
    // own. Larger files (videos) upload chunk by chunk, asking first how much the
    // server holds.
    QStringList small, large;
    for (const QString &sha : std::as_const(missing))
        (QFileInfo(files.value(sha)).size() <= kChunk ? small : large) << sha;
    if (!uploadSmall(small, files, large, done, total, report))
        return false;
    for (const QString &sha : std::as_const(large)) {
        if (!uploadFile(sha, files.value(sha), done, total, report))
            return false;
        ++report.uploaded;
    }
    return true;
}

bool SyncRun::uploadSmall(const QStringList &small, const QMap<QString, QString> &files,
                          QStringList &large, qint64 &done, qint64 total, SyncReport &report)
{
    // Files go in batches of up to kBatchFiles and kBatchBytes, one request
    // each (issue 19: a request per photo was most of a day's sync on the
    // server), several at a time. A server without batches (404) gets one
    // PUT per file, straight from offset 0: a partial copy on the server
    // answers 409 and that file then resumes on its own.
    for (qsizetype first = 0; first < small.size();) {
        const qsizetype roundStart = first;
        QList<SyncClient::Put> puts;
        QList<QStringList> members; // the files of each request
        QList<QStringList> named;   // a batch's "<sha256>:<bytes>" in body order
        qint64 bytes = 0;
        while (first < small.size() && bytes < kRoundBytes) {
            const QString sha = small.at(first++);
            QFile file(files.value(sha));
            if (!file.open(QIODevice::ReadOnly)) {
                report.outcome = SyncReport::Outcome::NeedsPerson;
                report.message = tr("The evidence file %1 cannot be read: %2")
                                     .arg(file.fileName(), file.errorString());
                return false;
            }
            const QByteArray content = file.readAll();
            bytes += content.size();
            const bool joins = m_batchUploads && !puts.isEmpty() &&
                               members.last().size() < kBatchFiles &&
                               puts.last().bytes.size() + content.size() <= kBatchBytes;
            if (!joins) {
                SyncClient::Put put{m_batchUploads ? QStringLiteral("/v1/evidence/batch")
                                                   : QStringLiteral("/v1/evidence/%1").arg(sha),
                                    {},
                                    {},
                                    m_batchUploads};
                if (!m_batchUploads) {
                    put.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
                    put.query.addQueryItem(QStringLiteral("total"),
                                           QString::number(content.size()));
                }
                puts << put;
                members << QStringList();
                if (m_batchUploads)
                    named << QStringList();
            }
            puts.last().bytes += content;
            members.last() << sha;
            // files=<sha256>:<bytes>,… names the body's slices, end to end.
            if (m_batchUploads)
                named.last() << QStringLiteral("%1:%2").arg(sha).arg(content.size());
        }
        for (qsizetype i = 0; i < named.size(); ++i)
            puts[i].query.addQueryItem(QStringLiteral("files"), named.at(i).join(QLatin1Char(',')));
        const QList<HttpReply> replies = m_client.putAll(puts, kParallelUploads);
        if (m_batchUploads && !replies.isEmpty() && replies.first().status == 404 &&
            replies.first().errorCode == QLatin1String("not-found")) {
            m_batchUploads = false; // an older server: the same round, file by file
            first = roundStart;
            continue;
        }
        for (int i = 0; i < replies.size(); ++i) {
            const HttpReply &reply = replies.at(i);
            if (reply.status == 409 && reply.errorCode == QLatin1String("offset-mismatch")) {
                large << members.at(i);
                continue;
            }
            if (failed(reply, report))
                return false;
            done += puts.at(i).bytes.size();
            report.uploaded += int(members.at(i).size());
        }
        progress(SyncProgress::Phase::UploadingEvidence, done, total);
    }
    return true;
}

bool SyncRun::uploadFile(const QString &sha, const QString &path, qint64 &done, qint64 total,
                         SyncReport &report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.outcome = SyncReport::Outcome::NeedsPerson;
        report.message =
            tr("The evidence file %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    const qint64 size = file.size();
    const QString where = QStringLiteral("/v1/evidence/%1/upload").arg(sha);
    // Resume where the server's copy ends: after a dropped connection, a server
    // restart or this program's own restart alike.
    HttpReply state = m_client.get(where);
    if (failed(state, report))
        return false;
    qint64 offset = state.json.value(ProtocolField::received).toInteger();
    bool complete = state.json.value(ProtocolField::complete).toBool();
    done += offset;
    while (!complete) {
        if (!file.seek(offset)) {
            report.outcome = SyncReport::Outcome::NeedsPerson;
            report.message =
                tr("The evidence file %1 cannot be read: %2").arg(path, file.errorString());
            return false;
        }
        const QByteArray chunk = file.read(kChunk);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        query.addQueryItem(QStringLiteral("total"), QString::number(size));
        const HttpReply reply =
            m_client.put(QStringLiteral("/v1/evidence/%1").arg(sha), query, chunk);
        if (reply.status == 409 && reply.errorCode == QLatin1String("offset-mismatch")) {
            const qint64 received = reply.json.value(ProtocolField::received).toInteger();
            done += received - offset;
            offset = received;
            continue;
        }
        if (failed(reply, report))
            return false;
        const qint64 received = reply.json.value(ProtocolField::received).toInteger();
        done += received - offset;
        offset = received;
        complete = reply.json.value(ProtocolField::complete).toBool();
        progress(SyncProgress::Phase::UploadingEvidence, done, total);
        if (!complete && chunk.isEmpty()) {
            report.outcome = SyncReport::Outcome::NeedsPerson;
            report.message =
                tr("The evidence file %1 is shorter than the server expects.").arg(path);
            return false;
        }
    }
    return true;
}

bool SyncRun::pull(SyncReport &report)
{
    bool more = true;
    QElapsedTimer clock;
    clock.start();
    qint64 applying = 0, waiting = 0;
    QString error;
    if (m_journal->cursor() == 0 && !m_journal->deferRecipientIndexes(&error))
        qCWarning(lcSync) << "indexes kept during the first pull:" << error;
    // The next page is asked for before this one is applied (issue 19 point 3):
    // the server reads and sends it on the other core meanwhile. The cursor
    // still moves only with an applied page, so an interrupted pull resumes
    // from the last page it kept; a page asked for ahead is only read.
    const auto ask = [this](qint64 since) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(since));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        return m_client.start(QStringLiteral("/v1/changes"), query);
    };
    qint64 since = m_journal->cursor();
    QNetworkReply *ahead = ask(since);
    while (more) {
        const qint64 asked = clock.elapsed();
        const HttpReply reply = m_client.finish(ahead);
        waiting += clock.elapsed() - asked;
        ahead = nullptr;
        if (failed(reply, report))
            return false;
        if (!reply.json.value(ProtocolField::changes).isArray() ||
            !reply.json.value(ProtocolField::next).isDouble()) {
            report.outcome = SyncReport::Outcome::NeedsPerson;
            report.message =
                tr("The server's answer to a pull is not what protocol v1 describes (no list of "
                   "changes or no cursor); nothing was applied.");
            return false;
        }
        const QJsonArray changes = reply.json.value(ProtocolField::changes).toArray();
        const qint64 next = reply.json.value(ProtocolField::next).toInteger(since);
        more = reply.json.value(ProtocolField::more).toBool() && next > since;
        if (more)
            ahead = ask(next);
        const qint64 before = clock.elapsed();
        QStringList refused;
        const bool applied = m_journal->applyPage(changes, next, &error, &refused);
        applying += clock.elapsed() - before;
        if (!applied) {
            m_client.abandon(ahead);
            report.outcome = SyncReport::Outcome::NeedsPerson;
            report.message =
                tr("A page of changes from the server could not be applied: %1").arg(error);
            return false;
        }
        since = next;
        report.pulled += changes.size();
        report.refusedPulled += int(refused.size());
        for (const QString &r : std::as_const(refused)) {
            if (m_refused.size() < 5)
                m_refused << r;
        }
        // The crash test kills the client here (test builds only): the moment a
        // resumed pull must pick up from.
        FaultHooks::afterPulledPage(++m_pages);
        progress(SyncProgress::Phase::Pulling, report.pulled, 0);
        if (m_cancel && m_cancel->load()) {
            m_client.abandon(ahead);
            report.outcome = SyncReport::Outcome::Cancelled;
            report.message = tr("Sync was cancelled; what was done is kept.");
            return false;
        }
    }
    const qint64 pulled = clock.elapsed();
    if (!m_journal->restoreRecipientIndexes(&error)) {
        report.outcome = SyncReport::Outcome::NeedsPerson;
        report.message =
            tr("The lists' indexes could not be rebuilt after the first pull: %1").arg(error);
        return false;
    }
    qCDebug(lcSync) << "pulled" << report.pulled << "changes in" << clock.elapsed()
                    << "ms: waiting for pages" << waiting << "ms, applying" << applying
                    << "ms, indexes after the pull" << clock.elapsed() - pulled << "ms";
    return true;
}

// Photos of checks recorded on other devices, so this device's archive volume
// and timeline show them too. A file the server does not have (yet) is left
// for the next sync; a file that is not an image is refused by the store.
bool SyncRun::fetchEvidence(SyncReport &report)
{
    EvidenceStore store(m_evidenceFolder);
    const QMap<QString, QString> wanted = m_journal->evidenceToFetch();
    qint64 done = 0;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const HttpReply reply = m_client.get(QStringLiteral("/v1/evidence/%1").arg(it.key()), {},
                                             EvidenceStore::MaxFileBytes);
        if (reply.status == 404)
            continue;
        if (failed(reply, report))
            return false;
        QString error;
        const auto item = store.intakeBytes(reply.body, it.value(), &error);
        if (!item || item->sha256 != it.key()) {
            qCWarning(lcSync) << "evidence" << it.key() << "from the server refused:" << error;
            continue;
        }
        if (!m_journal->markEvidenceFetched(it.key(), store.keepOriginals(), &error)) {
            report.outcome = SyncReport::Outcome::NeedsPerson;
            report.message = error;
            return false;
        }
        progress(SyncProgress::Phase::Pulling, ++done, wanted.size());
    }
    return true;
}

} // namespace certdesk
