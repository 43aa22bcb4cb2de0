#pragma once

// The server's store opened in-process on a throwaway database (SQLite or the
// PostgreSQL one UpstreamFixture makes): for tests of the storage layer itself
// (tst_changepage, tst_upstreamstatements), which link the server's sources.
#include "upstreamfixture.h"
#include "upstreamstore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <mutex>
#include <optional>

struct OpenedUpstreamStore {
    UpstreamFixture fixture;
    std::optional<certdesk::UpstreamStore> store;
    QSqlDatabase db;
};

// Opens the fixture's store and its connection; false with the reason in *error.
inline bool openStore(OpenedUpstreamStore &s, QString *error)
{
    s.store = certdesk::UpstreamStore::open(s.fixture.dbUrl(), error);
    if (!s.store)
        return false;
    s.db = s.store->connection(error);
    return s.db.isValid();
}

// `count` changes appended in one transaction under the change order, as the
// server's writers append them; false with the reason in *error.
inline bool appendCommitted(OpenedUpstreamStore &s, const QString &type, const QString &key,
                            const QString &idNumber, const certdesk::ScopeCodes &codes,
                            const QJsonObject &data, QString *error, int count = 1)
{
    std::lock_guard<std::mutex> lock(certdesk::UpstreamStore::writeMutex());
    if (!s.store->begin(s.db, error))
        return false;
    for (int i = 0; i < count; ++i) {
        if (certdesk::UpstreamStore::appendChange(s.db, type, key, idNumber, codes, data, error) ==
            0) {
            certdesk::UpstreamStore::rollback(s.db);
            return false;
        }
    }
    return certdesk::UpstreamStore::commit(s.db, error);
}
