#include "sqlitestatement.h"

#include "logging.h"

#include <QDateTime>
#include <QSqlDriver>
#include <sqlite3.h>

namespace certdesk
{

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &connection, const QString &sql)
    : m_handle(sqliteHandle(connection))
{
    if (!m_handle) {
        m_prepareError = QStringLiteral("not an SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_statement, nullptr) !=
        SQLITE_OK) {
        // The statement goes to the log, not into the error: that text can
        // reach a worker (an import's problem list), who needs SQLite's
        // reason, not our SQL.
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        qCWarning(lcStore) << "cannot prepare" << sql << ":" << m_prepareError;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::fail(QString *error) const
{
    if (error)
        *error =
            m_prepareError.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : m_prepareError;
    return false;
}

bool SqliteStatement::bindAll(std::initializer_list<QVariant> values, QString *error)
{
    if (!m_statement)
        return fail(error);
    sqlite3_reset(m_statement);
    int column = 0;
    for (const QVariant &v : values) {
        ++column;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_statement, column);
        } else {
            switch (v.metaType().id()) {
            case QMetaType::QString: {
                // A null QString is NULL to QtSql's driver too (an empty one is '').
                const QString &s = *static_cast<const QString *>(v.constData());
                rc = s.isNull()
                         ? sqlite3_bind_null(m_statement, column)
                         : sqlite3_bind_text16(m_statement, column, s.utf16(),
                                               int(s.size() * sizeof(QChar)), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_statement, column, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_statement, column, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray &b = *static_cast<const QByteArray *>(v.constData());
                rc = b.isNull() ? sqlite3_bind_null(m_statement, column)
                                : sqlite3_bind_blob(m_statement, column, b.constData(),
                                                    int(b.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime: {
                const QDateTime t = v.toDateTime();
                const QString s = t.toString(Qt::ISODateWithMs);
                rc = t.isValid()
                         ? sqlite3_bind_text16(m_statement, column, s.utf16(),
                                               int(s.size() * sizeof(QChar)), SQLITE_TRANSIENT)
                         : sqlite3_bind_null(m_statement, column);
                break;
            }
            default: {
                // QtSql's fallback (an unsigned 64-bit number too); dates are bound
                // by the callers as ISO text.
                const QString s = v.toString();
                rc = sqlite3_bind_text16(m_statement, column, s.utf16(),
                                         int(s.size() * sizeof(QChar)), SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK)
            return fail(error);
    }
    return true;
}

bool SqliteStatement::run(std::initializer_list<QVariant> values, QString *error)
{
    if (!bindAll(values, error))
        return false;
    m_step = sqlite3_step(m_statement);
    if (m_step != SQLITE_DONE && m_step != SQLITE_ROW) {
        QString why;
        fail(&why);
        sqlite3_reset(m_statement);
        if (error)
            *error = why;
        return false;
    }
    m_changes = sqlite3_changes(m_handle);
    sqlite3_reset(m_statement);
    return true;
}

bool SqliteStatement::select(std::initializer_list<QVariant> values, QString *error)
{
    m_step = SQLITE_DONE;
    m_stepError.clear();
    return bindAll(values, error);
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    m_step = sqlite3_step(m_statement);
    if (m_step == SQLITE_ROW)
        return true;
    if (m_step != SQLITE_DONE)
        m_stepError = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_statement);
    return false;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(
            QString(static_cast<const QChar *>(sqlite3_column_text16(m_statement, column)),
                    sqlite3_column_bytes16(m_statement, column) / int(sizeof(QChar))));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                       sqlite3_column_bytes(m_statement, column)));
    default:
        return QVariant();
    }
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqliteStatement::changes() const
{
    return m_changes;
}

void SqliteStatement::finish()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

} // namespace certdesk
