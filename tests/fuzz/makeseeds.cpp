// Writes the seed corpora of tests/fuzz/corpus/<target>/ with the writers the
// program and its tests use: the demo generator's people, the table export
// (libxlsxwriter XLSX, CSV, GB18030 CSV), the zip writer, SyncPackage's outbox
// and roster packages (signed with tests/fuzz/fuzzkeys.h), a pull page and a
// push answer from the real server's handlers, the built-in profiles, photos
// as the evidence tests make them. Run by hand when a format changes:
//   build/tests/fuzz/fuzz_makeseeds tests/fuzz/corpus
// Files already in a corpus (crashing inputs kept with their fix, LibreOffice
// files) are left alone; the seeds made here are overwritten.
#include "archive/tabledocument.h"
#include "fuzzcommon.h"
#include "fuzzkeys.h"
#include "fuzzstore.h"
#include "io/tableexport.h"
#include "sync/syncpackage.h"
#include "zip/zipfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>

#include <cstdio>

// makeseeds_server.cpp: the real server's answers, in-process.
int seedServer(const QString &url, const QString &from, QByteArray *page, QByteArray *answer,
               const QByteArray &pushBody, QJsonArray *changes);

namespace
{

QString g_out;

void put(const QString &target, const QString &name, const QByteArray &bytes)
{
    const QString folder = g_out + QLatin1Char('/') + target;
    QDir().mkpath(folder);
    QFile f(folder + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        fuzz::fail("cannot write a seed");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray zipOf(const QList<QPair<QString, QByteArray>> &entries, ZipWriter::Method method)
{
    const QString path = fuzz::scratch() + QStringLiteral("/seed.zip");
    QFile::remove(path);
    {
        ZipWriter zip(path);
        for (const auto &e : entries)
            zip.addBytes(e.first, e.second, method);
        zip.close();
    }
    return readFile(path);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The demo people as the big-data table the import reads.
TableDocument bigDataTable(fuzz::FreshStore &store, int rows)
{
    TableDocument t;
    t.headers = {QStringLiteral("身份证号"), QStringLiteral("姓名"), QStringLiteral("比对结论"),
                 QStringLiteral("比对月份")};
    QSqlQuery q(store.db().connection());
    q.exec(QStringLiteral("SELECT id_number, name FROM recipient ORDER BY id LIMIT %1").arg(rows));
    const QStringList conclusions{QStringLiteral("待核实"), QStringLiteral("具备资格"),
                                  QStringLiteral("丧失资格")};
    while (q.next())
        t.rows.append({q.value(0).toString(), q.value(1).toString(),
                       conclusions.at(t.rows.size() % 3), QStringLiteral("2026-11")});
    return t;
}

QByteArray photo(const char *format, int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(x * 255 / w, y * 255 / h, (x ^ y) & 255));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(70);
    writer.write(image);
    return bytes;
}

// A JPEG with an APP1 EXIF block holding DateTimeOriginal and an orientation.
QByteArray jpegWithExif(const QByteArray &jpeg)
{
    QByteArray tiff("MM\0*\0\0\0\x08", 8);
    auto u16 = [&tiff](quint16 v) { tiff.append(char(v >> 8)).append(char(v & 0xff)); };
    auto u32 = [&tiff](quint32 v) {
        for (int s = 24; s >= 0; s -= 8)
            tiff.append(char((v >> s) & 0xff));
    };
    // IFD0: Orientation (6 = rotate 90), ExifIFD pointer.
    u16(2);
    u16(0x0112), u16(3), u32(1), u16(6), u16(0);
    u16(0x8769), u16(4), u32(1), u32(8 + 2 + 2 * 12 + 4);
    u32(0);
    // Exif IFD: DateTimeOriginal.
    const quint32 exifIfd = quint32(tiff.size());
    u16(1);
    u16(0x9003), u16(2), u32(20), u32(exifIfd + 2 + 12 + 4);
    u32(0);
    tiff.append("2026:11:20 09:30:00", 20);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xFF\xE1", 2);
    const int length = int(payload.size()) + 2;
    app1.append(char(length >> 8)).append(char(length & 0xff)).append(payload);
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

// A minimal XLSX whose sheet says what a hostile file may say (issue 18).
QByteArray hostileXlsx(const QByteArray &rowsXml)
{
    const QByteArray sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
        rowsXml + "</sheetData></worksheet>";
    return zipOf({{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                  {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}},
                 ZipWriter::Deflated);
}

} // namespace

int main(int argc, char **argv)
{
    fuzz::init(&argc, &argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s tests/fuzz/corpus\n", argv[0]);
        return 2;
    }
    g_out = QFile::decodeName(argv[1]);
    fuzz::FreshStore store(30);
    const TableDocument table = bigDataTable(store, 12);

    // ID numbers and other typed text.
    QSqlQuery q(store.db().connection());
    q.exec(QStringLiteral("SELECT id_number FROM recipient ORDER BY id LIMIT 3"));
    int n = 0;
    while (q.next())
        put(QStringLiteral("fuzz_idnumber"), QStringLiteral("demo-%1").arg(++n),
            q.value(0).toByteArray());
    put(QStringLiteral("fuzz_idnumber"), QStringLiteral("lower-x-spaces"), " 11010519491231002x ");
    put(QStringLiteral("fuzz_idnumber"), QStringLiteral("amount"), "3,200.50");
    put(QStringLiteral("fuzz_idnumber"), QStringLiteral("conclusion"), "待核实");

    // Tables: XLSX and CSV as exported, the CSV again in GB18030, and the two
    // hostile sheets of issue 18.
    const QString xlsx = fuzz::scratch() + QStringLiteral("/table.xlsx");
    const QString csv = fuzz::scratch() + QStringLiteral("/table.csv");
    QString error;
    if (!TableExport::write(table, TableExport::Format::Xlsx, xlsx, &error) ||
        !TableExport::write(table, TableExport::Format::Csv, csv, &error))
        fuzz::fail("table export");
    put(QStringLiteral("fuzz_xlsx"), QStringLiteral("export.xlsx"), readFile(xlsx));
    put(QStringLiteral("fuzz_xlsx"), QStringLiteral("row-2000000000.xlsx"),
        hostileXlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>身份证号</t></is></c></row>"
                    "<row r=\"2000000000\"><c r=\"A2000000000\"><v>1</v></c></row>"));
    put(QStringLiteral("fuzz_xlsx"), QStringLiteral("column-XFDXFDXFD.xlsx"),
        hostileXlsx("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFDXFDXFD2\"><v>2</v></c></row>"));
    const QByteArray csvBytes = readFile(csv);
    put(QStringLiteral("fuzz_csv"), QStringLiteral("export.csv"), csvBytes);
    QStringEncoder gb18030("GB18030");
    put(QStringLiteral("fuzz_csv"), QStringLiteral("gb18030.csv"),
        gb18030(QString::fromUtf8(csvBytes).remove(QChar(0xFEFF))));
    put(QStringLiteral("fuzz_csv"), QStringLiteral("quoted.csv"),
        "\"id\",\"name, with comma\"\r\n\"370202\"\"1\",\"line\nbreak\"\r\n");

    // Zips: the export, a stored zip and a deflated one.
    put(QStringLiteral("fuzz_zip"), QStringLiteral("export.xlsx"), readFile(xlsx));
    put(QStringLiteral("fuzz_zip"), QStringLiteral("stored.zip"),
        zipOf({{QStringLiteral("manifest.json"), "{\"format\":\"x\"}"},
               {QStringLiteral("a/b.txt"), QByteArray(3000, 'a')}},
              ZipWriter::Stored));
    put(QStringLiteral("fuzz_zip"), QStringLiteral("deflated.zip"),
        zipOf({{QStringLiteral("manifest.json"), "{\"format\":\"x\"}"},
               {QStringLiteral("a/b.txt"), QByteArray(3000, 'a')}},
              ZipWriter::Deflated));

    // USB packages, signed with the fuzz keys; the first byte picks the kind
    // and path (fuzz_syncpackage.cpp).
    QByteArray publicKey, secretKey;
    fuzz::serverKeys(&publicKey, &secretKey);
    const QByteArray evidenceBytes = photo("jpeg", 64, 48);
    const QString evidenceFile = fuzz::scratch() + QStringLiteral("/evidence.jpg");
    {
        QFile f(evidenceFile);
        f.open(QIODevice::WriteOnly);
        f.write(evidenceBytes);
    }
    const QString evidenceHash = QString::fromLatin1(
        QCryptographicHash::hash(evidenceBytes, QCryptographicHash::Sha256).toHex());
    q.exec(QStringLiteral("SELECT id_number FROM recipient ORDER BY id LIMIT 1"));
    q.next();
    const QString person = q.value(0).toString();
    const QJsonObject event{
        {QStringLiteral("uuid"), QStringLiteral("00000000-0000-4000-8000-000000000001")},
        {QStringLiteral("kind"), QStringLiteral("verification")},
        {QStringLiteral("idNumber"), person},
        {QStringLiteral("checkDate"), QStringLiteral("2026-11-20")},
        {QStringLiteral("method"), QStringLiteral("home-visit")},
        {QStringLiteral("status"), QStringLiteral("alive")},
        {QStringLiteral("worker"), QStringLiteral("王社工")},
        {QStringLiteral("evidence"),
         QJsonArray{QJsonObject{{QStringLiteral("sha256"), evidenceHash},
                                {QStringLiteral("content"), evidenceHash},
                                {QStringLiteral("kind"), QStringLiteral("photo")},
                                {QStringLiteral("name"), QStringLiteral("evidence.jpg")},
                                {QStringLiteral("format"), QStringLiteral("jpeg")},
                                {QStringLiteral("width"), 64},
                                {QStringLiteral("height"), 48},
                                {QStringLiteral("bytes"), evidenceBytes.size()}}}}};
    const QByteArray pushBody = json({{QStringLiteral("device"), QStringLiteral("fuzz-device")},
                                      {QStringLiteral("since"), 0},
                                      {QStringLiteral("events"), QJsonArray{event}}});
    const QString outbox = fuzz::scratch() + QStringLiteral("/outbox.cdout");
    const QString roster = fuzz::scratch() + QStringLiteral("/roster.cdroster");
    if (!SyncPackage::writeOutbox(outbox, QStringLiteral("fuzz-device"), QStringLiteral("worker"),
                                  0, pushBody, {{evidenceHash, evidenceFile}}, fuzz::deviceKey(),
                                  publicKey, &error))
        fuzz::fail("outbox package");

    // The real server, in-process: a pull page and a push answer.
    const QString url = QStringLiteral("sqlite:") + fuzz::scratch() + QStringLiteral("/up.db");
    QByteArray page, answer;
    QJsonArray changes;
    if (seedServer(url, store.path(), &page, &answer, pushBody, &changes) != 0)
        fuzz::fail("server seeds");
    if (!SyncPackage::writeRoster(roster, QStringLiteral("fuzz-device"), QStringLiteral("scope"), 0,
                                  changes.size(), changes, fuzz::deviceKey(), &error))
        fuzz::fail("roster package");
    for (const auto &[name, path] : {std::pair{QStringLiteral("outbox"), outbox},
                                     std::pair{QStringLiteral("roster"), roster}}) {
        const QByteArray bytes = readFile(path);
        const char kind = name == QLatin1String("outbox") ? 0 : 1;
        put(QStringLiteral("fuzz_syncpackage"), name + QStringLiteral("-unsigned-path"),
            QByteArray(1, kind) + bytes);
        put(QStringLiteral("fuzz_syncpackage"), name + QStringLiteral("-signed-path"),
            QByteArray(1, char(kind | 2)) + bytes);
    }
    put(QStringLiteral("fuzz_synccodec"), QStringLiteral("pull-page"), QByteArray(1, 0) + page);
    put(QStringLiteral("fuzz_synccodec"), QStringLiteral("push-answer"), QByteArray(1, 1) + answer);
    put(QStringLiteral("fuzz_synccodec"), QStringLiteral("push-answer-doc"),
        QByteArray(1, 1) +
            json({{QStringLiteral("results"),
                   QJsonArray{
                       QJsonObject{{QStringLiteral("uuid"),
                                    QStringLiteral("00000000-0000-4000-8000-000000000002")},
                                   {QStringLiteral("status"), QStringLiteral("rejected")},
                                   {QStringLiteral("code"), QStringLiteral("evidence-missing")},
                                   {QStringLiteral("retryable"), true}},
                       QJsonObject{{QStringLiteral("uuid"),
                                    QStringLiteral("00000000-0000-4000-8000-000000000003")},
                                   {QStringLiteral("status"), QStringLiteral("conflict")},
                                   {QStringLiteral("seq"), 7},
                                   {QStringLiteral("conflicts"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("id"), QStringLiteral("c-1")},
                                        {QStringLiteral("type"), QStringLiteral("contact-field")},
                                        {QStringLiteral("idNumber"), person},
                                        {QStringLiteral("field"), QStringLiteral("phone")},
                                        {QStringLiteral("eventUuid"),
                                         QStringLiteral("00000000-0000-4000-8000-000000000003")},
                                        {QStringLiteral("values"),
                                         QJsonArray{QJsonObject{{QStringLiteral("value"),
                                                                 QStringLiteral("13900000001")}},
                                                    QJsonObject{{QStringLiteral("value"),
                                                                 QStringLiteral("13900000002")}}}},
                                        {QStringLiteral("state"), QStringLiteral("open")}}}}}}}}));

    // Server requests: endpoint byte, token byte, query line, body (fuzz_server.cpp).
    put(QStringLiteral("fuzz_server"), QStringLiteral("sign-in"),
        QByteArray("\x00\x00\n", 3) +
            R"({"user":"worker","password":"fuzz-password-1","device":"fuzz-device"})");
    put(QStringLiteral("fuzz_server"), QStringLiteral("pull"),
        QByteArray("\x01\x01", 2) + "since=0&limit=20\n");
    put(QStringLiteral("fuzz_server"), QStringLiteral("push"),
        QByteArray("\x02\x01\n", 3) + pushBody);
    put(QStringLiteral("fuzz_server"), QStringLiteral("evidence-missing"),
        QByteArray("\x03\x01\n", 3) + json({{QStringLiteral("hashes"), QJsonArray{evidenceHash}}}));
    put(QStringLiteral("fuzz_server"), QStringLiteral("upload-state"),
        QByteArray("\x04\x03\n", 3) + evidenceBytes);
    put(QStringLiteral("fuzz_server"), QStringLiteral("upload-chunk"),
        QByteArray("\x05\x03", 2) +
            QStringLiteral("offset=0&total=%1\n").arg(evidenceBytes.size()).toLatin1() +
            evidenceBytes);
    put(QStringLiteral("fuzz_server"), QStringLiteral("upload-batch"),
        QByteArray("\x06\x03", 2) +
            QStringLiteral("files=%1:%2\n").arg(evidenceHash).arg(evidenceBytes.size()).toLatin1() +
            evidenceBytes);

    // Photos.
    put(QStringLiteral("fuzz_evidence"), QStringLiteral("photo.jpg"), evidenceBytes);
    put(QStringLiteral("fuzz_evidence"), QStringLiteral("exif.jpg"), jpegWithExif(evidenceBytes));
    put(QStringLiteral("fuzz_evidence"), QStringLiteral("photo.png"), photo("png", 40, 30));
    put(QStringLiteral("fuzz_evidence"), QStringLiteral("photo.bmp"), photo("bmp", 20, 10));
    const QByteArray webp = photo("webp", 40, 30);
    if (!webp.isEmpty())
        put(QStringLiteral("fuzz_evidence"), QStringLiteral("photo.webp"), webp);

    // Profiles: the built-in ones.
    for (const QString &id :
         {QStringLiteral("qingdao"), QStringLiteral("qingdao-institution"),
          QStringLiteral("guangdong"), QStringLiteral("zibo"), QStringLiteral("urumqi")})
        put(QStringLiteral("fuzz_profile"), id + QStringLiteral(".json"),
            readFile(QStringLiteral(":/profiles/%1.json").arg(id)));

    // A bundle as ArchiveBundle lays it out: manifest.json listing every other
    // entry with its SHA-256, evidence named by its own hash.
    const QByteArray events = json({{QStringLiteral("events"), QJsonArray{event}}});
    auto sha = [](const QByteArray &b) {
        return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
    };
    const QString evidencePath = QStringLiteral("evidence/%1.jpg").arg(evidenceHash);
    const QByteArray manifest =
        json({{QStringLiteral("format"), QStringLiteral("certdesk-archive-bundle")},
              {QStringLiteral("version"), 1},
              {QStringLiteral("bundleId"), QStringLiteral("CD-370299001001-202611-1")},
              {QStringLiteral("files"),
               QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("events.json")},
                                      {QStringLiteral("sha256"), sha(events)},
                                      {QStringLiteral("bytes"), events.size()}},
                          QJsonObject{{QStringLiteral("path"), evidencePath},
                                      {QStringLiteral("sha256"), evidenceHash},
                                      {QStringLiteral("bytes"), evidenceBytes.size()}}}}});
    put(QStringLiteral("fuzz_bundle"), QStringLiteral("bundle.zip"),
        zipOf({{QStringLiteral("manifest.json"), manifest},
               {QStringLiteral("events.json"), events},
               {evidencePath, evidenceBytes}},
              ZipWriter::Deflated));
    std::printf("seeds written to %s\n", argv[1]);
    return 0;
}
