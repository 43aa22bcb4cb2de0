#pragma once

#include "security/audittrail.h"
#include "security/session.h"
#include "store/recipient.h"
#include "verificationevent.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace certdesk
{

class Database;
class EvidenceStore;
class PersonState;
class PolicyProfile;
class WorkspaceChanges;

// Records checks. Every rule is enforced here, not only in the dialog:
//  - "alive" needs at least one evidence item;
//  - a proxy check (relative with power of attorney) needs a power-of-attorney image;
//  - "deceased" needs a date of death not after the check and not before birth;
//  - the qingdao-institution profile needs phone, household and residence
//    address complete (after this check's updates);
//  - phone numbers: mainland mobile (11 digits starting with 1) or a landline
//    with its area code;
//  - a sealed account (benefit lifecycle) takes no check until it is unsealed.
// Saving appends the event, its evidence rows and an outbox row, and updates the
// person's derived state (contact data, last check, living status, and for
// "alive" the new service period per profile) in one BEGIN IMMEDIATE transaction.
class VerificationService
{
    Q_DECLARE_TR_FUNCTIONS(VerificationService)
public:
    // `session` is who records: there is no default (the command line passes
    // Session::commandLine() on purpose).
    VerificationService(const Database &db, const PolicyProfile &profile,
                        const EvidenceStore &evidence, const Session &session);

    // "Today" for the rules (a check cannot be dated later); the system date unless
    // the program runs as of another day (--today).
    void setToday(const QDate &today) { m_today = today; }
    // Who records: their role must allow the action, the person must be in their
    // node, and their duties must not conflict with certifying (separation of
    // duties, profile "incompatibleDuties"), all through AccessGate. Every saved
    // check is written to the audit trail in the same transaction.
    void setSession(const Session &session) { m_session = session; }
    const Session &session() const { return m_session; }
    void setAuditClock(AuditTrail::Clock clock) { m_audit.setClock(std::move(clock)); }
    // Where committed checks are announced (the Workspace's); none: not announced.
    void setChanges(WorkspaceChanges *changes) { m_changes = changes; }
    // Why this session may not record these checks; empty when it may.
    QString refusal(const QList<const VerificationEvent *> &events) const;
    // The rule a check breaks, as a message for the user; empty when it is fine.
    QString check(const VerificationEvent &event, const Recipient &person) const;
    // Validates and saves. On success fills uuid, recordedAt and the period and
    // returns true; otherwise false with *error, and nothing is stored.
    bool record(VerificationEvent &event, QString *error = nullptr) const;
    // Batch pass (本页批量通过): the same check for every selected person, one event
    // each, tagged with one batch id, all or nothing. Refused when the profile
    // does not allow batch passes. *saved receives the events with their periods.
    bool recordBatch(const QList<qint64> &recipientIds, const VerificationEvent &pattern,
                     QList<VerificationEvent> *saved = nullptr, QString *error = nullptr) const;
    // Several individual checks (e.g. typed in from a paper register) saved in one
    // transaction: all or nothing, each validated first, the failing one named.
    // Not a batch pass, so not subject to allowsBatchPass.
    bool recordMany(QList<VerificationEvent> &events, QString *error = nullptr) const;
    // Every event of a person, newest first (the timeline).
    QList<VerificationEvent> events(qint64 recipientId) const;
    // A phone number is fine when empty or well-formed; otherwise the reason.
    static QString phoneProblem(const QString &phone);
    // Deletes evidence files no saved event refers to: the leftovers of a save
    // that was interrupted after its files were written but before the database
    // committed. Files younger than `minimumAgeSeconds` are kept, since another
    // window may be saving right now. Returns how many were removed.
    static int removeOrphanEvidence(const Database &db, EvidenceStore &store,
                                    int minimumAgeSeconds = 600);

private:
    bool recordAll(const QList<VerificationEvent *> &events, QString *error) const;
    bool writeEvent(VerificationEvent &e, PersonState &state, QString &why) const;

    const Database &m_db;
    const PolicyProfile &m_profile;
    const EvidenceStore &m_evidence;
    QDate m_today = QDate::currentDate();
    Session m_session;
    AuditTrail m_audit;
    WorkspaceChanges *m_changes = nullptr;
};

} // namespace certdesk
