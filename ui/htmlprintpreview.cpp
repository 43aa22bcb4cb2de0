#include "htmlprintpreview.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

void HtmlPrintPreview::setPrintableHtml(QTextDocument &doc, const QString &html)
{
    // A CJK-capable family first; fontconfig falls back per character otherwise.
    QFont font(QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"),
                           QStringLiteral("Source Han Sans SC"), QStringLiteral("SimSun")});
    font.setPointSize(10);
    doc.setDefaultFont(font);
    doc.setHtml(html);
}

void HtmlPrintPreview::open(QWidget *parent, const QString &title, const QString &html)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer->setDocName(title);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [html](QPrinter *p) {
        QTextDocument doc;
        setPrintableHtml(doc, html);
        doc.print(p);
    });
    dialog->open();
}
