#include "accesstables.h"

#include "upstreamstore.h"

namespace certdesk
{

QStringList accessTables(const QString &serialKey)
{
    return {
        // A device's binding: the node it was bound in, whether its current key
        // was handed out (it is, once), and a revocation.
        QStringLiteral("CREATE TABLE IF NOT EXISTS device_binding (device TEXT PRIMARY KEY, "
                       "scope_code TEXT NOT NULL, key_delivered INTEGER NOT NULL DEFAULT 0, "
                       "bound_at TEXT NOT NULL, key_made_at TEXT NOT NULL, revoked_at TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_audit (id %1, at TEXT NOT NULL, "
                       "actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, "
                       "detail TEXT NOT NULL)")
            .arg(serialKey),
        QStringLiteral("CREATE TABLE IF NOT EXISTS user_disabled (user_name TEXT PRIMARY KEY, "
                       "disabled_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS user_duty (user_name TEXT NOT NULL, duty "
                       "TEXT NOT NULL, PRIMARY KEY (user_name, duty))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS approval (event_uuid TEXT PRIMARY KEY, "
                       "id_number TEXT NOT NULL, step TEXT NOT NULL, approver TEXT NOT NULL, "
                       "approved_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS region_profile (code TEXT PRIMARY KEY, "
                       "profile TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS evidence_holder (sha256 TEXT NOT NULL, "
                       "user_name TEXT NOT NULL, PRIMARY KEY (sha256, user_name))"),
    };
}

bool auditServer(QSqlDatabase &db, const QString &actor, const QString &action,
                 const QString &target, const QString &detail, QString *error)
{
    QSqlQuery q(db);
    return execQuery(q,
                     QStringLiteral("INSERT INTO server_audit (at, actor, action, target, detail) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {UpstreamStore::nowIso(), actor, action, target,
                      detail.isNull() ? QStringLiteral("") : detail},
                     error);
}

} // namespace certdesk
