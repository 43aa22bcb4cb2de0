#include "auditheadstore.h"

#include "sync/protocolfields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace certdesk
{

namespace
{
AuditHeadStore::Answer refuse(int status, const QString &error, const QString &message)
{
    return {status, {}, error, message};
}

AuditHeadStore::Answer failed(const QString &what)
{
    // No SQL text leaves the server: the log has it, the client a sentence.
    qWarning("audit head: %s", qPrintable(what));
    return refuse(500, QStringLiteral("server-error"),
                  QStringLiteral("The server could not store the audit head."));
}
} // namespace

QString AuditHeadStore::createStatement()
{
    return QStringLiteral(
        "CREATE TABLE IF NOT EXISTS audit_head (device TEXT NOT NULL, audit_id BIGINT NOT NULL, "
        "hash TEXT NOT NULL, user_name TEXT NOT NULL, pinned_at TEXT NOT NULL, "
        "PRIMARY KEY (device, audit_id, hash))");
}

AuditHeadStore::Answer AuditHeadStore::pin(const UpstreamStore &store, const Caller &caller,
                                           const QJsonObject &body)
{
    const QJsonValue idValue = body.value(ProtocolField::id);
    const double raw = idValue.toDouble(-1);
    if (!idValue.isDouble() || raw < 1 || raw != double(qint64(raw)) || raw > 9.0e15)
        return refuse(400, QStringLiteral("malformed-json"),
                      QStringLiteral("id: the number of the trail's last entry (1 or more)."));
    const qint64 id = qint64(raw);
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    const QString hash = body.value(ProtocolField::hash).toString();
    if (!sha.match(hash).hasMatch())
        return refuse(400, QStringLiteral("malformed-json"),
                      QStringLiteral("hash: the last entry's hash, a lower-case SHA-256."));
    QString error;
    QSqlDatabase db = store.connection(&error);
    if (!db.isValid())
        return refuse(503, QStringLiteral("unavailable"),
                      QStringLiteral("The server's database cannot be reached."));
    std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
    if (!store.begin(db, &error))
        return failed(error);
    QSqlQuery q(db);
    QString conflict;
    // An entry pinned before with another hash: the trail was rewritten there.
    if (!execQuery(q,
                   QStringLiteral("SELECT hash, pinned_at FROM audit_head WHERE device = ? AND "
                                  "audit_id = ? ORDER BY pinned_at"),
                   {caller.device, id}, &error)) {
        UpstreamStore::rollback(db);
        return failed(error);
    }
    bool known = false;
    while (q.next()) {
        if (q.value(0).toString() == hash)
            known = true;
        else if (conflict.isEmpty())
            conflict = QStringLiteral("Entry %1 of this device's audit trail was pinned on %2 "
                                      "with another hash: the trail was rewritten.")
                           .arg(id)
                           .arg(q.value(1).toString());
    }
    // A head beyond this one: the trail lost entries the server had seen.
    if (conflict.isEmpty()) {
        if (!execQuery(q,
                       QStringLiteral("SELECT audit_id, pinned_at FROM audit_head WHERE device = "
                                      "? AND audit_id > ? ORDER BY audit_id DESC LIMIT 1"),
                       {caller.device, id}, &error)) {
            UpstreamStore::rollback(db);
            return failed(error);
        }
        if (q.next())
            conflict = QStringLiteral("This device's audit trail ends at entry %1, but entry %2 "
                                      "was pinned on %3: entries were removed or rewritten.")
                           .arg(id)
                           .arg(q.value(0).toLongLong())
                           .arg(q.value(1).toString());
    }
    // Kept either way: the server's record of what each device showed, when.
    if (!known &&
        !execQuery(q,
                   QStringLiteral("INSERT INTO audit_head (device, audit_id, hash, "
                                  "user_name, pinned_at) VALUES (?, ?, ?, ?, ?)"),
                   {caller.device, id, hash, caller.user, UpstreamStore::nowIso()}, &error)) {
        UpstreamStore::rollback(db);
        return failed(error);
    }
    if (!UpstreamStore::commit(db, &error))
        return failed(error);
    if (!conflict.isEmpty())
        return refuse(409, QStringLiteral("audit-rewritten"), conflict);
    return {200, {{ProtocolField::ok, true}, {ProtocolField::id, id}}, {}, {}};
}

AuditHeadStore::Answer AuditHeadStore::list(const UpstreamStore &store, const Caller &caller)
{
    QString error;
    QSqlDatabase db = store.connection(&error);
    if (!db.isValid())
        return refuse(503, QStringLiteral("unavailable"),
                      QStringLiteral("The server's database cannot be reached."));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execQuery(q,
                   QStringLiteral("SELECT audit_id, hash, pinned_at FROM audit_head WHERE device "
                                  "= ? ORDER BY audit_id, pinned_at"),
                   {caller.device}, &error))
        return failed(error);
    QJsonArray heads;
    while (q.next())
        heads.append(QJsonObject{{ProtocolField::id, q.value(0).toLongLong()},
                                 {ProtocolField::hash, q.value(1).toString()},
                                 {ProtocolField::at, q.value(2).toString()}});
    return {
        200, {{ProtocolField::device, caller.device}, {QStringLiteral("heads"), heads}}, {}, {}};
}

} // namespace certdesk
