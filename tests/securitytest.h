#pragma once
// Shared by the security tests: a demo database and users at its nodes.
#include "domain/policyprofile.h"
#include "security/session.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "store/jurisdictionrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringList>

using namespace certdesk;

namespace securitytest
{

// A new database with `persons` demo recipients as of `today`; null with *error on failure.
inline std::unique_ptr<Database> demoDatabase(const QString &path, const PolicyProfile &profile,
                                              int persons, int seed, const QDate &today,
                                              QString *error)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, error);
    DemoOptions o;
    o.persons = persons;
    o.seed = seed;
    o.today = today;
    if (db && !DemoGenerator::generate(*db, profile, o, error))
        db.reset();
    return db;
}

// Writes a small file (a password file for certdesk-cli).
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Codes of the nodes of one level, ordered by code.
inline QStringList nodes(const Database &db, int level)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT code FROM jurisdiction WHERE level = ? ORDER BY code"));
    q.addBindValue(level);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// A session without a stored account: what the GUI has after sign-in.
inline Session sessionAt(Role role, int level, const QString &code,
                         const QStringList &duties = {QStringLiteral("certify")})
{
    User u;
    u.id = 1;
    u.username = QStringLiteral("tester");
    u.displayName = QStringLiteral("测试员");
    u.role = role;
    u.nodeLevel = level;
    u.nodeCode = code;
    u.duties = duties;
    return Session(u, QStringLiteral("test-host"));
}

// The district administrator over the whole file, for widget tests that are
// not about sign-in.
inline Session administrator()
{
    return sessionAt(Role::DistrictAdministrator, 1, QString(), {QStringLiteral("certify")});
}

// An account to store with UserRepository::create.
inline User account(const QString &username, const QString &displayName, Role role,
                    const QString &node, const QStringList &duties = {QStringLiteral("certify")})
{
    User u;
    u.username = username;
    u.displayName = displayName;
    u.role = role;
    u.nodeCode = node;
    u.duties = duties;
    return u;
}

} // namespace securitytest
