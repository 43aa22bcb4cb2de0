// The monthly archive volume and electronic bundle, checked with real PDF tools
// (poppler-utils) and by re-reading the zip: page count, embedded fonts, Chinese
// text, "page x of y" on every page, manifest hashes, tampering found and named,
// an empty month, and a name outside the BMP.
#include "archive/archivebundle.h"
#include "archive/documentpainter.h"
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "store/database.h"
#include "testdatabase.h"
#include "translations.h"
#include "verification/verificationservice.h"
#include "zip/zipfile.h"

#include <QCryptographicHash>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
const QString kRareName = QStringLiteral("王𠈌明"); // U+2020C, CJK Extension B

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr,
            QString *errors = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return QStringLiteral("<%1 did not finish>").arg(program);
    if (exitCode)
        *exitCode = p.exitCode();
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QMap<QString, QByteArray> zipEntries(const QString &path)
{
    QMap<QString, QByteArray> out;
    ZipReader zip(path);
    zip.forEach([&](const QString &name, qint64, const ZipReader::ReadFn &read) {
        QByteArray bytes;
        read([&bytes](const QByteArray &chunk) { bytes += chunk; });
        out.insert(name, bytes);
    });
    return out;
}
} // namespace

class TestArchive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void volumeHasEveryPartAndEmbeddedFonts();
    void everyPageNumberedWithTheBundleId();
    void manifestListsEveryFileWithItsHash();
    void eventsJsonAsOneDocument();
    void rareCharacterNames();
    void verifyFindsAChangedByte();
    void verifyFindsARepackedChange();
    void truncatedBundleRefused();
    void emptyMonthGivesAClearEmptyVolume();
    void cliArchiveAndVerify();
    void cliWarnsOfUnfinishedOrEmptyMonth();

private:
    qint64 personInCommunity(const QString &community, int skip) const;
    EvidenceLink photo(int n, EvidenceKind kind);
    void record(qint64 person, const QDate &day, int photos);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<EvidenceStore> m_store;
    QString m_community;
    BundleResult m_bundle;
};

void TestArchive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    TestDatabase t = TestDatabase::demo(m_dir.filePath(QStringLiteral("a.sqlite")), 400, 3, kToday);
    QVERIFY2(t.db, qPrintable(t.error));
    m_db = std::move(t.db);
    m_profile = t.profile;
    QString error;
    m_store = std::make_unique<EvidenceStore>(EvidenceStore::folderFor(m_db->path()));
    m_community = QStringLiteral("370299001001");

    // Four checks in November in one community: one with seven photos (a
    // continuation page), one of a person with a rare character in the name.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE recipient SET name = ? WHERE id = ?"));
    q.addBindValue(kRareName);
    q.addBindValue(personInCommunity(m_community, 3));
    QVERIFY(q.exec());
    record(personInCommunity(m_community, 0), QDate(2026, 11, 3), 1);
    record(personInCommunity(m_community, 1), QDate(2026, 11, 5), 7);
    record(personInCommunity(m_community, 2), QDate(2026, 11, 9), 2);
    record(personInCommunity(m_community, 3), QDate(2026, 11, 12), 1);
    // A check in another community and one in October stay out of the volume.
    record(personInCommunity(QStringLiteral("370299001002"), 0), QDate(2026, 11, 4), 1);
    record(personInCommunity(m_community, 4), QDate(2026, 10, 30), 1);

    BundleRequest request{m_community, QDate(2026, 11, 1), m_dir.filePath(QStringLiteral("out")),
                          QStringLiteral("李四"),
                          QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};
    QVERIFY2(ArchiveBundle(*m_db, *m_store, *m_profile, Session::commandLine())
                 .create(request, &m_bundle, &error),
             qPrintable(error));
    QCOMPARE(m_bundle.events, 4);
    QVERIFY(m_bundle.missingEvidence.isEmpty());
}

qint64 TestArchive::personInCommunity(const QString &community, int skip) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT id FROM recipient WHERE community_code = ? ORDER BY id LIMIT 1 OFFSET ?"));
    q.addBindValue(community);
    q.addBindValue(skip);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

EvidenceLink TestArchive::photo(int n, EvidenceKind kind)
{
    QImage image(900, 600, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((n * 37) % 360, 200, 220));
    const QString path = m_dir.filePath(QStringLiteral("photo%1.jpg").arg(n));
    image.save(path, "JPEG");
    QString error;
    const auto item = m_store->intakeFile(path, &error);
    if (!item)
        qWarning() << error;
    return EvidenceLink{item.value_or(EvidenceItem()), kind};
}

void TestArchive::record(qint64 person, const QDate &day, int photos)
{
    static int photoNumber = 0;
    VerificationEvent e;
    e.recipientId = person;
    e.checkDate = day;
    e.occurredAt = QDateTime(day, QTime(10, 30));
    e.method = VerificationMethod::Window;
    e.status = LivingStatus::Alive;
    e.worker = QStringLiteral("张三");
    for (int i = 0; i < photos; ++i)
        e.evidence.append(
            photo(++photoNumber, i == 1 ? EvidenceKind::IdCard : EvidenceKind::Person));
    VerificationService service(*m_db, *m_profile, *m_store, Session::commandLine());
    service.setToday(kToday);
    QString error;
    QVERIFY2(service.record(e, &error), qPrintable(error));
}

void TestArchive::volumeHasEveryPartAndEmbeddedFonts()
{
    // Cover, one index page, 4 sections (one with a continuation page), summary.
    const QString info = run(QStringLiteral("pdfinfo"), {m_bundle.pdfPath});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+8\\n"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
    QCOMPARE(m_bundle.pages, 8);

    const QStringList fonts = run(QStringLiteral("pdffonts"), {m_bundle.pdfPath})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(fonts.size() >= 3, qPrintable(fonts.join(QLatin1Char('\n'))));
    for (const QString &line : fonts.mid(2)) // after the two header lines
        QVERIFY2(
            line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+yes\\s+"))),
            qPrintable(line));
    // The archive font is AR PL UMing (fonts-arphic-uming, docs/decisions.md): with
    // another CJK font the text layer is not searchable. scripts/check-setup-deps.py
    // leaves font folders to this assertion.
    QVERIFY2(fonts.join(QLatin1Char('\n')).contains(QStringLiteral("UMingCN")),
             qPrintable(fonts.join(QLatin1Char('\n'))));

    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-layout"), m_bundle.pdfPath, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("待遇领取资格认证档案")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("张三")));
    QVERIFY(text.contains(QStringLiteral("李四")));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("认证记录\\D{0,4}4"))),
             qPrintable(text.left(600)));
    // ID numbers masked in the volume.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT r.id_number, r.name FROM recipient r JOIN verification_event e ON e.recipient_id = "
        "r.id "
        "WHERE r.community_code = '370299001001' AND e.check_date >= '2026-11-01'")));
    int names = 0;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QVERIFY2(!text.contains(id), qPrintable(id));
        QVERIFY(text.contains(id.left(6) + QStringLiteral("********") + id.right(4)));
        if (q.value(1).toString() != kRareName) {
            QVERIFY2(text.contains(q.value(1).toString()), qPrintable(q.value(1).toString()));
            ++names;
        }
    }
    QCOMPARE(names, 3);
}

void TestArchive::everyPageNumberedWithTheBundleId()
{
    for (int page = 1; page <= 8; ++page) {
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page), m_bundle.pdfPath, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("第 %1 页 共 8 页").arg(page)),
                 qPrintable(text.right(200)));
        QVERIFY2(text.contains(m_bundle.bundleId), qPrintable(text.right(200)));
    }
    // The index points at the pages the sections are on (continuation page after record 2).
    const QString index =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
             QStringLiteral("-l"), QStringLiteral("2"), m_bundle.pdfPath, QStringLiteral("-")});
    const QStringList pages{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("6"),
                            QStringLiteral("7")};
    int row = 0;
    for (const QString &line : index.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^\\s*(\\d)\\s.*\\s(\\d+)\\s*$")).match(line);
        if (m.hasMatch() && m.captured(1).toInt() == row + 1)
            QCOMPARE(m.captured(2), pages.at(row++));
    }
    QCOMPARE(row, 4);
    const QString continued = run(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QStringLiteral("5"), QStringLiteral("-l"),
                                   QStringLiteral("5"), m_bundle.pdfPath, QStringLiteral("-")});
    QVERIFY2(continued.contains(QStringLiteral("续")), qPrintable(continued));
}

void TestArchive::manifestListsEveryFileWithItsHash()
{
    const QMap<QString, QByteArray> entries = zipEntries(m_bundle.zipPath);
    const QJsonObject manifest =
        QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
    QCOMPARE(manifest.value(QStringLiteral("bundleId")).toString(), m_bundle.bundleId);
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    // The PDF, 11 distinct photos, events.json.
    QCOMPARE(files.size(), 1 + 11 + 1);
    QCOMPARE(entries.size(), files.size() + 1);
    for (const QJsonValue &v : files) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(entries.contains(path), qPrintable(path));
        QCOMPARE(
            QString::fromLatin1(
                QCryptographicHash::hash(entries.value(path), QCryptographicHash::Sha256).toHex()),
            v.toObject().value(QStringLiteral("sha256")).toString());
    }
    // The PDF in the zip is the PDF beside it; originals are the files as taken.
    QFile pdf(m_bundle.pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(entries.value(m_bundle.bundleId + QStringLiteral(".pdf")), pdf.readAll());
    const QJsonArray events =
        QJsonDocument::fromJson(entries.value(QStringLiteral("events.json"))).array();
    QCOMPARE(events.size(), 4);
    for (const QJsonValue &e : events) {
        for (const QJsonValue &f : e.toObject().value(QStringLiteral("evidence")).toArray()) {
            const QString file = f.toObject().value(QStringLiteral("file")).toString();
            QVERIFY2(entries.contains(file), qPrintable(file));
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(entries.value(file), QCryptographicHash::Sha256)
                             .toHex()),
                     f.toObject().value(QStringLiteral("sha256")).toString());
        }
    }
    QVERIFY(BundleVerifier::verify(m_bundle.zipPath).isEmpty());
}

void TestArchive::eventsJsonAsOneDocument()
{
    // events.json is written one event at a time (issue 19.5), byte for byte as
    // QJsonDocument writes the whole array: the month's, and the empty month's "[]".
    const QByteArray events = zipEntries(m_bundle.zipPath).value(QStringLiteral("events.json"));
    QCOMPARE(QJsonDocument::fromJson(events).array().size(), 4);
    QCOMPARE(
        events,
        QJsonDocument(QJsonDocument::fromJson(events).array()).toJson(QJsonDocument::Indented));
    BundleRequest request{m_community, QDate(2026, 8, 1),
                          m_dir.filePath(QStringLiteral("empty-json")), QStringLiteral("李四")};
    BundleResult result;
    QString error;
    QVERIFY2(ArchiveBundle(*m_db, *m_store, *m_profile, Session::commandLine())
                 .create(request, &result, &error),
             qPrintable(error));
    QCOMPARE(zipEntries(result.zipPath).value(QStringLiteral("events.json")),
             QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));
}

void TestArchive::rareCharacterNames()
{
    // The exact name is kept in the electronic record.
    const QByteArray events = zipEntries(m_bundle.zipPath).value(QStringLiteral("events.json"));
    QVERIFY(QString::fromUtf8(events).contains(kRareName));
    // The volume's font has a glyph for U+2020C, so it prints as the character,
    // not as an empty box; the rest of the name is in the text layer. (Qt 6.4's
    // PDF writer gives characters outside the BMP no text-layer mapping, so
    // pdftotext cannot return 𠈌 itself: see docs/decisions.md.)
    QFontMetricsF fm(DocumentPainter::font(9));
    QVERIFY(fm.inFontUcs4(0x2020C));
    const QString text = run(QStringLiteral("pdftotext"), {m_bundle.pdfPath, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("王")));
    QVERIFY(text.contains(QStringLiteral("明")));
}

void TestArchive::verifyFindsAChangedByte()
{
    const QString copy = m_dir.filePath(QStringLiteral("changed.zip"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_bundle.zipPath, copy));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    // The PDF is stored uncompressed: change one byte of its body.
    const qsizetype at = bytes.indexOf("%PDF-") + 2000;
    QVERIFY(at > 2000);
    bytes[at] = char(bytes.at(at) ^ 0x01);
    f.seek(0);
    f.write(bytes);
    f.close();
    const QList<BundleProblem> problems = BundleVerifier::verify(copy);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, m_bundle.bundleId + QStringLiteral(".pdf"));
}

void TestArchive::verifyFindsARepackedChange()
{
    // Someone edits events.json and rebuilds the zip (valid checksums): the
    // manifest's SHA-256 still tells.
    QMap<QString, QByteArray> entries = zipEntries(m_bundle.zipPath);
    entries[QStringLiteral("events.json")].replace("张三", "王五");
    const QString repacked = m_dir.filePath(QStringLiteral("repacked.zip"));
    {
        ZipWriter zip(repacked);
        QVERIFY(zip.isOpen());
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            QVERIFY(zip.addBytes(it.key(), it.value(), ZipWriter::Deflated));
        // And a file nobody listed.
        QVERIFY(zip.addBytes(QStringLiteral("evidence/extra.jpg"), "x", ZipWriter::Stored));
        QVERIFY(zip.close());
    }
    const QList<BundleProblem> problems = BundleVerifier::verify(repacked);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).path, QStringLiteral("events.json"));
    QCOMPARE(problems.at(1).path, QStringLiteral("evidence/extra.jpg"));
}

void TestArchive::truncatedBundleRefused()
{
    QFile f(m_bundle.zipPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString cut = m_dir.filePath(QStringLiteral("cut.zip"));
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(f.read(f.size() / 2));
    out.close();
    const QList<BundleProblem> problems = BundleVerifier::verify(cut);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().path.isEmpty());
    QVERIFY2(problems.first().reason.contains(cut), qPrintable(problems.first().reason));
}

void TestArchive::emptyMonthGivesAClearEmptyVolume()
{
    BundleRequest request{m_community, QDate(2026, 8, 1), m_dir.filePath(QStringLiteral("empty")),
                          QStringLiteral("李四")};
    BundleResult result;
    QString error;
    QVERIFY2(ArchiveBundle(*m_db, *m_store, *m_profile, Session::commandLine())
                 .create(request, &result, &error),
             qPrintable(error));
    QCOMPARE(result.events, 0);
    QCOMPARE(result.pages, 3); // cover, index, summary
    const QString text = run(QStringLiteral("pdftotext"), {result.pdfPath, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("本月没有认证记录")), qPrintable(text.left(500)));
    QVERIFY(BundleVerifier::verify(result.zipPath).isEmpty());
    QCOMPARE(
        QJsonDocument::fromJson(zipEntries(result.zipPath).value(QStringLiteral("events.json")))
            .array()
            .size(),
        0);
}

void TestArchive::cliArchiveAndVerify()
{
    const QString cli = QStringLiteral(CERTDESK_BINARY_DIR "/app/certdesk-cli");
    const QString out = m_dir.filePath(QStringLiteral("cli"));
    int code = -1;
    const QString made = run(cli,
                             {QStringLiteral("archive"), QStringLiteral("--db"), m_db->path(),
                              QStringLiteral("--month"), QStringLiteral("2026-11"),
                              QStringLiteral("--node"), m_community, QStringLiteral("--out"), out},
                             &code);
    QCOMPARE(code, 0);
    const QJsonObject o = QJsonDocument::fromJson(made.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("bundleId")).toString(),
             m_bundle.bundleId); // same content, same id
    QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 8);
    const QString zip = o.value(QStringLiteral("zip")).toString();
    QString report = run(cli, {QStringLiteral("verify-bundle"), zip}, &code);
    QCOMPARE(code, 0);
    QVERIFY(report.contains(QStringLiteral("\"ok\":true")));
    report =
        run(cli, {QStringLiteral("verify-bundle"), m_dir.filePath(QStringLiteral("changed.zip"))},
            &code);
    QCOMPARE(code, 1);
    QVERIFY2(report.contains(m_bundle.bundleId + QStringLiteral(".pdf")), qPrintable(report));
    run(cli,
        {QStringLiteral("archive"), QStringLiteral("--db"), m_db->path(), QStringLiteral("--month"),
         QStringLiteral("2026-13"), QStringLiteral("--node"), m_community, QStringLiteral("--out"),
         out},
        &code);
    QCOMPARE(code, 2);
}

// Issue 17: a volume of the unfinished current month, or of a month without checks,
// is still made from the command line, but stderr says so first; a past month
// with checks says nothing.
void TestArchive::cliWarnsOfUnfinishedOrEmptyMonth()
{
    const QString cli = QStringLiteral(CERTDESK_BINARY_DIR "/app/certdesk-cli");
    const auto archive = [&](const QString &month, const QString &today, QString *errors) {
        int code = -1;
        const QString made = run(cli,
                                 {QStringLiteral("archive"), QStringLiteral("--db"), m_db->path(),
                                  QStringLiteral("--month"), month, QStringLiteral("--today"),
                                  today, QStringLiteral("--node"), m_community,
                                  QStringLiteral("--out"), m_dir.filePath(QStringLiteral("warned")),
                                  QStringLiteral("--lang"), QStringLiteral("en")},
                                 &code, errors);
        return code == 0 ? QJsonDocument::fromJson(made.toUtf8()).object() : QJsonObject();
    };
    QString errors;
    QJsonObject o = archive(QStringLiteral("2026-11"), QStringLiteral("2026-11-23"), &errors);
    QVERIFY2(!o.isEmpty(), qPrintable(errors));
    const int events = o.value(QStringLiteral("events")).toInt();
    QVERIFY(events > 0);
    QVERIFY2(errors.contains(QStringLiteral("warning: This month (2026-11) has not ended yet: the "
                                            "volume holds only the %1 checks recorded up to today.")
                                 .arg(events)),
             qPrintable(errors));
    o = archive(QStringLiteral("2026-11"), QStringLiteral("2026-12-01"), &errors);
    QCOMPARE(o.value(QStringLiteral("events")).toInt(), events);
    QVERIFY2(!errors.contains(QStringLiteral("warning")), qPrintable(errors));
    o = archive(QStringLiteral("2019-01"), QStringLiteral("2026-11-23"), &errors);
    QCOMPARE(o.value(QStringLiteral("events")).toInt(), 0);
    QVERIFY2(errors.contains(QStringLiteral(
                 "warning: No checks were recorded in 2019-01: the volume will be empty.")),
             qPrintable(errors));
    QVERIFY(QFile::exists(o.value(QStringLiteral("pdf")).toString())); // made all the same
}

QTEST_MAIN(TestArchive)
#include "tst_archive.moc"
