#include "upstreamstore.h"

#include "accesstables.h"
#include "auditheadstore.h"
#include "deskbatchapproval.h"

#include "sync/syncpackage.h"

namespace certdesk
{

// The server's own schema (not the client's). Created when missing, by every
// command that opens the store. Only the auto-numbered keys differ per driver.
bool UpstreamStore::createSchema(QString *error) const
{
    QSqlDatabase db = connection(error);
    if (!db.isValid())
        return false;
    const QString serial = m_driver == Driver::Sqlite
                               ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                               : QStringLiteral("BIGSERIAL PRIMARY KEY");
    const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS jurisdiction (code TEXT PRIMARY KEY, parent_code TEXT, "
            "level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3), name TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, display_name TEXT NOT NULL, "
            "password_hash TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('worker', "
            "'supervisor', 'admin')), "
            "scope_code TEXT NOT NULL REFERENCES jurisdiction(code), created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS token (token_hash TEXT PRIMARY KEY, user_name "
                       "TEXT NOT NULL, "
                       "device TEXT NOT NULL, expires_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS device (id TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
            "device_key TEXT NOT NULL, first_seen TEXT NOT NULL, last_push_at TEXT, "
            "last_event_uuid TEXT, "
            "events_total BIGINT NOT NULL DEFAULT 0, last_pull_at TEXT, last_cursor BIGINT)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS recipient (id_number TEXT PRIMARY KEY, district_code TEXT "
            "NOT NULL, "
            "street_code TEXT NOT NULL, community_code TEXT NOT NULL, data TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS change (seq %1, type TEXT NOT NULL, key TEXT NOT NULL, "
            "id_number TEXT, "
            "district_code TEXT, street_code TEXT, community_code TEXT, data TEXT NOT NULL, "
            "created_at TEXT NOT NULL)")
            .arg(serial),
        QStringLiteral("CREATE INDEX IF NOT EXISTS change_district ON change (district_code, seq)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS change_street ON change (street_code, seq)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS change_community ON change (community_code, seq)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS change_person ON change (id_number, type)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS change_key ON change (type, key)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS event (uuid TEXT PRIMARY KEY, seq BIGINT NOT NULL, kind "
            "TEXT NOT NULL, "
            "id_number TEXT NOT NULL, device TEXT NOT NULL, user_name TEXT NOT NULL, "
            "content_hash TEXT NOT NULL, payload TEXT NOT NULL, received_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS event_person ON event (id_number)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS event_evidence (event_uuid TEXT NOT NULL, "
                       "content_hash TEXT NOT NULL, "
                       "PRIMARY KEY (event_uuid, content_hash))"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS event_evidence_hash ON event_evidence (content_hash)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS evidence (sha256 TEXT PRIMARY KEY, bytes BIGINT NOT NULL, "
            "stored_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS conflict (id TEXT PRIMARY KEY, type TEXT NOT NULL, "
            "id_number TEXT NOT NULL, field TEXT, event_uuid TEXT NOT NULL, other_uuid TEXT, "
            "conflict_values TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'open', decision TEXT, "
            "chosen_value TEXT, decided_by TEXT, decided_at TEXT, note TEXT, resolution_uuid TEXT, "
            "created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS conflict_person ON conflict (id_number)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_key (id INTEGER PRIMARY KEY, public_key "
                       "TEXT NOT NULL, "
                       "secret_key TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS package_import (id %1, file_sha256 TEXT NOT "
                       "NULL, device TEXT NOT NULL, "
                       "imported_at TEXT NOT NULL, results TEXT NOT NULL)")
            .arg(serial),
        // GD 9: a capped big-data batch held for its street and county approvals.
        QStringLiteral("CREATE TABLE IF NOT EXISTS bigdata_batch (id %1, file_name TEXT NOT NULL, "
                       "month TEXT NOT NULL, profile TEXT NOT NULL, submitted_by TEXT NOT NULL, "
                       "submitted_at TEXT NOT NULL, batch_rows TEXT NOT NULL, qualified INTEGER "
                       "NOT NULL, state TEXT NOT NULL DEFAULT 'pending', applied_at TEXT)")
            .arg(serial),
        QStringLiteral("CREATE TABLE IF NOT EXISTS bigdata_approval (batch_id BIGINT NOT NULL, "
                       "user_name TEXT NOT NULL, level TEXT NOT NULL, approved_at TEXT NOT NULL, "
                       "PRIMARY KEY (batch_id, user_name))"),
        // Evidence bytes each user sent per day (UTC), for the daily quota.
        QStringLiteral("CREATE TABLE IF NOT EXISTS upload_day (user_name TEXT NOT NULL, day TEXT "
                       "NOT NULL, bytes BIGINT NOT NULL, PRIMARY KEY (user_name, day))"),
        AuditHeadStore::createStatement(),
    };
    std::lock_guard<std::mutex> lock(writeMutex());
    if (!begin(db, error))
        return false;
    QSqlQuery q(db);
    for (const QString &sql : statements + accessTables(serial) +
                                  DeskBatchApproval::createStatements() +
                                  QStringList{checkDecisionTable()}) {
        if (!q.exec(sql)) {
            *error = QStringLiteral("creating the schema: %1").arg(sqlError(q));
            rollback(db);
            return false;
        }
    }
    return commit(db, error);
}

bool serverKeyPair(const UpstreamStore &store, QByteArray *publicKey, QByteArray *secretKey,
                   QString *error)
{
    QSqlDatabase db = store.connection(error);
    if (!db.isValid())
        return false;
    QSqlQuery q(db);
    const QString select =
        QStringLiteral("SELECT public_key, secret_key FROM server_key WHERE id = 1");
    if (!execQuery(q, select, {}, error))
        return false;
    if (!q.next()) {
        QByteArray pk, sk;
        if (!SyncPackage::newServerKeyPair(&pk, &sk)) {
            *error = QStringLiteral("cannot make the server key pair (libsodium)");
            return false;
        }
        std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
        if (!store.begin(db, error))
            return false;
        if (!execQuery(q,
                       QStringLiteral("INSERT INTO server_key (id, public_key, secret_key, "
                                      "created_at) VALUES (1, ?, ?, ?) "
                                      "ON CONFLICT (id) DO NOTHING"),
                       {QString::fromLatin1(pk.toBase64()), QString::fromLatin1(sk.toBase64()),
                        UpstreamStore::nowIso()},
                       error)) {
            UpstreamStore::rollback(db);
            return false;
        }
        if (!UpstreamStore::commit(db, error) || !execQuery(q, select, {}, error) || !q.next())
            return false;
    }
    *publicKey = QByteArray::fromBase64(q.value(0).toString().toLatin1());
    *secretKey = QByteArray::fromBase64(q.value(1).toString().toLatin1());
    return true;
}

} // namespace certdesk
