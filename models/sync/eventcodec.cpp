#include "eventcodec.h"
#include "protocolfields.h"
#include "store/sqlvalues.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace certdesk
{

namespace
{

struct Field {
    QLatin1String json;
    const char *column;
    bool integer = false;
};

// JSON key -> column. Contact fields of a check travel in a "contact" object.
const Field kVerification[] = {
    {ProtocolField::checkDate, "check_date"},
    {ProtocolField::occurredAt, "occurred_at"},
    {ProtocolField::recordedAt, "recorded_at"},
    {ProtocolField::method, "method"},
    {ProtocolField::status, "living_status"},
    {ProtocolField::deathDate, "death_date"},
    {ProtocolField::deathSource, "death_source"},
    {ProtocolField::lossReason, "loss_reason"},
    {ProtocolField::worker, "worker"},
    {ProtocolField::note, "note"},
    {ProtocolField::corrects, "corrects"},
    {ProtocolField::batchId, "batch_id"},
    {ProtocolField::periodStart, "period_start"},
    {ProtocolField::periodEnd, "period_end"},
    {ProtocolField::source, "source"},
    {ProtocolField::bigdataMonth, "bigdata_month"},
    {ProtocolField::importBatch, "import_batch"},
    {ProtocolField::lossDate, "loss_date"},
    {ProtocolField::releaseDate, "release_date"},
};
const Field kContact[] = {
    {ProtocolField::phone, "phone"},
    {ProtocolField::householdAddress, "household_address"},
    {ProtocolField::residenceAddress, "residence_address"},
    {ProtocolField::residenceType, "residence_type"},
};
const Field kLifecycle[] = {
    {ProtocolField::step, "kind"},
    {ProtocolField::eventDate, "event_date"},
    {ProtocolField::effectiveMonth, "effective_month"},
    {ProtocolField::reason, "reason"},
    {ProtocolField::cause, "cause"},
    {ProtocolField::actor, "actor"},
    {ProtocolField::approvedBy, "approved_by"},
    {ProtocolField::objector, "objector"},
    {ProtocolField::amountFen, "amount_fen", true},
    {ProtocolField::months, "months", true},
    {ProtocolField::firstMonth, "first_month"},
    {ProtocolField::lastMonth, "last_month"},
    {ProtocolField::deadline, "deadline"},
    {ProtocolField::instalments, "instalments", true},
    {ProtocolField::ref, "ref"},
    {ProtocolField::recordedAt, "recorded_at"},
};

template <size_t N> QStringList columnsOf(const Field (&fields)[N])
{
    QStringList out;
    for (const Field &f : fields)
        out << QLatin1String(f.column);
    return out;
}

QString tableOf(EventCodec::Kind kind)
{
    return kind == EventCodec::Kind::Verification ? QStringLiteral("verification_event")
                                                  : QStringLiteral("lifecycle_event");
}

// Empty text is left out, as the protocol says of optional fields.
template <size_t N>
void putFields(QJsonObject &out, const Field (&fields)[N], const QSqlQuery &q, int first,
               bool keepEmpty)
{
    for (size_t i = 0; i < N; ++i) {
        const QVariant v = q.value(first + int(i));
        if (fields[i].integer)
            out.insert(fields[i].json, v.toLongLong());
        else if (!v.isNull() && (keepEmpty || !v.toString().isEmpty()))
            out.insert(fields[i].json, v.toString());
    }
}

template <size_t N> void bindFields(QSqlQuery &q, const Field (&fields)[N], const QJsonObject &in)
{
    for (const Field &f : fields) {
        const QJsonValue v = in.value(f.json);
        if (f.integer)
            q.addBindValue(v.toInteger());
        else
            q.addBindValue(v.isString() ? QVariant(v.toString()) : QVariant());
    }
}

} // namespace

EventCodec::EventCodec(const QSqlDatabase &connection) : m_connection(connection) {}

EventCodec::~EventCodec() = default;

QSqlQuery &EventCodec::statement(const QString &key, const std::function<QString()> &sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        it = m_statements.emplace(key, QSqlQuery(m_connection)).first;
        it->second.prepare(sql());
    }
    return it->second;
}

QString EventCodec::kindKey(Kind kind)
{
    return kind == Kind::Verification ? QStringLiteral("verification")
                                      : QStringLiteral("lifecycle");
}

bool EventCodec::addImportBatch(QJsonObject &event, QString *error)
{
    // "batch-N": a batch this desk imported and approved (BigDataImport::approve).
    static const QRegularExpression local(QStringLiteral("^batch-(\\d+)$"));
    const QRegularExpressionMatch m =
        local.match(event.value(ProtocolField::importBatch).toString());
    if (!m.hasMatch())
        return true;
    QSqlQuery &batch = statement(QStringLiteral("import batch"), [] {
        return QStringLiteral("SELECT qualified, uuid FROM import_batch WHERE id = ?");
    });
    batch.bindValue(0, m.captured(1).toLongLong());
    if (!sqlvalue::exec(batch, error))
        return false;
    if (!batch.next())
        return true;
    event.insert(ProtocolField::batchQualified, batch.value(0).toInt());
    // The server counts the approvals given there for this uuid (GD 9).
    if (!batch.value(1).isNull())
        event.insert(ProtocolField::batchUuid, batch.value(1).toString());
    batch.finish();
    QSqlQuery &approvals = statement(QStringLiteral("import approvals"), [] {
        // In the order given (BigDataImport::approve lets them come only street
        // first, then county); two in the same millisecond by that order.
        return QStringLiteral("SELECT approved_by, level FROM import_approval WHERE batch_id = ? "
                              "ORDER BY approved_at, CASE level WHEN 'county' THEN 2 WHEN "
                              "'street' THEN 1 ELSE 0 END");
    });
    approvals.bindValue(0, m.captured(1).toLongLong());
    if (!sqlvalue::exec(approvals, error))
        return false;
    QJsonArray given;
    while (approvals.next())
        given.append(QJsonObject{{ProtocolField::user, approvals.value(0).toString()},
                                 {ProtocolField::level, approvals.value(1).toString()}});
    approvals.finish();
    event.insert(ProtocolField::batchApprovals, given);
    return true;
}

QJsonObject EventCodec::read(Kind kind, const QString &uuid, const ContentOf &contentOf,
                             QString *error)
{
    const bool check = kind == Kind::Verification;
    QSqlQuery &q = statement(QStringLiteral("read ") + kindKey(kind), [&] {
        QStringList columns = check ? columnsOf(kVerification) : columnsOf(kLifecycle);
        if (check)
            columns << columnsOf(kContact);
        return QStringLiteral(
                   "SELECT r.id_number, e.%1 FROM %2 e JOIN recipient r ON r.id = e.recipient_id "
                   "WHERE e.uuid = ?")
            .arg(columns.join(QStringLiteral(", e.")), tableOf(kind));
    });
    q.bindValue(0, uuid);
    if (!sqlvalue::exec(q, error))
        return {};
    if (!q.next()) {
        if (error)
            *error = QStringLiteral("event %1 not found").arg(uuid);
        return {};
    }
    QJsonObject event{{ProtocolField::uuid, uuid},
                      {ProtocolField::kind, kindKey(kind)},
                      {ProtocolField::idNumber, q.value(0).toString()}};
    if (!check) {
        putFields(event, kLifecycle, q, 1, false);
        q.finish();
        return event;
    }
    putFields(event, kVerification, q, 1, false);
    // A contact field set to "" was cleared by the check: that is a change too.
    QJsonObject contact;
    putFields(contact, kContact, q, 1 + int(std::size(kVerification)), true);
    q.finish();
    if (!contact.isEmpty())
        event.insert(ProtocolField::contact, contact);
    if (!addImportBatch(event, error))
        return {};

    QSqlQuery &files = statement(QStringLiteral("files"), [] {
        return QStringLiteral("SELECT f.sha256, x.kind, f.original_name, f.format, f.width, "
                              "f.height, f.bytes, f.captured_at, "
                              "f.has_original FROM event_evidence x JOIN evidence f ON f.sha256 = "
                              "x.sha256 WHERE x.event_uuid = ? "
                              "ORDER BY f.sha256");
    });
    files.bindValue(0, uuid);
    if (!sqlvalue::exec(files, error))
        return {};
    QJsonArray evidence;
    while (files.next()) {
        const QString sha = files.value(0).toString();
        QJsonObject item{{QStringLiteral("sha256"), sha},
                         {QStringLiteral("content"), contentOf(sha, files.value(8).toInt() != 0)},
                         {ProtocolField::kind, files.value(1).toString()},
                         {ProtocolField::name, files.value(2).toString()},
                         {QStringLiteral("format"), files.value(3).toString()},
                         {QStringLiteral("width"), files.value(4).toInt()},
                         {QStringLiteral("height"), files.value(5).toInt()},
                         {QStringLiteral("bytes"), files.value(6).toLongLong()}};
        if (!files.value(7).toString().isEmpty())
            item.insert(QStringLiteral("capturedAt"), files.value(7).toString());
        evidence.append(item);
    }
    files.finish();
    event.insert(ProtocolField::evidence, evidence);
    return event;
}

bool EventCodec::insert(Kind kind, const QJsonObject &event, qint64 recipientId, QString *error)
{
    const QSqlDatabase &c = m_connection;
    const bool check = kind == Kind::Verification;
    QStringList columns = check ? columnsOf(kVerification) : columnsOf(kLifecycle);
    if (check)
        columns << columnsOf(kContact);
    columns << QStringLiteral("uuid") << QStringLiteral("recipient_id");
    QSqlQuery q(c);
    q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                  .arg(tableOf(kind), columns.join(QStringLiteral(", ")),
                       QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    if (check) {
        bindFields(q, kVerification, event);
        bindFields(q, kContact, event.value(ProtocolField::contact).toObject());
    } else {
        bindFields(q, kLifecycle, event);
    }
    q.addBindValue(event.value(ProtocolField::uuid).toString());
    q.addBindValue(recipientId);
    if (!sqlvalue::exec(q, error))
        return false;
    if (!check)
        return true;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QJsonValue &v : event.value(ProtocolField::evidence).toArray()) {
        const QJsonObject item = v.toObject();
        const QString sha = item.value(QStringLiteral("sha256")).toString();
        QSqlQuery file(c);
        file.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO evidence(sha256, original_name, format, width, height, "
            "bytes, captured_at, has_original, added_at) VALUES(?,?,?,?,?,?,?,0,?)"));
        file.addBindValue(sha);
        file.addBindValue(item.value(ProtocolField::name).toString());
        file.addBindValue(item.value(QStringLiteral("format")).toString());
        file.addBindValue(item.value(QStringLiteral("width")).toInt());
        file.addBindValue(item.value(QStringLiteral("height")).toInt());
        file.addBindValue(item.value(QStringLiteral("bytes")).toInteger());
        const QString captured = item.value(QStringLiteral("capturedAt")).toString();
        file.addBindValue(captured.isEmpty() ? QVariant() : QVariant(captured));
        file.addBindValue(now);
        QSqlQuery use(c);
        use.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO event_evidence(event_uuid, sha256, kind) VALUES(?,?,?)"));
        use.addBindValue(event.value(ProtocolField::uuid).toString());
        use.addBindValue(sha);
        use.addBindValue(item.value(ProtocolField::kind).toString());
        if (!sqlvalue::exec(file, error) || !sqlvalue::exec(use, error))
            return false;
    }
    return true;
}

} // namespace certdesk
