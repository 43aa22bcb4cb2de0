// Writes the user manual (docs/manual, Markdown) as one printable PDF: A4, a cover,
// a table of contents with page numbers, each chapter on a new page, "第 N 页 共 M
// 页" at the foot of every page (issue 20 point 3). Built with the program and
// shipped in the client package; `scripts/manual.sh` makes it with fresh screenshots.
//
//   manualpdf MANUAL_DIR OUT.pdf
#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextStream>
#include <QTextTable>

namespace
{

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The chapters in the order the contents page links them, then the appendix.
QStringList chapters(const QString &index)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)#]+\\.md)\\)"));
    QStringList out;
    for (auto it = link.globalMatch(index); it.hasNext();) {
        const QString page = it.next().captured(1);
        if (!out.contains(page))
            out << page;
    }
    return out;
}

// The contents page without its list of links (the PDF has its own, with pages).
QString introduction(QString index)
{
    const qsizetype from = index.indexOf(QStringLiteral("\n## 目录"));
    const qsizetype to = index.indexOf(QStringLiteral("\n## "), from + 1);
    if (from >= 0 && to > from)
        index.remove(from, to - from);
    return index;
}

// Screenshots are wider than a page: scaled to the text width. Image sizes are in
// screen pixels (96 per inch), which the layout scales to the printer's resolution,
// so `width` is the text width in those pixels.
// Returns the images that cannot be read (a page would print without them).
QStringList fitImages(QTextDocument &doc, const QString &dir, qreal width)
{
    QStringList unreadable;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = f.charFormat().toImageFormat();
            const QSize size = QImageReader(QDir(dir).filePath(image.name())).size();
            if (!size.isValid()) {
                unreadable << image.name();
                continue;
            }
            const qreal w = qMin<qreal>(width, size.width());
            image.setWidth(w);
            image.setHeight(w * size.height() / size.width());
            QTextCursor c(&doc);
            c.setPosition(f.position());
            c.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(image);
        }
    }
    return unreadable;
}

int pageOf(QTextDocument &doc, const QTextBlock &block)
{
    const qreal top = doc.documentLayout()->blockBoundingRect(block).top();
    return int(top / doc.pageSize().height()) + 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: manualpdf MANUAL_DIR OUT.pdf\n";
        return 2;
    }
    const QString dir = args.at(1);
    const QString index = readText(QDir(dir).filePath(QStringLiteral("index.md")));
    if (index.isEmpty()) {
        err << "manualpdf: no index.md in " << dir << "\n";
        return 1;
    }
    const QStringList pages = chapters(index);
    QString markdown = introduction(index);
    for (const QString &page : pages) {
        const QString text = readText(QDir(dir).filePath(page));
        if (text.isEmpty()) {
            err << "manualpdf: the contents link " << page << ", which is missing or empty\n";
            return 1;
        }
        markdown += QStringLiteral("\n\n") + text;
    }

    const QString part = args.at(2) + QStringLiteral(".part");
    QPdfWriter writer(part);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("资格认证工作台 用户操作手册"));
    writer.setCreator(QStringLiteral("CertDesk manualpdf"));
    const qreal footer = writer.resolution() * 0.35; // a line below the text
    const QSizeF body(writer.width(), writer.height() - footer);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    doc.setBaseUrl(QUrl::fromLocalFile(QDir(dir).absolutePath() + QLatin1Char('/')));
    doc.setPageSize(body);
    doc.setMarkdown(markdown);
    QStringList unreadable = fitImages(doc, dir, body.width() * 96.0 / writer.resolution());
    unreadable.removeDuplicates();
    if (!unreadable.isEmpty()) {
        err << "manualpdf: cannot read the screenshots " << unreadable.join(QStringLiteral(", "))
            << " in " << dir << " (scripts/manual.sh makes them)\n";
        QFile::remove(part);
        return 1;
    }

    // Every chapter (a level-1 heading after the first) on a page of its own.
    QList<QTextBlock> headings;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 1)
            continue;
        if (!headings.isEmpty() || b != doc.begin()) {
            QTextBlockFormat f = b.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(b).setBlockFormat(f);
        }
        headings << b;
    }
    // The contents after the introduction's title: a table of heading and page,
    // filled once the layout knows the pages (its own rows do not move them).
    QTextCursor at(headings.value(0));
    at.movePosition(QTextCursor::EndOfBlock);
    at.insertBlock(QTextBlockFormat());
    at.insertText(QStringLiteral("目录"));
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88),
                                  QTextLength(QTextLength::PercentageLength, 12)});
    const int rows = int(headings.size()) - 1;
    QTextTable *toc = at.insertTable(qMax(rows, 1), 2, tf);
    for (int i = 0; i < rows; ++i) {
        toc->cellAt(i, 0).firstCursorPosition().insertText(headings.at(i + 1).text());
        toc->cellAt(i, 1).firstCursorPosition().insertText(QStringLiteral("000"));
    }
    doc.documentLayout()->documentSize(); // lays it out
    for (int i = 0; i < rows; ++i) {
        QTextCursor c = toc->cellAt(i, 1).firstCursorPosition();
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        c.setBlockFormat(right);
        c.insertText(QString::number(pageOf(doc, headings.at(i + 1))));
    }

    const int count = doc.pageCount();
    QPainter painter(&writer);
    QFont small(QStringLiteral("Noto Sans CJK SC"), 8);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * body.height());
        doc.drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
        painter.restore();
        painter.setFont(small);
        painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignCenter,
                         QStringLiteral("第 %1 页 共 %2 页").arg(i + 1).arg(count));
    }
    if (!painter.end()) {
        err << "manualpdf: cannot write " << part << "\n";
        QFile::remove(part);
        return 1;
    }
    // Renamed when whole: a run stopped half-way leaves no PDF under the final name.
    QFile::remove(args.at(2));
    if (!QFile::rename(part, args.at(2))) {
        err << "manualpdf: cannot rename " << part << " to " << args.at(2) << "\n";
        return 1;
    }
    QTextStream(stdout) << args.at(2) << ": " << count << " pages, " << rows << " chapters\n";
    return 0;
}
