#include "changeapplier.h"

#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "eventcodec.h"
#include "protocolfields.h"
#include "store/database.h"
#include "store/namesearch.h"
#include "store/personstate.h"
#include "store/recipientrepository.h"
#include "store/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace certdesk
{

namespace
{
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(text(o, key), Qt::ISODate);
}
} // namespace

ChangeApplier::ChangeApplier(const Database &db, const PolicyProfile &profile)
    : m_db(db), m_profile(profile), m_repo(std::make_unique<RecipientRepository>(db, profile)),
      m_lookup(std::make_unique<QSqlQuery>(db.connection())),
      m_state(std::make_unique<PersonState>(db, profile))
{
    m_lookup->prepare(QStringLiteral("SELECT id FROM recipient WHERE id_number = ?"));
}

ChangeApplier::~ChangeApplier() = default;

qint64 ChangeApplier::recipientFor(const QString &idNumber) const
{
    m_lookup->bindValue(0, idNumber);
    const qint64 id = m_lookup->exec() && m_lookup->next() ? m_lookup->value(0).toLongLong() : 0;
    m_lookup->finish();
    return id;
}

bool ChangeApplier::apply(const QJsonObject &change, QString *error)
{
    const QString type = change.value(ProtocolField::type).toString();
    const QJsonObject data = change.value(ProtocolField::data).toObject();
    const qint64 seq = change.value(ProtocolField::seq).toInteger();
    if (type == ProtocolValue::jurisdiction)
        return applyJurisdiction(data, error);
    if (type == ProtocolValue::recipient)
        return applyRecipient(data, error);
    if (type == ProtocolValue::bigdata)
        return applyBigData(data, error);
    if (type == ProtocolValue::status)
        return applyStatus(data, seq, error);
    if (type == ProtocolValue::event)
        return applyEvent(data, seq, error);
    if (type == ProtocolValue::conflict)
        return storeConflict(data, seq, error);
    // A newer server may send kinds this version does not know: skipping them
    // keeps the cursor moving; the protocol version guards breaking changes.
    return true;
}

bool ChangeApplier::applyJurisdiction(const QJsonObject &d, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO jurisdiction(code, parent_code, level, name) VALUES(?,?,?,?) "
                       "ON CONFLICT(code) DO UPDATE SET parent_code = excluded.parent_code, "
                       "level = excluded.level, name = excluded.name"));
    q.addBindValue(text(d, "code"));
    q.addBindValue(sqlvalue::textOrNull(text(d, "parent")));
    q.addBindValue(d.value(ProtocolField::level).toInt());
    q.addBindValue(text(d, "name"));
    return sqlvalue::exec(q, error);
}

bool ChangeApplier::applyRecipient(const QJsonObject &d, QString *error)
{
    Recipient r;
    r.idNumber = text(d, "idNumber");
    if (!IdNumber::parse(r.idNumber).isValid()) {
        if (error)
            *error = tr("The server sent a person with an invalid ID number (%1).").arg(r.idNumber);
        return false;
    }
    r.name = text(d, "name");
    r.birth = date(d, "birthDate");
    const QString sex = text(d, "sex");
    r.sex = sex.isEmpty() ? QLatin1Char('M') : sex.at(0);
    r.category =
        BenefitCategories::fromKey(text(d, "category")).value_or(BenefitCategory::Enterprise);
    r.districtCode = text(d, "district");
    r.streetCode = text(d, "street");
    r.communityCode = text(d, "community");
    r.phone = text(d, "phone");
    r.householdAddress = text(d, "householdAddress");
    r.residenceAddress = text(d, "residenceAddress");
    r.residenceType = d.value(ProtocolField::residenceType).toString(QStringLiteral("local"));
    r.benefitStart = date(d, "benefitStart");
    r.lastCertification = date(d, "lastCertDate");
    r.individualMonths = d.value(ProtocolField::individualMonths).toInt();
    r.specialFlags = d.value(ProtocolField::specialFlags).toInt();
    r.monthlyBenefitFen = d.value(ProtocolField::monthlyBenefitFen).toInteger();
    const qint64 id = recipientFor(r.idNumber);
    if (id == 0)
        return m_repo->insert(r, error);
    // The roster fields change; what local events derive is recomputed from them
    // (finish()). The roster's contact data goes to PersonState, the checks' lie over it.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE recipient SET name = ?, name_initials = ?, birth_date = ?, "
                             "sex = ?, category = ?, district_code = ?, "
                             "street_code = ?, community_code = ?, benefit_start = ?, "
                             "last_cert_date = ?, individual_months = ?, "
                             "special_flags = ?, monthly_benefit_fen = ? WHERE id = ?"));
    RecipientRepository::deriveFields(r, m_profile);
    for (const QVariant &v :
         {QVariant(r.name), QVariant(r.nameInitials), sqlvalue::dateOrNull(r.birth),
          QVariant(QString(r.sex)), QVariant(BenefitCategories::key(r.category)),
          QVariant(r.districtCode), QVariant(r.streetCode), QVariant(r.communityCode),
          sqlvalue::dateOrNull(r.benefitStart), sqlvalue::dateOrNull(r.lastCertification),
          QVariant(r.individualMonths), QVariant(r.specialFlags), QVariant(r.monthlyBenefitFen),
          QVariant(id)})
        q.addBindValue(v);
    QSqlQuery name(m_db.connection());
    name.prepare(QStringLiteral("UPDATE recipient_name_fts SET chars = ? WHERE rowid = ?"));
    name.addBindValue(NameSearch::tokens(r.name));
    name.addBindValue(id);
    const ContactFields contact{r.phone, r.householdAddress, r.residenceAddress, r.residenceType};
    if (!sqlvalue::exec(q, error) || !sqlvalue::exec(name, error) ||
        !m_state->setRosterContact(id, contact, error))
        return false;
    m_touched.insert(id);
    return true;
}

bool ChangeApplier::applyBigData(const QJsonObject &d, QString *error)
{
    const qint64 id = recipientFor(text(d, "idNumber"));
    const auto conclusion = BigDataConclusions::fromKey(text(d, "conclusion"));
    if (id == 0 || !conclusion)
        return true; // not on this device, or a conclusion this version does not know
    const BigDataResult result{BigDataConclusions::rank(*conclusion), text(d, "month"),
                               text(d, "detail"), text(d, "source"), text(d, "behaviour")};
    return m_state->applyBigData(id, result, error);
}

bool ChangeApplier::applyStatus(const QJsonObject &d, qint64 seq, QString *error)
{
    const qint64 id = recipientFor(text(d, "idNumber"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO upstream_status(uuid, recipient_id, id_number, status, "
        "status_date, death_date, source, note, seq) VALUES(?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(text(d, "uuid")), id ? QVariant(id) : QVariant(), QVariant(text(d, "idNumber")),
          QVariant(text(d, "status")), sqlvalue::textOrNull(text(d, "date")),
          sqlvalue::textOrNull(text(d, "deathDate")), sqlvalue::textOrNull(text(d, "source")),
          sqlvalue::textOrNull(text(d, "note")), QVariant(seq)})
        q.addBindValue(v);
    if (!sqlvalue::exec(q, error))
        return false;
    if (id != 0)
        m_touched.insert(id);
    return true;
}

bool ChangeApplier::applyEvent(const QJsonObject &d, qint64 seq, QString *error)
{
    const QJsonObject event = d.value(ProtocolField::event).toObject();
    const QString uuid = event.value(ProtocolField::uuid).toString();
    const QString kind = event.value(ProtocolField::kind).toString();
    EventCodec::Kind codecKind;
    QString table;
    if (kind == ProtocolValue::verification) {
        codecKind = EventCodec::Kind::Verification;
        table = QStringLiteral("verification_event");
    } else if (kind == ProtocolValue::lifecycle) {
        codecKind = EventCodec::Kind::Lifecycle;
        table = QStringLiteral("lifecycle_event");
    } else {
        return true; // resolutions come down as conflict changes
    }
    const qint64 id = recipientFor(event.value(ProtocolField::idNumber).toString());
    if (id == 0)
        return true;
    QSqlQuery known(m_db.connection());
    known.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(table));
    known.addBindValue(uuid);
    if (!sqlvalue::exec(known, error))
        return false;
    if (known.next())
        return true; // recorded here, or pulled before
    known.finish();
    if (!m_codec)
        m_codec = std::make_unique<EventCodec>(m_db.connection());
    if (!m_codec->insert(codecKind, event, id, error))
        return false;
    QSqlQuery origin(m_db.connection());
    origin.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO sync_origin(event_uuid, device, user_name, received_at, seq) "
        "VALUES(?,?,?,?,?)"));
    origin.addBindValue(uuid);
    origin.addBindValue(text(d, "device"));
    origin.addBindValue(text(d, "user"));
    origin.addBindValue(text(d, "receivedAt"));
    origin.addBindValue(seq);
    if (!sqlvalue::exec(origin, error))
        return false;
    (codecKind == EventCodec::Kind::Verification ? m_touched : m_lifecycle).insert(id);
    return true;
}

bool ChangeApplier::storeConflict(const QJsonObject &d, qint64 seq, QString *error)
{
    const QString idNumber = text(d, "idNumber");
    const qint64 id = recipientFor(idNumber);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_conflict(id, type, id_number, recipient_id, field, event_uuid, "
        "other_uuid, detail, state, "
        "decision, value, decided_by, decided_at, note, seq) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET detail = excluded.detail, state = excluded.state, "
        "decision = excluded.decision, value = excluded.value, decided_by = excluded.decided_by, "
        "decided_at = excluded.decided_at, note = excluded.note, seq = max(seq, excluded.seq)"));
    const QString state = text(d, "state").isEmpty() ? QStringLiteral("open") : text(d, "state");
    for (const QVariant &v :
         {QVariant(text(d, "id")), QVariant(text(d, "type")), QVariant(idNumber),
          id ? QVariant(id) : QVariant(), sqlvalue::textOrNull(text(d, "field")),
          sqlvalue::textOrNull(text(d, "eventUuid")), sqlvalue::textOrNull(text(d, "otherUuid")),
          QVariant(QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact))),
          QVariant(state), sqlvalue::textOrNull(text(d, "decision")),
          sqlvalue::textOrNull(text(d, "value")), sqlvalue::textOrNull(text(d, "decidedBy")),
          sqlvalue::textOrNull(text(d, "decidedAt")), sqlvalue::textOrNull(text(d, "note")),
          QVariant(seq)})
        q.addBindValue(v);
    if (!sqlvalue::exec(q, error))
        return false;
    if (id != 0 && state == QLatin1String("resolved"))
        m_touched.insert(id);
    return true;
}

bool ChangeApplier::finish(QString *error)
{
    for (qint64 id : std::as_const(m_touched)) {
        const PersonState::Parts parts =
            m_lifecycle.contains(id) ? PersonState::All : PersonState::Checks;
        if (!m_state->recompute(id, error, parts))
            return false;
    }
    for (qint64 id : std::as_const(m_lifecycle)) {
        if (!m_touched.contains(id) && !m_state->recompute(id, error, PersonState::Benefit))
            return false;
    }
    m_touched.clear();
    m_lifecycle.clear();
    return true;
}

} // namespace certdesk
