#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace certdesk
{

// Writes an archival PDF (PDF/A-1b, A4, fonts embedded) through a paint callback.
// The file appears only when painting succeeded (QSaveFile): a failed or
// cancelled document never leaves a half-written PDF under the final name.
class PdfOutput
{
    Q_DECLARE_TR_FUNCTIONS(PdfOutput)
public:
    using PaintFn = std::function<bool(QPagedPaintDevice *device, QString *error)>;
    static bool write(const QString &path, const QString &title,
                      QPageLayout::Orientation orientation, QString *error, const PaintFn &paint);
    // HTML papers built in models/ (route sheet, suspension list, back-pay form,
    // repayment notice): laid out in the archive font, written as PDF/A.
    static void setPrintableHtml(QTextDocument &doc, const QString &html);
    static bool writeHtml(const QString &path, const QString &title, const QString &html,
                          QString *error = nullptr);
};

} // namespace certdesk
