#pragma once

#include "eventingest.h"
#include "upstreamstore.h"

#include <QJsonObject>
#include <QString>

namespace certdesk
{

// The heads of the devices' audit trails, pinned by the server (issue 16,
// point 7). A device's trail is hash-chained, but whoever can rewrite its file
// can recompute the chain; a head the server holds cannot be recomputed
// locally, so `certdesk-cli verify-audit --server` finds a rewrite before it.
// Rows are only inserted (a device, an entry id and that entry's hash), one per
// new head; the device is the token's, never the body's.
class AuditHeadStore
{
public:
    struct Answer {
        int status = 200;
        QJsonObject body; // when 200
        QString error;    // protocol code, when not 200
        QString message;  // for a person
    };

    static QString createStatement();
    // POST /v1/audit-head {"id": N, "hash": "<sha256>"}.
    static Answer pin(const UpstreamStore &store, const Caller &caller, const QJsonObject &body);
    // GET /v1/audit-heads: this device's pinned heads, oldest first.
    static Answer list(const UpstreamStore &store, const Caller &caller);
};

} // namespace certdesk
