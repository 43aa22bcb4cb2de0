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

// Reads the files big-data results arrive in: XLSX (minizip + QXmlStreamReader,
// first worksheet) and CSV in UTF-8 (with or without BOM) or GB18030 as Chinese
// Excel writes it. The format is recognised from the content, the encoding
// detected unless given. Anything else is refused with the reason: an empty file,
// a binary file, a truncated XLSX, a file over the size limit.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    static constexpr qint64 MaxBytes = 64 << 20;
    // "UTF-8" when the bytes are valid UTF-8 (BOM or not), else "GB18030".
    static QString detectEncoding(const QByteArray &bytes);
    // encoding: empty = detect; "UTF-8" or "GB18030" to override.
    static std::optional<ReadTable> read(const QString &path, const QString &encoding,
                                         QString *error);
    static QList<QStringList> parseCsv(const QString &text);

private:
    static std::optional<QList<QStringList>> readXlsx(const QString &path, QString *error);
};

} // namespace certdesk
