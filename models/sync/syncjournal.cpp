#include "syncjournal.h"

#include "faulthooks.h"
#include "logging.h"

#include "changeapplier.h"
#include "domain/idnumber.h"
#include "domain/workingcalendar.h"
#include "eventcodec.h"
#include "evidence/evidencestore.h"
#include "protocolfields.h"
#include "security/audittrail.h"
#include "store/database.h"
#include "store/recipientbulkinsert.h"
#include "store/sqlvalues.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace certdesk
{

namespace
{
const QString kCursor = QStringLiteral("sync.cursor");
const QString kDeferredIndexes = QStringLiteral("sync.deferredIndexes");
const QString kDeferredNames = QStringLiteral("sync.deferredNames");

QString sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QString tableOf(SyncJournal::Pending::Source s)
{
    switch (s) {
    case SyncJournal::Pending::Source::Check:
        return QStringLiteral("outbox");
    case SyncJournal::Pending::Source::Lifecycle:
        return QStringLiteral("lifecycle_outbox");
    case SyncJournal::Pending::Source::Resolution:
        return QStringLiteral("sync_resolution");
    }
    return {};
}
} // namespace

SyncJournal::SyncJournal(const Database &db, const PolicyProfile &profile,
                         const EvidenceStore &evidence)
    : m_db(db), m_profile(profile), m_evidence(evidence)
{
}

qint64 SyncJournal::cursor() const
{
    return m_db.setting(kCursor, QStringLiteral("0")).toLongLong();
}

QList<SyncJournal::Pending> SyncJournal::pending(QString *error) const
{
    QList<Pending> out;
    // Checks before payment steps (a step may rest on a check), decisions last;
    // each in the order it was recorded.
    const struct {
        Pending::Source source;
        const char *sql;
    } queries[] = {
        {Pending::Source::Check,
         "SELECT o.event_uuid FROM outbox o JOIN verification_event e ON e.uuid = o.event_uuid "
         "WHERE o.state IN ('pending', 'sent') ORDER BY e.rowid"},
        {Pending::Source::Lifecycle,
         "SELECT o.event_uuid FROM lifecycle_outbox o JOIN lifecycle_event e "
         "ON e.uuid = o.event_uuid WHERE o.state IN ('pending', 'sent') ORDER BY e.seq"},
        {Pending::Source::Resolution,
         "SELECT uuid FROM sync_resolution WHERE state = 'pending' ORDER BY rowid"},
    };
    for (const auto &query : queries) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QLatin1String(query.sql))) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        while (q.next())
            out.append({q.value(0).toString(), query.source});
    }
    return out;
}

QJsonArray SyncJournal::events(const QList<Pending> &items, QMap<QString, QString> *files,
                               QString *error, const std::function<void()> &between) const
{
    // The bytes uploaded for a piece of evidence: the original when kept (its
    // hash is the evidence's name), else the archive copy under its own hash.
    const EventCodec::ContentOf contentOf = [&](const QString &sha, bool hasOriginal) -> QString {
        const QString original = hasOriginal ? m_evidence.originalPath(sha) : QString();
        if (!original.isEmpty() && QFile::exists(original)) {
            files->insert(sha, original);
            return sha;
        }
        const QString archive = m_evidence.archivePath(sha);
        const QString content = sha256OfFile(archive);
        if (!content.isEmpty())
            files->insert(content, archive);
        return content;
    };
    QJsonArray out;
    const QSqlDatabase c = m_db.connection();
    EventCodec codec(c);
    for (const Pending &p : items) {
        if (p.source == Pending::Source::Resolution) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral(
                "SELECT r.conflict_id, r.decision, r.value, r.note, r.decided_by, r.decided_at, "
                "c.id_number FROM sync_resolution r LEFT JOIN sync_conflict c ON c.id = "
                "r.conflict_id "
                "WHERE r.uuid = ?"));
            q.addBindValue(p.uuid);
            if (!sqlvalue::exec(q, error) || !q.next())
                return {};
            QJsonObject e{{ProtocolField::uuid, p.uuid},
                          {ProtocolField::kind, ProtocolValue::resolution},
                          {ProtocolField::idNumber, q.value(6).toString()},
                          {ProtocolField::conflict, q.value(0).toString()},
                          {ProtocolField::decision, q.value(1).toString()},
                          {ProtocolField::by, q.value(4).toString()},
                          {ProtocolField::at, q.value(5).toString()}};
            if (!q.value(2).isNull())
                e.insert(ProtocolField::value, q.value(2).toString());
            if (!q.value(3).toString().isEmpty())
                e.insert(ProtocolField::note, q.value(3).toString());
            out.append(e);
        } else {
            const auto kind = p.source == Pending::Source::Check ? EventCodec::Kind::Verification
                                                                 : EventCodec::Kind::Lifecycle;
            const QJsonObject e = codec.read(kind, p.uuid, contentOf, error);
            if (e.isEmpty())
                return {};
            out.append(e);
        }
        if (between)
            between();
    }
    return out;
}

bool SyncJournal::recordResults(const QList<Pending> &items, const QJsonArray &results,
                                SyncReport &report, QString *error)
{
    QHash<QString, Pending::Source> sources;
    for (const Pending &p : items)
        sources.insert(p.uuid, p.source);
    return inWriteTransaction(m_db, error, [&] {
        ChangeApplier conflicts(m_db, m_profile);
        const QString now = sqlvalue::utc(QDateTime::currentDateTimeUtc());
        // One prepared update per queue, reused for every answer.
        QSqlQuery updates[3] = {QSqlQuery(m_db.connection()), QSqlQuery(m_db.connection()),
                                QSqlQuery(m_db.connection())};
        for (auto source : {Pending::Source::Check, Pending::Source::Lifecycle}) {
            updates[int(source)].prepare(
                QStringLiteral("UPDATE %1 SET state = ?, last_error = ?, attempts = attempts + 1, "
                               "updated_at = '%2' WHERE event_uuid = ?")
                    .arg(tableOf(source), now));
        }
        updates[int(Pending::Source::Resolution)].prepare(
            QStringLiteral("UPDATE sync_resolution SET state = ?, last_error = ? WHERE uuid = ?"));
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            const QString uuid = r.value(ProtocolField::uuid).toString();
            if (!sources.contains(uuid))
                continue; // not something this push sent
            const QString status = r.value(ProtocolField::status).toString();
            const bool retry =
                status == ProtocolValue::rejected && r.value(ProtocolField::retryable).toBool();
            const bool done = status == ProtocolValue::accepted ||
                              status == ProtocolValue::duplicate ||
                              status == ProtocolValue::conflict;
            const QString state = done    ? QStringLiteral("accepted")
                                  : retry ? QStringLiteral("pending")
                                          : QStringLiteral("rejected");
            QString reason = r.value(ProtocolField::reason).toString();
            if (reason.isEmpty())
                reason = r.value(ProtocolField::code).toString();
            const Pending::Source source = sources.value(uuid);
            QSqlQuery &q = updates[int(source)];
            q.addBindValue(state);
            q.addBindValue(done ? QVariant() : QVariant(reason));
            q.addBindValue(uuid);
            if (!sqlvalue::exec(q, error))
                return false;
            if (done)
                ++report.pushed;
            else if (!retry)
                ++report.rejected;
            for (const QJsonValue &c : r.value(ProtocolField::conflicts).toArray()) {
                ++report.conflicts;
                if (!conflicts.storeConflict(c.toObject(), r.value(ProtocolField::seq).toInteger(),
                                             error))
                    return false;
            }
        }
        return conflicts.finish(error);
    });
}

bool SyncJournal::applyPage(const QJsonArray &changes, qint64 next, QString *error,
                            QStringList *refused)
{
    return inWriteTransaction(m_db, error, [&] {
        ChangeApplier applier(m_db, m_profile);
        applier.setNamesDeferred(!m_db.setting(kDeferredNames).isEmpty());
        for (const QJsonValue &v : changes) {
            if (!applier.apply(v.toObject(), error))
                return false;
        }
        if (!applier.finish(error))
            return false;
        // Refused events are neither applied nor lost: kept with their reason,
        // and in the audit trail, before the cursor moves past them.
        const AuditTrail audit(m_db, m_profile, WorkingCalendar::builtin());
        for (const ChangeApplier::Refused &r : applier.refused()) {
            // Masked, and without the reason (it may quote a phone number or an
            // address): the trail holds no personal data; sync_refused has it.
            const QString masked = IdNumber::mask(r.idNumber);
            if (!audit.recordWithin(m_actor, AuditAction::Sync, masked,
                                    QStringLiteral("refused pulled %1 %2 (change %3, device %4, "
                                                   "user %5): not applied, kept in sync_refused")
                                        .arg(r.kind, r.uuid)
                                        .arg(r.seq)
                                        .arg(r.device, r.user),
                                    error))
                return false;
            if (refused)
                refused->append(QStringLiteral("%1 (%2): %3").arg(r.uuid, masked, r.reason));
        }
        for (const ChangeApplier::Refused &r : applier.released()) {
            if (!audit.recordWithin(m_actor, AuditAction::Sync, IdNumber::mask(r.idNumber),
                                    QStringLiteral("released pulled %1 %2 (change %3): the "
                                                   "person's events now allow it; applied")
                                        .arg(r.kind, r.uuid)
                                        .arg(r.seq),
                                    error))
                return false;
        }
        if (!m_db.setSetting(kCursor, QString::number(next), error))
            return false;
        FaultHooks::killPoint("pull-before-commit"); // test builds only
        return true;
    });
}

QMap<QString, QString> SyncJournal::evidenceToFetch() const
{
    QMap<QString, QString> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT f.sha256, f.original_name FROM evidence f "
            "JOIN event_evidence x ON x.sha256 = f.sha256 "
            "JOIN sync_origin o ON o.event_uuid = x.event_uuid WHERE f.has_original = 0")))
        return out;
    while (q.next()) {
        if (!m_evidence.contains(q.value(0).toString()))
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

bool SyncJournal::markEvidenceFetched(const QString &sha256, bool originalKept,
                                      QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE evidence SET has_original = ? WHERE sha256 = ?"));
    q.addBindValue(originalKept ? 1 : 0);
    q.addBindValue(sha256);
    return sqlvalue::exec(q, error);
}

bool SyncJournal::deferRecipientIndexes(QString *error) const
{
    return inWriteTransaction(m_db, error, [&] {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM recipient)")) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.value(0).toBool())
            return true; // not an empty roster: nothing deferred
        // The name index too: made from all names at the end (indexAllNames).
        if (!m_db.setSetting(kDeferredNames, QStringLiteral("1"), error))
            return false;
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                   "AND tbl_name = 'recipient' AND sql IS NOT NULL"))) {
            *error = q.lastError().text();
            return false;
        }
        QStringList names, statements;
        while (q.next()) {
            names << q.value(0).toString();
            statements << q.value(1).toString();
        }
        if (statements.isEmpty() || !m_db.setting(kDeferredIndexes).isEmpty())
            return true;
        for (const QString &name : std::as_const(names)) {
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
                *error = q.lastError().text();
                return false;
            }
        }
        return m_db.setSetting(kDeferredIndexes, statements.join(QLatin1String(";\n")), error);
    });
}

bool SyncJournal::restoreRecipientIndexes(QString *error) const
{
    const QString deferred = m_db.setting(kDeferredIndexes);
    const bool names = !m_db.setting(kDeferredNames).isEmpty();
    if (deferred.isEmpty() && !names)
        return true;
    return inWriteTransaction(m_db, error, [&] {
        FaultHooks::killPoint("pull-indexes"); // test builds only
        QSqlQuery q(m_db.connection());
        // SQLite's sorter may use a helper thread per core for the index builds
        // (as the demo generator's); the server has finished sending by now.
        q.exec(QStringLiteral("PRAGMA threads = %1").arg(qMax(1, QThread::idealThreadCount())));
        const auto single = qScopeGuard([&q] { q.exec(QStringLiteral("PRAGMA threads = 0")); });
        for (const QString &statement : deferred.split(QLatin1String(";\n"), Qt::SkipEmptyParts)) {
            if (!q.exec(statement)) {
                *error = q.lastError().text();
                return false;
            }
        }
        QElapsedTimer clock;
        clock.start();
        if (names && !RecipientBulkInsert(m_db).indexAllNames(error))
            return false;
        qCDebug(lcSync) << "name index made in" << clock.elapsed() << "ms";
        return m_db.setSetting(kDeferredIndexes, QString(), error) &&
               m_db.setSetting(kDeferredNames, QString(), error);
    });
}

void SyncJournal::counts(SyncStatus &status) const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')) "
            "     + (SELECT count(*) FROM lifecycle_outbox WHERE state IN ('pending', 'sent')) "
            "     + (SELECT count(*) FROM sync_resolution WHERE state = 'pending'), "
            "(SELECT count(*) FROM outbox WHERE state = 'rejected') "
            "     + (SELECT count(*) FROM lifecycle_outbox WHERE state = 'rejected') "
            "     + (SELECT count(*) FROM sync_resolution WHERE state = 'rejected'), "
            "(SELECT count(*) FROM sync_conflict WHERE state = 'open')")) &&
        q.next()) {
        status.pendingEvents = q.value(0).toInt();
        status.rejectedEvents = q.value(1).toInt();
        status.openConflicts = q.value(2).toInt();
    }
}

QDateTime SyncJournal::lastCompleteSync() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT max(finished_at) FROM sync_run WHERE outcome = 'ok'")) &&
        q.next() && !q.value(0).isNull())
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return {};
}

qint64 SyncJournal::startRun() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_run(started_at) VALUES(?)"));
    q.addBindValue(sqlvalue::utc(QDateTime::currentDateTimeUtc()));
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

void SyncJournal::recordFailedSignIn(const QDateTime &startedAt, const QString &message) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_run(started_at, finished_at, outcome, message) "
                             "VALUES(?, ?, 'sign-in-failed', ?)"));
    q.addBindValue(sqlvalue::utc(startedAt));
    q.addBindValue(sqlvalue::utc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(sqlvalue::textOrNull(message));
    if (!q.exec())
        qCWarning(lcSync) << "the failed sign-in was not listed:" << q.lastError().text();
}

void SyncJournal::finishRun(qint64 run, const SyncReport &report) const
{
    static const char *const outcomes[] = {"ok", "retry", "sign-in", "needs-person", "cancelled"};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE sync_run SET finished_at = ?, outcome = ?, pushed = ?, pulled = ?, uploaded = ?, "
        "message = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(sqlvalue::utc(QDateTime::currentDateTimeUtc())),
          QVariant(QLatin1String(outcomes[int(report.outcome)])), QVariant(report.pushed),
          QVariant(report.pulled), QVariant(report.uploaded), sqlvalue::textOrNull(report.message),
          QVariant(run)})
        q.addBindValue(v);
    q.exec();
}

} // namespace certdesk
