#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace certdesk
{

struct TableDocument;

// Writes a table (any list, ledger or dashboard table) for Excel and LibreOffice:
//  - XLSX through libxlsxwriter: bold header row, frozen; column widths from the
//    content; ID numbers and every other text stay text (so Excel keeps the X and
//    leading digits), only short whole numbers become numbers;
//  - CSV: UTF-8 with a byte-order mark (so Excel detects the encoding), CRLF line
//    ends, text fields quoted, formula-like text neutralised (issue 16).
// Both write under a temporary name and rename, so a failed export leaves nothing.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    enum class Format { Xlsx, Csv };
    static bool write(const TableDocument &table, Format format, const QString &path,
                      QString *error = nullptr);
    static bool writeXlsx(const TableDocument &table, const QString &path,
                          QString *error = nullptr);
    static bool writeCsv(const TableDocument &table, const QString &path, QString *error = nullptr);
    // A cell written as a number: an integer of at most 9 digits (ages, counts).
    static bool isPlainNumber(const QString &cell);
    // What went wrong, in the user's language, for a libxlsxwriter error
    // (its own lxw_strerror text is English).
    static QString xlsxProblem(int lxwError);
    // A text cell as a CSV export writes it: one that a spreadsheet would read as
    // a formula (first character = + - @, tab or CR) gets a leading apostrophe.
    static QString neutralised(const QString &cell);
};

// A CSV export written a row at a time, for lists too long to hold (a district's
// ledger): the same bytes as TableExport::writeCsv, under a temporary name until
// commit(), so an export that fails half-way leaves nothing.
class CsvTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    explicit CsvTableWriter(const QString &path) : m_path(path), m_file(path) {}
    bool open(const QStringList &headers, QString *error = nullptr);
    void addRow(const QStringList &cells);
    qint64 rows() const { return m_rows; }
    bool commit(QString *error = nullptr);

private:
    void appendLine(const QStringList &cells);

    QString m_path;
    QSaveFile m_file;
    QByteArray m_buffer;
    qint64 m_rows = 0;
};

} // namespace certdesk
