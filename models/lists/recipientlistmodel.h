#pragma once

#include "lists/pagedrows.h"
#include "store/ledgerquery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <optional>

namespace certdesk
{

class Database;

// One work list as a table. Rows arrive a page at a time through
// canFetchMore()/fetchMore() (keyset paging in LedgerQuery): the views pull
// pages as the user scrolls, and the model never holds more than was scrolled to.
class RecipientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdNumberColumn,
        SexColumn,
        AgeColumn,
        CategoryColumn,
        CommunityColumn,
        PeriodEndColumn,
        DaysLeftColumn,
        PhoneColumn,
        ConclusionColumn,
        DetailColumn,
        SourceColumn,
        BehaviourColumn,
        SpecialColumn,
        VisitRequestedColumn,
        VisitDueColumn,
        VisitDaysLeftColumn,
        LastContactColumn,
        LastCheckColumn,
        StatusColumn,
        LossFlagColumn
    };
    Q_ENUM(Column)
    enum Role { RecipientIdRole = Qt::UserRole + 1, ColumnKindRole };
    static constexpr int PageSize = 200;
    // Pages kept in memory (6,000 rows); further pages are read again when shown.
    static constexpr int KeptPages = 30;

    explicit RecipientListModel(const Database &db, QObject *parent = nullptr);

    // The user's node (Session::accessScope()): every query set afterwards is
    // limited to it, whatever scope it asks for.
    void setAccessLimit(const Scope &limit) { m_limit = limit; }
    // Replaces the list (and resets the sort to the list's own order).
    void setQuery(const LedgerQuery &query, const QDate &today);
    std::optional<LedgerQuery> query() const { return m_query; }
    QList<Column> columns() const { return m_columns; }
    static QList<Column> columnsFor(Ledger list);
    // Full ID numbers instead of masked ones (the security issue decides who may).
    void setRevealIdNumbers(bool reveal);
    qint64 recipientId(int row) const;
    // The row of `id` among the rows in memory, -1 when none (it may still be in
    // the list, further down or in a page dropped from memory).
    int rowInMemory(qint64 id) const { return m_rows.rowOf(id); }
    int pagesInMemory() const { return m_rows.pagesInMemory(); }
    void setPagesKept(int pages) { m_rows.setKeptPages(pages); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(Column c);
    // A cell's text as the list shows it: exports write these texts (ListTable).
    static QString cellText(const RecipientRow &row, Column c, const QDate &today,
                            bool revealIdNumbers);
    // The big-data comparison marks the person as no longer eligible (丧失资格):
    // flagged in every list, not only in the lists of comparison results.
    static bool isBigDataLoss(const RecipientRow &row);

signals:
    void queryFailed(const QString &message);

private:
    bool fetchPage(QList<RecipientRow> *rows);
    const RecipientRow *row(int row) const;
    QVariant display(const RecipientRow &row, Column c) const;

    const Database &m_db;
    std::optional<LedgerQuery> m_query;
    Scope m_limit;
    QDate m_today;
    QList<Column> m_columns;
    PagedRows m_rows{PageSize, KeptPages};
    bool m_atEnd = true;
    bool m_reveal = false;
    bool m_announcing = false; // inside endResetModel()/endInsertRows()
    QString m_lastError;
};

} // namespace certdesk
