#pragma once

#include <QByteArray>
#include <QDateTime>

namespace certdesk
{

// The one place that talks to libexif (Debian's libexif-dev).
namespace ExifReader
{

// When the photo was taken: EXIF DateTimeOriginal, else IFD0 DateTime, read as
// local time ("YYYY:MM:DD HH:MM:SS" carries no zone). Invalid when the bytes have
// no EXIF block, no such tag, or a malformed value. Accepts a whole JPEG file; the
// EXIF block of a PNG (eXIf chunk) or WebP (EXIF chunk) is found as well.
QDateTime captureTime(const QByteArray &jpegBytes);

// "YYYY:MM:DD HH:MM:SS" (trailing NULs and spaces allowed) -> local QDateTime;
// invalid for anything else, including the "0000:00:00 00:00:00" some cameras write.
QDateTime parseExifDateTime(const QByteArray &value);

} // namespace ExifReader

} // namespace certdesk
