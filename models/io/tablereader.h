#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace certdesk
{

// A table as read from a file: the first row is the header.
struct ReadTable {
    QStringList headers;
    QList<QStringList> rows;
    QString format;   // "xlsx" or "csv"
    QString encoding; // for CSV: "UTF-8" or "GB18030"
};

// Reads the files big-data results arrive in: XLSX (libzip + QXmlStreamReader,
// first worksheet) and CSV in UTF-8 (with or without BOM) or GB18030 as Chinese
// Excel writes it. The format is recognised from the content, the encoding
// detected unless given. Anything else is refused with the reason: an empty file,
// a binary file, a truncated XLSX, a file over one of the bounds below (the
// message names the file and the bound; docs/robustness.md lists them).
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    static constexpr qint64 MaxBytes = 64 << 20; // the file as it is on disk
    // Excel's own limits: no spreadsheet program writes a row or column past them.
    static constexpr int MaxRows = 1048576;  // header included
    static constexpr int MaxColumns = 16384; // column XFD
    static constexpr int MaxCellChars = 32767;
    // Cells in all, empty ones between filled ones included (about 24 bytes each
    // in memory): a district's file of a million rows has a few columns.
    static constexpr qint64 MaxCells = 16 << 20;
    // XLSX: the unpacked worksheet or shared strings, entries in the zip, and how
    // much better than real XML an entry may compress (a zip bomb does ~1000:1).
    static constexpr qint64 MaxXmlBytes = 256 << 20;
    static constexpr int MaxZipEntries = 10000;
    static constexpr int MaxZipRatio = 200;

    // "UTF-8" when the bytes are valid UTF-8 (BOM or not), else "GB18030".
    static QString detectEncoding(const QByteArray &bytes);
    // encoding: empty = detect; "UTF-8" or "GB18030" to override.
    static std::optional<ReadTable> read(const QString &path, const QString &encoding,
                                         QString *error);

private:
    static std::optional<QList<QStringList>> readXlsx(const QString &path, QString *error);
    static std::optional<QList<QStringList>> readSheet(const QByteArray &sheetXml,
                                                       const QStringList &shared,
                                                       const QString &name, QString *error);
    static std::optional<QList<QStringList>> parseCsv(const QString &text, const QString &name,
                                                      QString *error);
};

} // namespace certdesk
