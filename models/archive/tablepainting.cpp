#include "tablepainting.h"

#include "documentpainter.h"

namespace certdesk
{

namespace
{
constexpr double kCellPadMm = 1.2;
}

QList<double> TablePainting::columnWidths(const QList<double> &weights, int columns, double total)
{
    double sum = 0;
    for (int i = 0; i < columns; ++i)
        sum += i < weights.size() ? weights.at(i) : 1.0;
    QList<double> out;
    for (int i = 0; i < columns; ++i)
        out.append(total * (i < weights.size() ? weights.at(i) : 1.0) / sum);
    return out;
}

double TablePainting::rowHeight(const PageMetrics &metrics, const QStringList &cells,
                                const QList<double> &widths, const QFont &font)
{
    const double pad = metrics.mm(kCellPadMm);
    double h = metrics.textHeight(QStringLiteral("国"), widths.value(0, 1.0), font);
    for (int c = 0; c < widths.size(); ++c)
        h = qMax(h, metrics.textHeight(cells.value(c), widths.at(c) - 2 * pad, font));
    return h + 2 * pad;
}

double TablePainting::drawRow(DocumentPainter &painter, double y, const QStringList &cells,
                              const QList<double> &widths, double height, const QFont &font)
{
    const double pad = painter.mm(kCellPadMm);
    double x = 0;
    for (int c = 0; c < widths.size(); ++c) {
        const QRectF cell(x, y, widths.at(c), height);
        painter.painter().drawRect(cell);
        painter.drawText(cell.adjusted(pad, pad, -pad, -pad), cells.value(c), font);
        x += widths.at(c);
    }
    return y + height;
}

} // namespace certdesk
