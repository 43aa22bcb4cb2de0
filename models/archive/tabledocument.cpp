#include "tabledocument.h"

#include "documentpainter.h"
#include "pdfoutput.h"
#include "tablepainting.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>

namespace certdesk
{

namespace
{
constexpr double kBodyPt = 9.0;
using TablePainting::drawRow;
using TablePainting::rowHeight;

// Column widths: the given weights, or else each column's widest text (header or
// one of the first rows), capped so one long address cannot squeeze the rest.
QList<double> widthsFor(const TableDocument &doc, const PageMetrics &metrics, double total)
{
    if (!doc.columnWeights.isEmpty())
        return TablePainting::columnWidths(doc.columnWeights, int(doc.headers.size()), total);
    const QFontMetricsF fm(DocumentPainter::font(kBodyPt), metrics.device());
    const QFontMetricsF bold(DocumentPainter::font(kBodyPt, true), metrics.device());
    QList<double> natural;
    for (int c = 0; c < doc.headers.size(); ++c) {
        double w = bold.horizontalAdvance(doc.headers.at(c));
        for (int r = 0; r < qMin<qsizetype>(doc.rows.size(), 300); ++r)
            w = qMax(w, fm.horizontalAdvance(doc.rows.at(r).value(c)));
        natural.append(qMin(w, metrics.mm(45)) + metrics.mm(3));
    }
    return TablePainting::columnWidths(natural, int(doc.headers.size()), total);
}
} // namespace

QPageLayout::Orientation TableDocument::preferredOrientation() const
{
    return headers.size() > 7 ? QPageLayout::Landscape : QPageLayout::Portrait;
}

TableDocument::Layout TableDocument::layout(QPagedPaintDevice *device) const
{
    Layout l;
    const PageMetrics measure(device);
    const double width = measure.body().width();
    const QFont body = DocumentPainter::font(kBodyPt);
    const QFont bold = DocumentPainter::font(kBodyPt, true);
    const QList<double> widths = widthsFor(*this, measure, width);
    l.titleHeight =
        measure.textHeight(title, width, DocumentPainter::font(15, true)) + measure.mm(2) +
        measure.textHeight(subtitle.join(QLatin1Char('\n')), width, body) + measure.mm(3);
    l.headerHeight = rowHeight(measure, headers, widths, bold);
    for (const QStringList &r : rows)
        l.rowHeights.append(rowHeight(measure, r, widths, body));
    const QStringList tail = totals + closingLines;
    l.tailHeight = tail.isEmpty() ? 0
                                  : measure.mm(4) + measure.textHeight(tail.join(QLatin1Char('\n')),
                                                                       width, body);

    const double pageHeight = measure.body().height();
    double y = l.titleHeight + l.headerHeight;
    l.pageStarts.append(0);
    for (int i = 0; i < l.rowHeights.size(); ++i) {
        // A row taller than a page is clipped rather than looping forever.
        if (y + l.rowHeights.at(i) > pageHeight && y > l.headerHeight + 0.5) {
            l.pageStarts.append(i);
            y = l.headerHeight;
        }
        y += l.rowHeights.at(i);
    }
    l.tailOnOwnPage = y + l.tailHeight > pageHeight;
    return l;
}

int TableDocument::pageCount(QPagedPaintDevice *device) const
{
    const Layout l = layout(device);
    return int(l.pageStarts.size()) + (l.tailOnOwnPage ? 1 : 0);
}

bool TableDocument::paint(QPagedPaintDevice *device, QString *error) const
{
    const Layout l = layout(device);
    const int total = int(l.pageStarts.size()) + (l.tailOnOwnPage ? 1 : 0);
    DocumentPainter p(device, documentId, total);
    if (!p.isActive()) {
        if (error)
            *error = tr("The printer or file could not be opened for painting.");
        return false;
    }
    const double width = p.body().width();
    const QFont body = DocumentPainter::font(kBodyPt);
    const QFont bold = DocumentPainter::font(kBodyPt, true);
    const QList<double> widths = widthsFor(*this, p.metrics(), width);
    p.painter().setPen(QPen(Qt::black, p.mm(0.2)));

    double y = p.drawText(QRectF(0, 0, width, p.body().height()), title,
                          DocumentPainter::font(15, true), Qt::AlignHCenter | Qt::AlignTop) +
               p.mm(2);
    y +=
        p.drawText(QRectF(0, y, width, p.body().height()), subtitle.join(QLatin1Char('\n')), body) +
        p.mm(3);
    for (int page = 0; page < l.pageStarts.size(); ++page) {
        if (page > 0) {
            p.newPage();
            y = 0;
        }
        y = drawRow(p, y, headers, widths, l.headerHeight, bold);
        const int end =
            page + 1 < l.pageStarts.size() ? l.pageStarts.at(page + 1) : int(rows.size());
        for (int i = l.pageStarts.at(page); i < end; ++i)
            y = drawRow(p, y, rows.at(i), widths, l.rowHeights.at(i), body);
    }
    const QStringList tail = totals + closingLines;
    if (!tail.isEmpty()) {
        if (l.tailOnOwnPage) {
            p.newPage();
            y = 0;
        }
        p.drawText(QRectF(0, y + p.mm(4), width, p.body().height()), tail.join(QLatin1Char('\n')),
                   body);
    }
    if (!p.finish()) {
        if (error)
            *error = tr("Painting the document failed.");
        return false;
    }
    return true;
}

bool TableDocument::writePdf(const QString &path, QString *error) const
{
    return PdfOutput::write(
        path, title, preferredOrientation(), error,
        [this](QPagedPaintDevice *device, QString *why) { return paint(device, why); });
}

} // namespace certdesk
