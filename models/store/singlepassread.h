#pragma once

#include <QSqlDatabase>

namespace certdesk
{

// While a read that visits each page once runs (a whole list exported or
// printed), the connection uses SQLite's default page cache (2 MB) instead of the
// desk's 64 MB, and gets it back afterwards. Such a read gains nothing from a
// large cache, and filling one page at a time while the rows' small allocations
// were freed made glibc consolidate its free lists on each new page: a third of
// the CPU of exporting a district's 246,692-row ledger, and 65 MB of memory.
class SinglePassRead
{
public:
    explicit SinglePassRead(const QSqlDatabase &db);
    ~SinglePassRead();
    SinglePassRead(const SinglePassRead &) = delete;
    SinglePassRead &operator=(const SinglePassRead &) = delete;

private:
    QSqlDatabase m_db;
    QString m_cacheSize; // as PRAGMA cache_size gave it; empty when unknown
};

} // namespace certdesk
