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

// A text the painter cannot wrap: no space and nothing but Latin-1 (an ID number,
// a phone number, a date). Chinese text wraps between any two characters.
bool unbreakable(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.unicode() > 0xff)
            return false;
    }
    return true;
}

// Column widths: the given weights, or else each column's widest text (header or
// one of the first rows), capped so one long address cannot squeeze the rest.
// Scaled to the page, a column never gets narrower than its widest unbreakable
// text: a 13-column list cut ID numbers and phone numbers at the cell's edge,
// while the Chinese columns beside them could have wrapped.
QList<double> widthsFor(const TableDocument &doc, const PageMetrics &metrics, double total)
{
    if (!doc.columnWeights.isEmpty())
        return TablePainting::columnWidths(doc.columnWeights, int(doc.headers.size()), total);
    const QFontMetricsF fm(DocumentPainter::font(kBodyPt), metrics.device());
    const QFontMetricsF bold(DocumentPainter::font(kBodyPt, true), metrics.device());
    const double pad = metrics.mm(3);
    QList<double> natural, floor;
    for (int c = 0; c < doc.headers.size(); ++c) {
        double w = bold.horizontalAdvance(doc.headers.at(c));
        double least = 0;
        for (int r = 0; r < qMin<qsizetype>(doc.rows.size(), 300); ++r) {
            const QString cell = doc.rows.at(r).value(c);
            const double advance = fm.horizontalAdvance(cell);
            w = qMax(w, advance);
            if (unbreakable(cell))
                least = qMax(least, advance);
        }
        natural.append(qMin(w, metrics.mm(45)) + pad);
        floor.append(qMin(least, metrics.mm(45)) + pad);
    }
    QList<double> widths = TablePainting::columnWidths(natural, int(doc.headers.size()), total);
    // Columns below their floor get it; the room comes from the others in
    // proportion to what they have above theirs. Nothing changes when the floors
    // together do not fit (the page is too narrow for any layout to help).
    double missing = 0, spare = 0, floors = 0;
    for (int c = 0; c < widths.size(); ++c) {
        floors += floor.at(c);
        if (widths.at(c) < floor.at(c))
            missing += floor.at(c) - widths.at(c);
        else
            spare += widths.at(c) - floor.at(c);
    }
    if (missing <= 0 || floors > total || spare <= missing)
        return widths;
    for (int c = 0; c < widths.size(); ++c) {
        if (widths.at(c) < floor.at(c))
            widths[c] = floor.at(c);
        else
            widths[c] -= (widths.at(c) - floor.at(c)) * missing / spare;
    }
    return widths;
}
} // namespace

QPageLayout::Orientation TableDocument::preferredOrientation() const
{
    return headers.size() > 7 ? QPageLayout::Landscape : QPageLayout::Portrait;
}

QList<double> TableDocument::columnWidths(QPagedPaintDevice *device) const
{
    const PageMetrics measure(device);
    return widthsFor(*this, measure, measure.body().width());
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
