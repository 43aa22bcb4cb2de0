#pragma once

#include <QString>

class QWidget;

// Print preview (QPrintPreviewDialog) of an HTML document built in models/,
// laid out on A4 with a CJK-capable font.
namespace HtmlPrintPreview {
void open(QWidget *parent, const QString &title, const QString &html);
}
