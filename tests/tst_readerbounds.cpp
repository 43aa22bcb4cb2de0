// Stated bounds of every reader of outside bytes (issue 18 point 4): above a
// bound the reader refuses with a message naming the file and the limit, and
// nothing is written. The first two cases are the crash of issue 18: an XLSX row
// numbered 2000000000 or a cell reference XFDXFDXFD2 made `import --dry-run`
// allocate until std::bad_alloc.
#include "archive/archivebundle.h"
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "io/tablereader.h"
#include "sync/syncpackage.h"
#include "zip/zipfile.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

using namespace certdesk;

#if defined(__SANITIZE_ADDRESS__)
#define CERTDESK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CERTDESK_ASAN 1
#endif
#endif

class TestReaderBounds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void xlsxRowNumberBeyondBound();
    void xlsxColumnBeyondBound();
    void xlsxCellTooLong();
    void xlsxSheetInflatesTooFar();
    void csvRowsBeyondBound();
    void csvColumnsBeyondBound();
    void csvCellTooLong();
    void zipEntriesBeyondBound();
    void zipRatioBeyondBound();
    void zipTotalBeyondBound();
    void photoPixelsBeyondBound();
    void profileJsonBeyondBound();
    void bundleManifestBeyondBound();
    void packageEntriesBeyondBound();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString zip(const QString &name, const QList<QPair<QString, QByteArray>> &entries,
                ZipWriter::Method method = ZipWriter::Deflated);
    QString xlsx(const QString &name, const QByteArray &rowsXml);
    // read() must refuse, naming the file and every fragment in `mentions`.
    void expectTableRefused(const QString &file, const QStringList &mentions);

    QTemporaryDir m_dir;
};

void TestReaderBounds::initTestCase()
{
    QVERIFY(m_dir.isValid());
#ifndef CERTDESK_ASAN
    // A reader that loses its bound must fail this test, not take the machine's
    // memory first (ASan reserves its shadow memory, so not under ASan).
    const rlimit limit{3ull << 30, 3ull << 30};
    setrlimit(RLIMIT_AS, &limit);
#endif
}

QString TestReaderBounds::zip(const QString &name, const QList<QPair<QString, QByteArray>> &entries,
                              ZipWriter::Method method)
{
    const QString file = path(name);
    QFile::remove(file);
    ZipWriter out(file);
    for (const auto &e : entries)
        out.addBytes(e.first, e.second, method);
    out.close();
    return file;
}

QString TestReaderBounds::xlsx(const QString &name, const QByteArray &rowsXml)
{
    const QByteArray sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
        rowsXml + "</sheetData></worksheet>";
    return zip(name, {{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                      {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
}

void TestReaderBounds::expectTableRefused(const QString &file, const QStringList &mentions)
{
    QString error;
    const auto table = TableReader::read(file, QString(), &error);
    QVERIFY2(!table, qPrintable(file));
    QVERIFY2(error.contains(QFileInfo(file).fileName()), qPrintable(error));
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(QStringLiteral("%1 (wanted %2)").arg(error, m)));
}

void TestReaderBounds::xlsxRowNumberBeyondBound()
{
    const QString file = xlsx(QStringLiteral("row-2000000000.xlsx"),
                              "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>身份证号</t></is>"
                              "</c></row><row r=\"2000000000\"><c r=\"A2000000000\"><v>1</v></c>"
                              "</row>");
    expectTableRefused(file, {QStringLiteral("2000000000"), QStringLiteral("1048576")});
    // The last row a sheet may have is still read.
    const QString last = xlsx(QStringLiteral("row-1048576.xlsx"),
                              "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                              "<row r=\"1048576\"><c r=\"A1048576\"><v>2</v></c></row>");
    QString error;
    const auto table = TableReader::read(last, QString(), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->rows.size(), 1048575);
    QCOMPARE(table->rows.last(), QStringList{QStringLiteral("2")});
}

void TestReaderBounds::xlsxColumnBeyondBound()
{
    const QString file = xlsx(QStringLiteral("column-XFDXFDXFD.xlsx"),
                              "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFDXFDXFD2\"><v>2</v>"
                              "</c></row>");
    expectTableRefused(file, {QStringLiteral("XFDXFDXFD2"), QStringLiteral("XFD")});
}

void TestReaderBounds::xlsxCellTooLong()
{
    const QByteArray text(TableReader::MaxCellChars + 1, 'a');
    const QString file =
        xlsx(QStringLiteral("long-cell.xlsx"),
             "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>");
    expectTableRefused(file, {QStringLiteral("A1"), QString::number(TableReader::MaxCellChars)});
}

void TestReaderBounds::xlsxSheetInflatesTooFar()
{
    // 40 MB of one repeated row deflates to well under 1 MB: more than the
    // ratio a worksheet is allowed (a zip bomb), refused before it is inflated whole.
    QByteArray rows;
    const QByteArray row = "<row><c><v>1</v></c></row>";
    rows.reserve(40 << 20);
    while (rows.size() < (40 << 20))
        rows += row;
    const QString file = xlsx(QStringLiteral("bomb.xlsx"), rows);
    QVERIFY(QFileInfo(file).size() < (1 << 20));
    expectTableRefused(file, {QStringLiteral("xl/worksheets/sheet1.xml"),
                              QString::number(TableReader::MaxZipRatio)});
}

void TestReaderBounds::csvRowsBeyondBound()
{
    QFile f(path(QStringLiteral("rows.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray lines;
    lines.reserve(2 * (TableReader::MaxRows + 1));
    for (int i = 0; i <= TableReader::MaxRows; ++i)
        lines += "1\n";
    f.write(lines);
    f.close();
    expectTableRefused(f.fileName(), {QString::number(TableReader::MaxRows)});
}

void TestReaderBounds::csvColumnsBeyondBound()
{
    QFile f(path(QStringLiteral("columns.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(TableReader::MaxColumns, ',') + "\n1\n");
    f.close();
    expectTableRefused(f.fileName(), {QString::number(TableReader::MaxColumns)});
}

void TestReaderBounds::csvCellTooLong()
{
    QFile f(path(QStringLiteral("cell.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,name\n1," + QByteArray(TableReader::MaxCellChars + 1, 'x') + "\n");
    f.close();
    expectTableRefused(f.fileName(), {QString::number(TableReader::MaxCellChars)});
}

void TestReaderBounds::zipEntriesBeyondBound()
{
    QList<QPair<QString, QByteArray>> entries;
    for (int i = 0; i < 11; ++i)
        entries.append({QStringLiteral("e%1").arg(i), "x"});
    const QString file = zip(QStringLiteral("entries.zip"), entries);
    ZipReader::Limits limits;
    limits.maxEntries = 10;
    ZipReader reader(file, limits);
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QStringLiteral("entries.zip")),
             qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QStringLiteral("10")), qPrintable(reader.errorString()));
    limits.maxEntries = 11;
    QVERIFY(ZipReader(file, limits).isOpen());
}

void TestReaderBounds::zipRatioBeyondBound()
{
    const QString file =
        zip(QStringLiteral("ratio.zip"), {{QStringLiteral("zeros.bin"), QByteArray(8 << 20, 0)}});
    ZipReader::Limits limits;
    limits.maxRatio = 100;
    ZipReader reader(file, limits);
    QVERIFY(reader.isOpen());
    qint64 got = 0;
    bool ok = true;
    reader.forEach([&](const QString &, qint64, const ZipReader::ReadFn &read) {
        ok = read([&](const QByteArray &chunk) { got += chunk.size(); });
    });
    QVERIFY(!ok);
    QVERIFY(got < (8 << 20));
    QVERIFY2(reader.errorString().contains(QStringLiteral("zeros.bin")),
             qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QStringLiteral("100")),
             qPrintable(reader.errorString()));
}

void TestReaderBounds::zipTotalBeyondBound()
{
    const QString file = zip(
        QStringLiteral("total.zip"),
        {{QStringLiteral("a"), QByteArray(600, 'a')}, {QStringLiteral("b"), QByteArray(600, 'b')}},
        ZipWriter::Stored);
    ZipReader::Limits limits;
    limits.maxTotalBytes = 1000;
    ZipReader reader(file, limits);
    QVERIFY2(!reader.isOpen(), "the declared sizes add up to more than the bound");
    QVERIFY2(reader.errorString().contains(QStringLiteral("1000")),
             qPrintable(reader.errorString()));
}

void TestReaderBounds::photoPixelsBeyondBound()
{
    // A small JPEG whose frame header claims 60000 x 60000 pixels (3.6
    // gigapixels): refused from its header, nothing stored.
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "JPEG"));
    const qsizetype sof = jpeg.indexOf("\xFF\xC0");
    QVERIFY(sof > 0);
    jpeg[sof + 5] = char(0xEA), jpeg[sof + 6] = char(0x60); // height 60000
    jpeg[sof + 7] = char(0xEA), jpeg[sof + 8] = char(0x60); // width 60000
    const QString folder = path(QStringLiteral("evidence"));
    EvidenceStore store(folder);
    QString error;
    QVERIFY(!store.intakeBytes(jpeg, QStringLiteral("huge.jpg"), &error));
    QVERIFY2(error.contains(QStringLiteral("huge.jpg")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(EvidenceStore::MaxPixels / 1000000)),
             qPrintable(error));
    QVERIFY(store.storedFiles().isEmpty());
}

void TestReaderBounds::profileJsonBeyondBound()
{
    QByteArray json =
        "{\"id\":\"x\",\"pad\":\"" + QByteArray(PolicyProfile::MaxJsonBytes, 'a') + "\"}";
    QString error;
    QVERIFY(!PolicyProfile::fromJson(json, &error));
    QVERIFY2(error.contains(QString::number(PolicyProfile::MaxJsonBytes / 1024)),
             qPrintable(error));
    // Nesting deeper than any profile has is refused by the parser with its reason.
    json = QByteArray(2000, '[') + QByteArray(2000, ']');
    QVERIFY(!PolicyProfile::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestReaderBounds::bundleManifestBeyondBound()
{
    const QByteArray manifest = "{\"format\":\"certdesk-archive-bundle\",\"version\":1,\"pad\":\"" +
                                QByteArray(BundleVerifier::MaxManifestBytes, ' ') + "\"}";
    const QString file =
        zip(QStringLiteral("bundle.zip"), {{QStringLiteral("manifest.json"), manifest}});
    const QList<BundleProblem> problems = BundleVerifier::verify(file);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(
        problems.first().reason.contains(QString::number(BundleVerifier::MaxManifestBytes >> 20)),
        qPrintable(problems.first().reason));
}

void TestReaderBounds::packageEntriesBeyondBound()
{
    QList<QPair<QString, QByteArray>> entries;
    for (int i = 0; i <= SyncPackage::MaxEntries; ++i)
        entries.append({QStringLiteral("evidence/%1.enc").arg(i), QByteArray()});
    const QString file = zip(QStringLiteral("many.cdroster"), entries, ZipWriter::Stored);
    QString error;
    QVERIFY(!SyncPackage::readRoster(file, QByteArray(32, 'k'), &error));
    QVERIFY2(error.contains(QStringLiteral("many.cdroster")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(SyncPackage::MaxEntries)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReaderBounds)
#include "tst_readerbounds.moc"
