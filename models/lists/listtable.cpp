#include "listtable.h"

#include "store/database.h"
#include "store/singlepassread.h"

namespace certdesk
{

ListTable::ListTable(const Database &db, LedgerQuery query, const Scope &limit, const QDate &today)
    : m_db(db), m_query(std::move(query)), m_today(today),
      m_columns(RecipientListModel::columnsFor(m_query.list()))
{
    if (!limit.code.isEmpty())
        m_query.limitTo(limit);
}

QStringList ListTable::headers() const
{
    QStringList titles;
    for (const RecipientListModel::Column c : m_columns)
        titles.append(RecipientListModel::columnTitle(c));
    return titles;
}

bool ListTable::forEachRow(const std::function<void(const QStringList &cells)> &row,
                           QString *error) const
{
    const QSqlDatabase connection = m_db.connection();
    const SinglePassRead pass(connection);
    QVariant afterKey;
    qint64 afterId = 0;
    QStringList cells;
    for (;;) {
        QList<RecipientRow> page;
        if (!m_query.fetch(connection, afterKey, afterId, m_pageSize, &page, error))
            return false;
        for (const RecipientRow &r : std::as_const(page)) {
            cells.clear();
            for (const RecipientListModel::Column c : m_columns)
                cells.append(RecipientListModel::cellText(r, c, m_today, m_reveal));
            row(cells);
        }
        if (page.size() < m_pageSize)
            return true;
        afterKey = page.last().sortKey;
        afterId = page.last().id;
    }
}

} // namespace certdesk
