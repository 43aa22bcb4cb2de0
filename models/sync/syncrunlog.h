#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace certdesk
{

class Database;

// One finished or running sync, as the sync window lists it (table sync_run).
struct SyncRunLine {
    qint64 id = 0;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC; invalid while running or when the program stopped mid-run
    QString outcome;      // ok, retry, sign-in, needs-person, cancelled, sign-in-failed;
                          // empty while running
    int pushed = 0;
    int pulled = 0;
    int uploaded = 0;
    QString message;
};

// Reads the sync runs for the sync window, so no widget runs SQL. The rows are
// written by the sync worker.
class SyncRunLog
{
    Q_DECLARE_TR_FUNCTIONS(SyncRunLog)
public:
    explicit SyncRunLog(const Database &db) : m_db(db) {}

    // The newest first.
    QList<SyncRunLine> recent(int limit = 20, QString *error = nullptr) const;
    static QString outcomeName(const QString &outcome); // translated; "running" when empty

private:
    const Database &m_db;
};

} // namespace certdesk
