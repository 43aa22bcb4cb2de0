#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class PolicyProfile;

// Recomputes what a person's row derives from their events, after events from
// other devices or a death recorded upstream arrived through a pull:
//  - living status: the latest effective check (ordered by check date, then by
//    when it happened), unless an upstream death is later than the last "alive";
//  - last check and the service period: from the latest "alive";
//  - contact fields: each from the newest check that set it (by when it
//    happened), so every device shows the same value whatever order the events
//    arrived in — the newer one, as the protocol says for a contact conflict.
// Runs inside the caller's write transaction.
class DerivedState
{
    Q_DECLARE_TR_FUNCTIONS(DerivedState)
public:
    static bool recompute(const Database &db, const PolicyProfile &profile, qint64 recipientId, QString *error);
};
