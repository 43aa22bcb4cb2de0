#pragma once

#include "evidencevault.h"
#include "upstreamstore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace certdesk
{

class PolicyProfile;

// A verification event the server holds for a person, as conflict detection
// compares it.
struct StoredCheck {
    QJsonObject event;
    QString device;
    qint64 seq = 0;
};

// What the server holds for a pushed event's person.
struct PersonOnServer {
    bool known = false; // on the roster
    ScopeCodes codes;
    QJsonObject row;                        // the roster row (recipient.data)
    QList<QJsonObject> steps;               // lifecycle events, as received
    QList<QJsonObject> statuses;            // the district's status changes, as made
    QList<StoredCheck> checks;              // verification events, as received
    const PolicyProfile *profile = nullptr; // the region's (PushedEventRules)
};

// Everything the checks of a push read, fetched for the whole batch in a few
// statements (issue 19 point 1: a dozen round trips per event made a push of
// 10,000 take 29 s on PostgreSQL), and kept current as the batch's events are
// taken, so an event is checked against the ones before it in the same push
// exactly as when each was written before the next was read.
class PushContext
{
public:
    PushContext(QSqlDatabase &db, const Caller &caller, const EvidenceVault &vault);

    // Fetches for `events` (each already valid by form): people, stored events
    // by uuid, steps, checks, status changes, held evidence, profiles.
    bool load(const QList<QJsonObject> &events, QString *error);
    // Whether a change numbered above maxSeq() concerns a person or a uuid
    // fetched: what load() read may then be out of date (EventIngest reads
    // before it holds the change order, issue 19 point 2). nullopt with
    // *error when the store fails.
    std::optional<bool> changedSinceLoad(QString *error) const;
    // Drops everything fetched (after a rollback).
    void clear();

    // The person (fetched now if the push did not name them); nullptr with
    // *error when the store fails.
    const PersonOnServer *person(const QString &idNumber, QString *error);

    struct Stored {
        QString contentHash;
        qint64 seq = 0; // 0 while taken but not yet written
    };
    // The stored (or taken) event with this uuid.
    std::optional<Stored> stored(const QString &uuid, QString *error);
    bool pending(const QString &uuid) const;
    // Whether the caller holds the file (EvidenceVault::heldFor).
    std::optional<bool> held(const QString &sha, QString *error);
    // The highest change number when the push began: every change it writes is
    // numbered above it.
    qint64 maxSeq() const { return m_maxSeq; }

    // An event taken by the push (written or not yet): later events see it.
    void taken(const QJsonObject &event, const QString &hash, const QString &device);
    // Its change number, once written.
    void written(const QString &uuid, qint64 seq);
    // Fetch the person again when next asked (a decision changed their row).
    void forget(const QString &idNumber) { m_people.remove(idNumber); }

private:
    bool loadPeople(const QStringList &ids, QString *error);
    bool loadStored(const QStringList &uuids, QString *error);
    bool loadHeld(const QStringList &shas, QString *error);

    QSqlDatabase &m_db;
    const Caller &m_caller;
    const EvidenceVault &m_vault;
    qint64 m_maxSeq = -1;
    QHash<QString, PersonOnServer> m_people;
    QHash<QString, std::optional<Stored>> m_stored;
    QSet<QString> m_pending;
    QHash<QString, bool> m_held;
};

} // namespace certdesk
