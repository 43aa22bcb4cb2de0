#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace certdesk
{

class Database;
struct Recipient;

// Inserts many new recipients, their derived fields already filled in (as
// RecipientRepository::insert with FieldsDerived), and their name tokens for the
// search index: the same statements, bound through the sqlite3 C API on the
// database's own connection instead of a QVariant per value (the demo
// generator's million rows: most of the insert time went into QtSql's binding).
// The rows are those RecipientRepository::insert writes (tst_bulk checks).
// Call inside a write transaction.
class RecipientBulkInsert
{
    Q_DECLARE_TR_FUNCTIONS(RecipientBulkInsert)
public:
    explicit RecipientBulkInsert(const Database &db);
    ~RecipientBulkInsert();
    RecipientBulkInsert(const RecipientBulkInsert &) = delete;
    RecipientBulkInsert &operator=(const RecipientBulkInsert &) = delete;

    // `nameTokens` is NameSearch::tokens(r.name) (made where the person is made,
    // off the writing thread). Sets r.id.
    bool insert(Recipient &r, const QString &nameTokens, QString *error = nullptr);

private:
    bool prepare(QString *error);

    const Database &m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_row = nullptr;
    sqlite3_stmt *m_name = nullptr;
    QByteArray m_buffer; // a row's text values as UTF-8
};

} // namespace certdesk
