#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <memory>

class QSqlQuery;

namespace certdesk
{

class Database;
class PolicyProfile;
class EventCodec;
class PersonState;
class PulledEventCheck;
class RecipientBulkInsert;
class RecipientRepository;

// Applies one pulled change (docs/sync-protocol.md, "Pull") to the local store.
// Every change is idempotent: a row as it is now, or a fact named by a UUID that
// is stored once. Runs inside the caller's write transaction; the people whose
// derived state must be recomputed are collected and done once per page.
class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)
public:
    ChangeApplier(const Database &db, const PolicyProfile &profile);
    ~ChangeApplier();

    // A pulled event this device's rules refused (issue 16, point 1): not
    // applied; finish() keeps it in sync_refused with its reason and tries it
    // again when the person's later events may allow it.
    struct Refused {
        qint64 seq = 0;
        QString uuid;
        QString kind; // verification, lifecycle
        QString idNumber;
        QString device; // where it was recorded
        QString user;
        QString receivedAt;
        QString reason;
        QJsonObject event; // as pulled
    };

    // This device's date for the rules ("not in the future").
    void setToday(const QDate &today) { m_today = today; }
    // A first pull into an empty roster (SyncJournal::deferRecipientIndexes):
    // people new to the desk are inserted in bulk without their name tokens;
    // the name index is made once the last page is in.
    void setNamesDeferred(bool deferred) { m_namesDeferred = deferred; }
    bool apply(const QJsonObject &change, QString *error);
    // Recomputes the people touched by events, deaths and decisions.
    bool finish(QString *error);
    // Stores a conflict as the server describes it (also from push results).
    bool storeConflict(const QJsonObject &conflict, qint64 seq, QString *error);
    // The events refused so far, in page order (after finish(): those the
    // person's events still do not allow).
    const QList<Refused> &refused() const { return m_refused; }
    // Events refused on an earlier pull that the person's new events now allow:
    // applied by finish().
    const QList<Refused> &released() const { return m_released; }

private:
    // Why the recording rules refuse a pulled event for the person `id`; empty
    // when it may be applied. *error (and false) only when the store fails.
    bool recheck(const QString &kind, const QJsonObject &event, qint64 id, QString *problem,
                 QString *error);
    bool insertPulled(const Refused &event, qint64 id, QString *error);
    bool retryRefused(QString *error);
    bool storeRefused(QString *error);
    bool applyJurisdiction(const QJsonObject &d, QString *error);
    bool applyRecipient(const QJsonObject &d, QString *error);
    bool applyBigData(const QJsonObject &d, QString *error);
    bool applyStatus(const QJsonObject &d, qint64 seq, QString *error);
    bool applyEvent(const QJsonObject &d, qint64 seq, QString *error);
    qint64 recipientFor(const QString &idNumber) const;

    const Database &m_db;
    const PolicyProfile &m_profile;
    std::unique_ptr<RecipientRepository> m_repo;
    std::unique_ptr<RecipientBulkInsert> m_bulk; // new people of a first pull; ID lookups
    bool m_namesDeferred = false;
    std::unique_ptr<PersonState> m_state; // the one writer of derived columns
    std::unique_ptr<EventCodec> m_codec;  // prepared once per page: one lookup per change
    QSet<qint64> m_touched;               // derived state to recompute
    QSet<qint64> m_lifecycle;             // benefit status to recompute
    QDate m_today = QDate::currentDate();
    std::unique_ptr<PulledEventCheck> m_check;
    QList<Refused> m_refused;
    QList<Refused> m_released;
};

} // namespace certdesk
