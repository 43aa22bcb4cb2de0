#include "evidencestore.h"

#include "exifreader.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtEndian>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace certdesk
{

namespace
{

Q_LOGGING_CATEGORY(lcEvidence, "certdesk.evidence", QtInfoMsg)

constexpr int kArchiveEdge = 2048;
constexpr int kThumbnailEdge = 256;
constexpr int kArchiveQuality = 85;
constexpr int kThumbnailQuality = 80;
constexpr qint64 kMaxFileBytes = EvidenceStore::MaxFileBytes;
constexpr qint64 kMaxFullDecodePixels = EvidenceStore::MaxFullDecodePixels;
constexpr int kAllocationLimitMb = 512;

// Formats accepted, as QImageReader names them, in order of preference.
const char *const kAcceptedFormats[] = {"jpeg", "png", "bmp", "webp"};

QString extensionFor(const QByteArray &format)
{
    if (format == "jpeg")
        return QStringLiteral("jpg");
    return QString::fromLatin1(format);
}

bool isSha256(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

quint32 bigEndian32(const QByteArray &b, qsizetype pos)
{
    return qFromBigEndian<quint32>(b.constData() + pos);
}

quint32 littleEndian32(const QByteArray &b, qsizetype pos)
{
    return qFromLittleEndian<quint32>(b.constData() + pos);
}

// Brands of an ISO base media file (HEIF, AVIF, MP4): the major brand and the
// compatible brands of the leading 'ftyp' box; empty for anything else.
QList<QByteArray> isoBrands(const QByteArray &b)
{
    QList<QByteArray> brands;
    if (b.size() < 12 || b.mid(4, 4) != "ftyp")
        return brands;
    brands.append(b.mid(8, 4));
    const qsizetype boxEnd = qMin<qsizetype>(b.size(), qsizetype(bigEndian32(b, 0)));
    for (qsizetype pos = 16; pos + 4 <= boxEnd && brands.size() < 64; pos += 4)
        brands.append(b.mid(pos, 4));
    return brands;
}

bool hasAnyBrand(const QList<QByteArray> &brands, std::initializer_list<const char *> wanted)
{
    for (const char *w : wanted) {
        if (brands.contains(QByteArray(w)))
            return true;
    }
    return false;
}

// True when the marker structure runs from SOI to EOI. A JPEG cut short ends
// inside a segment or inside entropy-coded data instead; Qt decodes such a file
// with no more than a warning and fills the missing part with grey. Segments are
// skipped by their length, so the EOI of an embedded EXIF thumbnail does not count,
// and trailing data after the EOI (some phones append their own) is allowed.
bool jpegComplete(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData());
    const qsizetype n = b.size();
    if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
        return false;
    qsizetype i = 2;
    while (i < n) {
        if (p[i] != 0xFF) { // stray bytes before a marker: libjpeg skips them too
            const void *next = std::memchr(p + i, 0xFF, size_t(n - i));
            if (!next)
                return false;
            i = static_cast<const uchar *>(next) - p;
        }
        while (i < n && p[i] == 0xFF) // fill bytes
            ++i;
        if (i >= n)
            return false;
        const uchar marker = p[i++];
        if (marker == 0xD9)
            return true;
        if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // no length field
        if (i + 2 > n)
            return false;
        const qsizetype length = (qsizetype(p[i]) << 8) | p[i + 1];
        if (length < 2 || i + length > n)
            return false;
        i += length;
        if (marker != 0xDA)
            continue;
        // Entropy-coded data after SOS: runs to the next marker that is neither a
        // stuffed 0xFF00 nor a restart marker.
        for (;;) {
            const void *ff = std::memchr(p + i, 0xFF, size_t(n - i));
            if (!ff)
                return false;
            i = static_cast<const uchar *>(ff) - p;
            if (i + 1 >= n)
                return false;
            const uchar next = p[i + 1];
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                i += 2;
                continue;
            }
            if (next == 0xFF) {
                ++i;
                continue;
            }
            break; // a real marker at i
        }
    }
    return false;
}

// True when the chunks run from the signature to IEND.
bool pngComplete(const QByteArray &b)
{
    qsizetype pos = 8;
    while (pos + 12 <= b.size()) {
        const quint32 length = bigEndian32(b, pos);
        if (length > 0x7fffffffu || qsizetype(length) > b.size() - pos - 12)
            return false;
        if (b.mid(pos + 4, 4) == "IEND")
            return true;
        pos += 12 + qsizetype(length);
    }
    return false;
}

// False when the container says it is longer than the bytes at hand.
bool lengthFieldSatisfied(const QByteArray &format, const QByteArray &b)
{
    if (format == "webp" && b.size() >= 12) // RIFF size counts from offset 8
        return qint64(littleEndian32(b, 4)) + 8 <= b.size();
    if (format == "bmp" && b.size() >= 14) { // bfSize; 0 in files from careless writers
        const quint32 fileSize = littleEndian32(b, 2);
        return fileSize == 0 || qint64(fileSize) <= b.size();
    }
    return true;
}

QSize fitWithin(const QSize &size, int edge)
{
    if (size.width() <= edge && size.height() <= edge)
        return size;
    return size.scaled(edge, edge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

// JPEG has no alpha: transparent parts become white, not black.
QImage opaque(const QImage &image)
{
    if (image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_RGB32)
        return image;
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.setColorSpace(image.colorSpace());
    flat.setDotsPerMeterX(image.dotsPerMeterX());
    flat.setDotsPerMeterY(image.dotsPerMeterY());
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

QByteArray encode(const QImage &image, const char *format, int quality, QString *why)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0) {
        writer.setQuality(quality);
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(image)) {
        if (why)
            *why = writer.errorString();
        return QByteArray();
    }
    return bytes;
}

void syncDirectory(const QString &path)
{
#ifdef Q_OS_UNIX
    // Makes the renames (new directory entries) durable, not only the file data.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    if (::fsync(fd) != 0)
        qCWarning(lcEvidence) << "fsync of directory" << path
                              << "failed:" << qt_error_string(errno);
    ::close(fd);
#else
    Q_UNUSED(path)
#endif
}

// Writes under a temporary name, flushes to disk, then renames: a file that
// exists under its final name is complete.
bool writeDurably(const QString &path, const QByteArray &data, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *why = file.errorString();
        return false;
    }
    if (file.write(data) != data.size() || !file.flush()) {
        *why = file.errorString();
        file.cancelWriting();
        return false;
    }
#ifdef Q_OS_UNIX
    // QSaveFile::commit() calls fdatasync() too (Qt 6.4, seen with strace) but
    // ignores its result; a failed sync (full or removed disk) must refuse the intake.
    if (::fsync(file.handle()) != 0) {
        *why = qt_error_string(errno);
        file.cancelWriting();
        return false;
    }
#endif
    if (!file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace

EvidenceStore::EvidenceStore(const QString &folder) : m_folder(QDir::cleanPath(folder)) {}

QString EvidenceStore::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/evidence");
}

QStringList EvidenceStore::acceptedFormats()
{
    const QList<QByteArray> supported = QImageReader::supportedImageFormats();
    QStringList formats;
    for (const char *format : kAcceptedFormats) {
        if (supported.contains(QByteArray(format)))
            formats.append(QString::fromLatin1(format));
    }
    return formats;
}

bool EvidenceStore::contains(const QString &sha256) const
{
    const QString path = archivePath(sha256);
    return !path.isEmpty() && QFileInfo(path).isFile();
}

QString EvidenceStore::originalPath(const QString &sha256) const
{
    const QString sha = sha256.toLower();
    if (!isSha256(sha))
        return QString();
    for (const char *format : kAcceptedFormats) {
        const QString path = QStringLiteral("%1/%2/%3.orig.%4")
                                 .arg(m_folder, sha.left(2), sha, extensionFor(format));
        if (QFileInfo(path).isFile())
            return path;
    }
    return QString();
}

QString EvidenceStore::archivePath(const QString &sha256) const
{
    const QString sha = sha256.toLower();
    if (!isSha256(sha))
        return QString();
    return QStringLiteral("%1/%2/%3.jpg").arg(m_folder, sha.left(2), sha);
}

QString EvidenceStore::thumbnailPath(const QString &sha256) const
{
    const QString sha = sha256.toLower();
    if (!isSha256(sha))
        return QString();
    return QStringLiteral("%1/%2/%3.thumb.jpg").arg(m_folder, sha.left(2), sha);
}

std::optional<EvidenceItem> EvidenceStore::intakeFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    auto refuse = [&](const QString &message) -> std::optional<EvidenceItem> {
        qCDebug(lcEvidence) << "refused" << path << message;
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (info.isDir())
        return refuse(tr("%1 is a folder, not a photo").arg(name));
    if (info.exists() && info.size() > kMaxFileBytes)
        return refuse(tr("%1 is too large (%2 MB; at most %3 MB)")
                          .arg(name)
                          .arg(info.size() / (1024 * 1024))
                          .arg(kMaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read (%2)").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("%1 cannot be read (%2)").arg(name, file.errorString()));
    return intakeBytes(bytes, name, error);
}

std::optional<EvidenceItem> EvidenceStore::intakeImage(const QImage &image, const QString &name,
                                                       QString *error)
{
    if (image.isNull()) {
        if (error)
            *error = tr("%1: the pasted picture is empty").arg(name);
        return std::nullopt;
    }
    QString why;
    const QByteArray png = encode(image, "png", -1, &why);
    if (png.isEmpty()) {
        if (error)
            *error = tr("%1 could not be converted to PNG (%2)").arg(name, why);
        return std::nullopt;
    }
    return intakeBytes(png, name, error);
}

std::optional<EvidenceItem> EvidenceStore::intakeBytes(const QByteArray &bytes, const QString &name,
                                                       QString *error)
{
    const QString fileName =
        QFileInfo(name).fileName().isEmpty() ? name : QFileInfo(name).fileName();
    auto refuse = [&](const QString &message) -> std::optional<EvidenceItem> {
        qCDebug(lcEvidence) << "refused" << name << message;
        if (error)
            *error = message;
        return std::nullopt;
    };

    if (bytes.isEmpty())
        return refuse(tr("%1 is empty").arg(fileName));
    if (bytes.size() > kMaxFileBytes)
        return refuse(tr("%1 is too large (%2 MB; at most %3 MB)")
                          .arg(fileName)
                          .arg(bytes.size() / (1024 * 1024))
                          .arg(kMaxFileBytes / (1024 * 1024)));

    // Formats people meet on phones and scanners that Qt cannot (or should not)
    // read, named so that the message says what to do.
    const QList<QByteArray> brands = isoBrands(bytes);
    if (hasAnyBrand(brands, {"avif", "avis"}))
        return refuse(
            tr("%1: AVIF pictures are not supported; export the photo as JPEG").arg(fileName));
    if (hasAnyBrand(brands, {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"}))
        return refuse(
            tr("%1: HEIC photos are not supported; export the photo as JPEG").arg(fileName));
    // The header may sit anywhere in the first 1024 bytes of a PDF.
    if (bytes.left(1024).contains("%PDF-"))
        return refuse(tr("%1: PDF files are not accepted as photos").arg(fileName));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer); // no file name: the format comes from the content
    reader.setAutoTransform(true);
    reader.setAllocationLimit(kAllocationLimitMb);
    const QByteArray format = reader.format();
    if (format.isEmpty())
        return refuse(tr("%1 is not an image (JPEG, PNG, BMP or WebP)").arg(fileName));
    if (!acceptedFormats().contains(QString::fromLatin1(format)))
        return refuse(tr("%1: %2 pictures are not accepted (JPEG, PNG, BMP or WebP only)")
                          .arg(fileName, QString::fromLatin1(format.toUpper())));

    const bool complete = format == "jpeg"  ? jpegComplete(bytes)
                          : format == "png" ? pngComplete(bytes)
                                            : lengthFieldSatisfied(format, bytes);
    if (!complete)
        return refuse(tr("%1: the image is damaged or incomplete (%2)")
                          .arg(fileName, tr("the file ends too early")));

    const QSize rawSize = reader.size(); // before EXIF orientation
    if (!rawSize.isValid() || rawSize.isEmpty())
        return refuse(
            tr("%1: the image is damaged or incomplete (%2)").arg(fileName, reader.errorString()));
    // The size the header states, checked before anything is decoded: a JPEG is
    // decoded scaled, but a 60000 × 60000 frame still costs its whole data.
    const qint64 pixels = qint64(rawSize.width()) * rawSize.height();
    if (pixels > MaxPixels || (format != "jpeg" && pixels > kMaxFullDecodePixels))
        return refuse(tr("%1 is too large (%2 × %3 pixels; at most %4 megapixels)")
                          .arg(fileName)
                          .arg(rawSize.width())
                          .arg(rawSize.height())
                          .arg((format == "jpeg" ? MaxPixels : kMaxFullDecodePixels) / 1000000));
    const bool quarterTurn = reader.transformation() & QImageIOHandler::TransformationRotate90;

    EvidenceItem item;
    item.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    item.originalName = fileName;
    item.format = QString::fromLatin1(format);
    item.width = quarterTurn ? rawSize.height() : rawSize.width();
    item.height = quarterTurn ? rawSize.width() : rawSize.height();
    item.bytes = bytes.size();
    item.capturedAt = ExifReader::captureTime(bytes);

    const QString directory = m_folder + QLatin1Char('/') + item.sha256.left(2);
    const QString originalFile =
        QStringLiteral("%1/%2.orig.%3").arg(directory, item.sha256, extensionFor(format));
    auto storeFailed = [&](const QString &why) {
        return refuse(tr("%1 could not be stored in %2 (%3)")
                          .arg(fileName, QDir::toNativeSeparators(m_folder), why));
    };

    if (contains(item.sha256)) {
        // Stored before (the archive copy is written last, so the rest is there).
        // The content was checked then; only a missing original is added now.
        QString why;
        if (m_keepOriginals && originalPath(item.sha256).isEmpty()) {
            if (!writeDurably(originalFile, bytes, &why))
                return storeFailed(why);
            syncDirectory(directory);
        }
        item.hasOriginal = !originalPath(item.sha256).isEmpty();
        return item;
    }

    // Decoded once, already scaled to the archive size where the reader can do it
    // (JPEG decodes at 1/2, 1/4 or 1/8 scale): an 8000 × 6000 photo never needs
    // its full size in memory. The scaled size is in the stored orientation, before
    // the EXIF transformation, hence the square bound.
    const QSize archiveRawSize = fitWithin(rawSize, kArchiveEdge);
    if (archiveRawSize != rawSize)
        reader.setScaledSize(archiveRawSize);
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return refuse(
            tr("%1: the image is damaged or incomplete (%2)").arg(fileName, reader.errorString()));
    image = opaque(image);
    const QImage thumbnail = image.scaled(fitWithin(image.size(), kThumbnailEdge),
                                          Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    QString why;
    const QByteArray archiveJpeg = encode(image, "jpeg", kArchiveQuality, &why);
    if (archiveJpeg.isEmpty())
        return storeFailed(why);
    image = QImage(); // the largest buffer, no longer needed
    const QByteArray thumbnailJpeg = encode(thumbnail, "jpeg", kThumbnailQuality, &why);
    if (thumbnailJpeg.isEmpty())
        return storeFailed(why);

    const bool newDirectory = !QFileInfo::exists(directory);
    if (!QDir().mkpath(directory))
        return storeFailed(
            tr("cannot create the folder %1").arg(QDir::toNativeSeparators(directory)));
    if (newDirectory) {
        syncDirectory(m_folder);
        syncDirectory(QFileInfo(m_folder).absolutePath());
    }

    // The archive copy last: contains() looks at it, so once it exists the item
    // is complete. A failure before leaves orphans for removeOrphans().
    if (m_keepOriginals && !QFileInfo::exists(originalFile) &&
        !writeDurably(originalFile, bytes, &why))
        return storeFailed(why);
    if (!writeDurably(thumbnailPath(item.sha256), thumbnailJpeg, &why))
        return storeFailed(why);
    if (!writeDurably(archivePath(item.sha256), archiveJpeg, &why))
        return storeFailed(why);
    syncDirectory(directory);

    item.hasOriginal = !originalPath(item.sha256).isEmpty();
    qCDebug(lcEvidence) << "stored" << fileName << "as" << item.sha256;
    return item;
}

namespace
{
// The names the store gives its files (see the header); anything else in the
// folder is not ours: a temporary file of a save, or something a person put there.
const QRegularExpression &storedSubdirPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{2}$"));
    return pattern;
}

const QRegularExpression &storedFilePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9a-f]{64})\\.(?:orig\\.(?:jpg|png|bmp|webp)|jpg|thumb\\.jpg)$"));
    return pattern;
}
} // namespace

bool EvidenceStore::isStoredFile(const QString &relativePath)
{
    const qsizetype slash = relativePath.indexOf(QLatin1Char('/'));
    if (slash != 2)
        return false;
    const QString subdir = relativePath.left(2);
    const QRegularExpressionMatch m = storedFilePattern().match(relativePath.mid(3));
    return storedSubdirPattern().match(subdir).hasMatch() && m.hasMatch() &&
           m.captured(1).startsWith(subdir);
}

QStringList EvidenceStore::storedFiles() const
{
    QStringList out;
    QDir root(m_folder);
    const QStringList subdirs =
        root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString &subdir : subdirs) {
        const QStringList files =
            QDir(root.filePath(subdir)).entryList(QDir::Files | QDir::NoSymLinks, QDir::Name);
        for (const QString &file : files) {
            const QString relative = subdir + QLatin1Char('/') + file;
            if (isStoredFile(relative))
                out << relative;
        }
    }
    return out;
}

int EvidenceStore::removeOrphans(const QSet<QString> &referenced, const QDateTime &notAfter)
{
    // Not to be run while an intake is writing into the same folder: its files
    // are unreferenced until the caller's transaction commits, and its temporary
    // file has no recognisable name.
    const QRegularExpression &subdirPattern = storedSubdirPattern();
    const QRegularExpression &filePattern = storedFilePattern();

    QSet<QString> keep;
    for (const QString &sha : referenced)
        keep.insert(sha.toLower());

    QDir root(m_folder);
    if (!root.exists())
        return 0;
    QSet<QString> removed;
    const QStringList subdirs =
        root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden);
    for (const QString &subdir : subdirs) {
        if (!subdirPattern.match(subdir).hasMatch())
            continue; // not ours
        QDir dir(root.filePath(subdir));
        // Symbolic links are skipped: nothing here creates them, and what they
        // point at is outside the folder.
        const QFileInfoList files =
            dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
        for (const QFileInfo &file : files) {
            const QRegularExpressionMatch m = filePattern.match(file.fileName());
            const bool stored = m.hasMatch() && m.captured(1).startsWith(subdir);
            if (stored && keep.contains(m.captured(1)))
                continue;
            if (notAfter.isValid() && file.lastModified() >= notAfter)
                continue; // possibly a save in progress elsewhere
            if (!QFile::remove(file.absoluteFilePath())) {
                qCWarning(lcEvidence) << "cannot remove" << file.absoluteFilePath();
                continue;
            }
            if (stored)
                removed.insert(m.captured(1));
            else
                qCDebug(lcEvidence) << "removed leftover" << file.absoluteFilePath();
        }
        if (dir.isEmpty())
            root.rmdir(subdir);
    }
    if (!removed.isEmpty())
        qCInfo(lcEvidence) << "removed" << removed.size() << "unreferenced evidence files";
    return int(removed.size());
}

} // namespace certdesk
