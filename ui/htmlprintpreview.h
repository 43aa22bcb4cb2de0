#pragma once

#include <QString>

class QWidget;

// Print preview (QPrintPreviewDialog) of an HTML document built in models/,
// laid out on A4 with a CJK-capable font.
class QTextDocument;

namespace HtmlPrintPreview {
void open(QWidget *parent, const QString &title, const QString &html);
// Fills `doc` with `html` in a CJK-capable 10-point font (for printing and PDF).
void setPrintableHtml(QTextDocument &doc, const QString &html);
}
