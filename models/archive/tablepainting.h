#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

namespace certdesk
{

class DocumentPainter;
class PageMetrics;

// Ruled table rows shared by the printable documents: every cell wraps its text,
// a row is as tall as its tallest cell.
namespace TablePainting
{
// Splits `total` width by relative weights (missing weights count 1).
QList<double> columnWidths(const QList<double> &weights, int columns, double total);
double rowHeight(const PageMetrics &metrics, const QStringList &cells, const QList<double> &widths,
                 const QFont &font);
// Draws a row at `y` and returns the y below it.
double drawRow(DocumentPainter &painter, double y, const QStringList &cells,
               const QList<double> &widths, double height, const QFont &font);
} // namespace TablePainting

} // namespace certdesk
