#include "tableexport.h"

#include "archive/tabledocument.h"

#include <QFile>

#include <xlsxwriter.h>

namespace certdesk
{

namespace
{
// Excel column width in characters; CJK characters take two.
double displayWidth(const QString &text)
{
    double w = 0;
    for (const QChar c : text)
        w += c.unicode() >= 0x2E80 ? 2.0 : 1.0;
    return w;
}

// A spreadsheet reads a cell starting with = + - @ (or a tab or CR before one)
// as a formula, also inside quotes: "=HYPERLINK(…)" from a name or an address
// typed on another desk would run on the PC that opens the export.
bool startsLikeFormula(QChar first)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    return starts.contains(first);
}

// A cell as a CSV field, appended to the line as UTF-8: the bytes of
// '"' + neutralised(cell) with '"' doubled + '"' through QString::toUtf8() (an
// unpaired surrogate as '?'), written through a pointer into room for the
// worst case: the copies and conversions were a third of a ledger export.
void appendCsvField(QByteArray &line, const QString &cell)
{
    if (TableExport::isPlainNumber(cell)) {
        line += cell.toLatin1();
        return;
    }
    const qsizetype start = line.size();
    line.resize(start + 3 + cell.size() * 3);
    char *p = line.data() + start;
    *p++ = '"';
    if (!cell.isEmpty() && startsLikeFormula(cell.front()))
        *p++ = '\''; // read as text, not as a formula (issue 16)
    const char16_t *src = reinterpret_cast<const char16_t *>(cell.constData());
    const char16_t *const end = src + cell.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u == u'"')
                *p++ = '"';
            *p++ = char(u);
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (*src++ - 0xdc00);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else {
            *p++ = '?'; // an unpaired surrogate, as QString::toUtf8() writes it
        }
    }
    *p++ = '"';
    line.truncate(p - line.constData());
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

QString TableExport::neutralised(const QString &cell)
{
    // A leading apostrophe makes formula-like text text; a plain number is left a number.
    if (cell.isEmpty() || isPlainNumber(cell))
        return cell;
    return startsLikeFormula(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

bool TableExport::isPlainNumber(const QString &cell)
{
    // -?[0-9]{1,9} and nothing else, without a regular expression: it is asked for
    // every cell of an export (3 million for a district's ledger). The expression
    // it replaces, ^-?[0-9]{1,9}$, also took "123\n" ($ matches before a final
    // newline), which then went into a CSV unquoted and split the row in two.
    const qsizetype sign = cell.startsWith(QLatin1Char('-')) ? 1 : 0;
    const qsizetype digits = cell.size() - sign;
    if (digits < 1 || digits > 9)
        return false;
    for (qsizetype i = sign; i < cell.size(); ++i) {
        if (cell.at(i) < QLatin1Char('0') || cell.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool TableExport::write(const TableDocument &table, Format format, const QString &path,
                        QString *error)
{
    return format == Format::Xlsx ? writeXlsx(table, path, error) : writeCsv(table, path, error);
}

bool TableExport::writeCsv(const TableDocument &table, const QString &path, QString *error)
{
    CsvTableWriter csv(path);
    if (!csv.open(table.headers, error))
        return false;
    for (const QStringList &row : table.rows)
        csv.addRow(row);
    return csv.commit(error);
}

namespace
{
constexpr qsizetype kFlushBytes = 1 << 20;
}

bool CsvTableWriter::open(const QStringList &headers, QString *error)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
    m_buffer.reserve(kFlushBytes + (64 << 10));
    m_buffer.append("\xEF\xBB\xBF");
    appendLine(headers);
    return true;
}

void CsvTableWriter::appendLine(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        appendCsvField(m_buffer, cells.at(i));
    }
    m_buffer += "\r\n";
}

void CsvTableWriter::addRow(const QStringList &cells)
{
    appendLine(cells);
    ++m_rows;
    if (m_buffer.size() > kFlushBytes) {
        m_file.write(m_buffer); // a failed write is reported by commit()
        m_buffer.truncate(0);   // keeps the allocation: no regrowing copies per megabyte
    }
}

bool CsvTableWriter::commit(QString *error)
{
    m_file.write(m_buffer);
    m_buffer.clear();
    if (!m_file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
    return true;
}

QString TableExport::xlsxProblem(int lxwError)
{
    switch (lxwError) {
    case LXW_ERROR_CREATING_XLSX_FILE:
        return tr("the folder does not exist or cannot be written to");
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
        return tr("no temporary file could be written; is the disk full?");
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return tr("there is not enough memory");
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return tr("writing the file failed; is the disk full?");
    default:
        return tr("libxlsxwriter error %1 (%2)")
            .arg(lxwError)
            .arg(QString::fromUtf8(lxw_strerror(lxw_error(lxwError))));
    }
}

bool TableExport::writeXlsx(const TableDocument &table, const QString &path, QString *error)
{
    const QString part = path + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(part);
    lxw_workbook_options options{};
    options.constant_memory =
        LXW_TRUE; // rows stream to disk: a 250,000-row ledger stays small in memory
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(partName.constData(), &options);
    if (!book)
        return fail(error, tr("Cannot write %1.").arg(path));
    QByteArray sheetName =
        (table.title.isEmpty() ? QStringLiteral("Sheet1") : table.title.left(31)).toUtf8();
    for (char bad : {'[', ']', ':', '*', '?', '/', '\\'})
        sheetName.replace(bad, '_');
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *text = workbook_add_format(book);
    format_set_num_format(text, "@"); // typed-in edits of the column stay text too

    // Widths must be set before rows in constant-memory mode: from the header
    // and the first rows.
    for (int c = 0; c < table.headers.size(); ++c) {
        double w = displayWidth(table.headers.at(c));
        for (int r = 0; r < qMin<qsizetype>(table.rows.size(), 500); ++r)
            w = qMax(w, displayWidth(table.rows.at(r).value(c)));
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), qMin(w + 2, 60.0), nullptr);
    }
    for (int c = 0; c < table.headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(),
                               bold);
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_error status = LXW_NO_ERROR;
    for (int r = 0; r < table.rows.size() && status == LXW_NO_ERROR; ++r) {
        const QStringList &row = table.rows.at(r);
        for (int c = 0; c < row.size() && status == LXW_NO_ERROR; ++c) {
            const QString &cell = row.at(c);
            if (cell.isEmpty())
                continue;
            status = isPlainNumber(cell)
                         ? worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c),
                                                  cell.toDouble(), nullptr)
                         : worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c),
                                                  cell.toUtf8().constData(), text);
        }
    }
    const lxw_error closed = workbook_close(book);
    if (status != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        QFile::remove(part);
        return fail(error, tr("Cannot write %1: %2")
                               .arg(path, xlsxProblem(status != LXW_NO_ERROR ? status : closed)));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return fail(error, tr("Cannot write %1.").arg(path));
    }
    return true;
}

} // namespace certdesk
