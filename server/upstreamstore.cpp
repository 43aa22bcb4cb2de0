#include "upstreamstore.h"
#include "preparedstatements.h"
#include "sync/protocolfields.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <algorithm>

namespace certdesk
{

QString TokenScope::column() const
{
    switch (level) {
    case 1:
        return QStringLiteral("district_code");
    case 2:
        return QStringLiteral("street_code");
    default:
        return QStringLiteral("community_code");
    }
}

bool TokenScope::contains(const ScopeCodes &codes) const
{
    switch (level) {
    case 1:
        return codes.district == code;
    case 2:
        return codes.street == code;
    case 3:
        return codes.community == code;
    default:
        return false;
    }
}

std::optional<UpstreamStore> UpstreamStore::open(const QString &url, QString *error)
{
    UpstreamStore store;
    store.m_url = url;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        store.m_driver = Driver::Sqlite;
        store.m_path = url.mid(7);
        if (store.m_path.startsWith(QLatin1String("//")))
            store.m_path = store.m_path.mid(2);
        if (store.m_path.isEmpty()) {
            *error = QStringLiteral(
                "--db: 'sqlite:' needs a file path, e.g. sqlite:/srv/certdesk/upstream.db");
            return std::nullopt;
        }
    } else if (url.startsWith(QLatin1String("postgresql://")) ||
               url.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2) {
            *error = QStringLiteral("--db: '%1' is not postgresql://user[:pass]@host:port/dbname")
                         .arg(url);
            return std::nullopt;
        }
        store.m_driver = Driver::Postgres;
        store.m_host = u.host();
        store.m_port = u.port(5432);
        store.m_user = u.userName();
        store.m_password = u.password();
        store.m_dbName = u.path().mid(1);
    } else {
        *error = QStringLiteral(
                     "--db: '%1' is neither sqlite:/path.db nor postgresql://user@host:port/db")
                     .arg(url);
        return std::nullopt;
    }
    return store;
}

QSqlDatabase UpstreamStore::connection(QString *error) const
{
    const QString name = QStringLiteral("upstream-%1-%2")
                             .arg(qHash(m_url))
                             .arg(quintptr(QThread::currentThreadId()));
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        // Opened again: a new session, without the old one's prepared
        // statements or settings.
        PreparedStatements::forget(db);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            return QSqlDatabase();
        }
        setUpSession(db);
        return db;
    }
    if (m_driver == Driver::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setDatabaseName(m_dbName);
    }
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open the database: %1").arg(db.lastError().text());
        return QSqlDatabase();
    }
    setUpSession(db);
    return db;
}

void UpstreamStore::setUpSession(QSqlDatabase &db) const
{
    if (m_driver == Driver::Sqlite) {
        QSqlQuery q(db);
        // WAL: pulls read while a push writes. NORMAL sync is durable against a
        // killed process (the WAL is in the OS), which is what we test.
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    } else {
        // "relation already exists, skipping" notices of CREATE ... IF NOT
        // EXISTS would otherwise reach stderr through libpq on every command.
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages = WARNING"));
    }
}

std::mutex &UpstreamStore::writeMutex()
{
    static std::mutex mutex;
    return mutex;
}

bool UpstreamStore::begin(QSqlDatabase &db, QString *error) const
{
    QSqlQuery q(db);
    if (m_driver == Driver::Sqlite) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = sqlError(q);
            return false;
        }
        return true;
    }
    return beginReading(db, error) && takeChangeOrder(db, error);
}

namespace
{
// One statement of a transaction's frame; rolled back when it fails.
bool runOrRollBack(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    *error = UpstreamStore::sqlError(q);
    UpstreamStore::rollback(db);
    return false;
}
} // namespace

bool UpstreamStore::beginReading(QSqlDatabase &db, QString *error)
{
    return runOrRollBack(db, QStringLiteral("BEGIN"), error);
}

bool UpstreamStore::takeChangeOrder(QSqlDatabase &db, QString *error)
{
    return runOrRollBack(db, QStringLiteral("SELECT pg_advisory_xact_lock(20261123)"), error);
}

bool UpstreamStore::commit(QSqlDatabase &db, QString *error)
{
    return runOrRollBack(db, QStringLiteral("COMMIT"), error);
}

void UpstreamStore::rollback(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("ROLLBACK"));
}

qint64 UpstreamStore::appendChange(QSqlDatabase &db, const QString &type, const QString &key,
                                   const QString &idNumber, const ScopeCodes &codes,
                                   const QJsonObject &data, QString *error)
{
    QSqlQuery q(db);
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
    };
    if (!execQuery(
            q,
            QStringLiteral("INSERT INTO change (type, key, id_number, district_code, street_code, "
                           "community_code, "
                           "data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
            {type, key, orNull(idNumber), orNull(codes.district), orNull(codes.street),
             orNull(codes.community),
             QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), nowIso()},
            error))
        return 0;
    if (!q.next()) {
        *error = QStringLiteral("the change was not numbered");
        return 0;
    }
    return q.value(0).toLongLong();
}

std::optional<ScopeCodes> UpstreamStore::personCodes(QSqlDatabase &db, const QString &idNumber)
{
    QSqlQuery q(db);
    QString error;
    if (!execQuery(q,
                   QStringLiteral("SELECT district_code, street_code, community_code FROM "
                                  "recipient WHERE id_number = ?"),
                   {idNumber}, &error) ||
        !q.next())
        return std::nullopt;
    return ScopeCodes{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

QString UpstreamStore::scopeSql(const QString &anchor)
{
    // The node and its ancestors (at most 5, a cycle cannot loop) in one
    // statement: every authenticated request asks, and one query a level was
    // four round trips to PostgreSQL for a community's token (issue 19).
    return QStringLiteral("up (depth, level, name, parent_code) AS (SELECT 0, j.level, j.name, "
                          "j.parent_code FROM %1 "
                          "UNION ALL SELECT up.depth + 1, j.level, j.name, j.parent_code "
                          "FROM up JOIN jurisdiction j ON j.code = up.parent_code "
                          "WHERE up.depth < 4 AND up.parent_code <> '')")
        .arg(anchor);
}

std::optional<TokenScope> UpstreamStore::readScope(QSqlQuery &q, const QString &code, int column)
{
    if (!q.isValid() || q.isNull(column))
        return std::nullopt;
    TokenScope scope;
    scope.code = code;
    scope.level = q.value(column).toInt();
    scope.name = q.value(column + 1).toString();
    // Each row's parent is an ancestor, also the last one's (whose own row
    // may be missing).
    for (bool row = true; row; row = q.next()) {
        const QString parent = q.value(column + 2).toString();
        if (parent.isEmpty() || scope.ancestors.size() == 5)
            break;
        scope.ancestors.append(parent);
    }
    return scope;
}

std::optional<TokenScope> UpstreamStore::scopeOf(QSqlDatabase &db, const QString &code)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString error;
    if (!execQuery(q,
                   QStringLiteral("WITH RECURSIVE %1 SELECT level, name, parent_code FROM up "
                                  "ORDER BY depth")
                       .arg(scopeSql(QStringLiteral("jurisdiction j WHERE j.code = ?"))),
                   {code}, &error) ||
        !q.next())
        return std::nullopt;
    return readScope(q, code, 0);
}

QString UpstreamStore::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString UpstreamStore::sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

bool execQuery(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    // PostgreSQL: prepared once per connection, then one EXECUTE a call
    // (preparedstatements.h; issue 19).
    if (q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        return PreparedStatements::exec(q, sql, values, error);
    if (q.lastQuery() != sql) { // re-prepare only for new SQL: loops reuse the statement
        if (!q.prepare(sql)) {
            if (error)
                *error = QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql);
            return false;
        }
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql);
        return false;
    }
    return true;
}

bool selectIn(QSqlDatabase &db, const QString &sql, const QVariantList &before,
              const QStringList &keys, const std::function<void(const QSqlQuery &)> &row,
              QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (qsizetype first = 0; first < keys.size(); first += MaxKeysPerStatement) {
        const QStringList part = keys.mid(first, MaxKeysPerStatement);
        QVariantList values = before;
        for (const QString &key : part)
            values.append(key);
        const QString marks = QStringLiteral("?,").repeated(part.size()).chopped(1);
        if (!execQuery(q, sql.arg(marks), values, error))
            return false;
        while (q.next())
            row(q);
    }
    return true;
}

bool insertRows(QSqlDatabase &db, const QString &head, int columns, const QVariantList &values,
                QString *error, const QString &tail, const std::function<void(QSqlQuery &)> &each)
{
    const QString mark =
        QLatin1Char('(') + QStringLiteral("?,").repeated(columns).chopped(1) + QLatin1Char(')');
    const qsizetype rowsPerStatement = std::max(1, MaxValuesPerInsert / columns);
    const qsizetype rows = values.size() / columns;
    QSqlQuery q(db);
    for (qsizetype first = 0; first < rows; first += rowsPerStatement) {
        const qsizetype count = std::min(rowsPerStatement, rows - first);
        const QString sql =
            QStringLiteral("%1 VALUES %2%3")
                .arg(head, (mark + QLatin1Char(',')).repeated(count).chopped(1), tail);
        if (!execQuery(q, sql, values.mid(first * columns, count * columns), error))
            return false;
        if (each)
            each(q);
    }
    return true;
}

std::optional<ChangePage> changesSince(QSqlDatabase &db, const TokenScope &scope, qint64 since,
                                       qint64 limit, QString *error)
{
    // Two index range scans merged here, not one OR: with an OR the engine
    // collects and sorts every later change of the scope for each page, which
    // makes a 100,000-person pull quadratic. The scope's own column, plus the
    // jurisdiction rows of its ancestors (a community's client shows its street
    // and district by name). Each change's data stays the stored text: the
    // page's answer splices it in (changepage.h).
    using Row = ChangePage::Row;
    auto read = [&](const QString &sql, const QVariantList &values, QList<Row> &out) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!execQuery(q, sql, values, error))
            return false;
        while (q.next())
            out.append(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString().toUtf8()});
        return true;
    };
    QString own =
        QStringLiteral("SELECT seq, type, data FROM change WHERE %1 = ? AND seq > ? ORDER BY seq")
            .arg(scope.column());
    QVariantList ownValues{scope.code, since};
    if (limit > 0) {
        own += QStringLiteral(" LIMIT ?");
        ownValues.append(limit + 1);
    }
    ChangePage page;
    QList<Row> &rows = page.rows;
    if (!read(own, ownValues, rows))
        return std::nullopt;
    if (!scope.ancestors.isEmpty()) {
        QList<Row> ancestors;
        QVariantList values{since};
        QStringList marks;
        for (const QString &code : scope.ancestors) {
            marks << QStringLiteral("?");
            values.append(code);
        }
        if (!read(QStringLiteral(
                      "SELECT seq, type, data FROM change WHERE type = 'jurisdiction' AND seq > ? "
                      "AND key IN (%1) ORDER BY seq")
                      .arg(marks.join(QLatin1Char(','))),
                  values, ancestors))
            return std::nullopt;
        if (!ancestors.isEmpty()) {
            rows.append(ancestors);
            std::stable_sort(rows.begin(), rows.end(),
                             [](const Row &a, const Row &b) { return a.seq < b.seq; });
        }
    }
    if (limit > 0 && rows.size() > limit) {
        page.more = true;
        rows.resize(limit);
    }
    page.next = rows.isEmpty() ? since : rows.constLast().seq;
    return page;
}

} // namespace certdesk
