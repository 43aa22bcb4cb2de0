#pragma once

#include "changepage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <mutex>
#include <optional>

namespace certdesk
{

// Where a change or an event belongs in the jurisdiction tree: the person's (or
// node's) district, street and community codes. Pulls filter on them.
struct ScopeCodes {
    QString district;
    QString street;
    QString community;
};

// The jurisdiction a token (or an exported package) is limited to.
struct TokenScope {
    QString code;
    int level = 0; // 1 district, 2 street, 3 community
    QString name;
    QStringList ancestors; // parent codes up to the district
    // The change/recipient column that holds codes of this level.
    QString column() const;
    bool contains(const ScopeCodes &codes) const;
};

// Who is pushing: from the token (HTTP) or from the package's device (USB).
struct Caller {
    QString user;
    QString displayName;
    QString role; // worker, supervisor, admin
    QString device;
    TokenScope scope;
};

// The server's storage behind a connection URL: "sqlite:/abs/path.db" (QSQLITE,
// WAL) or "postgresql://user[:pass]@host:port/dbname" (QPSQL). The same SQL runs
// on both; the schema differs only in how the change sequence is declared.
//
// cpp-httplib runs handlers on its pool threads and a QSqlDatabase connection
// may only be used by the thread that made it, so every thread gets its own
// connection (named after the thread) on first use.
class UpstreamStore
{
public:
    enum class Driver { Sqlite, Postgres };

    static std::optional<UpstreamStore> open(const QString &url, QString *error);

    Driver driver() const { return m_driver; }
    // This thread's connection, opened on first use. Invalid (with *error) when
    // the database cannot be reached.
    QSqlDatabase connection(QString *error = nullptr) const;
    bool createSchema(QString *error) const;

    // Every write transaction runs under this one process-wide mutex, and on
    // PostgreSQL additionally under a transaction-scoped advisory lock (admin
    // commands in another process). That is what keeps change numbers committed
    // in increasing order: without it, a transaction that drew seq 10 could
    // commit after one that drew seq 11, and a puller that already stored cursor
    // 11 would skip 10 for ever.
    static std::mutex &writeMutex();

    // BEGIN IMMEDIATE on SQLite (a deferred BEGIN that later writes can fail
    // busy on upgrade), BEGIN + advisory lock on PostgreSQL.
    bool begin(QSqlDatabase &db, QString *error) const;
    // PostgreSQL only, for a push (issue 19 point 2): a plain BEGIN, its reads
    // done before the change order is taken, then the advisory lock (the
    // caller holds writeMutex() by then). False with *error (rolled back).
    static bool beginReading(QSqlDatabase &db, QString *error);
    static bool takeChangeOrder(QSqlDatabase &db, QString *error);
    static bool commit(QSqlDatabase &db, QString *error);
    static void rollback(QSqlDatabase &db);

    // Appends a change and returns its seq (0 with *error on failure). Must run
    // inside a write transaction.
    static qint64 appendChange(QSqlDatabase &db, const QString &type, const QString &key,
                               const QString &idNumber, const ScopeCodes &codes,
                               const QJsonObject &data, QString *error);

    // The codes of a person on the roster; nullopt when unknown.
    static std::optional<ScopeCodes> personCodes(QSqlDatabase &db, const QString &idNumber);
    // A jurisdiction node with its ancestors; nullopt when unknown.
    static std::optional<TokenScope> scopeOf(QSqlDatabase &db, const QString &code);
    // scopeOf's statement for other statements to join: the recursive CTE
    // "up (depth, level, name, parent_code)" starting from the jurisdiction
    // rows `anchor` names ("jurisdiction j WHERE j.code = ?", or a join on j).
    static QString scopeSql(const QString &anchor);
    // The scope of node `code` from a query on its first row whose columns
    // `column`.. are up's level, name and parent_code, ordered by depth
    // (reads the query to its end); nullopt when the level is NULL.
    static std::optional<TokenScope> readScope(QSqlQuery &q, const QString &code, int column);

    static QString nowIso();
    static QString sqlError(const QSqlQuery &q);

private:
    // Each new session's settings (WAL and foreign keys; PostgreSQL's notices).
    void setUpSession(QSqlDatabase &db) const;

    QString m_url;
    Driver m_driver = Driver::Sqlite;
    QString m_path; // sqlite
    QString m_host, m_user, m_password, m_dbName;
    int m_port = 5432;
};

// Runs `sql` with `values` for its '?' marks, in order. SQLite: a prepared
// query (kept while the text stays the same). PostgreSQL: prepared once per
// connection and run as EXECUTE with the values (preparedstatements.h).
bool execQuery(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error);

// Statements for a whole push rather than one per event (issue 19): on
// PostgreSQL every statement is a round trip, so a batch reads and writes in a
// few statements whatever its size. The same SQL on both stores.
//
// Runs `sql`, whose "%1" stands for an IN list of marks, for `keys` in pieces
// of at most MaxKeysPerStatement (bound after `before`), and hands each row to
// `row`. Rows of one key come in the statement's order.
bool selectIn(QSqlDatabase &db, const QString &sql, const QVariantList &before,
              const QStringList &keys, const std::function<void(const QSqlQuery &)> &row,
              QString *error);
// Inserts rows of `columns` values each (`values` row after row) with
// multi-row INSERTs: `head` is "INSERT INTO t (a, b)", `tail` follows the
// VALUES (e.g. " RETURNING seq"), and `each` reads every statement's answer.
bool insertRows(QSqlDatabase &db, const QString &head, int columns, const QVariantList &values,
                QString *error, const QString &tail = QString(),
                const std::function<void(QSqlQuery &)> &each = {});
constexpr int MaxKeysPerStatement = 500;
constexpr int MaxValuesPerInsert = 2000;

// The server's X25519 key pair (USB outbox packages are sealed to it), made
// on first use and stored in server_key.
bool serverKeyPair(const UpstreamStore &store, QByteArray *publicKey, QByteArray *secretKey,
                   QString *error);

// The changes a pull from `since` returns for `scope`, at most `limit` (0: all).
std::optional<ChangePage> changesSince(QSqlDatabase &db, const TokenScope &scope, qint64 since,
                                       qint64 limit, QString *error);

} // namespace certdesk
