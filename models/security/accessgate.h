#pragma once

#include "audittrail.h"
#include "permissions.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace certdesk
{

class Database;
class PolicyProfile;
class Session;

// What an action concerns, for the gate: a person (by row id), a node of the
// jurisdiction tree (documents of a whole community, street or district) or
// nothing in particular (settings, users, sync). When `logged` is set the gate
// writes that audit entry once everything else allowed the action: outputs
// (prints, exports, reveals) are logged before the data leaves.
struct AccessTarget {
    qint64 recipientId = 0;
    QString nodeCode;
    std::optional<AuditAction> logged;
    QString auditTarget;
    QString detail;

    static AccessTarget none() { return {}; }
    static AccessTarget person(qint64 recipientId);
    static AccessTarget node(const QString &code);
    // The audit entry to write when allowed (e.g. Print, "route sheet 370202…").
    AccessTarget &logAs(AuditAction action, const QString &target,
                        const QString &detail = QString());
};

// The one permission gate of both front ends (docs/decisions.md, "One way in"):
// role (Permissions), duty (separation of duties from the profile: recording a
// check is the duty "certify"), jurisdiction (ScopeGuard), then the audit entry.
// Services call it with their own session; Workspace::authorize calls it with the
// workspace's.
class AccessGate
{
    Q_DECLARE_TR_FUNCTIONS(AccessGate)
public:
    // Role and duty only: the message when this session may not do `action`, else empty.
    static QString refusal(const PolicyProfile &profile, const Session &session, Action action);
    // Role only, for the actions that are no duty and concern no person (backup,
    // restore): they run where no profile may be loaded — a restore before any
    // database is open.
    static QString refusal(const Session &session, Action action);
    // Role and jurisdiction for an action that is no duty (deciding a conflict):
    // for services that have no profile.
    static bool allows(const Database &db, const Session &session, Action action,
                       const AccessTarget &target, QString *error = nullptr);
    // Role, duty and jurisdiction without an audit entry: for services whose front
    // end has written the output's entry already, or that write their own entry of
    // what they did once it is done (an import's rows, a backup's file).
    static bool allows(const Database &db, const PolicyProfile &profile, const Session &session,
                       Action action, const AccessTarget &target, QString *error = nullptr);
    // Everything: false with *error (a message for the user) when refused or when
    // the audit entry could not be written.
    static bool authorize(const Database &db, const PolicyProfile &profile, const AuditTrail &audit,
                          const Session &session, Action action, const AccessTarget &target,
                          QString *error = nullptr);
};

} // namespace certdesk
