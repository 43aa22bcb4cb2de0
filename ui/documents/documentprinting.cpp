#include "documents/documentprinting.h"

#include "archive/pdfoutput.h"
#include "archive/tabledocument.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "window/screenfit.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

namespace certdesk
{

namespace
{
QString key(const QString &kind, const char *what)
{
    return QStringLiteral("print/%1/%2").arg(kind, QLatin1String(what));
}
} // namespace

bool DocumentPrinting::allowAndLog(QWidget *window, const Session *session, const AuditTrail *audit,
                                   Action action, AuditAction logged, const QString &target,
                                   const QString &detail, const AccessTarget &concerns)
{
    // Nobody signed in may do nothing: there is no "whole file" default.
    QString error = tr("Nobody is signed in.");
    AccessTarget what = concerns;
    what.logAs(logged, target, detail);
    if (session && audit &&
        AccessGate::authorize(audit->database(), audit->profile(), *audit, *session, action, what,
                              &error))
        return true;
    QMessageBox::warning(window, Permissions::actionName(action), error);
    return false;
}

QPageLayout DocumentPrinting::rememberedLayout(const QString &kind,
                                               QPageLayout::Orientation firstOrientation)
{
    QSettings s;
    const QString sizeId = s.value(key(kind, "pageSize")).toString();
    QPageSize size(QPageSize::A4);
    for (int id = 0; id <= int(QPageSize::LastPageSize); ++id) {
        if (QPageSize::key(QPageSize::PageSizeId(id)) == sizeId)
            size = QPageSize(QPageSize::PageSizeId(id));
    }
    const QVariant orientation = s.value(key(kind, "orientation"));
    const QVariant margins = s.value(key(kind, "marginsMm"));
    return QPageLayout(size,
                       orientation.isValid() ? QPageLayout::Orientation(orientation.toInt())
                                             : firstOrientation,
                       margins.isValid() ? margins.value<QMarginsF>() : QMarginsF(15, 15, 15, 12),
                       QPageLayout::Millimeter);
}

void DocumentPrinting::rememberLayout(const QString &kind, const QPageLayout &layout)
{
    QSettings s;
    s.setValue(key(kind, "pageSize"), QPageSize::key(layout.pageSize().id()));
    s.setValue(key(kind, "orientation"), int(layout.orientation()));
    s.setValue(key(kind, "marginsMm"),
               QVariant::fromValue(layout.margins(QPageLayout::Millimeter)));
}

QPrintPreviewDialog *DocumentPrinting::preview(QWidget *parent, const QString &title,
                                               const QString &kind,
                                               QPageLayout::Orientation firstOrientation,
                                               const PaintFn &paint)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageLayout(rememberedLayout(kind, firstOrientation));
    printer->setDocName(title);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setWindowTitle(tr("Print preview — %1").arg(title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ScreenFit::resize(dialog, {1000, 800});
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [paint, parent](QPrinter *p) {
                         QString error;
                         if (!paint(p, &error))
                             QMessageBox::warning(parent, tr("Printing"), error);
                     });
    QObject::connect(dialog, &QDialog::finished, dialog,
                     [printer, kind] { rememberLayout(kind, printer->pageLayout()); });
    // QObject's destructor runs after the dialog's, which may still use the printer.
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    dialog->open();
    return dialog;
}

QPrintPreviewDialog *DocumentPrinting::previewTable(QWidget *parent, const TableDocument &doc,
                                                    const QString &kind)
{
    return preview(
        parent, doc.title, kind, doc.preferredOrientation(),
        [doc](QPagedPaintDevice *device, QString *error) { return doc.paint(device, error); });
}

QPrintPreviewDialog *DocumentPrinting::previewHtml(QWidget *parent, const QString &title,
                                                   const QString &html, const QString &kind)
{
    return preview(parent, title, kind, QPageLayout::Portrait,
                   [html](QPagedPaintDevice *device, QString *) {
                       QTextDocument doc;
                       PdfOutput::setPrintableHtml(doc, html);
                       doc.print(device);
                       return true;
                   });
}

bool DocumentPrinting::exportHtmlPdf(QWidget *parent, const QString &title, const QString &html,
                                     const QString &suggestedName)
{
    const QString path = askPdfPath(parent, suggestedName);
    QString error;
    if (path.isEmpty())
        return false;
    if (!PdfOutput::writeHtml(path, title, html, &error)) {
        QMessageBox::warning(parent, tr("Export as PDF"), error);
        return false;
    }
    showExported(parent, tr("Export as PDF"), path);
    return true;
}

QString DocumentPrinting::askPdfPath(QWidget *parent, const QString &suggestedName)
{
    return askSavePath(parent, tr("Export as PDF"), suggestedName, tr("PDF files (*.pdf)"));
}

QString DocumentPrinting::exportFolder()
{
    const QString last = QSettings().value(QStringLiteral("print/exportFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    // A bare file name would open the dialog in the working folder, which is the
    // program's own when started from its icon.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QMessageBox *DocumentPrinting::showExported(QWidget *parent, const QString &title,
                                            const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    auto *box = new QMessageBox(QMessageBox::Information, title,
                                tr("Saved to %1.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("exportDoneBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setProperty("folder", folder);
    QPushButton *open = box->addButton(tr("&Open folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFolderButton"));
    QObject::connect(open, &QPushButton::clicked, box,
                     [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    box->setDefaultButton(QMessageBox::Close);
    box->open();
    return box;
}

QString DocumentPrinting::askSavePath(QWidget *parent, const QString &title,
                                      const QString &suggestedName, const QString &filter)
{
    QSettings s;
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(exportFolder()).filePath(suggestedName), filter);
    if (!path.isEmpty())
        s.setValue(QStringLiteral("print/exportFolder"), QFileInfo(path).absolutePath());
    return path;
}

bool DocumentPrinting::exportTablePdf(QWidget *parent, const TableDocument &doc,
                                      const QString &suggestedName)
{
    const QString path = askPdfPath(parent, suggestedName);
    if (path.isEmpty())
        return false;
    QString error;
    if (!doc.writePdf(path, &error)) {
        QMessageBox::warning(parent, tr("Export as PDF"), error);
        return false;
    }
    showExported(parent, tr("Export as PDF"), path);
    return true;
}

} // namespace certdesk
