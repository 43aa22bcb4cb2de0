#include "lists/pagedrows.h"

namespace certdesk
{

PagedRows::PagedRows(int pageSize, int keptPages)
    : m_pageSize(pageSize), m_keptPages(qMax(2, keptPages))
{
}

void PagedRows::clear()
{
    m_pages.clear();
    m_size = 0;
    m_inMemory = 0;
}

void PagedRows::setKeptPages(int pages)
{
    m_keptPages = qMax(2, pages);
    keepWithinLimit(-1);
}

QVariant PagedRows::endKey() const
{
    return m_pages.isEmpty() ? QVariant() : m_pages.last().lastKey;
}

qint64 PagedRows::endId() const
{
    return m_pages.isEmpty() ? 0 : m_pages.last().lastId;
}

void PagedRows::append(const QList<RecipientRow> &rows)
{
    if (rows.isEmpty())
        return;
    Page page;
    page.afterKey = endKey();
    page.afterId = endId();
    page.lastKey = rows.last().sortKey;
    page.lastId = rows.last().id;
    page.count = int(rows.size());
    page.rows = rows;
    page.used = ++m_clock;
    m_pages.append(page);
    m_size += page.count;
    ++m_inMemory;
    keepWithinLimit(int(m_pages.size()) - 1);
}

const RecipientRow *PagedRows::at(int row, const Loader &load) const
{
    if (row < 0 || row >= m_size)
        return nullptr;
    // Every page but the last holds m_pageSize rows.
    const int p = row / m_pageSize;
    Page &page = m_pages[p];
    if (page.rows.isEmpty()) {
        QList<RecipientRow> rows;
        if (!load || !load(page.afterKey, page.afterId, &rows))
            return nullptr;
        // A change since (a check saved elsewhere) may shorten the page; the
        // window reloads the list on such changes, so this is only for the moment.
        if (rows.size() > page.count)
            rows.resize(page.count);
        page.rows = rows;
        ++m_inMemory;
    }
    page.used = ++m_clock;
    keepWithinLimit(p);
    const int i = row - p * m_pageSize;
    return i < page.rows.size() ? &page.rows.at(i) : nullptr;
}

int PagedRows::rowOf(qint64 id) const
{
    for (int p = 0; p < m_pages.size(); ++p) {
        const QList<RecipientRow> &rows = m_pages.at(p).rows;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id)
                return p * m_pageSize + i;
        }
    }
    return -1;
}

int PagedRows::pagesInMemory() const
{
    return m_inMemory;
}

void PagedRows::keepWithinLimit(int justUsed) const
{
    // Least recently used first; the page just used stays. A linear scan: a list
    // holds at most a few thousand pages and this runs once per page read.
    while (m_inMemory > m_keptPages) {
        int oldest = -1;
        for (int p = 0; p < m_pages.size(); ++p) {
            if (p == justUsed || m_pages.at(p).rows.isEmpty())
                continue;
            if (oldest < 0 || m_pages.at(p).used < m_pages.at(oldest).used)
                oldest = p;
        }
        if (oldest < 0)
            return;
        m_pages[oldest].rows = QList<RecipientRow>(); // frees the memory
        --m_inMemory;
    }
}

} // namespace certdesk
