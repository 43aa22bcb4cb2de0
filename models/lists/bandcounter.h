#pragma once

#include "store/ledgerquery.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

namespace certdesk
{

class Database;

using LedgerCounts = QHash<Ledger, qint64>;

// Counts every work list of a node. countAll() runs where it is called (CLI,
// tests); request() runs it on a worker thread with that thread's own SQLite
// connection and reports with countsReady(), dropping answers to older requests.
class BandCounter : public QObject
{
    Q_OBJECT
public:
    explicit BandCounter(const Database &db, QObject *parent = nullptr);
    ~BandCounter() override;

    // Counts only people inside `limit` too (the user's node, LedgerQuery::limitTo).
    static LedgerCounts countAll(const Database &db, const Scope &scope, const QDate &today,
                                 QString *error = nullptr, const Scope &limit = {});
    void setAccessLimit(const Scope &limit) { m_limit = limit; }
    void request(const Scope &scope, const QDate &today);
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void countsReady(const QString &scopeCode, const LedgerCounts &counts);

private:
    const Database &m_db;
    QFutureWatcher<LedgerCounts> m_watcher;
    QString m_pendingCode;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    Scope m_next;
    Scope m_limit;
    QDate m_nextToday;
    bool m_hasNext = false;
};

} // namespace certdesk
