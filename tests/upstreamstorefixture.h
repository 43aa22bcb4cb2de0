#pragma once

// The server's store opened in-process on a throwaway database (SQLite or the
// PostgreSQL one UpstreamFixture makes): for tests of the storage layer itself
// (tst_changepage, tst_upstreamstatements), which link the server's sources.
#include "upstreamfixture.h"
#include "upstreamstore.h"

#include <QSqlDatabase>
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
