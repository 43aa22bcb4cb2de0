#include "eventingest.h"

#include "conflictdetector.h"
#include "domain/idnumber.h"
#include "faultinjection.h"
#include "sync/protocolfields.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace certdesk
{

namespace
{
constexpr int MaxEvents = 1000;

QJsonObject rejected(const QString &uuid, const QString &code, const QString &reason)
{
    return {{ProtocolField::uuid, uuid},
            {ProtocolField::status, QStringLiteral("rejected")},
            {ProtocolField::code, code},
            {ProtocolField::retryable, false},
            {ProtocolField::reason, reason}};
}

bool savepoint(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    *error = q.lastError().text();
    return false;
}

// Takes back what the current event wrote, leaving the push's transaction open.
void undo(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT event"));
    q.exec(QStringLiteral("RELEASE event"));
}

bool isDate(const QJsonValue &v)
{
    return v.isUndefined() || QDate::fromString(v.toString(), Qt::ISODate).isValid();
}

// The fields every kind needs and the few that would make the event
// meaningless when wrong; the empty string when the event is acceptable.
QString invalidReason(const QJsonObject &e)
{
    if (QUuid::fromString(e.value(ProtocolField::uuid).toString()).isNull())
        return QStringLiteral("uuid: missing or not a UUID");
    const QString kind = e.value(ProtocolField::kind).toString();
    if (kind != ProtocolValue::verification && kind != ProtocolValue::lifecycle &&
        kind != ProtocolValue::resolution)
        return QStringLiteral("kind: '%1' is not verification, lifecycle or resolution").arg(kind);
    const QString idNumber = e.value(ProtocolField::idNumber).toString();
    const IdNumber id = IdNumber::parse(idNumber);
    if (!id.isValid() || id.canonical() != idNumber)
        return QStringLiteral("idNumber: '%1' is not a canonical ID number").arg(idNumber);
    if (kind == ProtocolValue::verification) {
        for (const QLatin1String field : {ProtocolField::checkDate, ProtocolField::deathDate,
                                          ProtocolField::periodStart, ProtocolField::periodEnd}) {
            if (!isDate(e.value(field)))
                return QStringLiteral("%1: not a date (YYYY-MM-DD)").arg(field);
        }
        if (!e.value(ProtocolField::contact).isUndefined() &&
            !e.value(ProtocolField::contact).isObject())
            return QStringLiteral("contact: not an object");
        const QJsonValue evidence = e.value(ProtocolField::evidence);
        if (!evidence.isUndefined() && !evidence.isArray())
            return QStringLiteral("evidence: not a list");
        for (const QJsonValue &item : evidence.toArray()) {
            if (!EvidenceVault::isHash(item.toObject().value(QStringLiteral("content")).toString()))
                return QStringLiteral("evidence: an entry's content is not a lower-case SHA-256");
        }
    } else if (kind == ProtocolValue::resolution) {
        if (e.value(ProtocolField::conflict).toString().isEmpty())
            return QStringLiteral("conflict: missing");
        if (e.value(ProtocolField::decision).toString().isEmpty())
            return QStringLiteral("decision: missing");
    } else if (e.value(ProtocolField::step).toString().isEmpty()) {
        return QStringLiteral("step: missing");
    }
    return QString();
}
} // namespace

EventIngest::EventIngest(const UpstreamStore &store, const EvidenceVault &vault)
    : m_store(store), m_vault(vault)
{
}

QByteArray EventIngest::contentHash(const QJsonObject &event)
{
    // QJsonDocument writes an object's keys sorted and Compact has no spaces:
    // the canonical form of the protocol.
    return QCryptographicHash::hash(QJsonDocument(event).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

EventIngest::Outcome EventIngest::push(const Caller &caller, const QByteArray &body) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {400,
                QStringLiteral("malformed-json"),
                QStringLiteral("The body is not JSON: %1 at offset %2.")
                    .arg(parseError.errorString())
                    .arg(parseError.offset),
                {},
                false};
    if (!doc.isObject())
        return {400,
                QStringLiteral("malformed-json"),
                QStringLiteral("The body must be an object with \"events\"."),
                {},
                false};
    return push(caller, doc.object());
}

EventIngest::Outcome EventIngest::push(const Caller &caller, const QJsonObject &body) const
{
    if (!body.value(ProtocolField::events).isArray())
        return {400,
                QStringLiteral("malformed-json"),
                QStringLiteral("events: missing or not a list."),
                {},
                false};
    const QJsonValue sinceValue = body.value(ProtocolField::since);
    if (!sinceValue.isUndefined() && (!sinceValue.isDouble() || sinceValue.toDouble() < 0))
        return {400,
                QStringLiteral("malformed-json"),
                QStringLiteral("since: not a change number."),
                {},
                false};
    const QJsonArray events = body.value(ProtocolField::events).toArray();
    if (events.size() > MaxEvents)
        return {413,
                QStringLiteral("too-large"),
                QStringLiteral("A push holds at most %1 events; this one has %2.")
                    .arg(MaxEvents)
                    .arg(events.size()),
                {},
                false};
    const qint64 since = qint64(sinceValue.toDouble());
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return {503, QStringLiteral("unavailable"), error, {}, false};

    // One transaction per push, committed before the answer: nothing is
    // answered "accepted" that is not on disk, a server stopped half-way
    // stores none of the batch (the client, never answered, sends it again),
    // and the store writes each page once per batch rather than once per event.
    std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
    if (!m_store.begin(db, &error))
        return {503, QStringLiteral("unavailable"), error, {}, false};
    Outcome outcome;
    QJsonArray results;
    for (const QJsonValue &value : events) {
        bool failed = false;
        const QJsonObject result = ingestOne(db, caller, value, since, &failed, &error);
        if (failed) {
            UpstreamStore::rollback(db);
            return {500, QStringLiteral("server-error"), error, {}, false};
        }
        const QString status = result.value(ProtocolField::status).toString();
        results.append(result);
        if (status == ProtocolValue::accepted || status == ProtocolValue::conflict) {
            // drop-after-events: the rest of the batch is not taken and the
            // connection breaks after the commit, before the answer.
            if (FaultInjection::eventStored()) {
                outcome.drop = true;
                break;
            }
        }
    }
    if (!UpstreamStore::commit(db, &error))
        return {500, QStringLiteral("server-error"), error, {}, false};
    outcome.body = {{ProtocolField::results, results}};
    return outcome;
}

QJsonObject EventIngest::ingestOne(QSqlDatabase &db, const Caller &caller, const QJsonValue &value,
                                   qint64 since, bool *failed, QString *error) const
{
    error->clear();
    if (!value.isObject())
        return rejected(QString(), QStringLiteral("invalid"),
                        QStringLiteral("an event is not a JSON object"));
    const QJsonObject e = value.toObject();
    const QString uuid = e.value(ProtocolField::uuid).toString();
    const QString reason = invalidReason(e);
    if (!reason.isEmpty())
        return rejected(uuid, QStringLiteral("invalid"), reason);
    const QString kind = e.value(ProtocolField::kind).toString();
    const QString idNumber = e.value(ProtocolField::idNumber).toString();
    const QString hash = QString::fromLatin1(contentHash(e));

    // Runs inside the push's transaction: a savepoint per event, so a refused
    // event leaves nothing while the accepted ones around it stay.
    const auto fail = [&]() {
        *failed = true;
        return QJsonObject();
    };
    if (!savepoint(db, QStringLiteral("SAVEPOINT event"), error)) {
        *failed = true;
        return {};
    }
    const auto codes = UpstreamStore::personCodes(db, idNumber);
    if (!codes) {
        undo(db);
        return rejected(uuid, QStringLiteral("unknown-person"),
                        QStringLiteral("%1 is not on the roster").arg(idNumber));
    }
    if (!caller.scope.contains(*codes)) {
        undo(db);
        return rejected(uuid, QStringLiteral("outside-scope"),
                        QStringLiteral("%1 is outside %2").arg(idNumber, caller.scope.code));
    }
    QSqlQuery q(db);
    if (!execQuery(q, QStringLiteral("SELECT content_hash, seq FROM event WHERE uuid = ?"), {uuid},
                   error))
        return fail();
    if (q.next()) {
        const bool same = q.value(0).toString() == hash;
        const qint64 seq = q.value(1).toLongLong();
        undo(db);
        if (same)
            return {{ProtocolField::uuid, uuid},
                    {ProtocolField::status, QStringLiteral("duplicate")},
                    {ProtocolField::seq, seq}};
        return rejected(uuid, QStringLiteral("uuid-reused"),
                        QStringLiteral("an event with this uuid is stored with different content"));
    }
    QStringList contents;
    QJsonArray missing;
    for (const QJsonValue &item : e.value(ProtocolField::evidence).toArray()) {
        const QString content = item.toObject().value(QStringLiteral("content")).toString();
        if (contents.contains(content))
            continue;
        contents.append(content);
        if (!m_vault.isComplete(db, content))
            missing.append(content);
    }
    if (!missing.isEmpty()) {
        undo(db);
        QJsonObject r = rejected(
            uuid, QStringLiteral("evidence-missing"),
            QStringLiteral("%1 evidence file(s) are not on the server yet").arg(missing.size()));
        r.insert(ProtocolField::retryable, true);
        r.insert(ProtocolField::missing, missing);
        return r;
    }

    QList<QJsonObject> conflicts;
    if (kind == ProtocolValue::verification) {
        conflicts = ConflictDetector::detect(db, e, caller.device, since, error);
        if (!error->isEmpty())
            return fail();
    }
    const QString receivedAt = UpstreamStore::nowIso();
    const qint64 seq = UpstreamStore::appendChange(db, ProtocolValue::event, uuid, idNumber, *codes,
                                                   {{ProtocolField::device, caller.device},
                                                    {ProtocolField::user, caller.user},
                                                    {QStringLiteral("receivedAt"), receivedAt},
                                                    {ProtocolField::event, e}},
                                                   error);
    if (seq == 0)
        return fail();
    if (!execQuery(q,
                   QStringLiteral("INSERT INTO event (uuid, seq, kind, id_number, device, "
                                  "user_name, content_hash, payload, "
                                  "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {uuid, seq, kind, idNumber, caller.device, caller.user, hash,
                    QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)), receivedAt},
                   error))
        return fail();
    for (const QString &content : std::as_const(contents)) {
        if (!execQuery(q,
                       QStringLiteral(
                           "INSERT INTO event_evidence (event_uuid, content_hash) VALUES (?, ?)"),
                       {uuid, content}, error))
            return fail();
    }
    QJsonObject result{{ProtocolField::uuid, uuid},
                       {ProtocolField::status, QStringLiteral("accepted")},
                       {ProtocolField::seq, seq}};
    if (kind == ProtocolValue::resolution) {
        bool stored = true;
        const QJsonObject refusal = resolve(db, caller, e, *codes, &stored, error);
        if (!error->isEmpty())
            return fail();
        if (!stored) {
            undo(db);
            return refusal;
        }
    }
    QJsonArray conflictJson;
    for (const QJsonObject &c : std::as_const(conflicts)) {
        if (!ConflictDetector::store(db, c, error) ||
            UpstreamStore::appendChange(db, ProtocolValue::conflict,
                                        c.value(QStringLiteral("id")).toString(), idNumber, *codes,
                                        c, error) == 0)
            return fail();
        conflictJson.append(c);
    }
    if (!conflictJson.isEmpty()) {
        result.insert(ProtocolField::status, QStringLiteral("conflict"));
        result.insert(ProtocolField::conflicts, conflictJson);
    }
    if (!execQuery(q,
                   QStringLiteral("UPDATE device SET last_push_at = ?, last_event_uuid = ?, "
                                  "events_total = events_total + 1 WHERE id = ?"),
                   {receivedAt, uuid, caller.device}, error))
        return fail();
    if (!savepoint(db, QStringLiteral("RELEASE event"), error)) {
        *failed = true;
        return {};
    }
    return result;
}

// A supervisor's decision: marks the conflict resolved and sends it again as a
// change; "use-value" also sends the person's row with the kept value.
// *stored false (and the refusal returned) when the decision is not allowed.
QJsonObject EventIngest::resolve(QSqlDatabase &db, const Caller &caller, const QJsonObject &e,
                                 const ScopeCodes &codes, bool *stored, QString *error) const
{
    const QString uuid = e.value(ProtocolField::uuid).toString();
    *stored = false;
    if (caller.role != QLatin1String("supervisor") && caller.role != QLatin1String("admin"))
        return rejected(uuid, QStringLiteral("forbidden"),
                        QStringLiteral("only a supervisor or an admin decides conflicts"));
    const QString conflictId = e.value(ProtocolField::conflict).toString();
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("SELECT %1 FROM conflict WHERE id = ?")
                       .arg(ConflictDetector::selectColumns()),
                   {conflictId}, error))
        return {};
    if (!q.next())
        return rejected(uuid, QStringLiteral("invalid"),
                        QStringLiteral("conflict: '%1' is not known").arg(conflictId));
    QJsonObject conflict = ConflictDetector::fromRow(q);
    if (conflict.value(ProtocolField::idNumber).toString() !=
        e.value(ProtocolField::idNumber).toString())
        return rejected(uuid, QStringLiteral("invalid"),
                        QStringLiteral("idNumber: not the conflict's person"));
    const QString type = conflict.value(ProtocolField::type).toString();
    const QString decision = e.value(ProtocolField::decision).toString();
    const QJsonValue value = e.value(ProtocolField::value);
    QStringList allowed;
    if (type == QLatin1String("alive-after-death"))
        allowed = {QStringLiteral("death-confirmed"), QStringLiteral("alive-confirmed")};
    else if (type == QLatin1String("death-date"))
        allowed = {QStringLiteral("use-date")};
    else
        allowed = {QStringLiteral("use-value")};
    if (!allowed.contains(decision))
        return rejected(uuid, QStringLiteral("invalid"),
                        QStringLiteral("decision: a %1 conflict is decided by %2")
                            .arg(type, allowed.join(QStringLiteral(" or "))));
    if (decision.startsWith(QLatin1String("use-")) && !value.isString())
        return rejected(uuid, QStringLiteral("invalid"),
                        QStringLiteral("value: %1 needs the value kept").arg(decision));
    if (decision == QLatin1String("use-date") &&
        !QDate::fromString(value.toString(), Qt::ISODate).isValid())
        return rejected(uuid, QStringLiteral("invalid"),
                        QStringLiteral("value: not a date (YYYY-MM-DD)"));

    const QString by = e.value(ProtocolField::by).toString().isEmpty()
                           ? caller.user
                           : e.value(ProtocolField::by).toString();
    const QString at = e.value(ProtocolField::at).toString().isEmpty()
                           ? UpstreamStore::nowIso()
                           : e.value(ProtocolField::at).toString();
    const QVariant chosen =
        value.isString() ? QVariant(value.toString()) : QVariant(QMetaType(QMetaType::QString));
    const QVariant note = e.value(ProtocolField::note).isString()
                              ? QVariant(e.value(ProtocolField::note).toString())
                              : QVariant(QMetaType(QMetaType::QString));
    if (!execQuery(q,
                   QStringLiteral("UPDATE conflict SET state = 'resolved', decision = ?, "
                                  "chosen_value = ?, decided_by = ?, "
                                  "decided_at = ?, note = ?, resolution_uuid = ? WHERE id = ?"),
                   {decision, chosen, by, at, note, uuid, conflictId}, error))
        return {};
    conflict.insert(QStringLiteral("state"), QStringLiteral("resolved"));
    conflict.insert(ProtocolField::decision, decision);
    conflict.insert(ProtocolField::value, value.isString() ? value : QJsonValue());
    conflict.insert(QStringLiteral("decidedBy"), by);
    conflict.insert(QStringLiteral("decidedAt"), at);
    conflict.insert(ProtocolField::note,
                    note.isNull() ? QJsonValue() : QJsonValue(note.toString()));
    const QString idNumber = conflict.value(ProtocolField::idNumber).toString();
    if (UpstreamStore::appendChange(db, ProtocolValue::conflict, conflictId, idNumber, codes,
                                    conflict, error) == 0)
        return {};
    if (decision == QLatin1String("use-value")) {
        if (!execQuery(q, QStringLiteral("SELECT data FROM recipient WHERE id_number = ?"),
                       {idNumber}, error) ||
            !q.next())
            return {};
        QJsonObject row = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        row.insert(conflict.value(QStringLiteral("field")).toString(), value.toString());
        const QString data = QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
        if (!execQuery(q, QStringLiteral("UPDATE recipient SET data = ? WHERE id_number = ?"),
                       {data, idNumber}, error) ||
            UpstreamStore::appendChange(db, ProtocolValue::recipient, idNumber, idNumber, codes,
                                        row, error) == 0)
            return {};
    }
    *stored = true;
    return {};
}

} // namespace certdesk
