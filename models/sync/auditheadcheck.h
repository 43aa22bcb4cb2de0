#pragma once

#include "security/audittrail.h"
#include "store/database.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace certdesk
{

// One head of the audit trail: the id and hash of its last entry.
struct AuditHead {
    qint64 id = 0; // 0: the trail is empty
    QString hash;
    QString pinnedAt; // when the server pinned it (UTC, as the server wrote it)
};

// The audit chain's head pinned upstream (issue 16, point 7). The local chain
// proves nothing changed since a copy of its head was taken elsewhere
// (docs/decisions.md, "The audit trail"); each sync sends the head to the
// server, which keeps it, and verify-audit compares the local trail with every
// head the server holds for this device.
class AuditHeadCheck
{
    Q_DECLARE_TR_FUNCTIONS(AuditHeadCheck)
public:
    static AuditHead localHead(const Database &db, QString *error);
    // POST /v1/audit-head.
    static HttpReply push(SyncClient &client, const AuditHead &head);
    // GET /v1/audit-heads: the heads the server pinned for this device.
    static HttpReply fetch(SyncClient &client);
    // The heads of an answer to fetch(); false with *error when it is not one.
    static bool parse(const QJsonObject &answer, QList<AuditHead> *heads, QString *error);
    // Every pinned head must be an entry of the local trail with the same hash:
    // a missing or different entry means the trail was rewritten before the head
    // the server pinned. `entries` counts the heads that matched.
    static AuditCheck compare(const Database &db, const QList<AuditHead> &pinned);
};

} // namespace certdesk
