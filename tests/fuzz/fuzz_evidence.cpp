// Photos from phones and scanners: the EXIF reader (libexif, the PNG eXIf and
// WebP EXIF chunk walkers) and the evidence intake (format sniffing, refusals of
// HEIC/AVIF/PDF, completeness checks, decode with the pixel and allocation
// bounds, EXIF orientation, downscaling to the archive copy and thumbnail).
// A stored item must name files that exist; a refusal must say why.
#include "evidence/evidencestore.h"
#include "evidence/exifreader.h"
#include "fuzzcommon.h"

#include <QDir>
#include <QFileInfo>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4 << 20)
        return -1;
    const QByteArray bytes = fuzz::bytes(data, size);
    (void)ExifReader::captureTime(bytes);
    (void)ExifReader::parseExifDateTime(bytes.left(64));

    const QString folder = fuzz::scratch() + QStringLiteral("/evidence");
    EvidenceStore store(folder);
    QString error;
    const auto item = store.intakeBytes(bytes, QStringLiteral("photo.jpg"), &error);
    if (item) {
        FUZZ_ASSERT(QFileInfo::exists(store.archivePath(item->sha256)));
        FUZZ_ASSERT(QFileInfo::exists(store.thumbnailPath(item->sha256)));
        FUZZ_ASSERT(item->width > 0 && item->height > 0);
        FUZZ_ASSERT(qint64(item->width) * item->height <= EvidenceStore::MaxPixels);
    } else {
        FUZZ_ASSERT(!error.isEmpty());
    }
    QDir(folder).removeRecursively(); // every input meets an empty store
    return 0;
}
