#pragma once

#include "lists/recipientlistmodel.h"
#include "store/ledgerquery.h"

#include <QDate>
#include <QStringList>
#include <functional>

namespace certdesk
{

class Database;

// A whole list as the window shows it (the same columns and cell texts as
// RecipientListModel), read straight from LedgerQuery in large pages for exports
// and printouts: no model, no QVariant per cell, and a caller that writes each row
// as it comes (a CSV export) holds one page at a time, whatever the list's length.
class ListTable
{
public:
    // `query` as the list shows it (its sort included); `limit` is the user's node
    // (Session::accessScope()), applied on top of the query's scope.
    ListTable(const Database &db, LedgerQuery query, const Scope &limit, const QDate &today);
    void setRevealIdNumbers(bool reveal) { m_reveal = reveal; }
    static constexpr int PageSize = 5000;
    void setPageSize(int rows) { m_pageSize = rows; } // tests: cross page boundaries

    QStringList headers() const;
    // Calls `row` with the cells of every row in the list's order. False, with
    // `error`, when a page cannot be read (the rows before it have been given).
    bool forEachRow(const std::function<void(const QStringList &cells)> &row,
                    QString *error = nullptr) const;

private:
    const Database &m_db;
    LedgerQuery m_query;
    QDate m_today;
    QList<RecipientListModel::Column> m_columns;
    bool m_reveal = false;
    int m_pageSize = PageSize;
};

} // namespace certdesk
