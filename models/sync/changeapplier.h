#pragma once

#include <QCoreApplication>
#include <QJsonObject>
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

    bool apply(const QJsonObject &change, QString *error);
    // Recomputes the people touched by events, deaths and decisions.
    bool finish(QString *error);
    // Stores a conflict as the server describes it (also from push results).
    bool storeConflict(const QJsonObject &conflict, qint64 seq, QString *error);

private:
    bool applyJurisdiction(const QJsonObject &d, QString *error);
    bool applyRecipient(const QJsonObject &d, QString *error);
    bool applyBigData(const QJsonObject &d, QString *error);
    bool applyStatus(const QJsonObject &d, qint64 seq, QString *error);
    bool applyEvent(const QJsonObject &d, qint64 seq, QString *error);
    qint64 recipientFor(const QString &idNumber) const;

    const Database &m_db;
    const PolicyProfile &m_profile;
    std::unique_ptr<RecipientRepository> m_repo;
    std::unique_ptr<QSqlQuery> m_lookup;
    std::unique_ptr<PersonState> m_state; // the one writer of derived columns
    std::unique_ptr<EventCodec> m_codec;  // prepared once per page: one lookup per change
    QSet<qint64> m_touched;               // derived state to recompute
    QSet<qint64> m_lifecycle;             // benefit status to recompute
};

} // namespace certdesk
