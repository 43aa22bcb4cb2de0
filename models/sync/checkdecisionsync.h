#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace certdesk
{

class Database;
class PolicyProfile;

// GD 21-22: the county's decision on an on-site or home check travels between
// desks through the district server (issue 15). A decision made on this desk
// (CheckApprovals::decide) waits in check_approval.sync_state 'pending' and is
// sent after the desk's checks (POST /v1/check-decisions), where the server
// checks the decider again and keeps it; every desk of the person's
// jurisdiction pulls it as a `check-decision` change and applies it, so a
// refused check certifies nothing there either (PersonState leaves it out).
class CheckDecisionSync
{
public:
    struct Decision {
        QString event;    // the check's uuid
        QString decision; // approved, refused
        QString note;
        QString at; // UTC, when it was decided
        QString by; // who decided: the server takes it only from that user
    };
    // Decisions made here that the server has not taken yet, oldest first.
    static QList<Decision> pending(const Database &db, QString *error);
    static QJsonObject body(const Decision &d);
    // The server's answer: taken (accepted, or the same decision already there),
    // or refused for good with its reason.
    static bool recordAnswer(const Database &db, const QString &event, bool taken,
                             const QString &reason, QString *error);
    // A pulled decision, inside the caller's write transaction: written into the
    // check's approval row (the server's decision stands over one made here that
    // it refused). *recipientId is the person whose checks changed, or 0 (the
    // check is not on this desk, or nothing changed).
    static bool applyPulled(const QSqlDatabase &c, const PolicyProfile &profile,
                            const QJsonObject &data, qint64 *recipientId, QString *error);
};

} // namespace certdesk
