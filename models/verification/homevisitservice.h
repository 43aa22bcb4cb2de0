#pragma once

#include "security/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

class Database;
class PolicyProfile;
class WorkingCalendar;
class WorkspaceChanges;

struct VisitAttempt {
    qint64 id = 0;
    QDate date;
    QString outcome; // not-home, refused, moved, hospital, other
    QString worker;
    QString note;
};

struct HomeVisit {
    qint64 id = 0;
    qint64 recipientId = 0;
    QDate requestedOn;
    QDate dueOn;
    QString status; // open, done, cancelled
    QString requestedBy;
    QString channel; // phone, window, family, neighbour, other
    QString reason;
    QString assignedTo;
    QDate plannedOn;
    QString closedBy; // uuid of the check that closed it
    QList<VisitAttempt> attempts;
};

// Home-visit certification requests (上门认证) for special-group people: the due
// date is the profile's number of working days after the request (Urumqi: 5),
// counted on the holiday calendar; a supervisor assigns a worker and a date;
// failed attempts are recorded; a recorded check closes the request
// (VerificationService does that in the same transaction).
class HomeVisitService
{
    Q_DECLARE_TR_FUNCTIONS(HomeVisitService)
public:
    // `session` is who works: people outside their node are refused. No default
    // (docs/decisions.md, "One way in").
    HomeVisitService(const Database &db, const PolicyProfile &profile,
                     const WorkingCalendar &calendar, const Session &session);
    void setSession(const Session &session) { m_session = session; }
    // The views follow each request, assignment and attempt.
    void setChanges(WorkspaceChanges *changes) { m_changes = changes; }

    // Refused for people outside the special groups (80+, ill, disabled, living
    // alone, mentally ill) on `requestedOn`, and when one is already open.
    std::optional<HomeVisit> request(qint64 recipientId, const QDate &requestedOn,
                                     const QString &requestedBy, const QString &channel,
                                     const QString &reason, QString *error = nullptr) const;
    bool assign(qint64 visitId, const QString &worker, const QDate &plannedOn,
                QString *error = nullptr) const;
    bool addAttempt(qint64 visitId, const VisitAttempt &attempt, QString *error = nullptr) const;
    std::optional<HomeVisit> find(qint64 visitId) const;
    std::optional<HomeVisit> openFor(qint64 recipientId) const;
    static QStringList attemptOutcomes(); // keys
    static QString attemptOutcomeName(const QString &key);

private:
    // The gate: a role that may log a visit, and the person in the session's node.
    bool mayWorkOn(qint64 recipientId, QString *why) const;
    void announce(qint64 recipientId) const;

    const Database &m_db;
    const PolicyProfile &m_profile;
    const WorkingCalendar &m_calendar;
    Session m_session;
    WorkspaceChanges *m_changes = nullptr;
};

} // namespace certdesk
