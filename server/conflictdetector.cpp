#include "conflictdetector.h"
#include "sync/protocolfields.h"

#include <QJsonDocument>
#include <algorithm>

namespace certdesk
{

namespace
{
struct Side {
    QString value;
    QString at;
    QString uuid;
    QString device;
    QJsonObject toJson() const
    {
        return {{ProtocolField::value, value},
                {ProtocolField::at, at},
                {ProtocolField::uuid, uuid},
                {ProtocolField::device, device}};
    }
};

QJsonObject makeConflict(const QString &type, const QString &field, const QJsonObject &event,
                         const Side &mine, const Side &other)
{
    const QString uuid = event.value(ProtocolField::uuid).toString();
    QJsonArray values;
    // Both sides, the newer last (clients show the newer value until decided).
    if (other.at <= mine.at)
        values = {other.toJson(), mine.toJson()};
    else
        values = {mine.toJson(), other.toJson()};
    const QString id = QStringLiteral("c-%1-%2").arg(uuid, field.isEmpty() ? type : field);
    return {{QStringLiteral("id"), id},
            {ProtocolField::type, type},
            {ProtocolField::idNumber, event.value(ProtocolField::idNumber)},
            {QStringLiteral("field"), field.isEmpty() ? QJsonValue() : QJsonValue(field)},
            {QStringLiteral("eventUuid"), uuid},
            {QStringLiteral("otherUuid"), other.uuid},
            {ProtocolField::values, values},
            {QStringLiteral("state"), QStringLiteral("open")},
            {ProtocolField::decision, QJsonValue()},
            {ProtocolField::value, QJsonValue()},
            {QStringLiteral("decidedBy"), QJsonValue()},
            {QStringLiteral("decidedAt"), QJsonValue()},
            {ProtocolField::note, QJsonValue()}};
}
} // namespace

QString ConflictDetector::eventTime(const QJsonObject &event)
{
    for (const QLatin1String key : {ProtocolField::occurredAt, ProtocolField::recordedAt,
                                    ProtocolField::checkDate, ProtocolField::at}) {
        const QString v = event.value(key).toString();
        if (!v.isEmpty())
            return v;
    }
    return QString();
}

const QStringList &ConflictDetector::contactFields()
{
    static const QStringList fields{ProtocolField::phone, ProtocolField::householdAddress,
                                    ProtocolField::residenceAddress, ProtocolField::residenceType};
    return fields;
}

QList<QJsonObject> ConflictDetector::detect(const QJsonObject &event, const PersonOnServer &person,
                                            const QString &device, qint64 since)
{
    QList<QJsonObject> found;
    const Side mine{QString(), eventTime(event), event.value(ProtocolField::uuid).toString(),
                    device};

    // Deaths on record: district status changes and accepted events.
    QList<Side> deaths;
    for (const QJsonObject &s : person.statuses) {
        if (s.value(ProtocolField::status).toString() != ProtocolValue::deceased)
            continue;
        QString date = s.value(ProtocolField::deathDate).toString();
        if (date.isEmpty())
            date = s.value(QStringLiteral("date")).toString();
        deaths.append({date, s.value(QStringLiteral("date")).toString(),
                       s.value(ProtocolField::uuid).toString(),
                       QStringLiteral("upstream")}); // recorded on the server, by no device
    }
    const QList<StoredCheck> &others = person.checks;
    for (const StoredCheck &e : others) {
        if (e.event.value(ProtocolField::status).toString() == ProtocolValue::deceased)
            deaths.append({e.event.value(ProtocolField::deathDate).toString(), eventTime(e.event),
                           e.event.value(ProtocolField::uuid).toString(), e.device});
    }

    const QString status = event.value(ProtocolField::status).toString();
    const QString checkDate = event.value(ProtocolField::checkDate).toString();
    if (status == ProtocolValue::alive && !checkDate.isEmpty()) {
        for (const Side &death : deaths) {
            if (!death.value.isEmpty() && checkDate > death.value) {
                Side me = mine;
                me.value = QStringLiteral("alive");
                Side other = death;
                other.value = QStringLiteral("deceased %1").arg(death.value);
                found.append(
                    makeConflict(QStringLiteral("alive-after-death"), QString(), event, me, other));
                break;
            }
        }
    }
    const QString deathDate = event.value(ProtocolField::deathDate).toString();
    if (status == ProtocolValue::deceased && !deathDate.isEmpty()) {
        for (const Side &death : deaths) {
            if (!death.value.isEmpty() && death.value != deathDate) {
                Side me = mine;
                me.value = deathDate;
                found.append(
                    makeConflict(QStringLiteral("death-date"), QString(), event, me, death));
                break;
            }
        }
    }
    const QJsonObject contact = event.value(ProtocolField::contact).toObject();
    for (auto it = contact.begin(); it != contact.end(); ++it) {
        if (!contactFields().contains(it.key()))
            continue;
        const QString value = it.value().toString();
        // The latest unseen disagreeing event from another device wins the comparison.
        for (auto e = others.crbegin(); e != others.crend(); ++e) {
            if (e->device == device || e->seq <= since)
                continue;
            const QJsonValue theirs =
                e->event.value(ProtocolField::contact).toObject().value(it.key());
            if (theirs.isUndefined() || theirs.toString() == value)
                continue;
            Side me = mine;
            me.value = value;
            const Side other{theirs.toString(), eventTime(e->event),
                             e->event.value(ProtocolField::uuid).toString(), e->device};
            found.append(makeConflict(QStringLiteral("contact-field"), it.key(), event, me, other));
            break;
        }
    }
    return found;
}

QString ConflictDetector::selectColumns()
{
    return QStringLiteral(
        "id, type, id_number, field, event_uuid, other_uuid, conflict_values, state, decision, "
        "chosen_value, decided_by, decided_at, note");
}

QJsonObject ConflictDetector::fromRow(const QSqlQuery &q)
{
    const auto orNull = [&q](int i) {
        return q.value(i).isNull() ? QJsonValue() : QJsonValue(q.value(i).toString());
    };
    return {
        {QStringLiteral("id"), q.value(0).toString()},
        {ProtocolField::type, q.value(1).toString()},
        {ProtocolField::idNumber, q.value(2).toString()},
        {QStringLiteral("field"), orNull(3)},
        {QStringLiteral("eventUuid"), q.value(4).toString()},
        {QStringLiteral("otherUuid"), orNull(5)},
        {ProtocolField::values, QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array()},
        {QStringLiteral("state"), q.value(7).toString()},
        {ProtocolField::decision, orNull(8)},
        {ProtocolField::value, orNull(9)},
        {QStringLiteral("decidedBy"), orNull(10)},
        {QStringLiteral("decidedAt"), orNull(11)},
        {ProtocolField::note, orNull(12)}};
}

bool ConflictDetector::store(QSqlDatabase &db, const QList<QJsonObject> &conflicts, QString *error)
{
    QVariantList values;
    const QString now = UpstreamStore::nowIso();
    for (const QJsonObject &c : conflicts) {
        const QVariant field = c.value(QStringLiteral("field")).isNull()
                                   ? QVariant(QMetaType(QMetaType::QString))
                                   : QVariant(c.value(QStringLiteral("field")).toString());
        values << c.value(QStringLiteral("id")).toString()
               << c.value(ProtocolField::type).toString()
               << c.value(ProtocolField::idNumber).toString() << field
               << c.value(QStringLiteral("eventUuid")).toString()
               << c.value(QStringLiteral("otherUuid")).toString()
               << QString::fromUtf8(QJsonDocument(c.value(ProtocolField::values).toArray())
                                        .toJson(QJsonDocument::Compact))
               << QStringLiteral("open") << now;
    }
    return insertRows(db,
                      QStringLiteral("INSERT INTO conflict (id, type, id_number, field, "
                                     "event_uuid, other_uuid, conflict_values, state, created_at)"),
                      9, values, error);
}

} // namespace certdesk
