#include "preparedstatements.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <libpq-fe.h>

namespace certdesk
{

namespace
{
const QLatin1String CacheName("certdesk-prepared-statements");

// The statements of one connection: a child of its driver object, which lives
// as long as the connection (a driver is used by the one thread that owns its
// connection, so no lock).
class Cache : public QObject
{
public:
    explicit Cache(QObject *driver) : QObject(driver) { setObjectName(CacheName); }
    QHash<QString, QString> names; // SQL text -> statement name; empty: values written in
    int next = 0;
};

Cache *cacheOf(const QSqlDriver *driver, bool create)
{
    auto *owner = const_cast<QSqlDriver *>(driver);
    auto *cache =
        static_cast<Cache *>(owner->findChild<QObject *>(CacheName, Qt::FindDirectChildrenOnly));
    if (!cache && create)
        cache = new Cache(owner);
    return cache;
}

// PREPARE takes these (PostgreSQL's "preparable statements").
bool preparable(const QString &sql)
{
    const QString head = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    for (const char *verb : {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES"}) {
        if (head == QLatin1String(verb))
            return true;
    }
    return false;
}

// The '?' marks outside quotes as $1, $2 ...; empty when their number is not `count`.
QString numbered(const QString &sql, qsizetype count)
{
    QString out;
    out.reserve(sql.size() + 2 * count);
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted) {
            out += QLatin1Char('$') + QString::number(++next);
        } else {
            out += c;
        }
    }
    return next == count ? out : QString();
}

// The driver's text for a value. A string with neither a quote nor a
// backslash is written here as QPSQL writes it, 'text', without building a
// QSqlField and scanning the text twice for the two characters it escapes: a
// push of 500 events writes about 10,000 values, and that was an eighth of the
// server's time (issue 19 point 1). Everything else goes to the driver.
QString formatted(const QSqlDriver *driver, const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QString && !value.isNull()) {
        const auto *text = static_cast<const QString *>(value.constData());
        if (!text->contains(QLatin1Char('\'')) && !text->contains(QLatin1Char('\\')))
            return QLatin1Char('\'') + *text + QLatin1Char('\'');
    }
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return driver->formatValue(field);
}

QString failure(const QSqlQuery &q, const QString &sql)
{
    return QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql);
}

// Whether the connection is inside a transaction block (libpq's own state of
// the session QPSQL holds).
bool inTransaction(const QSqlDriver *driver)
{
    const QVariant handle = driver->handle();
    // QPSQL's handle is a PGconn*, named by its struct (libpq's typedef).
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return connection && PQtransactionStatus(connection) == PQTRANS_INTRANS;
}

// PREPARE, under a savepoint inside a transaction: a refused PREPARE would
// otherwise abort the caller's transaction. The savepoint's statements run on
// a result of their own, so q keeps the PREPARE's error.
bool prepare(QSqlQuery &q, const QString &statement)
{
    if (!inTransaction(q.driver()))
        return q.exec(statement);
    QSqlQuery side(q.driver()->createResult());
    if (!side.exec(QStringLiteral("SAVEPOINT cd_prepare")))
        return q.exec(statement);
    const bool prepared = q.exec(statement);
    if (!prepared)
        side.exec(QStringLiteral("ROLLBACK TO SAVEPOINT cd_prepare"));
    side.exec(QStringLiteral("RELEASE cd_prepare"));
    return prepared;
}

// The statement's name on this connection, prepared now when it is new;
// empty when it runs with its values written in (*prepareError says why when
// PREPARE failed).
QString nameFor(QSqlQuery &q, Cache *cache, const QString &sql, qsizetype count,
                QString *prepareError)
{
    const auto known = cache->names.constFind(sql);
    if (known != cache->names.cend())
        return *known;
    if (cache->names.size() >= PreparedStatements::MaxPerConnection || !preparable(sql))
        return QString();
    const QString text = numbered(sql, count);
    QString name;
    if (!text.isEmpty()) {
        name = QStringLiteral("cd_%1").arg(++cache->next);
        if (!prepare(q, QStringLiteral("PREPARE %1 AS %2").arg(name, text))) {
            *prepareError = failure(q, sql);
            name.clear();
        }
    }
    cache->names.insert(sql, name);
    return name;
}
} // namespace

QString inlinedSql(const QSqlDriver *driver, const QString &sql, const QVariantList &values)
{
    QString out;
    out.reserve(sql.size() + 24 * values.size());
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted && next < values.size()) {
            out += formatted(driver, values.at(next++));
        } else {
            out += c;
        }
    }
    return out;
}

bool PreparedStatements::exec(QSqlQuery &q, const QString &sql, const QVariantList &values,
                              QString *error)
{
    const QSqlDriver *driver = q.driver();
    Cache *cache = cacheOf(driver, true);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString prepareError;
        const QString name = nameFor(q, cache, sql, values.size(), &prepareError);
        if (name.isEmpty()) {
            if (q.exec(inlinedSql(driver, sql, values)))
                return true;
            // When this fails too, the PREPARE's error is the one to tell.
            if (error)
                *error = prepareError.isEmpty() ? failure(q, sql) : prepareError;
            return false;
        }
        QString call = QStringLiteral("EXECUTE ") + name;
        if (!values.isEmpty()) {
            call += QLatin1Char('(');
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (i > 0)
                    call += QLatin1String(", ");
                call += formatted(driver, values.at(i));
            }
            call += QLatin1Char(')');
        }
        if (q.exec(call))
            return true;
        // 26000 invalid_sql_statement_name: the session lost its statements
        // (a connection opened again behind our back). Prepared anew, once.
        if (attempt > 0 || q.lastError().nativeErrorCode() != QLatin1String("26000"))
            break;
        cache->names.clear();
    }
    if (error)
        *error = failure(q, sql);
    return false;
}

void PreparedStatements::forget(const QSqlDatabase &db)
{
    if (Cache *cache = db.driver() ? cacheOf(db.driver(), false) : nullptr)
        delete cache;
}

int PreparedStatements::count(const QSqlDatabase &db)
{
    const Cache *cache = db.driver() ? cacheOf(db.driver(), false) : nullptr;
    if (!cache)
        return 0;
    int prepared = 0;
    for (const QString &name : cache->names) {
        if (!name.isEmpty())
            ++prepared;
    }
    return prepared;
}

} // namespace certdesk
