#pragma once

#include "domain/policyprofile.h"
#include "security/session.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace certdesk
{

class WorkspaceChanges;

// A check waiting for the county's approval.
struct PendingApproval {
    QString eventUuid;
    qint64 recipientId = 0;
    QString name;
    QString idNumber; // canonical; show it masked
    QString method;   // VerificationMethod key
    QDate checkDate;
    QString worker;
    QDate due;
    bool overdue = false; // `today` is after the due day
};

// GD 21-22: an on-site check (at a service window) or a home check goes to the
// county agency (县社保经办机构), which approves it within 1 working day (the
// profile's `countyCheckApprovalWorkingDays`). A check is recorded as usual and
// queued here in the same transaction; the county's district administrators
// decide (Action::ApproveCheck, within their node, audited). A refused check
// (with its reason) certifies nothing: PersonState leaves it out, and the
// timeline shows the refusal. Profiles without the rule queue nothing.
class CheckApprovals
{
    Q_DECLARE_TR_FUNCTIONS(CheckApprovals)
public:
    CheckApprovals(const Database &db, const PolicyProfile &profile);
    // Where a decision is announced (the person's record and lists change on a refusal).
    void setChanges(WorkspaceChanges *changes) { m_changes = changes; }

    // Whether a check of this method needs the county's approval under `profile`.
    static bool needsApproval(const PolicyProfile &profile, const QString &methodKey);
    // The working day by which the county decides a check made on `checkDate`.
    static QDate dueFor(const PolicyProfile &profile, const QDate &checkDate);
    // Queues a check inside the caller's write transaction (does nothing when the
    // profile does not ask for it).
    static bool queue(const QSqlDatabase &connection, const PolicyProfile &profile,
                      const QString &eventUuid, const QString &methodKey, const QDate &checkDate,
                      QString *error);

    // Checks waiting for a decision within the session's node, oldest due first.
    QList<PendingApproval> pending(const Session &session, const QDate &today,
                                   QString *error = nullptr) const;
    int overdueCount(const Session &session, const QDate &today) const;
    // Approves or refuses a waiting check, as `session` (audited in the same
    // transaction). A refusal needs its reason in `note`. The decision waits to
    // be sent to the district server (CheckDecisionSync).
    bool decide(const QString &eventUuid, bool approve, const QString &note, const Session &session,
                const QDate &today, QString *error) const;

private:
    const Database &m_db;
    const PolicyProfile &m_profile;
    WorkspaceChanges *m_changes = nullptr;
};

} // namespace certdesk
