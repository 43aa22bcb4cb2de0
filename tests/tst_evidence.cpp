// Evidence intake (models/evidence/*): content-based format checks, refusals that
// leave the folder as it was, SHA-256 addressing, archive copies and thumbnails,
// EXIF orientation and capture time, duplicates, orphan clean-up. Every image is
// made here.

#include "evidence/evidencestore.h"
#include "evidence/exifreader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace certdesk;

namespace
{

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    if (!writer.write(image))
        qWarning() << "cannot encode" << format << writer.errorString();
    return bytes;
}

// Two colours side by side, cheap to encode at any size.
QImage twoColour(int width, int height, QColor left = Qt::red, QColor right = Qt::blue)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(left);
    QPainter painter(&image);
    painter.fillRect(width / 2, 0, width - width / 2, height, right);
    return image;
}

// Detail everywhere, so that half of the encoded file is half of the picture.
QImage gradient(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb((x * 7 + y) % 256, (y * 5) % 256, (x * y) % 256);
    }
    return image;
}

QString writeFile(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "cannot write" << path;
    return path;
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QByteArray formatOf(const QString &path)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    return reader.format();
}

QSize sizeOf(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(false);
    return reader.size();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void appendLE16(QByteArray &b, quint16 v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}

void appendLE32(QByteArray &b, quint32 v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}

void appendIfdEntry(QByteArray &b, quint16 tag, quint16 type, quint32 count, quint32 value)
{
    appendLE16(b, tag);
    appendLE16(b, type);
    appendLE32(b, count);
    appendLE32(b, value); // a SHORT sits in the first two bytes, little-endian
}

// An APP1 Exif segment written by hand: IFD0 with Orientation and a pointer to
// the Exif IFD, which holds DateTimeOriginal.
QByteArray exifSegment(quint16 orientation, const QByteArray &dateTimeOriginal)
{
    QByteArray tiff("II*\0", 4);
    appendLE32(tiff, 8); // IFD0 right after the header
    const quint32 exifIfd = 8 + 2 + 2 * 12 + 4;
    const quint32 dateValue = exifIfd + 2 + 12 + 4;
    appendLE16(tiff, 2);
    appendIfdEntry(tiff, 0x0112, 3, 1, orientation); // Orientation, SHORT
    appendIfdEntry(tiff, 0x8769, 4, 1, exifIfd);     // ExifIFDPointer, LONG
    appendLE32(tiff, 0);                             // no IFD1
    appendLE16(tiff, 1);
    appendIfdEntry(tiff, 0x9003, 2, 20, dateValue); // DateTimeOriginal, ASCII[20]
    appendLE32(tiff, 0);
    QByteArray date = dateTimeOriginal.left(19);
    date.append('\0');
    tiff.append(date);

    QByteArray payload("Exif\0\0", 6);
    payload.append(tiff);
    QByteArray segment("\xFF\xE1", 2);
    char length[2];
    qToBigEndian(quint16(payload.size() + 2), length);
    segment.append(length, 2);
    segment.append(payload);
    return segment;
}

QByteArray withExif(const QByteArray &jpeg, quint16 orientation, const QByteArray &date)
{
    QByteArray out = jpeg.left(2); // SOI
    out.append(exifSegment(orientation, date));
    out.append(jpeg.mid(2));
    return out;
}

bool isRed(QRgb c)
{
    return qRed(c) > 200 && qGreen(c) < 60 && qBlue(c) < 60;
}

bool isBlue(QRgb c)
{
    return qBlue(c) > 200 && qRed(c) < 60 && qGreen(c) < 60;
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void folderAndFormats();
    void acceptsFormats_data();
    void acceptsFormats();
    void formatFromContentNotName();
    void exifOrientationAndCaptureTime();
    void exifReaderEdgeCases();
    void hugePhotoIsScaledDown();
    void refusals_data();
    void refusals();
    void unreadablePath();
    void duplicateStoredOnce();
    void withoutOriginals();
    void pastedImage();
    void removeOrphans();

private:
    QString storeFolder() const { return m_dir->path() + QStringLiteral("/evidence"); }
    QString inputFolder() const { return m_dir->path() + QStringLiteral("/in"); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEvidence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(inputFolder()));
}

void TestEvidence::cleanup()
{
    m_dir.reset();
}

void TestEvidence::folderAndFormats()
{
    QCOMPARE(EvidenceStore::folderFor(QStringLiteral("/var/lib/certdesk/office.sqlite")),
             QStringLiteral("/var/lib/certdesk/evidence"));
    const QStringList formats = EvidenceStore::acceptedFormats();
    QCOMPARE(formats, (QStringList{QStringLiteral("jpeg"), QStringLiteral("png"),
                                   QStringLiteral("bmp"), QStringLiteral("webp")}));

    EvidenceStore store(storeFolder());
    QCOMPARE(store.folder(), storeFolder());
    QVERIFY(store.keepOriginals());
    // Malformed hashes never become paths (no way out of the folder).
    QVERIFY(store.archivePath(QStringLiteral("../../etc/passwd")).isEmpty());
    QVERIFY(!store.contains(QStringLiteral("..")));
    QVERIFY(!QFileInfo::exists(storeFolder())); // nothing made before the first intake
}

void TestEvidence::acceptsFormats_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QSize>("archive");
    QTest::addColumn<QSize>("thumbnail");

    const struct {
        const char *format;
        const char *ext;
    } formats[] = {{"jpeg", "jpg"}, {"png", "png"}, {"bmp", "bmp"}, {"webp", "webp"}};
    for (const auto &f : formats) {
        QTest::addRow("%s large", f.format)
            << QByteArray(f.format) << QString::fromLatin1(f.ext) << QSize(4000, 3000)
            << QSize(2048, 1536) << QSize(256, 192);
        QTest::addRow("%s small", f.format)
            << QByteArray(f.format) << QString::fromLatin1(f.ext) << QSize(640, 480)
            << QSize(640, 480) << QSize(256, 192);
    }
    QTest::addRow("portrait tiny") << QByteArray("png") << QStringLiteral("png") << QSize(60, 90)
                                   << QSize(60, 90) << QSize(60, 90); // never upscaled
}

void TestEvidence::acceptsFormats()
{
    QFETCH(QByteArray, format);
    QFETCH(QString, extension);
    QFETCH(QSize, size);
    QFETCH(QSize, archive);
    QFETCH(QSize, thumbnail);

    const QByteArray bytes = encode(twoColour(size.width(), size.height()), format.constData(), 80);
    QVERIFY(!bytes.isEmpty());
    const QString path = writeFile(inputFolder(), QStringLiteral("photo.%1").arg(extension), bytes);

    EvidenceStore store(storeFolder());
    QString error;
    const auto item = store.intakeFile(path, &error);
    QVERIFY2(item, qPrintable(error));
    QCOMPARE(item->sha256, sha256Hex(bytes));
    QCOMPARE(item->originalName, QStringLiteral("photo.%1").arg(extension));
    QCOMPARE(item->format, QString::fromLatin1(format));
    QCOMPARE(QSize(item->width, item->height), size);
    QCOMPARE(item->bytes, qint64(bytes.size()));
    QVERIFY(!item->capturedAt.isValid());
    QVERIFY(item->hasOriginal);
    QVERIFY(store.contains(item->sha256));

    const QString sub = storeFolder() + QLatin1Char('/') + item->sha256.left(2) + QLatin1Char('/');
    QCOMPARE(store.originalPath(item->sha256),
             sub + item->sha256 + QStringLiteral(".orig.") + extension);
    QCOMPARE(store.archivePath(item->sha256), sub + item->sha256 + QStringLiteral(".jpg"));
    QCOMPARE(store.thumbnailPath(item->sha256), sub + item->sha256 + QStringLiteral(".thumb.jpg"));

    QFile original(store.originalPath(item->sha256));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), bytes);

    QCOMPARE(formatOf(store.archivePath(item->sha256)), QByteArray("jpeg"));
    QCOMPARE(sizeOf(store.archivePath(item->sha256)), archive);
    QCOMPARE(formatOf(store.thumbnailPath(item->sha256)), QByteArray("jpeg"));
    QCOMPARE(sizeOf(store.thumbnailPath(item->sha256)), thumbnail);

    // Exactly the three files, no temporary leftovers.
    QCOMPARE(filesUnder(storeFolder()).size(), 3);
}

void TestEvidence::formatFromContentNotName()
{
    const QByteArray png = encode(twoColour(300, 200), "png");
    const QString path = writeFile(inputFolder(), QStringLiteral("really-a-png.jpg"), png);
    EvidenceStore store(storeFolder());
    QString error;
    const auto item = store.intakeFile(path, &error);
    QVERIFY2(item, qPrintable(error));
    QCOMPARE(item->format, QStringLiteral("png"));
    QVERIFY(store.originalPath(item->sha256).endsWith(QStringLiteral(".orig.png")));
}

void TestEvidence::exifOrientationAndCaptureTime()
{
    // Stored 200 × 100, left red and right blue; Orientation 6 means "turn 90°
    // clockwise to view", which puts the left half on top.
    const QByteArray plain = encode(twoColour(200, 100), "jpeg", 95);
    const QByteArray bytes = withExif(plain, 6, QByteArrayLiteral("2026:11:20 09:30:00"));
    const QString path = writeFile(inputFolder(), QStringLiteral("IMG_20261120.jpg"), bytes);

    QCOMPARE(ExifReader::captureTime(bytes), QDateTime(QDate(2026, 11, 20), QTime(9, 30, 0)));

    EvidenceStore store(storeFolder());
    QString error;
    const auto item = store.intakeFile(path, &error);
    QVERIFY2(item, qPrintable(error));
    QCOMPARE(item->width, 100);
    QCOMPARE(item->height, 200);
    QCOMPARE(item->capturedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 30, 0)));
    QCOMPARE(item->capturedAt.timeSpec(), Qt::LocalTime);

    const QImage archive(store.archivePath(item->sha256));
    QCOMPARE(archive.size(), QSize(100, 200));
    QVERIFY2(isRed(archive.pixel(50, 40)), qPrintable(QString::number(archive.pixel(50, 40), 16)));
    QVERIFY2(isBlue(archive.pixel(50, 160)),
             qPrintable(QString::number(archive.pixel(50, 160), 16)));
    QCOMPARE(sizeOf(store.thumbnailPath(item->sha256)), QSize(100, 200)); // below 256: as is

    // The original is kept byte for byte, EXIF included.
    QFile original(store.originalPath(item->sha256));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), bytes);
}

void TestEvidence::exifReaderEdgeCases()
{
    using ExifReader::parseExifDateTime;
    QCOMPARE(parseExifDateTime(QByteArrayLiteral("2025:01:31 23:59:58")),
             QDateTime(QDate(2025, 1, 31), QTime(23, 59, 58)));
    QCOMPARE(parseExifDateTime(QByteArray("2025:01:31 23:59:58\0", 20)),
             QDateTime(QDate(2025, 1, 31), QTime(23, 59, 58)));
    QVERIFY(!parseExifDateTime(QByteArrayLiteral("0000:00:00 00:00:00")).isValid());
    QVERIFY(!parseExifDateTime(QByteArrayLiteral("2025-01-31 23:59:58")).isValid());
    QVERIFY(!parseExifDateTime(QByteArrayLiteral("2025:13:01 10:00:00")).isValid());
    QVERIFY(!parseExifDateTime(QByteArrayLiteral("    :  :     :  :  ")).isValid());
    QVERIFY(!parseExifDateTime(QByteArray()).isValid());

    const QByteArray plain = encode(twoColour(40, 20), "jpeg");
    QVERIFY(!ExifReader::captureTime(plain).isValid()); // no EXIF at all
    QVERIFY(!ExifReader::captureTime(QByteArrayLiteral("not a jpeg")).isValid());
    QVERIFY(!ExifReader::captureTime(QByteArray()).isValid());
    // A malformed date is no date; orientation alone is no date either.
    QVERIFY(!ExifReader::captureTime(withExif(plain, 1, QByteArrayLiteral("yesterday at noon")))
                 .isValid());
}

void TestEvidence::hugePhotoIsScaledDown()
{
    QByteArray bytes;
    {
        QImage image(8000, 6000, QImage::Format_RGB888);
        image.fill(QColor(30, 120, 60));
        bytes = encode(image, "jpeg", 10);
    }
    QVERIFY(!bytes.isEmpty());
    const QString path = writeFile(inputFolder(), QStringLiteral("huge.jpg"), bytes);

    EvidenceStore store(storeFolder());
    QString error;
    const auto item = store.intakeFile(path, &error);
    QVERIFY2(item, qPrintable(error));
    QCOMPARE(QSize(item->width, item->height), QSize(8000, 6000));
    QCOMPARE(sizeOf(store.archivePath(item->sha256)), QSize(2048, 1536));
    QCOMPARE(sizeOf(store.thumbnailPath(item->sha256)), QSize(256, 192));
}

void TestEvidence::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    const QByteArray jpeg = encode(gradient(400, 300), "jpeg", 90);
    QTest::newRow("truncated jpeg") << QStringLiteral("half.jpg") << jpeg.left(jpeg.size() / 2)
                                    << QStringLiteral("damaged or incomplete");
    QTest::newRow("jpeg without end") << QStringLiteral("almost.jpg") << jpeg.left(jpeg.size() - 2)
                                      << QStringLiteral("damaged or incomplete");
    const QByteArray png = encode(gradient(400, 300), "png");
    QTest::newRow("truncated png") << QStringLiteral("half.png") << png.left(png.size() / 2)
                                   << QStringLiteral("damaged or incomplete");
    const QByteArray webp = encode(gradient(400, 300), "webp", 80);
    QTest::newRow("truncated webp") << QStringLiteral("half.webp") << webp.left(webp.size() / 2)
                                    << QStringLiteral("damaged or incomplete");
    const QByteArray bmp = encode(gradient(400, 300), "bmp");
    QTest::newRow("truncated bmp") << QStringLiteral("half.bmp") << bmp.left(bmp.size() / 2)
                                   << QStringLiteral("damaged or incomplete");
    QTest::newRow("text renamed") << QStringLiteral("notes.jpg")
                                  << QByteArrayLiteral("Visited Mr Wang on Monday, all well.\n")
                                  << QStringLiteral("not an image");

    QByteArray heic;
    heic.append(QByteArray("\0\0\0\x18", 4));
    heic.append("ftypheic");
    heic.append(QByteArray("\0\0\0\0", 4));
    heic.append("mif1heic");
    heic.append(QByteArray(200, '\0'));
    QTest::newRow("heic") << QStringLiteral("IMG_0042.HEIC") << heic << QStringLiteral("HEIC");
    QByteArray heif = heic;
    heif.replace(8, 4, "mif1");
    heif.replace(16, 8, QByteArray("mif1miaf"));
    QTest::newRow("heif renamed jpg")
        << QStringLiteral("IMG_0043.jpg") << heif << QStringLiteral("HEIC");

    QTest::newRow("pdf") << QStringLiteral("certificate.pdf")
                         << QByteArrayLiteral("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type "
                                              "/Catalog >>\nendobj\ntrailer\n%%EOF\n")
                         << QStringLiteral("PDF");
    QTest::newRow("empty") << QStringLiteral("empty.jpg") << QByteArray()
                           << QStringLiteral("empty");
    QTest::newRow("gif") << QStringLiteral("anim.gif")
                         << QByteArray::fromBase64(
                                "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
                         << QStringLiteral("GIF");
}

void TestEvidence::refusals()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    EvidenceStore store(storeFolder());
    // Something stored already, so "nothing new" is checked against a real folder.
    const QString earlier =
        writeFile(inputFolder(), QStringLiteral("earlier.png"), encode(twoColour(50, 50), "png"));
    QVERIFY(store.intakeFile(earlier));
    const QStringList before = filesUnder(storeFolder());
    QCOMPARE(before.size(), 3);

    const QString path = writeFile(inputFolder(), name, bytes);
    QString error;
    QVERIFY(!store.intakeFile(path, &error));
    QVERIFY2(error.contains(name), qPrintable(error));
    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(filesUnder(storeFolder()), before);

    error.clear();
    QVERIFY(!store.intakeBytes(bytes, name, &error));
    QVERIFY2(error.contains(name), qPrintable(error));
    QCOMPARE(filesUnder(storeFolder()), before);
}

void TestEvidence::unreadablePath()
{
    EvidenceStore store(storeFolder());
    QString error;
    QVERIFY(!store.intakeFile(inputFolder() + QStringLiteral("/missing.jpg"), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.jpg")), qPrintable(error));
    error.clear();
    QVERIFY(!store.intakeFile(inputFolder(), &error)); // a folder
    QVERIFY2(error.contains(QStringLiteral("in")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(storeFolder()));
    QVERIFY(!store.intakeFile(inputFolder() + QStringLiteral("/missing.jpg"))); // no error out
}

void TestEvidence::duplicateStoredOnce()
{
    const QByteArray bytes = encode(twoColour(800, 600), "jpeg", 85);
    const QString first = writeFile(inputFolder(), QStringLiteral("a.jpg"), bytes);
    const QString second = writeFile(inputFolder(), QStringLiteral("copy of a.jpeg"), bytes);

    EvidenceStore store(storeFolder());
    const auto a = store.intakeFile(first);
    QVERIFY(a);
    const QStringList after = filesUnder(storeFolder());
    QCOMPARE(after.size(), 3);
    const QDateTime stamp = QFileInfo(store.archivePath(a->sha256)).lastModified();

    const auto b = store.intakeFile(second);
    QVERIFY(b);
    QCOMPARE(b->sha256, a->sha256);
    QCOMPARE(b->originalName, QStringLiteral("copy of a.jpeg"));
    QCOMPARE(QSize(b->width, b->height), QSize(a->width, a->height));
    QCOMPARE(b->format, a->format);
    QCOMPARE(b->bytes, a->bytes);
    QCOMPARE(b->hasOriginal, true);
    QCOMPARE(filesUnder(storeFolder()), after);
    QCOMPARE(QFileInfo(store.archivePath(a->sha256)).lastModified(), stamp); // not rewritten

    // Through a second store object on the same folder, and from bytes.
    EvidenceStore again(storeFolder());
    const auto c = again.intakeBytes(bytes, QStringLiteral("third.jpg"));
    QVERIFY(c);
    QCOMPARE(c->sha256, a->sha256);
    QCOMPARE(filesUnder(storeFolder()), after);
}

void TestEvidence::withoutOriginals()
{
    EvidenceStore store(storeFolder());
    store.setKeepOriginals(false);
    QVERIFY(!store.keepOriginals());
    const QString path =
        writeFile(inputFolder(), QStringLiteral("scan.png"), encode(twoColour(300, 300), "png"));
    const auto item = store.intakeFile(path);
    QVERIFY(item);
    QVERIFY(!item->hasOriginal);
    QVERIFY(store.originalPath(item->sha256).isEmpty());
    QVERIFY(store.contains(item->sha256));
    const QStringList files = filesUnder(storeFolder());
    QCOMPARE(files.size(), 2);
    for (const QString &file : files)
        QVERIFY2(!file.contains(QStringLiteral(".orig.")), qPrintable(file));

    // Turned back on, the same content gets its original added.
    store.setKeepOriginals(true);
    const auto again = store.intakeFile(path);
    QVERIFY(again);
    QVERIFY(again->hasOriginal);
    QVERIFY(store.originalPath(item->sha256).endsWith(QStringLiteral(".orig.png")));
    QCOMPARE(filesUnder(storeFolder()).size(), 3);
}

void TestEvidence::pastedImage()
{
    QImage pasted(120, 80, QImage::Format_ARGB32);
    pasted.fill(Qt::transparent);
    {
        QPainter painter(&pasted);
        painter.fillRect(0, 0, 60, 80, Qt::red);
    }
    EvidenceStore store(storeFolder());
    QString error;
    const auto item = store.intakeImage(pasted, QStringLiteral("clipboard.png"), &error);
    QVERIFY2(item, qPrintable(error));
    QCOMPARE(item->format, QStringLiteral("png"));
    QCOMPARE(QSize(item->width, item->height), QSize(120, 80));
    QVERIFY(store.originalPath(item->sha256).endsWith(QStringLiteral(".orig.png")));
    const QImage archive(store.archivePath(item->sha256));
    QVERIFY(isRed(archive.pixel(20, 40)));
    const QRgb background = archive.pixel(100, 40); // transparent became white, not black
    QVERIFY2(qRed(background) > 240 && qGreen(background) > 240 && qBlue(background) > 240,
             qPrintable(QString::number(background, 16)));

    QVERIFY(!store.intakeImage(QImage(), QStringLiteral("nothing.png"), &error));
    QVERIFY(error.contains(QStringLiteral("nothing.png")));
}

void TestEvidence::removeOrphans()
{
    EvidenceStore store(storeFolder());
    const auto first = store.intakeFile(
        writeFile(inputFolder(), QStringLiteral("one.jpg"), encode(twoColour(500, 400), "jpeg")));
    const auto second =
        store.intakeFile(writeFile(inputFolder(), QStringLiteral("two.png"),
                                   encode(twoColour(400, 500, Qt::green, Qt::yellow), "png")));
    QVERIFY(first && second);
    QVERIFY(first->sha256 != second->sha256);

    // What an interrupted QSaveFile leaves: "<final name>.XXXXXX".
    const QString firstDir = storeFolder() + QLatin1Char('/') + first->sha256.left(2);
    const QString stray =
        firstDir + QLatin1Char('/') + first->sha256 + QStringLiteral(".jpg.Xy3kQ9");
    writeFile(firstDir, QFileInfo(stray).fileName(), QByteArrayLiteral("half a jpeg"));
    // Outside the folder, with a name that looks stored: never touched.
    const QString outside =
        writeFile(m_dir->path(), second->sha256 + QStringLiteral(".jpg"), QByteArrayLiteral("x"));
    // A folder that is not one of ours, inside: left alone.
    QVERIFY(QDir().mkpath(storeFolder() + QStringLiteral("/notes")));
    const QString notes = writeFile(storeFolder() + QStringLiteral("/notes"),
                                    QStringLiteral("readme.txt"), QByteArrayLiteral("kept"));
    // A symbolic link to a file outside: neither followed nor removed.
    const QString link = firstDir + QLatin1Char('/') + QStringLiteral("link.jpg");
    QVERIFY(QFile::link(outside, link));

    const int removed = store.removeOrphans({first->sha256});
    QCOMPARE(removed, 1);

    QVERIFY(store.contains(first->sha256));
    QVERIFY(QFileInfo::exists(store.originalPath(first->sha256)));
    QVERIFY(QFileInfo::exists(store.thumbnailPath(first->sha256)));
    QVERIFY(!store.contains(second->sha256));
    QVERIFY(store.originalPath(second->sha256).isEmpty());
    QVERIFY(!QFileInfo::exists(store.thumbnailPath(second->sha256)));
    QVERIFY(!QFileInfo::exists(stray));
    QVERIFY(QFileInfo::exists(outside));
    QVERIFY(QFileInfo::exists(notes));
    QVERIFY(QFileInfo(link).isSymLink());

    // Nothing left to remove; an empty reference set removes everything stored.
    QCOMPARE(store.removeOrphans({first->sha256}), 0);
    QCOMPARE(store.removeOrphans({}), 1);
    QVERIFY(!store.contains(first->sha256));
    QVERIFY(QFileInfo::exists(outside));
    // A missing folder is no error.
    EvidenceStore nowhere(m_dir->path() + QStringLiteral("/none"));
    QCOMPARE(nowhere.removeOrphans({}), 0);
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
