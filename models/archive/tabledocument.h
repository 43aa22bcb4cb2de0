#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace certdesk
{

// A printable table: any list or ledger, the public-notice list, the visit route.
// Paginated with the header row repeated on every page, the totals after the last
// row, "page x of y" and the document identifier in every footer. Rows are plain
// text already formatted (and already masked where the document requires it).
struct TableDocument {
    Q_DECLARE_TR_FUNCTIONS(TableDocument)
public:
    QString title;
    QStringList subtitle; // lines under the title (node, date, counts)
    QStringList headers;
    QList<double> columnWeights; // relative widths; empty = from the widest texts
    QList<QStringList> rows;
    QStringList totals;       // lines after the table
    QStringList closingLines; // e.g. signature lines, the hotline
    QString documentId;       // in every footer

    // Wide tables (many columns) print in landscape.
    QPageLayout::Orientation preferredOrientation() const;
    // Lays out on the device's current page layout and returns the page count.
    int pageCount(QPagedPaintDevice *device) const;
    // The columns' widths on the device's page (device units), as painted.
    QList<double> columnWidths(QPagedPaintDevice *device) const;
    // Paints every page on the device (which must not be painted on yet).
    bool paint(QPagedPaintDevice *device, QString *error = nullptr) const;
    // An A4 PDF/A-1b file in the preferred orientation, written atomically.
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    struct Layout {
        QList<int> pageStarts; // index of the first row on each page
        QList<double> rowHeights;
        double headerHeight = 0;
        double titleHeight = 0;
        double tailHeight = 0; // totals + closing lines
        bool tailOnOwnPage = false;
    };
    Layout layout(QPagedPaintDevice *device) const;
};

} // namespace certdesk
