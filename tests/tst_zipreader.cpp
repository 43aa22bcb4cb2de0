// ZipReader (models/zip, through libzip): the zip64 fields of a > 4 GB backup,
// and a file cut short.
#include "zip/zipfile.h"

#include <QDataStream>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <zlib.h>

using namespace certdesk;

class TestZipReader : public QObject
{
    Q_OBJECT
private slots:
    void readsZip64Fields();

private:
    QTemporaryDir m_dir;
};

// A small zip written the way a > 4 GB backup is: sizes and the local header
// offset only in the zip64 extra field, the directory found through the zip64
// end records. Debian's minizip reader ignored those fields (docs/decisions.md).
void TestZipReader::readsZip64Fields()
{
    const QByteArray content("hello, zip64");
    const QByteArray name("evidence.txt");
    const quint32 crc = quint32(
        crc32(0L, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())));
    QByteArray zip;
    QDataStream out(&zip, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    auto zip64Extra = [&](bool withOffset) {
        out << quint16(0x0001) << quint16(withOffset ? 24 : 16) << quint64(content.size())
            << quint64(content.size());
        if (withOffset)
            out << quint64(0);
    };
    // Local header: sizes 0xFFFFFFFF, the real ones in the extra field.
    out << quint32(0x04034b50) << quint16(45) << quint16(1 << 11) << quint16(0) << quint16(0)
        << quint16(0) << crc << quint32(0xFFFFFFFF) << quint32(0xFFFFFFFF) << quint16(name.size())
        << quint16(20);
    out.writeRawData(name.constData(), int(name.size()));
    zip64Extra(false);
    out.writeRawData(content.constData(), int(content.size()));
    const quint64 directoryAt = quint64(zip.size());
    out << quint32(0x02014b50) << quint16(0x031E) << quint16(45) << quint16(1 << 11) << quint16(0)
        << quint16(0) << quint16(0) << crc << quint32(0xFFFFFFFF) << quint32(0xFFFFFFFF)
        << quint16(name.size()) << quint16(28) << quint16(0) << quint16(0) << quint16(0)
        << quint32(0) << quint32(0xFFFFFFFF);
    out.writeRawData(name.constData(), int(name.size()));
    zip64Extra(true);
    const quint64 directorySize = quint64(zip.size()) - directoryAt;
    const quint64 zip64EndAt = quint64(zip.size());
    out << quint32(0x06064b50) << quint64(44) << quint16(45) << quint16(45) << quint32(0)
        << quint32(0) << quint64(1) << quint64(1) << directorySize << directoryAt;
    out << quint32(0x07064b50) << quint32(0) << zip64EndAt << quint32(1);
    out << quint32(0x06054b50) << quint16(0) << quint16(0) << quint16(0xFFFF) << quint16(0xFFFF)
        << quint32(0xFFFFFFFF) << quint32(0xFFFFFFFF) << quint16(0);
    const QString file = m_dir.filePath(QStringLiteral("zip64.zip"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(zip);
    f.close();
    ZipReader reader(file);
    QVERIFY(reader.isOpen());
    bool ok = false;
    QCOMPARE(reader.read(QString::fromLatin1(name), &ok), content);
    QVERIFY(ok);
    // Cut short: the directory is gone, and the reader says so.
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() - 30));
    f.close();
    QVERIFY(!ZipReader(file).isOpen());
}

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"
