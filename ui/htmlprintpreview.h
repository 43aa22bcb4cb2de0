#pragma once

#include <QString>

// HTML documents built in models/ (route sheet, suspension list, back-pay form,
// repayment notice) laid out for printing; the preview itself is
// DocumentPrinting::previewHtml, which remembers the page setup.
class QTextDocument;

namespace HtmlPrintPreview {
// Fills `doc` with `html` in a CJK-capable 10-point font (for printing and PDF).
void setPrintableHtml(QTextDocument &doc, const QString &html);
}
