#include "singlepassread.h"

#include <QSqlQuery>

namespace certdesk
{

namespace
{
constexpr int kSqliteDefaultCacheKiB = 2000; // SQLITE_DEFAULT_CACHE_SIZE
}

SinglePassRead::SinglePassRead(const QSqlDatabase &db) : m_db(db)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return; // the read goes on with the cache it has
    m_cacheSize = q.value(0).toString();
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kSqliteDefaultCacheKiB));
}

SinglePassRead::~SinglePassRead()
{
    bool number = false;
    const qint64 size = m_cacheSize.toLongLong(&number);
    if (number) // a number read from SQLite itself, not text put into the statement
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(size));
}

} // namespace certdesk
