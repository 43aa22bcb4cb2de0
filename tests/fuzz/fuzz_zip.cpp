// ZipReader (libzip) over any bytes: the walk of the entries, reading each to
// its end (CRC and declared size), and the bounds every caller gets
// (ZipReader::Limits: entries, bytes per entry and in all, compression ratio).
#include "fuzzcommon.h"
#include "zip/zipfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4 << 20)
        return -1;
    const QString path = fuzz::writeFile(QStringLiteral("input.zip"), data, size);
    ZipReader::Limits limits;
    limits.maxEntries = 1000;
    limits.maxEntryBytes = 16 << 20;
    limits.maxTotalBytes = 32 << 20;
    ZipReader zip(path, limits);
    if (!zip.isOpen())
        return 0;
    qint64 total = 0;
    int entries = 0;
    const bool walked =
        zip.forEach([&](const QString &name, qint64 declared, const ZipReader::ReadFn &read) {
            ++entries;
            qint64 got = 0;
            const bool ok = read([&](const QByteArray &chunk) { got += chunk.size(); });
            FUZZ_ASSERT(got <= declared);
            FUZZ_ASSERT(!ok || got == declared);
            total += got;
            (void)name;
        });
    FUZZ_ASSERT(entries <= limits.maxEntries);
    FUZZ_ASSERT(total <= limits.maxTotalBytes);
    (void)walked;
    bool ok = false;
    (void)zip.read(QStringLiteral("manifest.json"), &ok);
    return 0;
}
