#include "lists/columnfit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace certdesk
{

namespace
{
int widest(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        w = qMax(w, fm.horizontalAdvance(line));
    return w;
}
} // namespace

void ColumnFit::fit(QTableView *view, int sampleRows, int maxWidth)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QHeaderView *header = view->horizontalHeader();
    QStyle *style = view->style();
    // As QHeaderView and the item delegate pad their text, with room for the sort mark.
    const int headerPad = 3 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                          style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const int cellPad =
        2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 4;
    const QFontMetrics headerFm = header->fontMetrics();
    const QFontMetrics cellFm = view->fontMetrics();
    const int rows = qMin(sampleRows, model->rowCount());
    // A cell with a decoration (the red mark of a big-data loss before a name) also
    // needs room for it, or the name beside it is cut to "…".
    const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) + 4;
    for (int c = 0; c < model->columnCount(); ++c) {
        int w = widest(headerFm, model->headerData(c, Qt::Horizontal).toString()) + headerPad;
        bool decorated = false;
        for (int r = 0; r < rows; ++r) {
            const QModelIndex cell = model->index(r, c);
            w = qMax(w, widest(cellFm, cell.data().toString()) + cellPad);
            decorated = decorated || cell.data(Qt::DecorationRole).isValid();
        }
        if (decorated)
            w += icon;
        view->setColumnWidth(c, qMin(w, maxWidth));
    }
}

} // namespace certdesk
