// Exporting lists for Excel and LibreOffice: the files LibreOffice reads back keep
// every ID number (trailing X, 18 digits) and Chinese name exactly; XLSX has the
// header frozen and IDs as text; CSV is UTF-8 with a BOM; failures leave no file.
#include "archive/listdocuments.h"
#include "io/tableexport.h"
#include "io/tablereader.h"
#include "lists/listtable.h"
#include "lists/recipientlistmodel.h"
#include "store/ledgerquery.h"
#include "testdatabase.h"
#include "zip/zipfile.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void xlsxReadBackByLibreOffice();
    void csvReadBackByLibreOffice();
    void xlsxStructure();
    void failedExportLeavesNothing();
    void cliExport();
    void formulaCellsNeutralised();
    void listTableIsWhatTheModelShows();
    void wholeListReadWithTheDefaultCache();

private:
    QString libreOfficeToCsv(const QString &file, const QString &inFilter = QString());
    void compareWithList(const QList<QStringList> &rows);
    QList<QStringList> readCsv(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    TableDocument m_table;
    QMap<QString, QString> m_expected; // ID number -> name
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    TestDatabase t =
        TestDatabase::demo(m_dir.filePath(QStringLiteral("e.sqlite")), 2000, 4, kToday);
    QVERIFY2(t.db, qPrintable(t.error));
    m_db = std::move(t.db);
    // An ID number ending in X and one starting with a zero-free but long prefix are
    // what Excel would turn into numbers.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM recipient WHERE id_number LIKE '%X'")) &&
            q.next());
    QVERIFY(q.value(0).toInt() > 0);
    RecipientListModel model(*m_db);
    model.setRevealIdNumbers(true);
    model.setQuery(LedgerQuery(Ledger::HomeVisit, {1, QStringLiteral("370299")}, kToday), kToday);
    m_table = ListDocuments::fromModel(model, QStringLiteral("上门认证"), {}, QStringLiteral("T"));
    QVERIFY(m_table.rows.size() > 100);
    for (const QStringList &row : std::as_const(m_table.rows))
        m_expected.insert(row.at(1), row.at(0));
    bool hasX = false;
    for (const QString &id : m_expected.keys())
        hasX = hasX || id.endsWith(QLatin1Char('X'));
    QVERIFY(hasX);
}

QString TestExport::libreOfficeToCsv(const QString &file, const QString &inFilter)
{
    const QString out = m_dir.filePath(QStringLiteral("lo-%1").arg(QFileInfo(file).suffix()));
    QDir().mkpath(out);
    QProcess lo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path()); // LibreOffice writes its profile there
    lo.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--headless"), QStringLiteral("--norestore")};
    if (!inFilter.isEmpty())
        args << QStringLiteral("--infilter=%1").arg(inFilter);
    args << QStringLiteral("--convert-to")
         << QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76") << QStringLiteral("--outdir")
         << out << file;
    lo.start(QStringLiteral("soffice"), args);
    if (!lo.waitForFinished(180000))
        return QString();
    QFile csv(QDir(out).filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".csv")));
    return csv.open(QIODevice::ReadOnly) ? QString::fromUtf8(csv.readAll()) : QString();
}

// The CSV LibreOffice wrote, read back by the program's own reader (header first).
QList<QStringList> TestExport::readCsv(const QString &text)
{
    const QString path = m_dir.filePath(QStringLiteral("readback.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
        return {};
    f.close();
    QString error;
    const auto table = TableReader::read(path, QStringLiteral("UTF-8"), &error);
    if (!table) {
        qWarning() << error;
        return {};
    }
    return QList<QStringList>{table->headers} + table->rows;
}

void TestExport::compareWithList(const QList<QStringList> &rows)
{
    QCOMPARE(rows.size(), m_table.rows.size() + 1);
    QCOMPARE(rows.first().mid(0, m_table.headers.size()), m_table.headers);
    QMap<QString, QString> read;
    for (const QStringList &row : rows.mid(1))
        read.insert(row.value(1), row.value(0));
    QCOMPARE(read, m_expected); // every ID number and name, exactly
}

void TestExport::xlsxReadBackByLibreOffice()
{
    const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
    QString error;
    QVERIFY2(TableExport::writeXlsx(m_table, path, &error), qPrintable(error));
    const QString csv = libreOfficeToCsv(path);
    QVERIFY2(!csv.isEmpty(), "LibreOffice did not convert the XLSX");
    compareWithList(readCsv(csv));
}

void TestExport::csvReadBackByLibreOffice()
{
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    QString error;
    QVERIFY2(TableExport::writeCsv(m_table, path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(3) == QByteArray("\xEF\xBB\xBF")); // UTF-8 BOM for Excel
    // Comma, quote, UTF-8, from line 1, quoted fields as text.
    const QString csv = libreOfficeToCsv(path, QStringLiteral("CSV:44,34,76,1,,0,true,false"));
    QVERIFY2(!csv.isEmpty(), "LibreOffice did not read the CSV");
    compareWithList(readCsv(csv));
}

void TestExport::xlsxStructure()
{
    const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
    ZipReader zip(path);
    QVERIFY(zip.isOpen());
    bool ok = false;
    const QString sheet =
        QString::fromUtf8(zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), &ok));
    QVERIFY(ok);
    QVERIFY2(sheet.contains(QStringLiteral("state=\"frozen\"")), "header row not frozen");
    QVERIFY(sheet.contains(QStringLiteral("<cols>"))); // column widths set
    // ID numbers are text cells (written inline in constant-memory mode), never numbers.
    const QString firstId = m_table.rows.first().at(1);
    QVERIFY2(sheet.contains(QStringLiteral("t=\"inlineStr\"><is><t>%1</t>").arg(firstId)),
             qPrintable(sheet.left(1500)));
    QVERIFY(!sheet.contains(QStringLiteral("<v>%1</v>").arg(firstId)));
}

void TestExport::failedExportLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/list.xlsx"));
    QString error;
    QVERIFY(!TableExport::writeXlsx(m_table, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    // Said in our words (translated), not libxlsxwriter's English.
    QVERIFY2(error.contains(QStringLiteral("does not exist or cannot be written to")) &&
                 !error.contains(QStringLiteral("permissions error")),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
    QVERIFY(!TableExport::writeCsv(m_table, path, &error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestExport::cliExport()
{
    const QString cli = QStringLiteral(CERTDESK_BINARY_DIR "/app/certdesk-cli");
    const QString out = m_dir.filePath(QStringLiteral("cli.xlsx"));
    QProcess p;
    p.start(cli, {QStringLiteral("export"), QStringLiteral("--db"), m_db->path(),
                  QStringLiteral("--list"), QStringLiteral("home-visit"),
                  QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out,
                  QStringLiteral("--today"), kToday.toString(Qt::ISODate)});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFileInfo::exists(out));
    // Without --full-id the numbers are masked.
    const QString csv = libreOfficeToCsv(out);
    QVERIFY(csv.contains(QStringLiteral("********")));
    for (const QString &id : m_expected.keys())
        QVERIFY(!csv.contains(id));
    p.start(cli, {QStringLiteral("export"), QStringLiteral("--db"), m_db->path(),
                  QStringLiteral("--list"), QStringLiteral("home-visit"),
                  QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("--out"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
}

// Issue 16, point 7: text from a name, phone or address typed on another desk
// must not become a formula in the spreadsheet that opens the export. CSV: a
// cell starting with = + - @ (tab, CR) is written with a leading apostrophe; a
// plain number keeps being a number. XLSX: text is a string cell, never <f>.
void TestExport::formulaCellsNeutralised()
{
    TableDocument t;
    t.title = QStringLiteral("T");
    t.headers = {QStringLiteral("名字"), QStringLiteral("电话"), QStringLiteral("地址"),
                 QStringLiteral("n")};
    const QStringList hostile = {QStringLiteral("=HYPERLINK(\"http://x\",\"点击\")"),
                                 QStringLiteral("+1+cmd|'/C calc'!A0"),
                                 QStringLiteral("-2+3"),
                                 QStringLiteral("@SUM(A1)"),
                                 QStringLiteral("\t=1+1"),
                                 QStringLiteral("\r=1+1")};
    for (const QString &cell : hostile)
        t.rows << QStringList{cell, QStringLiteral("13900000001"), cell, QStringLiteral("-12")};
    t.rows << QStringList{QStringLiteral("王 = 小明"), QStringLiteral("0532-88886666"),
                          QStringLiteral("a@b"), QStringLiteral("7")};
    const QString csv = m_dir.filePath(QStringLiteral("hostile.csv"));
    QString error;
    QVERIFY2(TableExport::writeCsv(t, csv, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const QString &cell : hostile) {
        QString quoted = cell;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QVERIFY2(text.contains(QStringLiteral("\"'%1\"").arg(quoted)), qPrintable(cell));
        QVERIFY2(!text.contains(QStringLiteral("\"%1\"").arg(quoted)), qPrintable(cell));
    }
    QVERIFY(text.contains(QStringLiteral(",-12\r\n")));          // a number stays a number
    QVERIFY(text.contains(QStringLiteral("\"王 = 小明\"")));     // not at the start: unchanged
    QVERIFY(text.contains(QStringLiteral("\"0532-88886666\""))); // a landline is text as it is

    const QString xlsx = m_dir.filePath(QStringLiteral("hostile.xlsx"));
    QVERIFY2(TableExport::writeXlsx(t, xlsx, &error), qPrintable(error));
    ZipReader zip(xlsx);
    QVERIFY(zip.isOpen());
    bool ok = false;
    const QString sheet =
        QString::fromUtf8(zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), &ok));
    QVERIFY(ok);
    QVERIFY2(!sheet.contains(QStringLiteral("<f>")) && !sheet.contains(QStringLiteral("<f ")),
             qPrintable(sheet.left(2000)));
}

void TestExport::listTableIsWhatTheModelShows()
{
    // Exports and printouts read the list through ListTable (large pages, no model):
    // every list, its sort, masked and full ID numbers and the user's node limit
    // must give the headers and cells the window's model shows, row for row.
    const Scope district{1, QStringLiteral("370299")};
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT community_code FROM recipient LIMIT 1")) && q.next());
    const Scope community{4, q.value(0).toString()};
    int compared = 0;
    QList<Ledger> lists = Ledgers::tabs();
    lists << Ledger::Search;
    for (const Ledger list : std::as_const(lists)) {
        for (const bool reveal : {false, true}) {
            for (const Scope &limit : {Scope{}, community}) {
                LedgerQuery query(list, district, kToday);
                query.setSearchText(QStringLiteral("王"));
                if (reveal) // a user's sort as well
                    query.setSort(LedgerQuery::SortKey::Name, Qt::DescendingOrder);
                RecipientListModel model(*m_db);
                model.setAccessLimit(limit);
                model.setRevealIdNumbers(reveal);
                model.setQuery(query, kToday);
                const TableDocument viaModel =
                    ListDocuments::fromModel(model, QStringLiteral("t"), {}, QStringLiteral("d"));
                ListTable table(*m_db, query, limit, kToday);
                table.setRevealIdNumbers(reveal);
                table.setPageSize(reveal ? 37 : ListTable::PageSize); // pages end mid-list
                QString error;
                const auto viaTable = ListDocuments::fromList(table, QStringLiteral("t"), {},
                                                              QStringLiteral("d"), &error);
                QVERIFY2(viaTable, qPrintable(error));
                const QString what = QStringLiteral("%1 reveal %2 limit %3")
                                         .arg(Ledgers::key(list))
                                         .arg(reveal)
                                         .arg(limit.code);
                QVERIFY2(viaTable->headers == viaModel.headers, qPrintable(what));
                QVERIFY2(viaTable->rows == viaModel.rows, qPrintable(what));
                QCOMPARE(viaTable->totals, viaModel.totals);
                compared += int(viaModel.rows.size());
            }
        }
    }
    // Enough rows that several of the model's pages (200 rows) were compared.
    QVERIFY2(compared > 5000, qPrintable(QString::number(compared)));
}

void TestExport::wholeListReadWithTheDefaultCache()
{
    // A whole list is read with SQLite's 2 MB page cache (SinglePassRead), and the
    // desk's own cache is back afterwards.
    auto cacheSize = [this] {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0).toInt() : 0;
    };
    const int desk = cacheSize();
    QCOMPARE(desk, -65536);
    ListTable table(*m_db,
                    LedgerQuery(Ledger::Within3Cumulative, {1, QStringLiteral("370299")}, kToday),
                    {}, kToday);
    int during = 0;
    QVERIFY(table.forEachRow([&](const QStringList &) { during = cacheSize(); }));
    QCOMPARE(during, -2000);
    QCOMPARE(cacheSize(), desk);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
