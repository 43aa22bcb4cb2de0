#pragma once

#include "domain/benefitlifecycle.h"
#include "security/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

class Database;
class PersonState;
class WorkspaceChanges;
class PolicyProfile;

// What a recorded death or imprisonment means for the money already paid.
struct OverpaymentFinding {
    QString cause;     // deceased or imprisoned
    QDate eventDate;   // date of death, or of the check that found the imprisonment
    QString checkUuid; // the verification event it comes from
    Money monthly;
    Overpayment overpayment;
};

// Records lifecycle steps. Every step is checked against the state the person's
// earlier steps add up to (BenefitLifecycle); refused steps store nothing. Saving
// appends the event and a lifecycle_outbox row and updates recipient.benefit_status
// in one BEGIN IMMEDIATE transaction.
class LifecycleService
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleService)
public:
    // `session` is who records (no default: see docs/decisions.md, "One way in").
    LifecycleService(const Database &db, const PolicyProfile &profile, const Session &session);

    void setToday(const QDate &today) { m_today = today; }
    // The signed-in user: payment steps need the right to record (an auditor only
    // reads) and people within the user's node.
    void setSession(const Session &session) { m_session = session; }
    // Where committed steps are announced (the Workspace's); none: not announced.
    void setChanges(WorkspaceChanges *changes) { m_changes = changes; }
    QDate today() const { return m_today; }
    const PolicyProfile &profile() const { return m_profile; }

    // Validates and saves one step; fills uuid and recordedAt. False with *error otherwise.
    bool record(LifecycleEvent &event, QString *error = nullptr) const;
    // Several steps (a confirmed batch of proposals) all or nothing; the failing one is named.
    bool recordMany(QList<LifecycleEvent> &events, QString *error = nullptr) const;

    // A person's steps, oldest first, and the state they add up to.
    QList<LifecycleEvent> events(qint64 recipientId) const;
    LifecycleState state(qint64 recipientId) const;

    // Overpayment after the person's recorded death or imprisonment, paid through
    // `paidThrough`'s month. std::nullopt with *error when no such check is recorded.
    std::optional<OverpaymentFinding> overpayment(qint64 recipientId, const QDate &paidThrough,
                                                  QString *error = nullptr) const;
    // A repayment notice for that overpayment (deadline from the profile), ready to record.
    std::optional<LifecycleEvent> overpaymentNotice(qint64 recipientId, const QDate &paidThrough,
                                                    const QString &actor,
                                                    QString *error = nullptr) const;

private:
    Session m_session;
    WorkspaceChanges *m_changes = nullptr;
    bool writeEvent(LifecycleEvent &e, PersonState &state, QString &why) const;

    const Database &m_db;
    const PolicyProfile &m_profile;
    QDate m_today = QDate::currentDate();
};

} // namespace certdesk
