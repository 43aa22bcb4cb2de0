#include "bandcounter.h"

#include "store/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace certdesk
{

BandCounter::BandCounter(const Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    connect(&m_watcher, &QFutureWatcher<LedgerCounts>::finished, this, [this] {
        const LedgerCounts counts = m_watcher.result();
        const QString code = m_pendingCode;
        if (m_hasNext) {
            // A newer request arrived while this one ran: its answer is the one that matters.
            m_hasNext = false;
            request(m_next, m_nextToday);
            return;
        }
        emit countsReady(code, counts);
    });
}

BandCounter::~BandCounter()
{
    m_watcher.waitForFinished();
}

LedgerCounts BandCounter::countAll(const Database &db, const Scope &scope, const QDate &today,
                                   QString *error, const Scope &limit)
{
    LedgerCounts out;
    const QSqlDatabase c = db.connection();
    for (Ledger w : Ledgers::tabs()) {
        LedgerQuery query(w, scope, today);
        query.limitTo(limit);
        const qint64 n = query.count(c, -1, error);
        out.insert(w, n);
    }
    return out;
}

void BandCounter::request(const Scope &scope, const QDate &today)
{
    if (m_watcher.isRunning()) {
        m_next = scope;
        m_nextToday = today;
        m_hasNext = true;
        return;
    }
    m_pendingCode = scope.code;
    const Database *db = &m_db;
    const Scope limit = m_limit;
    m_watcher.setFuture(QtConcurrent::run(
        [db, scope, today, limit] { return countAll(*db, scope, today, nullptr, limit); }));
}

} // namespace certdesk
