#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk
{

struct TableDocument;

// Writes a table (any list, ledger or dashboard table) for Excel and LibreOffice:
//  - XLSX through libxlsxwriter: bold header row, frozen; column widths from the
//    content; ID numbers and every other text stay text (so Excel keeps the X and
//    leading digits), only short whole numbers become numbers;
//  - CSV: UTF-8 with a byte-order mark (so Excel detects the encoding), CRLF line
//    ends, text fields quoted.
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
};

} // namespace certdesk
