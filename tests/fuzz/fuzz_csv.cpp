// The CSV side of TableReader: encoding detection (UTF-8 with or without BOM,
// else GB18030), decoding and the CSV grammar, through the same read() the
// import uses, with the reader's bounds (TableReader::Limits).
#include "fuzzcommon.h"
#include "io/tablereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return -1;
    // The first byte picks the encoding as a user could: detect, or force one.
    static const QString encodings[] = {QString(), QStringLiteral("UTF-8"),
                                        QStringLiteral("GB18030")};
    const QString encoding = size > 0 ? encodings[data[0] % 3] : QString();
    const QString path = fuzz::writeFile(QStringLiteral("input.csv"), data, size);
    QString error;
    const auto table = TableReader::read(path, encoding, &error);
    if (table) {
        FUZZ_ASSERT(table->format == QLatin1String("csv"));
        FUZZ_ASSERT(table->rows.size() <= TableReader::MaxRows);
        FUZZ_ASSERT(table->headers.size() <= TableReader::MaxColumns);
        for (const QStringList &row : table->rows)
            FUZZ_ASSERT(row.size() <= TableReader::MaxColumns);
    } else {
        FUZZ_ASSERT(!error.isEmpty());
    }
    (void)TableReader::detectEncoding(fuzz::bytes(data, size));
    return 0;
}
