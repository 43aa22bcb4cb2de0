#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace certdesk
{

// Statements on PostgreSQL prepared once per connection (issue 19 point 2).
//
// QPSQL's own prepare runs PREPARE, EXECUTE and DEALLOCATE for every call:
// three round trips. Values written into the SQL text instead (one trip) make
// PostgreSQL parse and plan every statement anew: about 140 of them in a
// community's daily sync. Here a statement's text is prepared the first time a
// connection runs it (`PREPARE cd_N AS` the SQL with $1, $2 ... for its '?'
// marks), and every later call is `EXECUTE cd_N(values)` in one round trip,
// the values escaped by the driver (QSqlDriver::formatValue, libpq's escaping)
// as before. The names live in a cache that belongs to the connection's
// driver object: it dies with it, and UpstreamStore::connection() forgets it
// when the connection is opened again (a new session has no statements).
//
// A text that PostgreSQL cannot prepare (a parameter whose type it cannot
// infer, or not a SELECT/INSERT/UPDATE/DELETE/WITH) runs with its values
// written in, as before; so do texts beyond MaxPerConnection, which keeps a
// connection's statements bounded (IN lists of every length are texts of their
// own). Inside a transaction the first PREPARE of a text runs under a
// savepoint (libpq says whether the connection is in one): when PostgreSQL
// refuses it, the savepoint is rolled back and the transaction goes on with
// the values written in.
namespace PreparedStatements
{
constexpr int MaxPerConnection = 256;

// Runs `sql` with `values` for its '?' marks on a PostgreSQL connection.
// False with the driver's error text in *error.
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error);

// The connection opened anew: the statements of its old session are gone.
void forget(const QSqlDatabase &db);

// How many statements the connection's cache names (for tests).
int count(const QSqlDatabase &db);
} // namespace PreparedStatements

// The values written into the text, each escaped by the driver.
QString inlinedSql(const QSqlDriver *driver, const QString &sql, const QVariantList &values);

} // namespace certdesk
