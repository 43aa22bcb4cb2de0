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
// A first pull into an empty roster uses it too (ChangeApplier), leaving the
// name index to indexAllNames() at the pull's end. Call inside a write
// transaction.
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
    // The recipient row alone, without its name tokens (indexAllNames() adds
    // them later). Sets r.id.
    bool insertRow(Recipient &r, QString *error = nullptr);
    // The id of the recipient with this ID number, 0 when there is none (or
    // the lookup fails: *error then says why).
    qint64 idOf(const QString &idNumber, QString *error = nullptr);
    // The name index made anew from every recipient's name (NameSearch::tokens),
    // in id order: what the rows inserted one by one would have given it.
    bool indexAllNames(QString *error = nullptr);

private:
    bool prepare(QString *error);
    bool insertName(const Recipient &r, const QString &nameTokens, QString *error);
    bool fail(const QString &what, QString *error) const;

    const Database &m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_row = nullptr;
    sqlite3_stmt *m_name = nullptr;
    sqlite3_stmt *m_lookup = nullptr;
    QByteArray m_buffer; // a row's text values as UTF-8
};

} // namespace certdesk
