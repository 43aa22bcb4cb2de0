#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

namespace certdesk
{

// Sizes on a paged device, without painting on it (measuring must not open the
// device: a second QPainter::begin() on a QPdfWriter would start the file again).
class PageMetrics
{
public:
    explicit PageMetrics(QPagedPaintDevice *device);
    // Device pixels for a length in millimetres.
    double mm(double millimetres) const { return millimetres * m_pxPerMm; }
    // The page area inside the margins, above the footer, in device pixels.
    QRectF body() const { return m_body; }
    // Height of `text` wrapped into `width` device pixels.
    double textHeight(const QString &text, double width, const QFont &font) const;
    QPagedPaintDevice *device() const { return m_device; }

private:
    QPagedPaintDevice *m_device;
    double m_pxPerMm = 1.0;
    QRectF m_body;
};

// Paints a multi-page document on any paged device: QPdfWriter here, QPrinter in
// the print preview. Works in millimetres so the layout is the same at any
// resolution, and puts "page x of y" and the document's identifier on every
// page. The page count must be known before painting (layouts are computed
// first), because the footer of page 1 already names the total.
class DocumentPainter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPainter)
public:
    DocumentPainter(QPagedPaintDevice *device, const QString &documentId, int totalPages);
    ~DocumentPainter();

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    const PageMetrics &metrics() const { return m_metrics; }
    double mm(double millimetres) const { return m_metrics.mm(millimetres); }
    QRectF body() const { return m_metrics.body(); }
    int page() const { return m_page; }
    int totalPages() const { return m_total; }
    // Finishes the current page (footer) and starts the next.
    bool newPage();
    // Finishes the last page; returns false when the device failed.
    bool finish();

    // Fonts for archive documents, in points (resolution independent).
    static QFont font(double pointSize, bool bold = false);
    double textHeight(const QString &text, double width, const QFont &font) const
    {
        return m_metrics.textHeight(text, width, font);
    }
    // Draws wrapped text at the top-left of `rect`; returns the height used.
    double drawText(const QRectF &rect, const QString &text, const QFont &font,
                    int flags = Qt::AlignLeft | Qt::AlignTop);

private:
    void drawFooter();

    QPagedPaintDevice *m_device;
    PageMetrics m_metrics;
    QPainter m_painter;
    QString m_documentId;
    int m_total;
    int m_page = 1;
    bool m_finished = false;
};

} // namespace certdesk
