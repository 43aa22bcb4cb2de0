#include "htmlprintpreview.h"

#include "archive/documentpainter.h"

#include <QTextDocument>

void HtmlPrintPreview::setPrintableHtml(QTextDocument &doc, const QString &html)
{
    // The archive font: its PDF text layer keeps names searchable (docs/decisions.md).
    doc.setDefaultFont(DocumentPainter::font(10));
    doc.setHtml(html);
}
