#pragma once

// The reference side of bench_bulk: the same work done by the sqlite3 engine
// through its C API (and libxlsxwriter for XLSX), with nothing of ours in between.
// Each function returns false and says why in *error on failure.

#include <QDate>
#include <QString>

namespace certdesk::bulkref
{

// The ledger query with the CLI's columns (LedgerQuery::fetchRange) for the
// within-3-months band of a district, in key order, at most `limit` rows (-1: all).
QString ledgerSql(qint64 limit);
// Binds of ledgerSql: district code, first and last period end.
struct LedgerBinds {
    QString district;
    QDate from, to;
};

// Rows of ledgerSql as JSON lines (column name: value), as `sqlite3 -json` would.
bool ledgerJson(const QString &db, const LedgerBinds &b, qint64 limit, const QString &out,
                QString *error);
// The same rows as CSV (every text field quoted).
bool ledgerCsv(const QString &db, const LedgerBinds &b, const QString &out, QString *error);
// The same rows' cells as an XLSX sheet through libxlsxwriter (constant memory).
bool ledgerXlsx(const QString &db, const LedgerBinds &b, const QString &out, QString *error);
// Every count of the list tabs for a district (the SQL of LedgerQuery::count).
bool counts(const QString &db, const QString &district, const QDate &today, QString *error);
// The three scans of the monthly lifecycle run (LifecycleProposals::compute's SQL).
bool lifecycleScans(const QString &db, const QDate &month, const QDate &today, QString *error);
// Big-data results from a CSV (ID number, name, conclusion, detail): one lookup
// per row by ID number, one UPDATE per row in one transaction. With `certify`,
// each qualified row also stores what our import stores for a certification,
// as plain SQL: the person's checks read, the check row, its outbox row, the
// derived columns updated and an audit row (the same rows, the same triggers;
// no rules, no hash chain).
bool importResults(const QString &db, const QString &csv, const QString &month, bool certify,
                   QString *error);

} // namespace certdesk::bulkref
