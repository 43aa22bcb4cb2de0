#pragma once

#include "store/ledgerquery.h"

#include <QList>
#include <QVariant>
#include <functional>

namespace certdesk
{

// The rows of a work list read so far, a page at a time, keeping only the pages
// used last in memory (issue 19: scrolling a 1,000,000-person ledger to the end
// kept every row, ~1.2 KB each). Each page remembers the keyset position it was
// read from, so a dropped page is read again, by key, when it is shown again.
class PagedRows
{
public:
    // Reads `PageSize` rows after (afterKey, afterId); false on a query error.
    using Loader =
        std::function<bool(const QVariant &afterKey, qint64 afterId, QList<RecipientRow> *rows)>;

    PagedRows(int pageSize, int keptPages);

    void clear();
    // At most `pages` pages in memory from now on (at least 2).
    void setKeptPages(int pages);
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // The keyset position after the last row: where the next page starts.
    QVariant endKey() const;
    qint64 endId() const;
    // A page read at endKey()/endId().
    void append(const QList<RecipientRow> &rows);
    // The row, reading its page again with `load` when it was dropped; nullptr
    // when that fails or the list changed underneath so the row no longer exists.
    const RecipientRow *at(int row, const Loader &load) const;
    // The row of `id` among the pages in memory, -1 when none holds it.
    int rowOf(qint64 id) const;
    int pagesInMemory() const;

private:
    struct Page {
        QVariant afterKey; // the position this page was read from
        qint64 afterId = 0;
        QVariant lastKey; // its last row's position
        qint64 lastId = 0;
        int count = 0;
        QList<RecipientRow> rows; // empty while dropped
        quint64 used = 0;
    };
    void keepWithinLimit(int justUsed) const;

    int m_pageSize;
    int m_keptPages;
    int m_size = 0;
    mutable QList<Page> m_pages;
    mutable quint64 m_clock = 0;
    mutable int m_inMemory = 0;
};

} // namespace certdesk
