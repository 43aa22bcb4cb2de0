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

// "AB12" -> 27 (0-based column of a cell reference); -1 without letters. Stops
// counting past the last column a table may have, so XFDXFDXFD2 cannot overflow.
int columnOf(QStringView ref)
{
    int col = 0;
    for (const QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
        if (col > TableReader::MaxColumns)
            return TableReader::MaxColumns;
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

std::optional<QList<QStringList>> TableReader::parseCsv(const QString &text, const QString &name,
                                                        QString *error)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    qint64 cells = 0;
    // The bounds are checked as a field ends, so nothing past them is kept.
    const auto endField = [&]() {
        if (field.size() > MaxCellChars) {
            fail(error, tr("%1: row %2, column %3 holds more than %4 characters.")
                            .arg(name)
                            .arg(rows.size() + 1)
                            .arg(row.size() + 1)
                            .arg(MaxCellChars));
            return false;
        }
        if (row.size() >= MaxColumns) {
            fail(error, tr("%1: row %2 has more than %3 columns.")
                            .arg(name)
                            .arg(rows.size() + 1)
                            .arg(MaxColumns));
            return false;
        }
        if (++cells > MaxCells) {
            fail(error, tr("%1 has more than %2 cells; split the file.").arg(name).arg(MaxCells));
            return false;
        }
        row << field;
        field.clear();
        return true;
    };
    const auto endRow = [&]() {
        if (!endField())
            return false;
        if (rows.size() >= MaxRows) {
            fail(error, tr("%1 has more than %2 rows; split the file.").arg(name).arg(MaxRows));
            return false;
        }
        rows << row;
        row.clear();
        return true;
    };
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
            if (!endField())
                return std::nullopt;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRow())
                return std::nullopt;
            any = false;
        } else {
            field += c;
        }
    }
    if (any && !endRow())
        return std::nullopt;
    return rows;
}

std::optional<QList<QStringList>> TableReader::readXlsx(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    ZipReader::Limits limits;
    limits.maxEntries = MaxZipEntries;
    limits.maxRatio = MaxZipRatio;
    ZipReader zip(path, limits);
    if (!zip.isOpen()) {
        fail(error,
             zip.errorString().isEmpty()
                 ? tr("%1 is not a complete XLSX file (the zip is truncated or damaged).").arg(name)
                 : zip.errorString());
        return std::nullopt;
    }
    bool ok = false;
    // Shared strings (may be absent when every text cell is inline).
    QStringList shared;
    const QByteArray sharedXml = zip.read(QStringLiteral("xl/sharedStrings.xml"), &ok, MaxXmlBytes);
    if (!ok && !zip.errorString().isEmpty()) {
        fail(error, zip.errorString());
        return std::nullopt;
    }
    if (ok) {
        QXmlStreamReader xml(sharedXml);
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("sst"))
                continue;
            if (xml.name() == QLatin1String("si"))
                shared << textOf(xml);
            else
                xml.skipCurrentElement();
            if (shared.size() > MaxCells) {
                fail(error,
                     tr("%1 has more than %2 cells; split the file.").arg(name).arg(MaxCells));
                return std::nullopt;
            }
        }
    }
    // The first worksheet: xl/worksheets/sheet1.xml in files from Excel, LibreOffice and
    // libxlsxwriter.
    const QByteArray sheetXml =
        zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), &ok, MaxXmlBytes);
    if (!ok) {
        fail(error,
             !zip.errorString().isEmpty()
                 ? zip.errorString()
                 : tr("%1 has no readable first worksheet (not an XLSX workbook, or damaged).")
                       .arg(name));
        return std::nullopt;
    }
    return readSheet(sheetXml, shared, name, error);
}

std::optional<QList<QStringList>> TableReader::readSheet(const QByteArray &sheetXml,
                                                         const QStringList &shared,
                                                         const QString &name, QString *error)
{
    QList<QStringList> rows;
    QXmlStreamReader xml(sheetXml);
    QStringList row;
    qint64 lastRow = 0;
    qint64 cells = 0;
    const auto refused = [&](const QString &why) {
        fail(error, why);
        return std::nullopt;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            // A row number as the file states it, checked before anything is made
            // for it (issue 18: r="2000000000" once allocated without end).
            const qint64 r = xml.attributes().value(QLatin1String("r")).toLongLong();
            if (r > MaxRows || (r <= 0 && lastRow >= MaxRows))
                return refused(tr("%1: row %2 is beyond the last row a table may have (%3).")
                                   .arg(name)
                                   .arg(r > 0 ? r : lastRow + 1)
                                   .arg(MaxRows));
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
            const QString ref = xml.attributes().value(QLatin1String("r")).toString();
            const int col = columnOf(ref);
            if (col >= MaxColumns)
                return refused(
                    tr("%1: cell %2 is beyond the last column a table may have (XFD, column %3).")
                        .arg(name, ref.left(40))
                        .arg(MaxColumns));
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
            if (value.size() > MaxCellChars)
                return refused(tr("%1: cell %2 holds more than %3 characters.")
                                   .arg(name, ref.isEmpty() ? QStringLiteral("?") : ref.left(40))
                                   .arg(MaxCellChars));
            cells += qMax<qint64>(col - row.size(), 0) + 1;
            if (cells > MaxCells)
                return refused(
                    tr("%1 has more than %2 cells; split the file.").arg(name).arg(MaxCells));
            while (row.size() < col)
                row << QString();
            row << value;
        }
    }
    if (xml.hasError())
        return refused(tr("%1: the worksheet is damaged (%2).").arg(name, xml.errorString()));
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
        const auto parsed = parseCsv(text, name, error);
        if (!parsed)
            return std::nullopt;
        rows = *parsed;
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
