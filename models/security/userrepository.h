#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

class Database;
class PolicyProfile;

// User accounts (app_user). Passwords go in only through PasswordHasher; a
// user's node must exist and have the level of the role (a community worker
// works in a community, a supervisor in a street, an administrator or auditor
// in a district); duties that the profile declares incompatible are refused.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    UserRepository(const Database &db, const PolicyProfile &profile) : m_db(db), m_profile(profile)
    {
    }

    qint64 count(QString *error = nullptr) const;
    // Fills user.id on success; on failure *error says why and nothing is stored.
    bool create(User &user, const QString &password, QString *error = nullptr) const;
    std::optional<User> find(const QString &username) const;
    QList<User> all() const;
    // The user when the name and password match an active account; otherwise
    // std::nullopt with a message that does not tell which of the two was wrong.
    std::optional<User> authenticate(const QString &username, const QString &password,
                                     QString *error = nullptr) const;
    bool resetPassword(qint64 userId, const QString &password, QString *error = nullptr) const;
    bool setActive(qint64 userId, bool active, QString *error = nullptr) const;
    // Replaces the duties; refused when the profile makes two of them incompatible.
    bool setDuties(qint64 userId, const QStringList &duties, QString *error = nullptr) const;

    // Known duty keys: "certify" (records checks), "approve-benefit" (approves payments).
    static QStringList knownDuties();
    // Why this user may not be stored; empty when fine.
    QString problem(const User &user) const;

private:
    QString dutiesProblem(const QStringList &duties) const;
    bool update(qint64 userId, const QString &column, const QVariant &value, QString *error) const;

    const Database &m_db;
    const PolicyProfile &m_profile;
};

} // namespace certdesk
