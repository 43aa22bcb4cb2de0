#include "eventwriter.h"

#include "conflictdetector.h"
#include "sync/protocolfields.h"

#include <QHash>
#include <QJsonDocument>

namespace certdesk
{

namespace
{
QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void changeRow(QVariantList &values, const QString &type, const QString &key,
               const AcceptedEvent &e, const QString &data, const QString &now)
{
    values << type << key << orNull(e.idNumber) << orNull(e.codes.district)
           << orNull(e.codes.street) << orNull(e.codes.community) << data << now;
}

// An event's change: {"device", "event", "receivedAt", "user"}, the text
// QJsonDocument writes for that object (keys sorted, Compact), with the
// event's canonical form spliced in rather than written a second time.
QString eventChange(const Caller &caller, const AcceptedEvent &e)
{
    QByteArray out = QJsonDocument(QJsonObject{{ProtocolField::device, caller.device}})
                         .toJson(QJsonDocument::Compact);
    out.chop(1); // the closing brace
    out += ",\"";
    out.append(ProtocolField::event.data(), ProtocolField::event.size());
    out += "\":";
    out += e.payload;
    out += ',';
    out += QJsonDocument(QJsonObject{{QStringLiteral("receivedAt"), e.receivedAt},
                                     {ProtocolField::user, caller.user}})
               .toJson(QJsonDocument::Compact)
               .mid(1); // without the opening brace
    return QString::fromUtf8(out);
}
} // namespace

bool EventWriter::write(QSqlDatabase &db, const Caller &caller, QList<AcceptedEvent> &events,
                        QString *error)
{
    if (events.isEmpty())
        return true;
    const QString now = UpstreamStore::nowIso();
    QVariantList changes;
    QList<QJsonObject> conflicts;
    for (const AcceptedEvent &e : std::as_const(events)) {
        changeRow(changes, ProtocolValue::event, e.uuid, e, eventChange(caller, e), now);
        for (const QJsonObject &c : e.conflicts) {
            changeRow(changes, ProtocolValue::conflict, c.value(QStringLiteral("id")).toString(), e,
                      compact(c), now);
            conflicts.append(c);
        }
    }
    // The numbers come back by (type, key): a multi-row RETURNING names no order.
    QHash<QString, qint64> seqs;
    if (!insertRows(
            db,
            QStringLiteral("INSERT INTO change (type, key, id_number, district_code, street_code, "
                           "community_code, data, created_at)"),
            8, changes, error, QStringLiteral(" RETURNING seq, type, key"), [&](QSqlQuery &q) {
                while (q.next())
                    seqs.insert(q.value(1).toString() + QLatin1Char('/') + q.value(2).toString(),
                                q.value(0).toLongLong());
            }))
        return false;
    QVariantList rows, links;
    for (AcceptedEvent &e : events) {
        e.seq = seqs.value(QString(ProtocolValue::event) + QLatin1Char('/') + e.uuid);
        if (e.seq == 0) {
            *error = QStringLiteral("the change of event %1 was not numbered").arg(e.uuid);
            return false;
        }
        rows << e.uuid << e.seq << e.kind << e.idNumber << caller.device << caller.user
             << e.contentHash << QString::fromUtf8(e.payload) << e.receivedAt;
        for (const QString &content : std::as_const(e.contents))
            links << e.uuid << content;
    }
    const AcceptedEvent &last = events.constLast();
    QSqlQuery q(db);
    return insertRows(db,
                      QStringLiteral("INSERT INTO event (uuid, seq, kind, id_number, device, "
                                     "user_name, content_hash, payload, received_at)"),
                      9, rows, error) &&
           insertRows(db, QStringLiteral("INSERT INTO event_evidence (event_uuid, content_hash)"),
                      2, links, error) &&
           ConflictDetector::store(db, conflicts, error) &&
           execQuery(q,
                     QStringLiteral("UPDATE device SET last_push_at = ?, last_event_uuid = ?, "
                                    "events_total = events_total + ? WHERE id = ?"),
                     {last.receivedAt, last.uuid, events.size(), caller.device}, error);
}

} // namespace certdesk
