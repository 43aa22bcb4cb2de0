#pragma once

#include "security/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace certdesk
{

class AuditTrail;
class Database;
class WorkspaceChanges;

// One side of a conflict: a value with its time and where it came from.
struct ConflictValue {
    QString value;
    QDateTime at; // UTC
    QString eventUuid;
    QString device;
};

// A conflict the server flagged (docs/sync-protocol.md, "Conflicts"), as this
// device knows it, with the person's name for display.
struct SyncConflict {
    QString id;
    QString type; // alive-after-death, death-date, contact-field
    QString idNumber;
    qint64 recipientId = 0; // 0 when the person is not on this device
    QString personName;
    QString field; // contact-field: phone, householdAddress, residenceAddress, residenceType
    QString eventUuid;
    QString otherUuid;
    QList<ConflictValue> values; // newer last
    QString state;               // open, resolved
    QString decision;            // when resolved
    QString value;
    QString decidedBy;
    QDateTime decidedAt;
    QString note;
    bool decisionWaiting = false; // decided here, not yet accepted by the server
};

// Reads the conflicts within the session's node and records a supervisor's
// decisions. A decision is an append-only row (sync_resolution) pushed as a
// `resolution` event at the next sync; it is audited.
class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRepository)
public:
    // `audit` is needed only by resolve(): a decision is always audited, so
    // without a trail resolve() refuses (reading needs none).
    ConflictRepository(const Database &db, const Session &session,
                       const AuditTrail *audit = nullptr);

    // resolve() announces each recorded decision here.
    void setChanges(WorkspaceChanges *changes) { m_changes = changes; }

    QList<SyncConflict> list(bool includeResolved, QString *error = nullptr) const;
    int openCount() const;
    // One conflict within the session's node; nullopt when unknown or outside it.
    std::optional<SyncConflict> find(const QString &conflictId) const;

    // Decision keys allowed for a conflict type, and translated names.
    static QStringList decisions(const QString &type);
    static QString decisionName(const QString &decision);
    static QString typeName(const QString &type);
    static QString fieldName(const QString &field);
    // What a conflict is about, named even when the server sent no field
    // (alive-after-death: the living status; death-date: the date of death).
    static QString subjectName(const SyncConflict &conflict);
    // A value as a person reads it: status and residence keys translated.
    static QString valueName(const SyncConflict &conflict, const QString &value);

    // Needs Action::ResolveConflict and the person in the session's node. `value`
    // is required for use-date (a YYYY-MM-DD date) and use-value (one of the
    // conflict's values). Refused with a message when the conflict is unknown,
    // already resolved or already decided here.
    bool resolve(const QString &conflictId, const QString &decision, const QString &value,
                 const QString &note, QString *error = nullptr) const;

private:
    QString scopeFilter() const; // SQL condition on the joined recipient `r`

    const Database &m_db;
    Session m_session;
    const AuditTrail *m_audit = nullptr;
    WorkspaceChanges *m_changes = nullptr;
};

} // namespace certdesk
