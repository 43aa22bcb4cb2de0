#include "pdfoutput.h"

#include "faulthooks.h"

#include "documentpainter.h"

#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace certdesk
{

bool PdfOutput::write(const QString &path, const QString &title,
                      QPageLayout::Orientation orientation, QString *error, const PaintFn &paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                         QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CertDesk"));
        painted = paint(&writer, error);
    }
    if (!painted) {
        file.cancelWriting();
        return false;
    }
    FaultHooks::killPoint("volume-before-commit"); // test builds only
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void PdfOutput::setPrintableHtml(QTextDocument &doc, const QString &html)
{
    // The archive font: its PDF text layer keeps names searchable (docs/decisions.md).
    doc.setDefaultFont(DocumentPainter::font(10));
    doc.setHtml(html);
}

bool PdfOutput::writeHtml(const QString &path, const QString &title, const QString &html,
                          QString *error)
{
    return write(path, title, QPageLayout::Portrait, error,
                 [&html](QPagedPaintDevice *device, QString *) {
                     QTextDocument doc;
                     setPrintableHtml(doc, html);
                     doc.print(device);
                     return true;
                 });
}

} // namespace certdesk
