#include "eventingest.h"

#include "conflictdetector.h"
#include "domain/idnumber.h"
#include "eventwriter.h"
#include "faultinjection.h"
#include "pushcontext.h"
#include "pushedeventrules.h"
#include "redaction.h"
#include "sync/protocolfields.h"
#include "verification/bigdatacertification.h"

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

// Takes back what was written since the savepoint `name`, leaving the push's
// transaction open.
void undo(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(name));
    q.exec(QStringLiteral("RELEASE %1").arg(name));
}

QJsonObject serverError(const QString &uuid)
{
    QJsonObject r = rejected(uuid, QStringLiteral("server-error"),
                             QStringLiteral("The server could not store this event; it is "
                                            "sent again with the next sync."));
    r.insert(ProtocolField::retryable, true);
    return r;
}

bool isDate(const QJsonValue &v)
{
    return v.isUndefined() || QDate::fromString(v.toString(), Qt::ISODate).isValid();
}

bool isBigData(const QJsonObject &e)
{
    return e.value(ProtocolField::kind).toString() == ProtocolValue::verification &&
           e.value(ProtocolField::method).toString() ==
               VerificationTerms::key(VerificationMethod::BigData);
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
        for (const QLatin1String field :
             {ProtocolField::checkDate, ProtocolField::deathDate, ProtocolField::periodStart,
              ProtocolField::periodEnd, ProtocolField::lossDate, ProtocolField::releaseDate}) {
            if (!isDate(e.value(field)))
                return QStringLiteral("%1: not a date (YYYY-MM-DD)").arg(field);
        }
        if (!e.value(ProtocolField::contact).isUndefined() &&
            !e.value(ProtocolField::contact).isObject())
            return QStringLiteral("contact: not an object");
        // Only the contact fields of the protocol: a decision on a conflict
        // writes its field into the person's row (issue 16 point 5).
        const QJsonObject contact = e.value(ProtocolField::contact).toObject();
        for (auto it = contact.begin(); it != contact.end(); ++it) {
            if (!ConflictDetector::contactFields().contains(it.key()))
                return QStringLiteral("contact: '%1' is not a contact field (%2)")
                    .arg(it.key().left(40),
                         ConflictDetector::contactFields().join(QStringLiteral(", ")));
            if (!it.value().isString())
                return QStringLiteral("contact: %1 is not text").arg(it.key());
        }
        const QJsonValue evidence = e.value(ProtocolField::evidence);
        if (!evidence.isUndefined() && !evidence.isArray())
            return QStringLiteral("evidence: not a list");
        if (isBigData(e)) {
            // A big-data certification is the comparison result itself: its uuid
            // must be its natural key's, so no check passes for one.
            const QString problem = BigDataCertification::protocolProblem(
                e.value(ProtocolField::uuid).toString(), idNumber,
                e.value(ProtocolField::bigdataMonth).toString(),
                e.value(ProtocolField::source).toString(),
                QDate::fromString(e.value(ProtocolField::checkDate).toString(), Qt::ISODate),
                e.value(ProtocolField::status).toString());
            if (!problem.isEmpty())
                return problem;
        }
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

QByteArray EventIngest::canonical(const QJsonObject &event)
{
    // QJsonDocument writes an object's keys sorted and Compact has no spaces:
    // the canonical form of the protocol.
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QByteArray EventIngest::hashOf(const QByteArray &canonical)
{
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

QByteArray EventIngest::contentHash(const QJsonObject &event)
{
    return hashOf(canonical(event));
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
    const auto unavailable = [&error]() {
        return Outcome{503,
                       QStringLiteral("unavailable"),
                       Redaction::storeFailure(QStringLiteral("push"), error),
                       {},
                       false};
    };
    if (!db.isValid())
        return unavailable();
    // Read by form first: only well-formed events reach the store.
    QList<QJsonObject> valid;
    for (const QJsonValue &value : events) {
        if (value.isObject() && invalidReason(value.toObject()).isEmpty())
            valid.append(value.toObject());
    }

    // One transaction per push, committed before the answer: nothing is
    // answered "accepted" that is not on disk, a server stopped half-way
    // stores none of the batch (the client, never answered, sends it again),
    // and the store writes each page once per batch rather than once per event.
    const auto failed = [&]() {
        UpstreamStore::rollback(db);
        return unavailable();
    };
    // Issue 19 point 1: the checks read what the batch needs in a few
    // statements (PushContext), the accepted events wait and are written
    // together (EventWriter). An event that reads what the ones before it
    // wrote waits for them to be written: a uuid taken earlier in this push
    // (its duplicate answer names the change), a decision on a conflict, a
    // big-data certification (its import batch is counted in the store).
    PushContext context(db, caller, m_vault);
    std::unique_lock<std::mutex> lock(UpstreamStore::writeMutex(), std::defer_lock);
    if (m_store.driver() == UpstreamStore::Driver::Postgres) {
        // Point 2: on PostgreSQL those reads come before the change order is
        // taken, so pushes arriving together read side by side and hold the
        // order only to check and write. Once it is held, a change written
        // since the reads to one of the batch's people or uuids means they
        // may be out of date: read again (rare: two desks, one person).
        if (!UpstreamStore::beginReading(db, &error))
            return unavailable();
        if (!context.load(valid, &error))
            return failed();
        lock.lock();
        if (!UpstreamStore::takeChangeOrder(db, &error))
            return unavailable();
        const auto moved = context.changedSinceLoad(&error);
        if (!moved)
            return failed();
        if (*moved) {
            context.clear();
            if (!context.load(valid, &error))
                return failed();
        }
    } else {
        lock.lock();
        if (!m_store.begin(db, &error))
            return unavailable();
        if (!context.load(valid, &error))
            return failed();
    }
    // A cursor beyond the store's last change (only a confused or hostile
    // client sends one): the conflict checks compare it with the numbers of
    // this push's own events, so each is written before the next is checked.
    bool eachAlone = since > context.maxSeq();
    QList<QJsonObject> answers(events.size());
    QList<AcceptedEvent> waiting;
    bool broken = false;
    // Writes the waiting events; -1 when done, else the index to check again
    // from (the batch failed and was rolled back).
    const auto flush = [&]() -> int {
        if (waiting.isEmpty())
            return -1;
        if (!savepoint(db, QStringLiteral("SAVEPOINT batch"), &error)) {
            broken = true;
            return -1;
        }
        if (EventWriter::write(db, caller, waiting, &error) &&
            savepoint(db, QStringLiteral("RELEASE batch"), &error)) {
            for (const AcceptedEvent &a : std::as_const(waiting)) {
                answers[a.index].insert(ProtocolField::seq, a.seq);
                context.written(a.uuid, a.seq);
            }
            waiting.clear();
            return -1;
        }
        Redaction::storeFailure(QStringLiteral("push of a batch"), error);
        error.clear();
        undo(db, QStringLiteral("batch"));
        const int from = waiting.constFirst().index;
        waiting.clear();
        return from;
    };
    Outcome outcome;
    int next = 0;
    for (;;) {
        int again = -1;
        for (; next < events.size() && !outcome.drop && !broken; ++next) {
            const QJsonValue &value = events.at(next);
            if (!value.isObject()) {
                answers[next] = rejected(QString(), QStringLiteral("invalid"),
                                         QStringLiteral("an event is not a JSON object"));
                continue;
            }
            const QJsonObject e = value.toObject();
            const QString uuid = e.value(ProtocolField::uuid).toString();
            const QString reason = invalidReason(e);
            if (!reason.isEmpty()) {
                answers[next] = rejected(uuid, QStringLiteral("invalid"), reason);
                continue;
            }
            const bool resolution =
                e.value(ProtocolField::kind).toString() == ProtocolValue::resolution;
            if (context.pending(uuid) || resolution || isBigData(e)) {
                again = flush();
                if (again >= 0 || broken)
                    break;
            }
            Checked checked = check(context, db, caller, e, next, since);
            answers[next] = checked.answer;
            if (!checked.accepted)
                continue;
            AcceptedEvent &a = *checked.accepted;
            if (eachAlone || resolution) {
                bool stored = false;
                answers[next] = writeAlone(db, caller, a, checked.answer, &stored, &broken);
                if (!stored)
                    continue;
                context.taken(e, a.contentHash, caller.device);
                context.written(a.uuid, a.seq);
                if (resolution)
                    context.forget(a.idNumber); // a decision may change the person's row
            } else {
                context.taken(e, a.contentHash, caller.device);
                waiting.append(a);
            }
            // drop-after-events: the rest of the batch is not taken and the
            // connection breaks after the commit, before the answer.
            if (FaultInjection::eventStored())
                outcome.drop = true;
        }
        if (again < 0 && !broken)
            again = flush();
        if (broken)
            return failed();
        if (again < 0)
            break;
        // A store failure while writing the batch: its events are checked
        // again, each written alone, so the one that fails is answered
        // "server-error" and the others as before (issue 16 point 6).
        eachAlone = true;
        outcome.drop = false;
        next = again;
        context.clear();
        if (!context.load(valid, &error))
            return failed();
    }
    if (!UpstreamStore::commit(db, &error))
        return unavailable();
    QJsonArray results;
    for (const QJsonObject &answer : std::as_const(answers)) {
        if (answer.isEmpty())
            break; // not taken (drop-after-events)
        results.append(answer);
    }
    outcome.body = {{ProtocolField::results, results}};
    return outcome;
}

EventIngest::Checked EventIngest::check(PushContext &context, QSqlDatabase &db,
                                        const Caller &caller, const QJsonObject &e, int index,
                                        qint64 since) const
{
    const QString uuid = e.value(ProtocolField::uuid).toString();
    const QString kind = e.value(ProtocolField::kind).toString();
    const QString idNumber = e.value(ProtocolField::idNumber).toString();
    QString error;
    // A store failure on one event is that event's answer (retry later),
    // never the whole push's (issue 16 point 6).
    const auto fail = [&]() {
        Redaction::storeFailure(QStringLiteral("push of one event"), error);
        return Checked{serverError(uuid), std::nullopt};
    };
    // One answer for a person the server does not know and one outside the
    // caller's jurisdiction: a push is no way to learn who draws a pension
    // elsewhere (issue 16 point 6). The ID number is masked.
    const PersonOnServer *person = context.person(idNumber, &error);
    if (!person)
        return fail();
    if (!person->known || !caller.scope.contains(person->codes))
        return {rejected(uuid, QStringLiteral("unknown-person"),
                         QStringLiteral("%1 is not on the roster of your jurisdiction")
                             .arg(Redaction::maskIdNumbers(idNumber))),
                std::nullopt};
    // Written once: hashed here, stored as the event's payload and inside its
    // change (EventWriter), where three writes of it were a fifth of the
    // server's time in a push (issue 19 point 1).
    const QByteArray form = canonical(e);
    const QString hash = QString::fromLatin1(hashOf(form));
    const auto stored = context.stored(uuid, &error);
    if (!error.isEmpty())
        return fail();
    if (stored) {
        // A big-data certification is named by its natural key: the same result
        // ingested here or pushed by another desk is the same event, whoever
        // recorded it and when.
        if (stored->contentHash == hash || isBigData(e))
            return {{{ProtocolField::uuid, uuid},
                     {ProtocolField::status, QStringLiteral("duplicate")},
                     {ProtocolField::seq, stored->seq}},
                    std::nullopt};
        return {
            rejected(uuid, QStringLiteral("uuid-reused"),
                     QStringLiteral("an event with this uuid is stored with different content")),
            std::nullopt};
    }
    // The desk's rules (issue 16 point 1), before any file is asked for.
    const QString broken = PushedEventRules::problem(db, caller, e, *person, &error);
    if (!error.isEmpty())
        return fail();
    if (!broken.isEmpty())
        return {rejected(uuid, QStringLiteral("invalid"), Redaction::maskIdNumbers(broken)),
                std::nullopt};
    QStringList contents;
    QJsonArray missing;
    for (const QJsonValue &item : e.value(ProtocolField::evidence).toArray()) {
        const QString content = item.toObject().value(QStringLiteral("content")).toString();
        if (contents.contains(content))
            continue;
        contents.append(content);
        const auto held = context.held(content, &error);
        if (!held)
            return fail();
        if (!*held)
            missing.append(content);
    }
    if (!missing.isEmpty()) {
        QJsonObject r = rejected(
            uuid, QStringLiteral("evidence-missing"),
            QStringLiteral("%1 evidence file(s) are not on the server yet").arg(missing.size()));
        r.insert(ProtocolField::retryable, true);
        r.insert(ProtocolField::missing, missing);
        return {r, std::nullopt};
    }
    AcceptedEvent a;
    a.index = index;
    a.uuid = uuid;
    a.kind = kind;
    a.idNumber = idNumber;
    a.contentHash = hash;
    a.receivedAt = UpstreamStore::nowIso();
    a.codes = person->codes;
    a.event = e;
    a.payload = form;
    a.contents = contents;
    if (kind == ProtocolValue::verification)
        a.conflicts = ConflictDetector::detect(e, *person, caller.device, since);
    QJsonObject answer{{ProtocolField::uuid, uuid},
                       {ProtocolField::status, QStringLiteral("accepted")}};
    if (!a.conflicts.isEmpty()) {
        QJsonArray conflictJson;
        for (const QJsonObject &c : std::as_const(a.conflicts))
            conflictJson.append(c);
        answer.insert(ProtocolField::status, QStringLiteral("conflict"));
        answer.insert(ProtocolField::conflicts, conflictJson);
    }
    return {answer, a};
}

QJsonObject EventIngest::writeAlone(QSqlDatabase &db, const Caller &caller, AcceptedEvent &a,
                                    const QJsonObject &answer, bool *stored, bool *broken) const
{
    *stored = false;
    QString error;
    if (!savepoint(db, QStringLiteral("SAVEPOINT event"), &error)) {
        *broken = true;
        return {};
    }
    QList<AcceptedEvent> one{a};
    if (!EventWriter::write(db, caller, one, &error)) {
        Redaction::storeFailure(QStringLiteral("push of one event"), error);
        undo(db, QStringLiteral("event"));
        return serverError(a.uuid);
    }
    a.seq = one.constFirst().seq;
    if (a.kind == ProtocolValue::resolution) {
        bool decided = true;
        const QJsonObject refusal = resolve(db, caller, a.event, a.codes, &decided, &error);
        if (!error.isEmpty()) {
            Redaction::storeFailure(QStringLiteral("push of one event"), error);
            undo(db, QStringLiteral("event"));
            return serverError(a.uuid);
        }
        if (!decided) {
            undo(db, QStringLiteral("event"));
            return refusal;
        }
    }
    if (!savepoint(db, QStringLiteral("RELEASE event"), &error)) {
        *broken = true;
        return {};
    }
    *stored = true;
    QJsonObject result = answer;
    result.insert(ProtocolField::seq, a.seq);
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
    if (decision.startsWith(QLatin1String("use-"))) {
        // The value kept is one of the two sides, nothing else (issue 16 point 5).
        QStringList sides;
        for (const QJsonValue &side : conflict.value(ProtocolField::values).toArray()) {
            QString v = side.toObject().value(ProtocolField::value).toString();
            if (decision == QLatin1String("use-date") && v.startsWith(QLatin1String("deceased ")))
                v = v.mid(9);
            sides.append(v);
        }
        if (!sides.contains(value.toString()))
            return rejected(uuid, QStringLiteral("invalid"),
                            QStringLiteral("value: a decision keeps one of the conflict's two "
                                           "values"));
        if (decision == QLatin1String("use-value") &&
            !ConflictDetector::contactFields().contains(
                conflict.value(QStringLiteral("field")).toString()))
            return rejected(uuid, QStringLiteral("invalid"),
                            QStringLiteral("field: not a contact field"));
    }
    // Who decided and when: the signed-in user and the server's clock; the
    // event's own `by` and `at` are not taken.
    const QString by = caller.user;
    const QString at = UpstreamStore::nowIso();
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
