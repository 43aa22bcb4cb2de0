#pragma once

#include "upstreamstore.h"

#include <QSqlError>
#include <functional>
#include <mutex>

namespace certdesk
{

// Runs `work` in a write transaction that appends no change (an evidence row,
// a day's upload count, a device's pull cursor): the order of change numbers
// that UpstreamStore::writeMutex() keeps does not concern it. On PostgreSQL it
// runs beside pushes in a transaction of its own, without the process mutex or
// the advisory lock; SQLite has one writer at a time anyway, so there it takes
// the mutex and BEGIN IMMEDIATE as every write does. Issue 19: with 200
// devices at once (bench_city), every photo upload and pull page queued behind
// the pushes for the one mutex. False with *error (rolled back).
inline bool unorderedWrite(const UpstreamStore &store, QSqlDatabase &db,
                           const std::function<bool(QSqlQuery &, QString *)> &work, QString *error)
{
    std::unique_lock<std::mutex> lock(UpstreamStore::writeMutex(), std::defer_lock);
    QSqlQuery q(db);
    if (store.driver() == UpstreamStore::Driver::Sqlite) {
        lock.lock();
        if (!store.begin(db, error))
            return false;
    } else if (!q.exec(QStringLiteral("BEGIN"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!work(q, error)) {
        UpstreamStore::rollback(db);
        return false;
    }
    return UpstreamStore::commit(db, error);
}

} // namespace certdesk
