#include "tablereader.h"

#include "zip/zipfile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace certdesk
{

namespace
{
bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// "AB12" -> 27 (0-based column of a cell reference).
int columnOf(QStringView ref)
{
    int col = 0;
    for (const QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
    }
    return col - 1;
}

// The text of the current element (<si> or <is>): its <t> runs, rich text
// included, phonetic guides (<rPh>) left out. Ends on the element's end tag.
QString textOf(QXmlStreamReader &xml)
{
    QString out;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t"))
                out += xml.readElementText();
            else if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return out;
}
} // namespace

QString TableReader::detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    return utf8.hasError() ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

QList<QStringList> TableReader::parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        any = true;
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
        }
    }
    if (any)
        rows << (row << field);
    return rows;
}

std::optional<QList<QStringList>> TableReader::readXlsx(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    ZipReader zip(path);
    if (!zip.isOpen()) {
        fail(error,
             tr("%1 is not a complete XLSX file (the zip is truncated or damaged).").arg(name));
        return std::nullopt;
    }
    bool ok = false;
    // Shared strings (may be absent when every text cell is inline).
    QStringList shared;
    const QByteArray sharedXml = zip.read(QStringLiteral("xl/sharedStrings.xml"), &ok);
    if (ok) {
        QXmlStreamReader xml(sharedXml);
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("sst"))
                continue;
            if (xml.name() == QLatin1String("si"))
                shared << textOf(xml);
            else
                xml.skipCurrentElement();
        }
    }
    // The first worksheet: xl/worksheets/sheet1.xml in files from Excel, LibreOffice and
    // libxlsxwriter.
    const QByteArray sheetXml = zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), &ok);
    if (!ok) {
        fail(
            error,
            tr("%1 has no readable first worksheet (not an XLSX workbook, or damaged).").arg(name));
        return std::nullopt;
    }
    QList<QStringList> rows;
    QXmlStreamReader xml(sheetXml);
    QStringList row;
    int lastRow = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            // Empty rows are left out of the file: keep the row numbers honest.
            while (r > 0 && lastRow + 1 < r) {
                rows << QStringList();
                ++lastRow;
            }
            lastRow = r > 0 ? r : lastRow + 1;
            row.clear();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            rows << row;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const int col = columnOf(xml.attributes().value(QLatin1String("r")));
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            QString value;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("c")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("is"))
                    value = textOf(xml);
            }
            if (type == QLatin1String("s"))
                value = shared.value(value.toInt());
            while (row.size() < col)
                row << QString();
            row << value;
        }
    }
    if (xml.hasError()) {
        fail(error, tr("%1: the worksheet is damaged (%2).").arg(name, xml.errorString()));
        return std::nullopt;
    }
    return rows;
}

std::optional<ReadTable> TableReader::read(const QString &path, const QString &encoding,
                                           QString *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(error, tr("Cannot open %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    if (f.size() == 0) {
        fail(error, tr("%1 is empty.").arg(name));
        return std::nullopt;
    }
    if (f.size() > MaxBytes) {
        fail(error, tr("%1 is %2 MB; files over %3 MB are not accepted (split it).")
                        .arg(name)
                        .arg(f.size() >> 20)
                        .arg(MaxBytes >> 20));
        return std::nullopt;
    }
    const QByteArray head = f.peek(4);
    ReadTable table;
    QList<QStringList> rows;
    if (head.startsWith("PK")) {
        f.close();
        table.format = QStringLiteral("xlsx");
        const auto read = readXlsx(path, error);
        if (!read)
            return std::nullopt;
        rows = *read;
    } else {
        const QByteArray bytes = f.readAll();
        if (bytes.contains('\0')) {
            fail(error, tr("%1 is not a text table (it contains binary data).").arg(name));
            return std::nullopt;
        }
        table.format = QStringLiteral("csv");
        table.encoding = encoding.isEmpty() ? detectEncoding(bytes) : encoding;
        QStringDecoder decoder(table.encoding.toLatin1().constData());
        if (!decoder.isValid()) {
            fail(error, tr("Unknown encoding %1 (use UTF-8 or GB18030).").arg(table.encoding));
            return std::nullopt;
        }
        const QString text = decoder(bytes);
        if (decoder.hasError()) {
            fail(error, tr("%1 is not valid %2 text.").arg(name, table.encoding));
            return std::nullopt;
        }
        rows = parseCsv(text);
    }
    while (!rows.isEmpty() && rows.last().join(QString()).trimmed().isEmpty())
        rows.removeLast();
    if (rows.isEmpty()) {
        fail(error, tr("%1 has no rows.").arg(name));
        return std::nullopt;
    }
    table.headers = rows.takeFirst();
    for (QString &h : table.headers)
        h = h.trimmed();
    table.rows = rows;
    return table;
}

} // namespace certdesk
