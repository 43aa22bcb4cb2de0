#include "changeapplier.h"
#include "checkdecisionsync.h"

#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "eventcodec.h"
#include "protocolfields.h"
#include "pulledeventcheck.h"
#include "store/benefitamounts.h"
#include "store/database.h"
#include "store/lifecycleeventrows.h"
#include "store/namesearch.h"
#include "store/personstate.h"
#include "store/recipientbulkinsert.h"
#include "store/recipientrepository.h"
#include "store/sqlvalues.h"
#include "verification/checkapprovals.h"

#include <QDateTime>
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
      m_bulk(std::make_unique<RecipientBulkInsert>(db)),
      m_state(std::make_unique<PersonState>(db, profile))
{
}

ChangeApplier::~ChangeApplier() = default;

qint64 ChangeApplier::recipientFor(const QString &idNumber) const
{
    return m_bulk->idOf(idNumber);
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
    if (type == ProtocolValue::checkDecision) {
        // GD 21-22: the county's decision on a check, made on another desk.
        qint64 person = 0;
        if (!CheckDecisionSync::applyPulled(m_db.connection(), m_profile, data, &person, error))
            return false;
        if (person != 0)
            m_touched.insert(person);
        return true;
    }
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
    if (!IdNumber::parse(r.idNumber, m_today).isValid()) {
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
    if (id == 0 && m_namesDeferred) {
        // The rows RecipientRepository::insert writes (tst_sync_faults compares).
        RecipientRepository::deriveFields(r, m_profile);
        return m_bulk->insertRow(r, error);
    }
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
    // A new amount from the roster is paid from the month it arrives; the months before
    // keep theirs for overpayment (UR 八(二)).
    if (!certdesk::BenefitAmounts(m_db).change(id, QDate::currentDate(), Money(r.monthlyBenefitFen),
                                               error))
        return false;
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
    QString table;
    if (kind == ProtocolValue::verification) {
        table = QStringLiteral("verification_event");
    } else if (kind == ProtocolValue::lifecycle) {
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
    // Refused before (a page pulled again): kept aside already, refused again silently.
    known.prepare(QStringLiteral("SELECT 1 FROM sync_refused WHERE uuid = ?"));
    known.addBindValue(uuid);
    if (!sqlvalue::exec(known, error))
        return false;
    if (known.next())
        return true;
    known.finish();
    QString problem;
    if (!recheck(kind, event, id, &problem, error))
        return false;
    Refused pulled{seq,
                   uuid,
                   kind,
                   event.value(ProtocolField::idNumber).toString(),
                   text(d, "device"),
                   text(d, "user"),
                   text(d, "receivedAt"),
                   problem,
                   event};
    if (!problem.isEmpty()) {
        m_refused.append(pulled);
        return true;
    }
    return insertPulled(pulled, id, error);
}

bool ChangeApplier::insertPulled(const Refused &e, qint64 id, QString *error)
{
    const auto codecKind = e.kind == ProtocolValue::verification ? EventCodec::Kind::Verification
                                                                 : EventCodec::Kind::Lifecycle;
    if (!m_codec)
        m_codec = std::make_unique<EventCodec>(m_db.connection());
    if (!m_codec->insert(codecKind, e.event, id, error))
        return false;
    // GD 21-22: an on-site or home check made on another desk waits for the
    // county here too (its decision, when made, comes as a change of its own).
    if (codecKind == EventCodec::Kind::Verification &&
        !CheckApprovals::queue(
            m_db.connection(), m_profile, e.uuid, e.event.value(ProtocolField::method).toString(),
            QDate::fromString(e.event.value(ProtocolField::checkDate).toString(), Qt::ISODate),
            error))
        return false;
    QSqlQuery origin(m_db.connection());
    origin.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO sync_origin(event_uuid, device, user_name, received_at, seq) "
        "VALUES(?,?,?,?,?)"));
    origin.addBindValue(e.uuid);
    origin.addBindValue(e.device);
    origin.addBindValue(e.user);
    origin.addBindValue(e.receivedAt);
    origin.addBindValue(e.seq);
    if (!sqlvalue::exec(origin, error))
        return false;
    (codecKind == EventCodec::Kind::Verification ? m_touched : m_lifecycle).insert(id);
    return true;
}

// Pulls may bring a person's events in another order than they happened (two
// devices, a roster package): a step refused because the step it rests on had
// not arrived yet is tried again, in the order the events say, whenever the
// person gets new events, and applied once the rules accept it.
bool ChangeApplier::retryRefused(QString *error)
{
    QSet<qint64> people = m_touched;
    people.unite(m_lifecycle);
    for (const Refused &r : std::as_const(m_refused))
        people.insert(recipientFor(r.idNumber));
    people.remove(0);
    const QString now = sqlvalue::utc(QDateTime::currentDateTimeUtc());
    for (const qint64 id : std::as_const(people)) {
        const QString idNumber =
            m_repo->detail(id) ? m_repo->detail(id)->recipient.idNumber : QString();
        QList<std::pair<Refused, bool>> waiting; // the event, kept in sync_refused already
        for (const Refused &r : std::as_const(m_refused)) {
            if (r.idNumber == idNumber)
                waiting.append({r, false});
        }
        QSqlQuery parked(m_db.connection());
        parked.prepare(QStringLiteral(
            "SELECT seq, uuid, kind, id_number, device, user_name, received_at, reason, data "
            "FROM sync_refused WHERE id_number = ? AND released_at IS NULL"));
        parked.addBindValue(idNumber);
        if (!sqlvalue::exec(parked, error))
            return false;
        while (parked.next()) {
            waiting.append({{parked.value(0).toLongLong(), parked.value(1).toString(),
                             parked.value(2).toString(), parked.value(3).toString(),
                             parked.value(4).toString(), parked.value(5).toString(),
                             parked.value(6).toString(), parked.value(7).toString(),
                             QJsonDocument::fromJson(parked.value(8).toString().toUtf8()).object()},
                            true});
        }
        if (waiting.isEmpty())
            continue;
        // In the order the events say (the date of the check or step, then when recorded).
        const auto when = [](const Refused &r) {
            const QString date = r.event.value(ProtocolField::checkDate).toString() +
                                 r.event.value(ProtocolField::eventDate).toString();
            return date + r.event.value(ProtocolField::recordedAt).toString();
        };
        std::stable_sort(waiting.begin(), waiting.end(), [&](const auto &a, const auto &b) {
            return when(a.first) < when(b.first);
        });
        for (bool progress = true; progress;) {
            progress = false;
            for (auto it = waiting.begin(); it != waiting.end();) {
                QString problem;
                if (!recheck(it->first.kind, it->first.event, id, &problem, error))
                    return false;
                if (!problem.isEmpty()) {
                    ++it;
                    continue;
                }
                if (!insertPulled(it->first, id, error))
                    return false;
                if (it->second) {
                    QSqlQuery release(m_db.connection());
                    release.prepare(
                        QStringLiteral("UPDATE sync_refused SET released_at = ? WHERE uuid = ?"));
                    release.addBindValue(now);
                    release.addBindValue(it->first.uuid);
                    if (!sqlvalue::exec(release, error))
                        return false;
                    m_released.append(it->first);
                } else {
                    const QString uuid = it->first.uuid;
                    m_refused.removeIf([&](const Refused &r) { return r.uuid == uuid; });
                }
                it = waiting.erase(it);
                progress = true;
            }
        }
    }
    return true;
}

// What is still refused is kept as pulled, with the reason: nothing the server
// sent is lost, and a later pull can still release it.
bool ChangeApplier::storeRefused(QString *error)
{
    QSqlQuery keep(m_db.connection());
    keep.prepare(QStringLiteral(
        "INSERT INTO sync_refused(uuid, seq, kind, id_number, device, user_name, reason, data, "
        "received_at, refused_at) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    const QString now = sqlvalue::utc(QDateTime::currentDateTimeUtc());
    for (const Refused &r : std::as_const(m_refused)) {
        for (const QVariant &v :
             {QVariant(r.uuid), QVariant(r.seq), QVariant(r.kind), QVariant(r.idNumber),
              QVariant(r.device), QVariant(r.user), QVariant(r.reason),
              QVariant(QString::fromUtf8(QJsonDocument(r.event).toJson(QJsonDocument::Compact))),
              QVariant(r.receivedAt), QVariant(now)})
            keep.addBindValue(v);
        if (!sqlvalue::exec(keep, error))
            return false;
    }
    return true;
}

bool ChangeApplier::recheck(const QString &kind, const QJsonObject &event, qint64 id,
                            QString *problem, QString *error)
{
    const auto detail = m_repo->detail(id);
    if (!detail) {
        *error = tr("The person of a pulled event cannot be read.");
        return false;
    }
    Recipient person = detail->recipient;
    // The person's payment steps so far, this page's included (the stored
    // benefit status is recomputed only at the page's end).
    QSqlQuery steps(m_db.connection());
    LifecycleEventRows::prepare(steps);
    QList<LifecycleEvent> earlier;
    if (!LifecycleEventRows::load(steps, id, &earlier, error))
        return false;
    const LifecycleState state = BenefitLifecycle::replay(earlier);
    person.benefitStatus = BenefitLifecycle::key(state.status);
    if (!m_check)
        m_check = std::make_unique<PulledEventCheck>(m_profile, m_today);
    *problem = kind == ProtocolValue::verification ? m_check->checkProblem(event, person)
                                                   : m_check->stepProblem(event, person, state);
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
    if (!retryRefused(error) || !storeRefused(error))
        return false;
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
