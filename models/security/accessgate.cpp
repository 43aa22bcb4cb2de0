#include "accessgate.h"

#include "domain/policyprofile.h"
#include "scopeguard.h"
#include "session.h"

namespace certdesk
{

AccessTarget AccessTarget::person(qint64 recipientId)
{
    AccessTarget t;
    t.recipientId = recipientId;
    return t;
}

AccessTarget AccessTarget::node(const QString &code)
{
    AccessTarget t;
    t.nodeCode = code;
    return t;
}

AccessTarget &AccessTarget::logAs(AuditAction action, const QString &target,
                                  const QString &detailText)
{
    logged = action;
    auditTarget = target;
    detail = detailText;
    return *this;
}

namespace
{
// Recording a check is the duty "certify" (Guangdong art. 9: a benefit approver may not).
bool isCertifying(Action action)
{
    return action == Action::RecordCheck || action == Action::CorrectCheck ||
           action == Action::BatchPass;
}
} // namespace

QString AccessGate::refusal(const PolicyProfile &profile, const Session &session, Action action)
{
    if (!session.allows(action))
        return session.refusal(action);
    if (!isCertifying(action))
        return {};
    QStringList duties = session.user().duties;
    if (!duties.contains(QStringLiteral("certify")))
        duties << QStringLiteral("certify");
    const QString conflict = profile.dutyConflict(duties);
    if (!conflict.isEmpty())
        return tr("%1 cannot record checks: %2").arg(session.user().displayName, conflict);
    return {};
}

QString AccessGate::refusal(const Session &session, Action action)
{
    Q_ASSERT(!isCertifying(action)); // a duty needs the profile
    return session.allows(action) ? QString() : session.refusal(action);
}

namespace
{
// Jurisdiction after the role (and duty) said yes: the first refusal is kept.
bool withinScope(const Database &db, const Session &session, const AccessTarget &target,
                 QString why, QString *error)
{
    if (why.isEmpty() && target.recipientId > 0)
        ScopeGuard::allowsRecipient(db, session, target.recipientId, &why);
    if (why.isEmpty() && !target.nodeCode.isEmpty())
        ScopeGuard::allowsNode(db, session, target.nodeCode, &why);
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}
} // namespace

bool AccessGate::allows(const Database &db, const PolicyProfile &profile, const Session &session,
                        Action action, const AccessTarget &target, QString *error)
{
    return withinScope(db, session, target, refusal(profile, session, action), error);
}

bool AccessGate::allows(const Database &db, const Session &session, Action action,
                        const AccessTarget &target, QString *error)
{
    return withinScope(db, session, target, refusal(session, action), error);
}

bool AccessGate::authorize(const Database &db, const PolicyProfile &profile,
                           const AuditTrail &audit, const Session &session, Action action,
                           const AccessTarget &target, QString *error)
{
    QString why;
    allows(db, profile, session, action, target, &why);
    if (why.isEmpty() && target.logged)
        audit.record(session, *target.logged, target.auditTarget, target.detail, &why);
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}

} // namespace certdesk
