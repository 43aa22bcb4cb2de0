#include "recipientbulkinsert.h"

#include "sqlitestatement.h"

#include "database.h"
#include "domain/benefitcategory.h"
#include "domain/isodate.h"
#include "namesearch.h"
#include "recipient.h"
#include "recipientrepository.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace certdesk
{

namespace
{
// UTF-8 of `v` appended to `out` (the encoding of the file: SQLite then stores the
// bytes as they are instead of converting UTF-16 into a new allocation per value).
// Surrogates are read as SQLite's own UTF-16 reader reads them (READ_UTF16LE in
// its utf.c: a surrogate takes the next unit along unchecked, one at the end is
// written as it is), so odd text is stored exactly as a UTF-16 bind stored it.
void appendUtf8(QByteArray &out, const QString &v)
{
    const char16_t *src = reinterpret_cast<const char16_t *>(v.constData());
    const char16_t *const end = src + v.size();
    while (src != end) {
        char32_t c = *src++;
        if (c < 0x80) {
            out.append(char(c));
            continue;
        }
        if (c >= 0xd800 && c < 0xe000 && src != end) {
            const char32_t c2 = *src++;
            c = (c2 & 0x3ff) + ((c & 0x3f) << 10) + (((c & 0x3c0) + 0x40) << 10);
        }
        if (c < 0x800) {
            out.append(char(0xc0 | (c >> 6)));
        } else if (c < 0x10000) {
            out.append(char(0xe0 | (c >> 12)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
        } else {
            out.append(char(0xf0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3f)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
        }
        out.append(char(0x80 | (c & 0x3f)));
    }
}

// One row's values as UTF-8 in one buffer, bound once the row is complete (the
// buffer does not move after that).
class RowValues
{
public:
    explicit RowValues(QByteArray &buffer) : m_buffer(buffer) { m_buffer.clear(); }
    // Text as QtSql's SQLite driver binds a QString: a null QString as NULL.
    void text(int column, const QString &v)
    {
        if (v.isNull())
            return null(column);
        const qsizetype from = m_buffer.size();
        appendUtf8(m_buffer, v);
        m_values[m_count++] = {column, from, m_buffer.size() - from};
    }
    // sqlvalue::textOrNull
    void textOrNull(int column, const QString &v) { v.isEmpty() ? null(column) : text(column, v); }
    // sqlvalue::dateOrNull: ISO text, NULL for an invalid date.
    void date(int column, const QDate &d)
    {
        if (!d.isValid() || d.year() < 1 || d.year() > 9999)
            return d.isValid() ? text(column, isoDate(d)) : null(column);
        char iso[10];
        writeIsoDate(d, iso);
        m_values[m_count++] = {column, m_buffer.size(), qsizetype(sizeof iso)};
        m_buffer.append(iso, sizeof iso);
    }
    void null(int column) { m_values[m_count++] = {column, -1, 0}; }
    void bind(sqlite3_stmt *s) const
    {
        for (int i = 0; i < m_count; ++i) {
            const Value &v = m_values[i];
            if (v.from < 0)
                sqlite3_bind_null(s, v.column);
            else
                sqlite3_bind_text(s, v.column, m_buffer.constData() + v.from, int(v.size),
                                  SQLITE_STATIC);
        }
    }

private:
    struct Value {
        int column;
        qsizetype from, size;
    };
    QByteArray &m_buffer;
    Value m_values[32];
    int m_count = 0;
};
} // namespace

RecipientBulkInsert::RecipientBulkInsert(const Database &db) : m_db(db) {}

RecipientBulkInsert::~RecipientBulkInsert()
{
    sqlite3_finalize(m_row);
    sqlite3_finalize(m_name);
    sqlite3_finalize(m_lookup);
}

bool RecipientBulkInsert::fail(const QString &what, QString *error) const
{
    if (error)
        *error = what.arg(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    return false;
}

bool RecipientBulkInsert::prepare(QString *error)
{
    m_handle = sqliteHandle(m_db.connection());
    if (!m_handle) {
        if (error)
            *error = tr("The database connection is not an SQLite connection.");
        return false;
    }
    const QByteArray row = RecipientRepository::insertSql().toUtf8();
    if (sqlite3_prepare_v2(m_handle, row.constData(), int(row.size()), &m_row, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, "INSERT INTO recipient_name_fts(rowid, chars) VALUES(?, ?)",
                           -1, &m_name, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, "SELECT id FROM recipient WHERE id_number = ?", -1, &m_lookup,
                           nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    return true;
}

bool RecipientBulkInsert::insert(Recipient &r, const QString &nameTokens, QString *error)
{
    return insertRow(r, error) && insertName(r, nameTokens, error);
}

bool RecipientBulkInsert::insertRow(Recipient &r, QString *error)
{
    if (!m_row && !prepare(error))
        return false;
    sqlite3_stmt *q = m_row;
    // The columns and order of RecipientRepository::insertSql().
    RowValues v(m_buffer);
    v.text(1, r.idNumber);
    v.text(2, r.name);
    v.text(3, r.nameInitials);
    v.date(4, r.birth);
    v.text(5, QString(r.sex));
    v.text(6, BenefitCategories::key(r.category));
    v.text(7, r.districtCode);
    v.text(8, r.streetCode);
    v.text(9, r.communityCode);
    v.textOrNull(10, r.phone);
    v.textOrNull(11, r.householdAddress);
    v.textOrNull(12, r.residenceAddress);
    v.text(13, r.residenceType);
    v.date(14, r.benefitStart);
    v.date(15, r.lastCertification);
    sqlite3_bind_int(q, 16, r.individualMonths);
    v.date(17, r.periodStart);
    v.date(18, r.periodEnd);
    sqlite3_bind_int(q, 19, r.specialFlags);
    sqlite3_bind_int64(q, 20, r.monthlyBenefitFen);
    if (r.conclusion)
        sqlite3_bind_int(q, 21, BigDataConclusions::rank(*r.conclusion));
    else
        sqlite3_bind_null(q, 21);
    v.textOrNull(22, r.bigdataMonth);
    v.textOrNull(23, r.bigdataDetail);
    v.textOrNull(24, r.bigdataSource);
    v.textOrNull(25, r.bigdataBehaviour);
    v.bind(q);
    const int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = tr("Cannot save recipient %1 (%2): %3")
                         .arg(r.name, r.idNumber, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return false;
    }
    r.id = sqlite3_last_insert_rowid(m_handle);
    return true;
}

bool RecipientBulkInsert::insertName(const Recipient &r, const QString &nameTokens, QString *error)
{
    sqlite3_bind_int64(m_name, 1, r.id);
    RowValues name(m_buffer);
    name.text(2, nameTokens);
    name.bind(m_name);
    const int named = sqlite3_step(m_name);
    sqlite3_reset(m_name);
    if (named != SQLITE_DONE) {
        if (error)
            *error = tr("Cannot index the name of %1 (%2): %3")
                         .arg(r.name, r.idNumber, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return false;
    }
    return true;
}

qint64 RecipientBulkInsert::idOf(const QString &idNumber, QString *error)
{
    if (!m_lookup && !prepare(error))
        return 0;
    RowValues key(m_buffer);
    key.text(1, idNumber);
    key.bind(m_lookup);
    const int rc = sqlite3_step(m_lookup);
    const qint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(m_lookup, 0) : 0;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        fail(tr("Cannot look up a recipient: %1"), error);
    sqlite3_reset(m_lookup);
    return id;
}

bool RecipientBulkInsert::indexAllNames(QString *error)
{
    if (!m_name && !prepare(error))
        return false;
    if (sqlite3_exec(m_handle, "DELETE FROM recipient_name_fts", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return fail(tr("Cannot clear the name index: %1"), error);
    sqlite3_stmt *read = nullptr;
    if (sqlite3_prepare_v2(m_handle, "SELECT id, name, id_number FROM recipient ORDER BY id", -1,
                           &read, nullptr) != SQLITE_OK)
        return fail(tr("Cannot read the recipients' names: %1"), error);
    int rc = SQLITE_ROW;
    Recipient r;
    while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
        // As QtSql's driver reads a text column (UTF-16).
        const auto *name = static_cast<const QChar *>(sqlite3_column_text16(read, 1));
        r.id = sqlite3_column_int64(read, 0);
        r.name = QString(name, sqlite3_column_bytes16(read, 1) / int(sizeof(QChar)));
        r.idNumber = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, 2)),
                                       sqlite3_column_bytes(read, 2));
        if (!insertName(r, NameSearch::tokens(r.name), error)) {
            sqlite3_finalize(read);
            return false;
        }
    }
    sqlite3_finalize(read);
    return rc == SQLITE_DONE || fail(tr("Cannot read the recipients' names: %1"), error);
}

} // namespace certdesk
