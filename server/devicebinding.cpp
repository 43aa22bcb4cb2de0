#include "devicebinding.h"

#include "accesstables.h"

#include <sodium.h>

namespace certdesk
{

namespace
{
QString newKey()
{
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return QString::fromLatin1(key.toBase64());
}

bool endTokens(QSqlDatabase &db, const QString &device, QString *error)
{
    QSqlQuery q(db);
    return execQuery(q, QStringLiteral("DELETE FROM token WHERE device = ?"), {device}, error);
}

bool newKeyFor(QSqlDatabase &db, const QString &device, QString *error)
{
    QSqlQuery q(db);
    const QString now = UpstreamStore::nowIso();
    return execQuery(q, QStringLiteral("UPDATE device SET device_key = ? WHERE id = ?"),
                     {newKey(), device}, error) &&
           execQuery(q,
                     QStringLiteral("UPDATE device_binding SET key_delivered = 0, key_made_at = ? "
                                    "WHERE device = ?"),
                     {now, device}, error) &&
           endTokens(db, device, error);
}

// A device of a store made before bindings: bound to its last user, key
// already handed out.
bool ensureBinding(QSqlDatabase &db, const QString &device, QString *error)
{
    QSqlQuery q(db);
    const QString now = UpstreamStore::nowIso();
    return execQuery(
        q,
        QStringLiteral("INSERT INTO device_binding (device, scope_code, key_delivered, "
                       "bound_at, key_made_at) SELECT d.id, u.scope_code, 1, ?, ? FROM device d "
                       "JOIN users u ON u.name = d.user_name WHERE d.id = ? "
                       "ON CONFLICT (device) DO NOTHING"),
        {now, now, device}, error);
}
} // namespace

std::optional<DeviceBinding::Owner> DeviceBinding::owner(QSqlDatabase &db, const QString &device,
                                                         QString *error)
{
    if (!ensureBinding(db, device, error))
        return std::nullopt;
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("SELECT d.user_name, b.scope_code FROM device d JOIN "
                                  "device_binding b ON b.device = d.id WHERE d.id = ?"),
                   {device}, error) ||
        !q.next())
        return std::nullopt;
    return Owner{q.value(0).toString(), q.value(1).toString()};
}

std::optional<DeviceBinding::SignIn> DeviceBinding::signIn(QSqlDatabase &db, const QString &device,
                                                           const QString &user,
                                                           const QString &scopeCode, QString *error)
{
    QSqlQuery q(db);
    if (!ensureBinding(db, device, error) ||
        !execQuery(q,
                   QStringLiteral("SELECT d.user_name, d.device_key, b.scope_code, "
                                  "b.key_delivered, b.revoked_at FROM device d JOIN "
                                  "device_binding b ON b.device = d.id WHERE d.id = ?"),
                   {device}, error))
        return std::nullopt;
    SignIn out;
    const QString now = UpstreamStore::nowIso();
    if (!q.next()) {
        out.deviceKey = newKey();
        if (!execQuery(q,
                       QStringLiteral("INSERT INTO device (id, user_name, device_key, first_seen) "
                                      "VALUES (?, ?, ?, ?)"),
                       {device, user, out.deviceKey, now}, error) ||
            !execQuery(
                q,
                QStringLiteral("INSERT INTO device_binding (device, scope_code, "
                               "key_delivered, bound_at, key_made_at) VALUES (?, ?, 1, ?, ?)"),
                {device, scopeCode, now, now}, error) ||
            !auditServer(db, user, QStringLiteral("device-bound"), device,
                         QStringLiteral("node %1").arg(scopeCode), error))
            return std::nullopt;
        out.allowed = true;
        return out;
    }
    const QString boundUser = q.value(0).toString();
    const QString key = q.value(1).toString();
    const QString boundScope = q.value(2).toString();
    const bool delivered = q.value(3).toInt() != 0;
    const bool revoked = !q.value(4).isNull() && !q.value(4).toString().isEmpty();
    out.status = 403;
    if (revoked) {
        out.code = QStringLiteral("device-revoked");
        out.message = QStringLiteral("This device was revoked by the district; it cannot sign in. "
                                     "Ask the district administrator.");
    } else if (boundUser != user || boundScope != scopeCode) {
        out.code = QStringLiteral("device-taken");
        out.message = QStringLiteral("This device is registered to another user or node. A "
                                     "supervisor or the district administrator can re-assign it.");
    }
    if (!out.code.isEmpty()) {
        // Refusals are audited too (a takeover attempt), outside the failed
        // transaction: the caller commits this entry and answers the refusal.
        if (!auditServer(db, user, QStringLiteral("device-refused"), device, out.code, error))
            return std::nullopt;
        return out;
    }
    out.status = 0;
    out.allowed = true;
    if (!delivered) {
        out.deviceKey = key;
        if (!execQuery(
                q, QStringLiteral("UPDATE device_binding SET key_delivered = 1 WHERE device = ?"),
                {device}, error))
            return std::nullopt;
    }
    return out;
}

bool DeviceBinding::reassign(QSqlDatabase &db, const QString &device, const QString &user,
                             const QString &actor, QString *error)
{
    QSqlQuery q(db);
    if (!execQuery(q, QStringLiteral("SELECT scope_code FROM users WHERE name = ?"), {user}, error))
        return false;
    if (!q.next()) {
        *error = QStringLiteral("%1 is not a user of this server").arg(user);
        return false;
    }
    const QString scope = q.value(0).toString();
    const auto current = owner(db, device, error);
    if (!current) {
        if (error->isEmpty())
            *error = QStringLiteral("device %1 has never signed in").arg(device);
        return false;
    }
    return execQuery(q, QStringLiteral("UPDATE device SET user_name = ? WHERE id = ?"),
                     {user, device}, error) &&
           execQuery(q,
                     QStringLiteral("UPDATE device_binding SET scope_code = ?, bound_at = ?, "
                                    "revoked_at = NULL WHERE device = ?"),
                     {scope, UpstreamStore::nowIso(), device}, error) &&
           newKeyFor(db, device, error) &&
           auditServer(db, actor, QStringLiteral("device-reassigned"), device,
                       QStringLiteral("from %1 (%2) to %3 (%4); new key")
                           .arg(current->user, current->scopeCode, user, scope),
                       error);
}

bool DeviceBinding::rotate(QSqlDatabase &db, const QString &device, const QString &actor,
                           QString *error)
{
    if (!owner(db, device, error)) {
        if (error->isEmpty())
            *error = QStringLiteral("device %1 has never signed in").arg(device);
        return false;
    }
    return newKeyFor(db, device, error) &&
           auditServer(db, actor, QStringLiteral("device-key-rotated"), device, QString(), error);
}

bool DeviceBinding::revoke(QSqlDatabase &db, const QString &device, const QString &actor,
                           QString *error)
{
    if (!owner(db, device, error)) {
        if (error->isEmpty())
            *error = QStringLiteral("device %1 has never signed in").arg(device);
        return false;
    }
    QSqlQuery q(db);
    return execQuery(q, QStringLiteral("UPDATE device_binding SET revoked_at = ? WHERE device = ?"),
                     {UpstreamStore::nowIso(), device}, error) &&
           endTokens(db, device, error) &&
           auditServer(db, actor, QStringLiteral("device-revoked"), device, QString(), error);
}

} // namespace certdesk
