#pragma once

#include <QDateTime>
#include <QString>

namespace certdesk
{

// One stored evidence file (佐证资料), addressed by the SHA-256 of its original bytes.
struct EvidenceItem {
    QString sha256;       // lower-case hex, 64 characters
    QString originalName; // file name as the user gave it (no folder)
    QString format;       // jpeg, png, bmp, webp
    int width = 0;        // of the original, after EXIF orientation
    int height = 0;
    qint64 bytes = 0;     // size of the original
    QDateTime capturedAt; // EXIF DateTimeOriginal when present (local time), else invalid
    bool hasOriginal = true;
};

} // namespace certdesk
