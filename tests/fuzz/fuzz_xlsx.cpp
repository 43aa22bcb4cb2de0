// The XLSX side of TableReader: a zip (libzip), shared strings and the first
// worksheet (QXmlStreamReader), row numbers and cell references as a crafted
// file may state them (issue 18: r="2000000000" and XFDXFDXFD2 once allocated
// without end), under the reader's bounds.
#include "fuzzcommon.h"
#include "io/tablereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4 << 20)
        return -1;
    const QString path = fuzz::writeFile(QStringLiteral("input.xlsx"), data, size);
    QString error;
    const auto table = TableReader::read(path, QString(), &error);
    if (table) {
        FUZZ_ASSERT(table->rows.size() <= TableReader::MaxRows);
        FUZZ_ASSERT(table->headers.size() <= TableReader::MaxColumns);
        for (const QStringList &row : table->rows) {
            FUZZ_ASSERT(row.size() <= TableReader::MaxColumns);
            for (const QString &cell : row)
                FUZZ_ASSERT(cell.size() <= TableReader::MaxCellChars);
        }
    } else {
        FUZZ_ASSERT(!error.isEmpty());
    }
    return 0;
}
