#include "auditheadcheck.h"

#include "protocolfields.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

AuditHead AuditHeadCheck::localHead(const Database &db, QString *error)
{
    AuditHead head;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
        *error = q.lastError().text();
        return head;
    }
    if (q.next()) {
        head.id = q.value(0).toLongLong();
        head.hash = q.value(1).toString();
    }
    return head;
}

HttpReply AuditHeadCheck::push(SyncClient &client, const AuditHead &head)
{
    return client.post(QStringLiteral("/v1/audit-head"),
                       {{ProtocolField::id, head.id}, {ProtocolField::hash, head.hash}});
}

HttpReply AuditHeadCheck::fetch(SyncClient &client)
{
    return client.get(QStringLiteral("/v1/audit-heads"));
}

bool AuditHeadCheck::parse(const QJsonObject &answer, QList<AuditHead> *heads, QString *error)
{
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    if (!answer.value(ProtocolField::heads).isArray()) {
        *error = tr("The server's answer has no list of audit heads.");
        return false;
    }
    for (const QJsonValue &v : answer.value(ProtocolField::heads).toArray()) {
        const QJsonObject o = v.toObject();
        AuditHead h{o.value(ProtocolField::id).toInteger(), o.value(ProtocolField::hash).toString(),
                    o.value(ProtocolField::at).toString()};
        if (h.id < 1 || !sha.match(h.hash).hasMatch()) {
            *error = tr("The server's list of audit heads holds an entry that is not one.");
            return false;
        }
        heads->append(h);
    }
    return true;
}

AuditCheck AuditHeadCheck::compare(const Database &db, const QList<AuditHead> &pinned)
{
    AuditCheck check;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    for (const AuditHead &head : pinned) {
        q.bindValue(0, head.id);
        if (!q.exec()) {
            check.ok = false;
            check.message = tr("The audit trail cannot be read: %1").arg(q.lastError().text());
            return check;
        }
        const bool found = q.next();
        const QString hash = found ? q.value(0).toString() : QString();
        q.finish();
        if (found && hash == head.hash) {
            ++check.entries;
            continue;
        }
        check.ok = false;
        check.badId = head.id;
        check.message =
            found ? tr("Audit entry %1 is not the one the server pinned on %2: the trail was "
                       "rewritten before the pinned head.")
                        .arg(head.id)
                        .arg(head.pinnedAt)
                  : tr("Audit entry %1, pinned by the server on %2, is missing here: the trail "
                       "was rewritten before the pinned head.")
                        .arg(head.id)
                        .arg(head.pinnedAt);
        return check;
    }
    return check;
}

} // namespace certdesk
