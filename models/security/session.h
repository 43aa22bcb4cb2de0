#pragma once

#include "permissions.h"
#include "store/ledgerquery.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace certdesk
{

struct Recipient;

// A user account as stored in app_user (without the password hash).
struct User {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::CommunityWorker;
    QString nodeCode;   // the jurisdiction node the user works in
    int nodeLevel = 3;  // its level: 1 district, 2 street, 3 community
    QStringList duties; // "certify", "approve-benefit"
    bool active = true;
};

// Who is working, passed to the services that consult it (never a global):
// the role decides what they may do, the node what they may see.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    Session() = default;
    Session(const User &user, const QString &place) : m_user(user), m_place(place) {}
    // The command-line program run by whoever can read the database file: an
    // explicit local actor "cli" with the administrator's rights over the whole
    // file, recorded as such in the audit trail (docs/decisions.md).
    static Session commandLine();
    // This machine's name, the "where" of audit entries made from the GUI.
    static QString machineName();

    const User &user() const { return m_user; }
    QString place() const { return m_place; }
    bool allows(Action action) const { return Permissions::allows(m_user.role, action); }
    QString refusal(Action action) const { return Permissions::refusal(m_user.role, action); }

    // The part of the jurisdiction this user may see; an empty code means all.
    Scope accessScope() const { return {m_user.nodeLevel, m_user.nodeCode}; }
    // Whether a person belongs to the user's node.
    bool covers(const Recipient &person) const;
    // The message for a person outside the user's node; it names nobody, so a
    // refusal does not leak who exists elsewhere.
    QString outsideScope() const;

private:
    User m_user;
    QString m_place;
};

} // namespace certdesk
