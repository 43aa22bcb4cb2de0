// Importing big-data comparison results: files LibreOffice wrote (XLSX and a
// GB18030 CSV as Chinese Excel writes it) are read exactly; every bad row is named
// with its row, column and reason and nothing is written; importing the same file
// again changes nothing; bad files are refused with a clear message.
#include "archive/tabledocument.h"
#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "io/bigdataimport.h"
#include "io/tableexport.h"
#include "securitytest.h"
#include "testdatabase.h"
#include "translations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
const QStringList kConclusions{QStringLiteral("丧失资格"), QStringLiteral("待核实"),
                               QStringLiteral("具备资格")};
} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void libreOfficeXlsxDryRunThenImport();
    void gb18030CsvDetectedAndReimportChangesNothing();
    void everyBadRowNamedNothingWritten();
    void unreadableRosterIsNotAnUnknownPerson();
    void guangdongQualifiedBatchesCappedAndApprovedTwice();
    void badFilesRefused_data();
    void badFilesRefused();
    void problemsReadInChinese(); // last: it installs the Chinese translation

private:
    QString libreOffice(const QString &csv, const QString &format, const QString &outDir);
    QByteArray bigdataState() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    QString m_csv;                     // UTF-8, written by us
    QMap<QString, QStringList> m_rows; // ID number -> name, conclusion, detail
};

void TestImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    TestDatabase t =
        TestDatabase::demo(m_dir.filePath(QStringLiteral("i.sqlite")), 1500, 6, kToday);
    QVERIFY2(t.db, qPrintable(t.error));
    m_db = std::move(t.db);
    m_profile = t.profile;
    TableDocument table;
    table.headers = {QStringLiteral("身份证号"), QStringLiteral("姓名"), QStringLiteral("结论"),
                     QStringLiteral("详情"), QStringLiteral("月份")};
    QSqlQuery q(m_db->connection());
    // People with an X ID number first: Excel would lose it as a number.
    QVERIFY(q.exec(QStringLiteral("SELECT id_number, name FROM recipient ORDER BY (id_number LIKE "
                                  "'%X') DESC, id LIMIT 300")));
    int n = 0;
    while (q.next()) {
        const QString conclusion = kConclusions.at(n % 3);
        const QStringList row{q.value(0).toString(), q.value(1).toString(), conclusion,
                              QStringLiteral("比对批次%1").arg(n % 7), QStringLiteral("2026-11")};
        table.rows << row;
        m_rows.insert(row.at(0), row.mid(1, 3));
        ++n;
    }
    QVERIFY(m_rows.firstKey().endsWith(QLatin1Char('X')) ||
            std::any_of(m_rows.keyBegin(), m_rows.keyEnd(),
                        [](const QString &id) { return id.endsWith(QLatin1Char('X')); }));
    m_csv = m_dir.filePath(QStringLiteral("results.csv"));
    QString error;
    QVERIFY2(TableExport::writeCsv(table, m_csv, &error), qPrintable(error));
}

QString TestImport::libreOffice(const QString &csv, const QString &format, const QString &outDir)
{
    QProcess lo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    lo.setProcessEnvironment(env);
    QDir().mkpath(outDir);
    lo.start(QStringLiteral("soffice"),
             {QStringLiteral("--headless"), QStringLiteral("--norestore"),
              QStringLiteral("--infilter=CSV:44,34,76,1,,0,true"), QStringLiteral("--convert-to"),
              format, QStringLiteral("--outdir"), outDir, csv});
    if (!lo.waitForFinished(180000))
        return QString();
    const QString ext = format.section(QLatin1Char(':'), 0, 0);
    const QString out =
        QDir(outDir).filePath(QFileInfo(csv).completeBaseName() + QLatin1Char('.') + ext);
    return QFileInfo::exists(out) ? out : QString();
}

QByteArray TestImport::bigdataState() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT id, bigdata_rank, bigdata_detail, bigdata_source, bigdata_month "
                          "FROM recipient ORDER BY id"));
    QCryptographicHash h(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int c = 0; c < 5; ++c)
            h.addData(q.value(c).toString().toUtf8() + '|');
    }
    return h.result();
}

void TestImport::libreOfficeXlsxDryRunThenImport()
{
    const QString xlsx =
        libreOffice(m_csv, QStringLiteral("xlsx"), m_dir.filePath(QStringLiteral("lo-xlsx")));
    QVERIFY2(!xlsx.isEmpty(), "LibreOffice did not write the XLSX");
    QString error;
    const auto table = TableReader::read(xlsx, QString(), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->format, QStringLiteral("xlsx"));
    QCOMPARE(table->rows.size(), m_rows.size());
    for (const QStringList &row : table->rows) // every ID number and name exactly
        QCOMPARE(m_rows.value(row.at(0)).value(0), row.at(1));

    const BigDataImport importer(*m_db, *m_profile);
    const QByteArray before = bigdataState();
    const ImportPlan plan = importer.validate(*table, ImportMapping::guess(table->headers), kToday);
    QVERIFY2(plan.problems.isEmpty(),
             plan.problems.isEmpty() ? "" : qPrintable(plan.problems.first().reason));
    QVERIFY(plan.changes.size() > 0);
    QCOMPARE(bigdataState(), before); // validating writes nothing
    QVERIFY2(importer.apply(plan, Session::commandLine(), &error), qPrintable(error));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT bigdata_rank, bigdata_detail, bigdata_month FROM recipient WHERE id_number = ?"));
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        q.addBindValue(it.key());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), int(kConclusions.indexOf(it.value().at(1))));
        QCOMPARE(q.value(1).toString(), it.value().at(2));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2026-11"));
    }
}

void TestImport::gb18030CsvDetectedAndReimportChangesNothing()
{
    const QString gb =
        libreOffice(m_csv, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,85"),
                    m_dir.filePath(QStringLiteral("lo-gb")));
    QVERIFY2(!gb.isEmpty(), "LibreOffice did not write the GB18030 CSV");
    QFile raw(gb);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(TableReader::detectEncoding(raw.readAll()), QStringLiteral("GB18030"));
    QString error;
    const auto table = TableReader::read(gb, QString(), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->encoding, QStringLiteral("GB18030"));
    for (const QStringList &row : table->rows)
        QCOMPARE(m_rows.value(row.at(0)).value(0), row.at(1));
    // The same results again (the XLSX was imported above): nothing to change.
    const BigDataImport importer(*m_db, *m_profile);
    const QByteArray before = bigdataState();
    const ImportPlan plan = importer.validate(*table, ImportMapping::guess(table->headers), kToday);
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.changes.size(), 0);
    QCOMPARE(plan.unchanged, m_rows.size());
    QVERIFY(importer.apply(plan, Session::commandLine(), &error));
    QCOMPARE(bigdataState(), before);
    // Forcing the wrong encoding is refused with the reason, not imported as mojibake.
    QVERIFY(!TableReader::read(gb, QStringLiteral("UTF-8"), &error));
    QVERIFY2(error.contains(QStringLiteral("UTF-8")), qPrintable(error));
}

void TestImport::everyBadRowNamedNothingWritten()
{
    const QString good = m_rows.firstKey();
    const QString first17 = QStringLiteral("11010519800101123");
    const QString stranger =
        first17 + IdNumber::checkCharacterFor(first17); // valid, not in the roster
    const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QStringLiteral("身份证号,姓名,结论\n"
                       "%1,%2,待核实\n"                   // row 2: fine
                       "110105194912310021,某人,待核实\n" // row 3: wrong check character
                       "%3,陌生人,待核实\n"               // row 4: not in the roster
                       "%1,%2,也许\n"                     // row 5: appears twice
                       "%4,%2,也许\n"                     // row 6: unknown conclusion
                       "%5,张冠李戴,待核实\n")            // row 7: name does not match the roster
            .arg(good, m_rows.value(good).at(0), stranger, m_rows.keys().at(1), m_rows.keys().at(2))
            .toUtf8());
    f.close();
    QString error;
    const auto table = TableReader::read(csv, QString(), &error);
    QVERIFY2(table, qPrintable(error));
    const QByteArray before = bigdataState();
    const BigDataImport importer(*m_db, *m_profile);
    const ImportPlan plan = importer.validate(*table, ImportMapping::guess(table->headers), kToday);
    QCOMPARE(plan.problems.size(), 5);
    QCOMPARE(plan.problems.at(0).row, 3);
    QCOMPARE(plan.problems.at(0).column, QStringLiteral("身份证号"));
    QVERIFY(plan.problems.at(0).reason.contains(QStringLiteral("X")));
    QCOMPARE(plan.problems.at(1).row, 4);
    QVERIFY(plan.problems.at(1).reason.contains(IdNumber::mask(stranger)));
    QCOMPARE(plan.problems.at(2).row, 5);
    QCOMPARE(plan.problems.at(3).row, 6);
    QCOMPARE(plan.problems.at(3).column, QStringLiteral("结论"));
    QCOMPARE(plan.problems.at(4).row, 7);
    QCOMPARE(plan.problems.at(4).column, QStringLiteral("姓名"));
    QVERIFY(plan.problems.at(4).reason.contains(m_rows.value(m_rows.keys().at(2)).at(0)));
    QVERIFY(!importer.apply(plan, Session::commandLine(), &error));
    QCOMPARE(bigdataState(), before);
    // The command line prints the same report and exits 1, writing nothing.
    QProcess cli;
    cli.start(QStringLiteral(CERTDESK_BINARY_DIR "/app/certdesk-cli"),
              {QStringLiteral("import"), QStringLiteral("--db"), m_db->path(),
               QStringLiteral("--file"), csv});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QCOMPARE(out.count(QStringLiteral("\"problem\"")), 5);
    QVERIFY(out.contains(QStringLiteral("\"written\":false")));
    QCOMPARE(bigdataState(), before);
}

// A roster the import cannot read (here its table is gone) is said as such,
// once, with SQLite's reason; before, every row read "unknown person".
void TestImport::unreadableRosterIsNotAnUnknownPerson()
{
    TestDatabase t =
        TestDatabase::demo(m_dir.filePath(QStringLiteral("broken.sqlite")), 30, 6, kToday);
    QVERIFY2(t.db, qPrintable(t.error));
    QSqlQuery people(t.db->connection());
    QVERIFY(people.exec(QStringLiteral("SELECT id_number, name FROM recipient LIMIT 3")));
    QString csv = QStringLiteral("身份证号,姓名,结论\n");
    while (people.next())
        csv += QStringLiteral("%1,%2,待核实\n")
                   .arg(people.value(0).toString(), people.value(1).toString());
    people.finish();
    const QString file = m_dir.filePath(QStringLiteral("broken.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();
    QSqlQuery move(t.db->connection());
    QVERIFY2(move.exec(QStringLiteral("ALTER TABLE recipient RENAME TO recipient_elsewhere")),
             qPrintable(move.lastError().text()));
    QString error;
    const auto table = TableReader::read(file, QString(), &error);
    QVERIFY2(table, qPrintable(error));
    const BigDataImport importer(*t.db, *m_profile);
    const ImportPlan plan = importer.validate(*table, ImportMapping::guess(table->headers), kToday);
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.at(0).row, 2);
    const QString reason = plan.problems.at(0).reason;
    // SQLite's reason, without our statement (that goes to the log).
    QVERIFY2(reason.contains(QStringLiteral("roster could not be read")) &&
                 reason.contains(QStringLiteral("no such table: recipient")) &&
                 !reason.contains(QStringLiteral("SELECT")) &&
                 !reason.contains(QStringLiteral("unknown person")),
             qPrintable(reason));
    QVERIFY(!importer.apply(plan, Session::commandLine(), &error));
}

void TestImport::guangdongQualifiedBatchesCappedAndApprovedTwice()
{
    TestDatabase g = TestDatabase::demo(m_dir.filePath(QStringLiteral("gd.sqlite")), 2100, 3,
                                        kToday, QStringLiteral("guangdong"));
    QVERIFY2(g.db, qPrintable(g.error));
    QCOMPARE(g.profile->qualifiedImportCap(), 2000);
    QCOMPARE(g.profile->qualifiedImportApprovals(), 2);
    const BigDataImport importer(*g.db, *g.profile);
    // GD 9 两级审批: the first approval comes from a street, the second from the county.
    auto session = [](const char *name, int level) {
        User u = securitytest::account(
            QString::fromLatin1(name), QString::fromLatin1(name),
            level == 1 ? Role::DistrictAdministrator : Role::StreetSupervisor, QString());
        u.nodeLevel = level;
        return Session(u, QStringLiteral("test-host"));
    };
    const Session submitter = session("clerk", 1), first = session("chief1", 2),
                  second = session("chief2", 1);
    auto tableOf = [&](int people) {
        ReadTable table;
        table.headers = {QStringLiteral("身份证号"), QStringLiteral("结论"),
                         QStringLiteral("详情")};
        QSqlQuery q(g.db->connection());
        q.exec(QStringLiteral("SELECT id_number FROM recipient ORDER BY id LIMIT %1").arg(people));
        while (q.next())
            table.rows << QStringList{q.value(0).toString(), QStringLiteral("具备资格"),
                                      QStringLiteral("gd-test")};
        return table;
    };
    auto qualified = [&] {
        QSqlQuery q(g.db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM recipient WHERE bigdata_rank = 2 AND "
                              "bigdata_detail = 'gd-test'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    const int before = qualified();
    QCOMPARE(before, 0);
    QString error;
    qint64 batch = 0;
    // 2,001 people marked qualified: refused, nothing written.
    const ImportMapping mapping{0, 1, -1, 2};
    const ImportPlan big = importer.validate(tableOf(2001), mapping, kToday);
    QVERIFY(big.problems.isEmpty());
    QCOMPARE(big.qualified, 2001);
    QCOMPARE(importer.submit(big, QStringLiteral("big.xlsx"), submitter, &batch, &error),
             BigDataImport::Outcome::Refused);
    QVERIFY2(error.contains(QStringLiteral("2000")), qPrintable(error));
    QCOMPARE(qualified(), before);
    // 10 people: held until two other users approve.
    const ImportPlan small = importer.validate(tableOf(10), mapping, kToday);
    QCOMPARE(small.qualified, 10);
    QCOMPARE(importer.submit(small, QStringLiteral("small.xlsx"), submitter, &batch, &error),
             BigDataImport::Outcome::Pending);
    QVERIFY(batch > 0);
    QCOMPARE(qualified(), before); // nothing applied yet
    bool applied = true;
    int approvals = 0;
    QVERIFY(!importer.approve(batch, submitter, &applied, &approvals,
                              &error)); // not by the one who submitted it
    QVERIFY(importer.approve(batch, first, &applied, &approvals, &error));
    QVERIFY(!applied);
    QCOMPARE(approvals, 1);
    QCOMPARE(qualified(), before);
    QVERIFY(!importer.approve(batch, first, &applied, &approvals, &error)); // the same user twice
    QVERIFY2(error.contains(QString::number(batch)), qPrintable(error));
    QVERIFY2(importer.approve(batch, second, &applied, &approvals, &error), qPrintable(error));
    QVERIFY(applied);
    QCOMPARE(approvals, 2);
    QCOMPARE(qualified(), before + small.qualified);
    QVERIFY(!importer.approve(batch, session("chief3", 1), &applied, &approvals,
                              &error)); // already applied
    // Under the Qingdao rules the same kind of file applies at once.
    QVERIFY(importer.needsApproval(small));
    QVERIFY(!BigDataImport(*m_db, *m_profile).needsApproval(small));
}

void TestImport::badFilesRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("size"); // > 0: a sparse file of this size
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << qint64(0) << QStringLiteral("empty");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\x00\x00\x00",
                                          10)
                            << qint64(0) << QStringLiteral("binary");
    QTest::newRow("100 MB") << QByteArray() << qint64(100) * 1024 * 1024 << QStringLiteral("MB");
    QTest::newRow("truncated xlsx") << QByteArray() << qint64(-1) << QStringLiteral("XLSX");
    QTest::newRow("wrong columns")
        << QByteArray("a,b,c\n1,2,3\n") << qint64(0) << QStringLiteral("ID-number column");
}

void TestImport::badFilesRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, size);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.dat")
                                            .arg(QString::fromLatin1(QTest::currentDataTag())
                                                     .replace(QLatin1Char(' '), QLatin1Char('_'))));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    if (size > 0) {
        QVERIFY(f.resize(size));
    } else if (size < 0) { // the first half of a real XLSX
        QFile xlsx(m_dir.filePath(QStringLiteral("lo-xlsx/results.xlsx")));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        f.write(xlsx.read(xlsx.size() / 2));
    } else {
        f.write(content);
    }
    f.close();
    const QByteArray before = bigdataState();
    QProcess cli;
    cli.start(QStringLiteral(CERTDESK_BINARY_DIR "/app/certdesk-cli"),
              {QStringLiteral("import"), QStringLiteral("--db"), m_db->path(),
               QStringLiteral("--file"), path});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QString said =
        QString::fromUtf8(cli.readAllStandardError() + cli.readAllStandardOutput());
    QVERIFY2(said.contains(expected), qPrintable(said));
    QCOMPARE(bigdataState(), before);
}

QTEST_GUILESS_MAIN(TestImport)
// The row problems a worker reads in the import check are Chinese throughout: the ID
// number's reason was English inside a Chinese sentence (issue 17).
void TestImport::problemsReadInChinese()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    const QString csv = m_dir.filePath(QStringLiteral("chinese.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("身份证号,姓名,结论\n110105194912310021,某人,待核实\n").toUtf8());
    f.close();
    QString error;
    const auto table = TableReader::read(csv, QString(), &error);
    QVERIFY2(table, qPrintable(error));
    const ImportPlan plan = BigDataImport(*m_db, *m_profile)
                                .validate(*table, ImportMapping::guess(table->headers), kToday);
    QCOMPARE(plan.problems.size(), 1);
    const QString reason = plan.problems.first().reason;
    QVERIFY2(reason.contains(QStringLiteral("校验码错误")) &&
                 !reason.contains(QStringLiteral("check character")),
             qPrintable(reason));
}

#include "tst_import.moc"
