#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace certdesk
{

// The sqlite3 handle under a QtSql SQLite connection, or nullptr for another driver.
sqlite3 *sqliteHandle(const QSqlDatabase &connection);

// One statement prepared once on a QtSql SQLite connection's own handle, bound
// and stepped through the sqlite3 C API. QSqlResult::bindValue formats and hashes
// a placeholder name for every value it binds; for the many rows one write
// transaction of an import or a sync page touches, that was a twelfth of the
// import's CPU. Values bind and read as QtSql's SQLite driver (Qt 6) does: a
// QString as UTF-16 text (a null one as NULL), int, uint, qint64 and bool as
// integers, a double as a real, a QByteArray as a blob, a QDateTime as ISO text
// with milliseconds, anything else as its toString(); a column reads back as
// qlonglong, double, QString, QByteArray or a null QVariant
// (tst_bulk::sqliteStatementBindsAndReadsAsQSqlQuery).
// Use it on the thread (the connection) it was prepared on.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &connection, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds `values` to ?1..?n and runs a statement that returns no rows.
    bool run(std::initializer_list<QVariant> values, QString *error);
    // Binds `values` and starts a query; read its rows with next() and value().
    bool select(std::initializer_list<QVariant> values, QString *error);
    // The next row; false at the end or on an error (then error() says which).
    bool next();
    QString error() const { return m_stepError; }
    QVariant value(int column) const;
    bool isNull(int column) const;
    // Rows the last run() changed.
    int changes() const;
    // Ends a query early so it holds no read cursor.
    void finish();

private:
    bool bindAll(std::initializer_list<QVariant> values, QString *error);
    bool fail(QString *error) const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
    QString m_stepError;
    int m_changes = 0;
    int m_step = 0; // result of the last sqlite3_step
};

} // namespace certdesk
