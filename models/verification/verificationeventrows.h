#pragma once

#include "verificationevent.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace certdesk
{

class SqliteStatement;

// The rows of one recorded check: the append-only `verification_event` row, its
// evidence rows and (for a check made on this desk) its outbox row. One place that
// writes them, for a check recorded by a worker (VerificationService) and for a
// big-data result that certifies (BigDataCertification).
//
// An object prepares each statement once, on the connection of the thread that
// made it: keep one for a batch (an import's thousands of certifications spent a
// fifth of their time having SQLite parse the same INSERT again).
class VerificationEventRows
{
public:
    explicit VerificationEventRows(const QSqlDatabase &connection);
    ~VerificationEventRows();
    VerificationEventRows(const VerificationEventRows &) = delete;
    VerificationEventRows &operator=(const VerificationEventRows &) = delete;

    // Appends the rows inside the caller's write transaction. `outbox`: queue the
    // event for the next push (false for an event that came from upstream).
    bool write(const VerificationEvent &e, bool outbox, QString *error);
    // Whether an event with this uuid is stored.
    bool contains(const QString &uuid, bool *found, QString *error);

    // One event, statements prepared for it alone.
    static bool append(const QSqlDatabase &connection, const VerificationEvent &e, bool outbox,
                       QString *error);
    static bool exists(const QSqlDatabase &connection, const QString &uuid, bool *found,
                       QString *error);

private:
    SqliteStatement &statement(std::unique_ptr<SqliteStatement> &slot, const QString &sql);

    QSqlDatabase m_connection;
    std::unique_ptr<SqliteStatement> m_event, m_file, m_use, m_outbox, m_exists;
};

} // namespace certdesk
