#include "recipientbulkinsert.h"

#include "database.h"
#include "domain/benefitcategory.h"
#include "domain/isodate.h"
#include "recipient.h"
#include "recipientrepository.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace certdesk
{

namespace
{
// Text as QtSql's SQLite driver binds a QString: UTF-16, a null QString as NULL.
int bindText(sqlite3_stmt *s, int i, const QString &v)
{
    if (v.isNull())
        return sqlite3_bind_null(s, i);
    return sqlite3_bind_text16(s, i, v.utf16(), int(v.size() * sizeof(char16_t)), SQLITE_STATIC);
}
// sqlvalue::textOrNull
int bindTextOrNull(sqlite3_stmt *s, int i, const QString &v)
{
    return v.isEmpty() ? sqlite3_bind_null(s, i) : bindText(s, i, v);
}
// sqlvalue::dateOrNull: ISO text, NULL for an invalid date. `buffer` outlives the step.
int bindDate(sqlite3_stmt *s, int i, const QDate &d, QString &buffer)
{
    if (!d.isValid())
        return sqlite3_bind_null(s, i);
    buffer = isoDate(d);
    return bindText(s, i, buffer);
}
} // namespace

RecipientBulkInsert::RecipientBulkInsert(const Database &db) : m_db(db) {}

RecipientBulkInsert::~RecipientBulkInsert()
{
    sqlite3_finalize(m_row);
    sqlite3_finalize(m_name);
}

bool RecipientBulkInsert::prepare(QString *error)
{
    const QVariant handle = m_db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle) {
        if (error)
            *error = tr("The database connection is not an SQLite connection.");
        return false;
    }
    const QByteArray row = RecipientRepository::insertSql().toUtf8();
    if (sqlite3_prepare_v2(m_handle, row.constData(), int(row.size()), &m_row, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, "INSERT INTO recipient_name_fts(rowid, chars) VALUES(?, ?)",
                           -1, &m_name, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    return true;
}

bool RecipientBulkInsert::insert(Recipient &r, const QString &nameTokens, QString *error)
{
    if (!m_row && !prepare(error))
        return false;
    sqlite3_stmt *q = m_row;
    QString dates[5];
    const QString sex(r.sex);
    const QString category = BenefitCategories::key(r.category);
    // The columns and order of RecipientRepository::insertSql().
    int i = 1;
    bindText(q, i++, r.idNumber);
    bindText(q, i++, r.name);
    bindText(q, i++, r.nameInitials);
    bindDate(q, i++, r.birth, dates[0]);
    bindText(q, i++, sex);
    bindText(q, i++, category);
    bindText(q, i++, r.districtCode);
    bindText(q, i++, r.streetCode);
    bindText(q, i++, r.communityCode);
    bindTextOrNull(q, i++, r.phone);
    bindTextOrNull(q, i++, r.householdAddress);
    bindTextOrNull(q, i++, r.residenceAddress);
    bindText(q, i++, r.residenceType);
    bindDate(q, i++, r.benefitStart, dates[1]);
    bindDate(q, i++, r.lastCertification, dates[2]);
    sqlite3_bind_int(q, i++, r.individualMonths);
    bindDate(q, i++, r.periodStart, dates[3]);
    bindDate(q, i++, r.periodEnd, dates[4]);
    sqlite3_bind_int(q, i++, r.specialFlags);
    sqlite3_bind_int64(q, i++, r.monthlyBenefitFen);
    if (r.conclusion)
        sqlite3_bind_int(q, i++, BigDataConclusions::rank(*r.conclusion));
    else
        sqlite3_bind_null(q, i++);
    bindTextOrNull(q, i++, r.bigdataMonth);
    bindTextOrNull(q, i++, r.bigdataDetail);
    bindTextOrNull(q, i++, r.bigdataSource);
    bindTextOrNull(q, i++, r.bigdataBehaviour);
    const int rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = tr("Cannot save recipient %1 (%2): %3")
                         .arg(r.name, r.idNumber, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return false;
    }
    r.id = sqlite3_last_insert_rowid(m_handle);
    sqlite3_bind_int64(m_name, 1, r.id);
    bindText(m_name, 2, nameTokens);
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

} // namespace certdesk
