#include "userrepository.h"

#include "domain/policyprofile.h"
#include "passwordhasher.h"
#include "store/database.h"
#include "store/jurisdictionrepository.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

namespace
{
const char kColumns[] =
    "u.id, u.username, u.display_name, u.role, u.node_code, j.level, u.duties, u.active";

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Permissions::roleFromKey(q.value(3).toString()).value_or(Role::Auditor);
    u.nodeCode = q.value(4).toString();
    u.nodeLevel = q.value(5).toInt();
    u.duties = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    u.active = q.value(7).toInt() != 0;
    return u;
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

QStringList UserRepository::knownDuties()
{
    return {QStringLiteral("certify"), QStringLiteral("approve-benefit")};
}

qint64 UserRepository::count(QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM app_user")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QString UserRepository::problem(const User &user) const
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!namePattern.match(user.username).hasMatch())
        return tr("A user name has 2 to 32 letters, digits, dots, dashes or underscores (got "
                  "'%1').")
            .arg(user.username);
    if (user.username.compare(QLatin1String("cli"), Qt::CaseInsensitive) == 0)
        return tr("The name 'cli' is reserved for the command-line program.");
    if (user.displayName.trimmed().isEmpty())
        return tr("Give the user's full name.");
    const auto node = JurisdictionRepository(m_db).find(user.nodeCode);
    if (!node)
        return tr("There is no jurisdiction node with code '%1'.").arg(user.nodeCode);
    if (node->level != Permissions::nodeLevel(user.role))
        return tr("A %1 works in a node of level %2; %3 (%4) is of level %5.")
            .arg(Permissions::roleName(user.role))
            .arg(Permissions::nodeLevel(user.role))
            .arg(node->name, node->code)
            .arg(node->level);
    return dutiesProblem(user.duties);
}

QString UserRepository::dutiesProblem(const QStringList &duties) const
{
    for (const QString &duty : duties) {
        if (!knownDuties().contains(duty))
            return tr("Unknown duty '%1' (known: %2).")
                .arg(duty, knownDuties().join(QLatin1String(", ")));
    }
    return m_profile.dutyConflict(duties);
}

bool UserRepository::create(User &user, const QString &password, QString *error) const
{
    user.username = user.username.trimmed();
    const QString why = problem(user);
    if (!why.isEmpty())
        return failWith(error, why);
    if (find(user.username))
        return failWith(error, tr("There is already a user called '%1'.").arg(user.username));
    const QByteArray hash = PasswordHasher::hash(password, error);
    if (hash.isEmpty())
        return false;
    return inWriteTransaction(m_db, error, [&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO app_user(username, display_name, role, node_code, password_hash, "
            "duties, active, created_at) VALUES(?,?,?,?,?,?,?,?)"));
        for (const QVariant &v :
             {QVariant(user.username), QVariant(user.displayName.trimmed()),
              QVariant(Permissions::roleKey(user.role)), QVariant(user.nodeCode),
              QVariant(QString::fromLatin1(hash)),
              QVariant(QString(QLatin1String("")) + user.duties.join(QLatin1Char(','))),
              QVariant(user.active ? 1 : 0),
              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))})
            q.addBindValue(v);
        if (!q.exec())
            return failWith(error, q.lastError().text());
        user.id = q.lastInsertId().toLongLong();
        user.nodeLevel = Permissions::nodeLevel(user.role);
        return true;
    });
}

std::optional<User> UserRepository::find(const QString &username) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM app_user u JOIN jurisdiction j ON j.code = u.node_code "
                       "WHERE u.username = ?")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(username.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<User> UserRepository::all() const
{
    QList<User> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM app_user u JOIN jurisdiction j ON j.code = u.node_code "
                           "ORDER BY u.username")
                .arg(QLatin1String(kColumns))))
        return out;
    while (q.next())
        out << userFrom(q);
    return out;
}

std::optional<User> UserRepository::authenticate(const QString &username, const QString &password,
                                                 QString *error) const
{
    const auto user = find(username);
    QByteArray stored;
    if (user) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"));
        q.addBindValue(user->id);
        if (q.exec() && q.next())
            stored = q.value(0).toString().toLatin1();
    }
    if (!user || !PasswordHasher::verify(stored, password)) {
        failWith(error, tr("Wrong user name or password."));
        return std::nullopt;
    }
    if (!user->active) {
        failWith(error, tr("The account '%1' has been deactivated; ask the district administrator.")
                            .arg(user->username));
        return std::nullopt;
    }
    // Hashes made with weaker parameters are upgraded while the password is at hand.
    if (PasswordHasher::needsRehash(stored))
        resetPassword(user->id, password);
    return user;
}

bool UserRepository::update(qint64 userId, const QString &column, const QVariant &value,
                            QString *error) const
{
    return inWriteTransaction(m_db, error, [&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE app_user SET %1 = ? WHERE id = ?").arg(column));
        q.addBindValue(value);
        q.addBindValue(userId);
        if (!q.exec())
            return failWith(error, q.lastError().text());
        if (q.numRowsAffected() != 1)
            return failWith(error, tr("No user with id %1.").arg(userId));
        return true;
    });
}

bool UserRepository::resetPassword(qint64 userId, const QString &password, QString *error) const
{
    const QByteArray hash = PasswordHasher::hash(password, error);
    return !hash.isEmpty() &&
           update(userId, QStringLiteral("password_hash"), QString::fromLatin1(hash), error);
}

bool UserRepository::setActive(qint64 userId, bool active, QString *error) const
{
    return update(userId, QStringLiteral("active"), active ? 1 : 0, error);
}

bool UserRepository::setDuties(qint64 userId, const QStringList &duties, QString *error) const
{
    const QString problem = dutiesProblem(duties);
    if (!problem.isEmpty())
        return failWith(error, problem);
    return update(userId, QStringLiteral("duties"),
                  QString(QLatin1String("")) + duties.join(QLatin1Char(',')), error);
}

} // namespace certdesk
