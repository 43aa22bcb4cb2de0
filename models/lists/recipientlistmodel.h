#pragma once

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
    // The big-data comparison marks the person as no longer eligible (丧失资格):
    // flagged in every list, not only in the lists of comparison results.
    static bool isBigDataLoss(const RecipientRow &row);

signals:
    void queryFailed(const QString &message);

private:
    bool fetchPage(QList<RecipientRow> *rows);
    QVariant display(const RecipientRow &row, Column c) const;

    const Database &m_db;
    std::optional<LedgerQuery> m_query;
    Scope m_limit;
    QDate m_today;
    QList<Column> m_columns;
    QList<RecipientRow> m_rows;
    bool m_atEnd = true;
    bool m_reveal = false;
    bool m_announcing = false; // inside endResetModel()/endInsertRows()
    QString m_lastError;
};

} // namespace certdesk
