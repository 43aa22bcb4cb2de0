#include "personstate.h"

#include "store/database.h"
#include "store/lifecycleeventrows.h"
#include "store/recipientrepository.h"
#include "store/sqlitestatement.h"
#include "store/sqlvalues.h"

#include <QList>
#include <QSqlQuery>
#include <algorithm>

namespace certdesk
{

using namespace sqlvalue;

namespace
{

// A status after which the person has no running period: they leave the expiry
// ledgers and wait for the lifecycle steps (suspension, stop, recovery).
bool endsPeriod(const QString &status)
{
    return status != QLatin1String("alive") && status != QLatin1String("unreachable");
}

// What one effective check contributes.
struct CheckFact {
    QString uuid;
    QString method;     // a phone call is a reminder (QD 21), never a certification
    QString checkDate;  // ISO, so text order is date order
    QString occurredAt; // UTC ISO with ms
    QString recordedAt;
    QString status;
    std::optional<QString> contact[4];
};

std::optional<QString> optionalText(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}

const QLatin1String kFieldKeys[4] = {QLatin1String("phone"), QLatin1String("householdAddress"),
                                     QLatin1String("residenceAddress"),
                                     QLatin1String("residenceType")};

} // namespace

PersonState::PersonState(const Database &db, const PolicyProfile &profile)
    : m_db(db), m_profile(profile)
{
}

PersonState::~PersonState() = default;

SqliteStatement &PersonState::statement(std::unique_ptr<SqliteStatement> &slot, const QString &sql)
{
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_db.connection(), sql);
    return *slot;
}

bool PersonState::recompute(qint64 recipientId, QString *error, Parts parts)
{
    if (parts.testFlag(Checks)) {
        CheckColumns c;
        if (!derive(recipientId, nullptr, &c, error) || !writeChecks(recipientId, c, error))
            return false;
    }
    return !parts.testFlag(Benefit) || writeBenefit(recipientId, error);
}

bool PersonState::applyCheck(qint64 recipientId, const PendingCheck &pending, CheckColumns *result,
                             QString *error)
{
    CheckColumns c;
    if (!derive(recipientId, &pending, &c, error) || !writeChecks(recipientId, c, error))
        return false;
    if (result)
        *result = c;
    return true;
}

bool PersonState::derive(qint64 recipientId, const PendingCheck *pending, CheckColumns *out,
                         QString *error)
{
    SqliteStatement &row = statement(
        m_row, QStringLiteral(
                   "SELECT birth_date, category, benefit_start, last_cert_date, individual_months, "
                   "phone, household_address, "
                   "residence_address, residence_type, living_status FROM recipient WHERE id = ?"));
    if (!row.select({recipientId}, error))
        return false;
    if (!row.next()) {
        row.finish();
        if (error)
            *error = tr("No recipient with id %1.").arg(recipientId);
        return false;
    }
    Recipient person;
    person.birth = date(row.value(0));
    person.category =
        BenefitCategories::fromKey(row.value(1).toString()).value_or(BenefitCategory::Enterprise);
    person.benefitStart = date(row.value(2));
    person.lastCertification = date(row.value(3));
    person.individualMonths = row.value(4).toInt();
    QString fields[4] = {row.value(5).toString(), row.value(6).toString(), row.value(7).toString(),
                         row.value(8).toString()};
    QString status = row.value(9).toString();
    row.finish();

    // The effective checks: those no later check corrects (the pending one included)
    // and the county did not refuse (GD 21-22, CheckApprovals).
    SqliteStatement &events = statement(
        m_events,
        QStringLiteral(
            "SELECT uuid, check_date, occurred_at, recorded_at, living_status, phone, "
            "household_address, "
            "residence_address, residence_type, method FROM verification_event e WHERE "
            "recipient_id = ? "
            "AND NOT EXISTS (SELECT 1 FROM verification_event c WHERE c.corrects = e.uuid) "
            "AND NOT EXISTS (SELECT 1 FROM check_approval a WHERE a.event_uuid = e.uuid "
            "AND a.state = 'refused')"));
    if (!events.select({recipientId}, error))
        return false;
    QList<CheckFact> facts;
    while (events.next()) {
        CheckFact f{events.value(0).toString(),
                    events.value(9).toString(),
                    events.value(1).toString(),
                    events.value(2).toString(),
                    events.value(3).toString(),
                    events.value(4).toString(),
                    {}};
        if (pending && f.uuid == pending->corrects)
            continue;
        for (int i = 0; i < 4; ++i)
            f.contact[i] = optionalText(events.value(5 + i));
        facts.append(f);
    }
    if (pending) {
        facts.append({pending->uuid,
                      pending->method,
                      isoDate(pending->checkDate),
                      utc(pending->occurredAt),
                      utc(pending->recordedAt),
                      pending->status,
                      {pending->contact.phone, pending->contact.householdAddress,
                       pending->contact.residenceAddress, pending->contact.residenceType}});
    }

    // Living status and the latest "alive": by check date, then when it happened.
    std::sort(facts.begin(), facts.end(), [](const CheckFact &a, const CheckFact &b) {
        return std::tie(a.checkDate, a.occurredAt, a.recordedAt, a.uuid) <
               std::tie(b.checkDate, b.occurredAt, b.recordedAt, b.uuid);
    });
    QString lastCheck;
    QString lastAlive;
    for (const CheckFact &f : std::as_const(facts)) {
        status = f.status;
        lastCheck = f.checkDate;
        // No seed allows a phone call as a certification (QD 21 uses the phone for
        // reminders): an old "alive by phone" event stays readable in the timeline but
        // renews nothing; the period runs from the last certification before it.
        if (f.status == QLatin1String("alive") && f.method != QLatin1String("phone"))
            lastAlive = f.checkDate;
    }

    // Contact fields by when the check happened: the newest setting wins.
    std::sort(facts.begin(), facts.end(), [](const CheckFact &a, const CheckFact &b) {
        return std::tie(a.occurredAt, a.recordedAt, a.uuid) <
               std::tie(b.occurredAt, b.recordedAt, b.uuid);
    });
    QString latestAt[4];
    for (const CheckFact &f : std::as_const(facts)) {
        for (int i = 0; i < 4; ++i) {
            if (f.contact[i]) {
                fields[i] = *f.contact[i];
                latestAt[i] = f.occurredAt;
            }
        }
    }
    // A supervisor's decision on a contact conflict stands until a check made
    // after it changes the field again.
    SqliteStatement &decided = statement(
        m_decisions,
        QStringLiteral("SELECT field, value, decided_at FROM sync_conflict WHERE recipient_id = ? "
                       "AND state = 'resolved' AND decision = 'use-value' ORDER BY decided_at"));
    if (!decided.select({recipientId}, error))
        return false;
    while (decided.next()) {
        for (int i = 0; i < 4; ++i) {
            if (decided.value(0).toString() == kFieldKeys[i] &&
                decided.value(2).toString() > latestAt[i])
                fields[i] = decided.value(1).toString();
        }
    }

    // A death recorded upstream stands unless a later check found the person alive
    // (that case is a conflict the server flags for a supervisor).
    SqliteStatement &death =
        statement(m_death, QStringLiteral(
                               "SELECT max(coalesce(death_date, status_date)) FROM upstream_status "
                               "WHERE recipient_id = ? AND status = 'deceased'"));
    if (!death.select({recipientId}, error))
        return false;
    if (death.next() && !death.isNull(0)) {
        const QDate died = date(death.value(0));
        const QDate checked = QDate::fromString(lastCheck, Qt::ISODate);
        if (!checked.isValid() || checked <= died || status != QLatin1String("alive"))
            status = QStringLiteral("deceased");
    }
    death.finish();

    person.livingStatus = status;
    person.lastCheck = QDate::fromString(lastAlive, Qt::ISODate);
    RecipientRepository::deriveFields(person, m_profile);
    if (endsPeriod(status)) {
        person.periodStart = QDate();
        person.periodEnd = QDate();
    }
    *out = {fields[0],        fields[1], fields[2],          fields[3],
            person.lastCheck, status,    person.periodStart, person.periodEnd};
    return true;
}

bool PersonState::writeChecks(qint64 recipientId, const CheckColumns &c, QString *error)
{
    SqliteStatement &upd = statement(
        m_updateChecks, QStringLiteral("UPDATE recipient SET phone = ?, household_address = "
                                       "?, residence_address = ?, residence_type = ?, "
                                       "last_check_date = ?, living_status = ?, period_start "
                                       "= ?, period_end = ? WHERE id = ?"));
    return upd.run({textOrNull(c.phone), textOrNull(c.householdAddress),
                    textOrNull(c.residenceAddress), QVariant(c.residenceType),
                    dateOrNull(c.lastCheck), QVariant(c.livingStatus), dateOrNull(c.periodStart),
                    dateOrNull(c.periodEnd), QVariant(recipientId)},
                   error);
}

bool PersonState::writeBenefit(qint64 recipientId, QString *error)
{
    if (!m_lifecycle) {
        m_lifecycle = std::make_unique<QSqlQuery>(m_db.connection());
        LifecycleEventRows::prepare(*m_lifecycle);
    }
    QList<LifecycleEvent> steps;
    if (!LifecycleEventRows::load(*m_lifecycle, recipientId, &steps, error))
        return false;
    SqliteStatement &upd = statement(
        m_updateBenefit, QStringLiteral("UPDATE recipient SET benefit_status = ? WHERE id = ?"));
    return upd.run({BenefitLifecycle::key(BenefitLifecycle::replay(steps).status), recipientId},
                   error);
}

bool PersonState::applyBigData(qint64 recipientId, const BigDataResult &result, QString *error,
                               bool *applied)
{
    // A comparison of an earlier month arriving late does not replace a later one.
    SqliteStatement &upd =
        statement(m_bigData,
                  QStringLiteral("UPDATE recipient SET bigdata_rank = ?, bigdata_month = ?, "
                                 "bigdata_detail = ?, bigdata_source = ?, "
                                 "bigdata_behaviour = ? "
                                 "WHERE id = ? AND (bigdata_month IS NULL OR bigdata_month <= ?)"));
    if (!upd.run({QVariant(result.rank), QVariant(result.month), textOrNull(result.detail),
                  textOrNull(result.source), textOrNull(result.behaviour), QVariant(recipientId),
                  QVariant(result.month)},
                 error))
        return false;
    if (applied)
        *applied = upd.changes() > 0;
    return true;
}

bool PersonState::setRosterContact(qint64 recipientId, const ContactFields &roster, QString *error)
{
    SqliteStatement &upd =
        statement(m_roster, QStringLiteral("UPDATE recipient SET phone = ?, household_address = ?, "
                                           "residence_address = ?, residence_type = ? "
                                           "WHERE id = ?"));
    return upd.run({textOrNull(roster.phone.value_or(QString())),
                    textOrNull(roster.householdAddress.value_or(QString())),
                    textOrNull(roster.residenceAddress.value_or(QString())),
                    QVariant(roster.residenceType.value_or(QStringLiteral("local"))),
                    QVariant(recipientId)},
                   error);
}

} // namespace certdesk
