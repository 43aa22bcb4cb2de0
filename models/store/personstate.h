#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QString>
#include <memory>
#include <optional>

class QSqlQuery;

namespace certdesk
{

class Database;
class PolicyProfile;
class SqliteStatement;

// Contact data as a check or the roster gives it; a field not given is unset.
struct ContactFields {
    std::optional<QString> phone;
    std::optional<QString> householdAddress;
    std::optional<QString> residenceAddress;
    std::optional<QString> residenceType;
};

// A check about to be appended in the caller's transaction, counted as if stored.
struct PendingCheck {
    QString uuid;
    QString corrects; // the event it corrects, if any
    QDate checkDate;
    QDateTime occurredAt;
    QDateTime recordedAt;
    QString status; // living-status key
    ContactFields contact;
    QString method; // method key; "phone" never certifies (QD 21: reminders only)
};

// One big-data comparison result for one person.
struct BigDataResult {
    int rank = 0;  // BigDataConclusion rank
    QString month; // YYYY-MM
    QString detail;
    QString source;
    QString behaviour; // none in a file import: a newer result replaces the whole earlier one
};

// The columns of a recipient row that the checks derive.
struct CheckColumns {
    QString phone;
    QString householdAddress;
    QString residenceAddress;
    QString residenceType;
    QDate lastCheck;
    QString livingStatus;
    QDate periodStart;
    QDate periodEnd;
};

// The one writer of a person's derived state: the columns of `recipient` that
// follow from their events, whoever brought the event (a check or correction
// recorded here, a sync pull, a big-data import, a payment step):
//  - living status: the latest effective check (by check date, then when it
//    happened, when it was recorded, uuid), unless an upstream death is later
//    than the last "alive";
//  - last check and the service period: from the latest "alive" and the roster's
//    facts; no period once the status ends it (anything but alive/unreachable);
//  - contact fields: each from the newest effective check that set it (by when
//    it happened), unless a supervisor's later decision on a conflict set it;
//    otherwise the roster's value;
//  - benefit status: the lifecycle steps replayed in LifecycleEventRows::order();
//  - big-data fields: the result of the latest comparison month, replaced whole.
// Every rule orders by what the events say, never by arrival, so every device
// and every path gives the same row. Roster fields (name, birth date, category,
// jurisdiction, benefit start, certification on file, months, benefit amount)
// are not derived: the roster sync and RecipientRepository::insert write them.
// Runs inside the caller's write transaction; statements are prepared once per
// object (SqliteStatement), so keep one for a batch (a sync page, an import).
class PersonState
{
    Q_DECLARE_TR_FUNCTIONS(PersonState)
public:
    enum Part { Checks = 0x1, Benefit = 0x2, All = Checks | Benefit };
    Q_DECLARE_FLAGS(Parts, Part)

    PersonState(const Database &db, const PolicyProfile &profile);
    ~PersonState();

    // Recomputes the given parts from the stored events and writes them.
    bool recompute(qint64 recipientId, QString *error, Parts parts = All);
    // Recomputes the check columns with `pending` counted as stored (the caller
    // appends it in the same transaction) and writes them; *result receives them
    // so the event can keep the period it gave.
    bool applyCheck(qint64 recipientId, const PendingCheck &pending, CheckColumns *result,
                    QString *error);
    // Stores a big-data result unless a result of a later month is stored;
    // *applied tells whether it was.
    bool applyBigData(qint64 recipientId, const BigDataResult &result, QString *error,
                      bool *applied = nullptr);
    // The roster's contact data: the value a field has until a check sets it.
    // Call recompute() afterwards (in the same transaction) to lay the checks over it.
    bool setRosterContact(qint64 recipientId, const ContactFields &roster, QString *error);

private:
    bool derive(qint64 recipientId, const PendingCheck *pending, CheckColumns *out, QString *error);
    bool writeChecks(qint64 recipientId, const CheckColumns &c, QString *error);
    bool writeBenefit(qint64 recipientId, QString *error);
    SqliteStatement &statement(std::unique_ptr<SqliteStatement> &slot, const QString &sql);

    const Database &m_db;
    const PolicyProfile &m_profile;
    std::unique_ptr<SqliteStatement> m_row, m_events, m_decisions, m_death, m_updateChecks;
    std::unique_ptr<SqliteStatement> m_updateBenefit, m_bigData, m_roster;
    std::unique_ptr<QSqlQuery> m_lifecycle;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PersonState::Parts)

} // namespace certdesk
