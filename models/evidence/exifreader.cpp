#include "exifreader.h"

#include <QtEndian>

#include <libexif/exif-data.h>

#include <memory>

namespace certdesk
{

namespace
{

const char kExifHeader[] = "Exif\0\0"; // 6 bytes, the prefix of a JPEG APP1 payload

struct ExifDataDeleter {
    void operator()(ExifData *data) const { exif_data_unref(data); }
};

// The EXIF payload of a PNG eXIf chunk or a WebP EXIF chunk (a bare TIFF
// structure), or the bytes themselves for anything else (JPEG: libexif finds the
// APP1 segment on its own).
QByteArray exifBlock(const QByteArray &bytes)
{
    static const QByteArray pngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    if (bytes.startsWith(pngSignature)) {
        qsizetype pos = pngSignature.size();
        while (pos + 8 <= bytes.size()) {
            const quint32 length = qFromBigEndian<quint32>(bytes.constData() + pos);
            const QByteArray type = bytes.mid(pos + 4, 4);
            if (length > quint32(bytes.size() - pos - 8))
                break;
            if (type == "eXIf")
                return bytes.mid(pos + 8, qsizetype(length));
            if (type == "IDAT" || type == "IEND") // eXIf must come before the image data
                break;
            pos += 12 + qsizetype(length);
        }
        return QByteArray();
    }
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP") {
        qsizetype pos = 12;
        while (pos + 8 <= bytes.size()) {
            const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + pos + 4);
            if (length > quint32(bytes.size() - pos - 8))
                break;
            if (bytes.mid(pos, 4) == "EXIF")
                return bytes.mid(pos + 8, qsizetype(length));
            pos += 8 + qsizetype(length) + (length & 1); // chunks are padded to even sizes
        }
        return QByteArray();
    }
    return bytes;
}

QByteArray asciiValue(ExifContent *content, ExifTag tag)
{
    if (!content)
        return QByteArray();
    ExifEntry *entry = exif_content_get_entry(content, tag);
    if (!entry || !entry->data || entry->format != EXIF_FORMAT_ASCII)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(entry->data), int(entry->size));
}

} // namespace

namespace ExifReader
{

QDateTime parseExifDateTime(const QByteArray &value)
{
    QByteArray text = value;
    const qsizetype nul = text.indexOf('\0');
    if (nul >= 0)
        text.truncate(nul);
    text = text.trimmed();
    if (text.size() != 19)
        return QDateTime();
    const QDateTime dt =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    return dt.isValid() ? dt : QDateTime();
}

QDateTime captureTime(const QByteArray &jpegBytes)
{
    QByteArray block = exifBlock(jpegBytes);
    if (block.isEmpty())
        return QDateTime();
    // A bare TIFF structure (PNG, WebP) gets the header libexif looks for.
    if (block.startsWith(QByteArrayLiteral("II*\0")) ||
        block.startsWith(QByteArrayLiteral("MM\0*")))
        block.prepend(kExifHeader, 6);
    if (block.size() > 0x7fffffff)
        return QDateTime();

    std::unique_ptr<ExifData, ExifDataDeleter> data(exif_data_new());
    if (!data)
        return QDateTime();
    // FOLLOW_SPECIFICATION would "fix" the data on load, which fills missing
    // mandatory tags (DateTime among them) with the current time.
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_load_data(data.get(), reinterpret_cast<const unsigned char *>(block.constData()),
                        static_cast<unsigned int>(block.size()));

    QDateTime taken =
        parseExifDateTime(asciiValue(data->ifd[EXIF_IFD_EXIF], EXIF_TAG_DATE_TIME_ORIGINAL));
    if (!taken.isValid())
        taken = parseExifDateTime(asciiValue(data->ifd[EXIF_IFD_0], EXIF_TAG_DATE_TIME));
    return taken;
}

} // namespace ExifReader

} // namespace certdesk
