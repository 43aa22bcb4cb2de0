#include "documentpainter.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>

namespace certdesk
{

PageMetrics::PageMetrics(QPagedPaintDevice *device)
    : m_device(device), m_pxPerMm(device->logicalDpiX() / 25.4)
{
    // The painter's origin is the paint rectangle (inside the device margins);
    // the bottom 10 mm hold the footer.
    const QRectF paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    m_body = QRectF(0, 0, paintRect.width(), paintRect.height() - mm(10));
}

double PageMetrics::textHeight(const QString &text, double width, const QFont &font) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font, m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

DocumentPainter::DocumentPainter(QPagedPaintDevice *device, const QString &documentId,
                                 int totalPages)
    : m_device(device), m_metrics(device), m_documentId(documentId), m_total(totalPages)
{
    m_painter.begin(device);
}

DocumentPainter::~DocumentPainter()
{
    finish();
}

bool DocumentPainter::newPage()
{
    drawFooter();
    ++m_page;
    return m_device->newPage();
}

bool DocumentPainter::finish()
{
    if (m_finished || !m_painter.isActive())
        return m_finished;
    drawFooter();
    m_finished = true;
    return m_painter.end();
}

QFont DocumentPainter::font(double pointSize, bool bold)
{
    // AR PL UMing first: with Noto CJK, Qt 6.4's PDF text layer maps shared glyphs
    // to the Kangxi radical code points (小 comes out as U+2F29), so pdftotext and
    // a search in a PDF reader would not find the names. UMing's glyphs are
    // distinct, and it also covers Extension B names (𠈌). Noto is the fallback.
    QFont f(QStringList{QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC"),
                        QStringLiteral("Noto Sans CJK SC")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

double DocumentPainter::drawText(const QRectF &rect, const QString &text, const QFont &font,
                                 int flags)
{
    m_painter.setFont(font);
    QRectF used;
    m_painter.drawText(rect, flags | Qt::TextWordWrap, text, &used);
    return used.height();
}

void DocumentPainter::drawFooter()
{
    const QFont f = font(8);
    m_painter.save();
    m_painter.setPen(QPen(Qt::black, mm(0.2)));
    const double y = body().bottom() + mm(3);
    m_painter.drawLine(QPointF(0, y), QPointF(body().width(), y));
    const QRectF line(0, y + mm(1), body().width(), mm(6));
    drawText(line, m_documentId, f, Qt::AlignLeft | Qt::AlignTop);
    drawText(line, tr("Page %1 of %2").arg(m_page).arg(m_total), f, Qt::AlignRight | Qt::AlignTop);
    m_painter.restore();
}

} // namespace certdesk
