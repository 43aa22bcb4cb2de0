#include "ledgerrows.h"

#include "sqlitestatement.h"

#include <QSqlDriver>
#include <memory>
#include <sqlite3.h>

namespace certdesk
{

namespace
{
struct StatementDeleter {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// A value bound as QtSql's SQLite driver binds it (text as UTF-16, integers as
// 64-bit), so a page selects exactly what the QSqlQuery it replaces selected.
int bindValue(sqlite3_stmt *s, int index, const QVariant &v)
{
    if (v.isNull())
        return sqlite3_bind_null(s, index);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int64(s, index, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(s, index, v.toDouble());
    default: {
        const QString text = v.toString();
        return sqlite3_bind_text16(s, index, text.utf16(), int(text.size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT);
    }
    }
}

// Text as QtSql's SQLite driver reads it (NULL as a null QString). The driver asks
// SQLite for UTF-16, which SQLite converts into a new allocation per value; the
// stored UTF-8 is read here instead and converted by Qt. Only text that is not
// valid UTF-8 (a lone surrogate bound from UTF-16 is stored as one) is asked for
// as UTF-16 again, so that it comes back exactly as the driver gave it.
QString text(sqlite3_stmt *s, int column)
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    if (!utf8)
        return QString();
    QString value = QString::fromUtf8(utf8, sqlite3_column_bytes(s, column));
    if (Q_UNLIKELY(value.contains(QChar::ReplacementCharacter))) {
        const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(s, column));
        value = QString(utf16, sqlite3_column_bytes16(s, column) / qsizetype(sizeof(QChar)));
    }
    return value;
}

QDate date(sqlite3_stmt *s, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return p ? LedgerRows::isoDate(p, sqlite3_column_bytes(s, column)) : QDate();
}

// The sort key as QSqlQuery::value() gave it: the next page binds it again.
QVariant value(sqlite3_stmt *s, int column)
{
    switch (sqlite3_column_type(s, column)) {
    case SQLITE_NULL: // QtSql's SQLite driver gives a null of type QString
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(s, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(s, column);
    default:
        return text(s, column);
    }
}

// The columns in the order of LedgerQuery's select list.
RecipientRow rowFrom(sqlite3_stmt *s)
{
    RecipientRow row;
    row.id = sqlite3_column_int64(s, 0);
    row.idNumber = text(s, 1);
    row.name = text(s, 2);
    const auto *sex = sqlite3_column_text(s, 3);
    row.sex = sex && *sex ? text(s, 3).at(0) : QChar();
    row.birth = date(s, 4);
    row.category = text(s, 5);
    row.communityName = text(s, 6);
    row.phone = text(s, 7);
    row.periodEnd = date(s, 8);
    row.specialFlags = sqlite3_column_int(s, 9);
    if (sqlite3_column_type(s, 10) != SQLITE_NULL)
        row.conclusionRank = sqlite3_column_int(s, 10);
    row.bigdataDetail = text(s, 11);
    row.bigdataSource = text(s, 12);
    row.bigdataBehaviour = text(s, 13);
    row.visitRequested = date(s, 14);
    row.visitDue = date(s, 15);
    row.sortKey = value(s, 16);
    // "date|outcome" of the latest reminder
    const QString contact = text(s, 17);
    if (!contact.isEmpty()) {
        const qsizetype bar = contact.indexOf(QLatin1Char('|'));
        row.lastContact =
            LedgerRows::isoDate(QStringView(contact).left(bar < 0 ? contact.size() : bar));
        if (bar >= 0)
            row.lastContactOutcome = contact.mid(bar + 1);
    }
    row.lastCheck = date(s, 18);
    row.livingStatus = text(s, 19);
    row.benefitStatus = text(s, 20);
    return row;
}
} // namespace

namespace
{
template <typename Char> QDate readIsoDate(const Char *p, qsizetype n)
{
    auto digit = [p](int i) { return p[i] >= '0' && p[i] <= '9'; };
    if (n == 10 && p[4] == '-' && p[7] == '-' && digit(0) && digit(1) && digit(2) && digit(3) &&
        digit(5) && digit(6) && digit(8) && digit(9)) {
        const int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
        const int m = (p[5] - '0') * 10 + (p[6] - '0');
        const int d = (p[8] - '0') * 10 + (p[9] - '0');
        return QDate(y, m, d); // invalid (2026-02-30) as fromString gives it
    }
    return QDate(); // the caller asks fromString
}
} // namespace

QDate LedgerRows::isoDate(const char *p, qsizetype n)
{
    const QDate d = readIsoDate(p, n);
    return d.isValid() || n == 0 ? d : QDate::fromString(QString::fromUtf8(p, n), Qt::ISODate);
}

QDate LedgerRows::isoDate(QStringView text)
{
    const QDate d = readIsoDate(reinterpret_cast<const char16_t *>(text.data()), text.size());
    return d.isValid() || text.isEmpty() ? d : QDate::fromString(text, Qt::ISODate);
}

bool LedgerRows::read(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                      QList<RecipientRow> *rows, QString *error)
{
    sqlite3 *connection = sqliteHandle(db);
    if (!connection)
        return fail(error, tr("The list can only be read from an open SQLite database."));
    sqlite3_stmt *prepared = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &prepared, nullptr) !=
        SQLITE_OK)
        return fail(error, QString::fromUtf8(sqlite3_errmsg(connection)));
    const Statement s(prepared);
    for (int i = 0; i < binds.size(); ++i) {
        if (bindValue(s.get(), i + 1, binds.at(i)) != SQLITE_OK)
            return fail(error, QString::fromUtf8(sqlite3_errmsg(connection)));
    }
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW)
        rows->append(rowFrom(s.get()));
    return rc == SQLITE_DONE || fail(error, QString::fromUtf8(sqlite3_errmsg(connection)));
}

} // namespace certdesk
