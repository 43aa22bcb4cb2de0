#include "derivedstate.h"

#include "domain/isodate.h"
#include "store/database.h"
#include "store/recipientrepository.h"
#include "store/sqlvalues.h"

#include <QSqlQuery>

namespace {
// A status after which the person has no running period (as VerificationService).
bool endsPeriod(const QString &status)
{
    return status != QLatin1String("alive") && status != QLatin1String("unreachable");
}
} // namespace

bool DerivedState::recompute(const Database &db, const PolicyProfile &profile, qint64 recipientId, QString *error)
{
    RecipientRepository repo(db, profile);
    const auto detail = repo.detail(recipientId);
    if (!detail) {
        if (error)
            *error = tr("No recipient with id %1.").arg(recipientId);
        return false;
    }
    Recipient person = detail->recipient;
    const QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT check_date, living_status, phone, household_address, residence_address, residence_type "
        "FROM verification_event e WHERE recipient_id = ? "
        "AND NOT EXISTS (SELECT 1 FROM verification_event c WHERE c.corrects = e.uuid) "
        "ORDER BY check_date, occurred_at, recorded_at, uuid"));
    q.addBindValue(recipientId);
    if (!sqlvalue::exec(q, error))
        return false;
    QString status = person.livingStatus;
    QDate lastAlive;
    QDate lastCheck;
    // Contact fields by when the check happened: the newest setting wins.
    QString latestAt[4];
    QSqlQuery contact(c);
    contact.setForwardOnly(true);
    contact.prepare(QStringLiteral(
        "SELECT occurred_at, phone, household_address, residence_address, residence_type FROM verification_event e "
        "WHERE recipient_id = ? AND NOT EXISTS (SELECT 1 FROM verification_event c WHERE c.corrects = e.uuid) "
        "ORDER BY occurred_at, recorded_at, uuid"));
    contact.addBindValue(recipientId);
    while (q.next()) {
        status = q.value(1).toString();
        lastCheck = sqlvalue::date(q.value(0));
        if (status == QLatin1String("alive"))
            lastAlive = lastCheck;
    }
    if (!sqlvalue::exec(contact, error))
        return false;
    QString *fields[4] = {&person.phone, &person.householdAddress, &person.residenceAddress, &person.residenceType};
    while (contact.next()) {
        for (int i = 0; i < 4; ++i) {
            if (!contact.value(1 + i).isNull()) {
                *fields[i] = contact.value(1 + i).toString();
                latestAt[i] = contact.value(0).toString();
            }
        }
    }
    // A supervisor's decision on a contact conflict stands until a check made
    // after it changes the field again.
    QSqlQuery decided(c);
    decided.prepare(QStringLiteral("SELECT field, value, decided_at FROM sync_conflict WHERE recipient_id = ? "
                                   "AND state = 'resolved' AND decision = 'use-value' ORDER BY decided_at"));
    decided.addBindValue(recipientId);
    if (!sqlvalue::exec(decided, error))
        return false;
    static const QLatin1String kFieldKeys[4] = {QLatin1String("phone"), QLatin1String("householdAddress"),
                                                QLatin1String("residenceAddress"), QLatin1String("residenceType")};
    while (decided.next()) {
        for (int i = 0; i < 4; ++i) {
            if (decided.value(0).toString() == kFieldKeys[i] && decided.value(2).toString() > latestAt[i])
                *fields[i] = decided.value(1).toString();
        }
    }
    // A death recorded upstream stands unless a later check found the person alive
    // (that case is a conflict the server flags for a supervisor).
    QSqlQuery death(c);
    death.prepare(QStringLiteral("SELECT max(coalesce(death_date, status_date)) FROM upstream_status "
                                 "WHERE recipient_id = ? AND status = 'deceased'"));
    death.addBindValue(recipientId);
    if (!sqlvalue::exec(death, error))
        return false;
    if (death.next() && !death.value(0).isNull()) {
        const QDate died = sqlvalue::date(death.value(0));
        if (!lastCheck.isValid() || lastCheck <= died || status != QLatin1String("alive"))
            status = QStringLiteral("deceased");
    }
    person.livingStatus = status;
    person.lastCheck = lastAlive;
    RecipientRepository::deriveFields(person, profile);
    if (endsPeriod(status)) {
        person.periodStart = QDate();
        person.periodEnd = QDate();
    }
    QSqlQuery upd(c);
    upd.prepare(QStringLiteral(
        "UPDATE recipient SET phone = ?, household_address = ?, residence_address = ?, residence_type = ?, "
        "last_check_date = ?, living_status = ?, period_start = ?, period_end = ? WHERE id = ?"));
    for (const QVariant &v : {sqlvalue::textOrNull(person.phone), sqlvalue::textOrNull(person.householdAddress),
                              sqlvalue::textOrNull(person.residenceAddress), QVariant(person.residenceType),
                              sqlvalue::dateOrNull(person.lastCheck), QVariant(person.livingStatus),
                              sqlvalue::dateOrNull(person.periodStart), sqlvalue::dateOrNull(person.periodEnd),
                              QVariant(recipientId)})
        upd.addBindValue(v);
    return sqlvalue::exec(upd, error);
}
