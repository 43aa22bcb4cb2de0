// The import window: a GB18030 file is detected and previewed, the columns are
// guessed from the header and remembered for the next file with the same header,
// a bad row blocks the import with its row, column and reason, and a clean file
// imports after the check.
#include "domain/workingcalendar.h"
#include "io/importdialog.h"
#include "io/pendingimportsdialog.h"
#include "security/audittrail.h"
#include "securitytest.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
}

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void detectsPreviewsChecksAndImports();
    void mappingRememberedPerSource();
    void badRowBlocksTheImport();
    void pendingBatchApprovedByTwoOthers();

private:
    QString writeGb18030(const QString &name, const QString &text);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<AuditTrail> m_audit;
    QStringList m_ids;
    QStringList m_names;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    TestDatabase t =
        TestDatabase::demo(m_dir.filePath(QStringLiteral("id.sqlite")), 600, 2, kToday);
    QVERIFY2(t.db, qPrintable(t.error));
    m_db = std::move(t.db);
    m_profile = t.profile;
    m_audit = std::make_unique<AuditTrail>(*m_db, *m_profile, WorkingCalendar::builtin());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id_number, name FROM recipient ORDER BY id LIMIT 30")));
    while (q.next()) {
        m_ids << q.value(0).toString();
        m_names << q.value(1).toString();
    }
}

QString TestImportDialog::writeGb18030(const QString &name, const QString &text)
{
    QStringEncoder gb("GB18030");
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(gb(text));
    return path;
}

void TestImportDialog::detectsPreviewsChecksAndImports()
{
    QString csv = QStringLiteral("姓名,比对结论,公民身份号码,详情\n");
    for (int i = 0; i < 25; ++i)
        csv += QStringLiteral("%1,待核实,%2,对话框测试\n").arg(m_names.at(i), m_ids.at(i));
    const QString path = writeGb18030(QStringLiteral("results.csv"), csv);
    ImportDialog dialog(*m_db, *m_profile, kToday, Session::commandLine(), *m_audit);
    QVERIFY(dialog.setFile(path));
    QCOMPARE(dialog.encodingBox()->currentData().toString(), QStringLiteral("GB18030"));
    QCOMPARE(dialog.preview()->rowCount(), 20); // the first rows
    QCOMPARE(dialog.preview()->item(0, 0)->text(), m_names.at(0));
    QCOMPARE(dialog.mappingBox(0)->currentText(),
             QStringLiteral("公民身份号码")); // guessed from the header
    QCOMPARE(dialog.mappingBox(1)->currentText(), QStringLiteral("比对结论"));
    QVERIFY(!dialog.importButton()->isEnabled()); // not before the check
    QSignalSpy validated(&dialog, &ImportDialog::validated);
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    QVERIFY(validated.wait(30000));
    QCOMPARE(dialog.report()->rowCount(), 0);
    QVERIFY(dialog.importButton()->isEnabled());
    if (qEnvironmentVariableIsSet("CERTDESK_SHOTS")) { // what the user sees
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(QStringLiteral("/tmp/import-dialog.png"));
    }
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(imported.size(), 1);
    QVERIFY(imported.first().first().toBool());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM recipient WHERE bigdata_detail = "
                                  "'对话框测试' AND bigdata_rank = 1")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 25);
}

void TestImportDialog::mappingRememberedPerSource()
{
    // The user maps "详情" as the source instead; the next file with this header gets that back.
    const QString header = QStringLiteral("姓名,比对结论,公民身份号码,详情\n");
    const QString path = writeGb18030(
        QStringLiteral("again.csv"),
        header + QStringLiteral("%1,待核实,%2,来源甲\n").arg(m_names.at(26), m_ids.at(26)));
    {
        ImportDialog dialog(*m_db, *m_profile, kToday, Session::commandLine(), *m_audit);
        QVERIFY(dialog.setFile(path));
        QCOMPARE(dialog.mappingBox(3)->currentText(), QStringLiteral("详情"));
        dialog.mappingBox(3)->setCurrentIndex(0); // detail: not in the file
        dialog.mappingBox(4)->setCurrentIndex(
            dialog.mappingBox(4)->findText(QStringLiteral("详情"))); // source
        QSignalSpy validated(&dialog, &ImportDialog::validated);
        QTest::mouseClick(dialog.checkButton(), Qt::LeftButton); // the check remembers the mapping
        QVERIFY(validated.wait(30000));
    }
    ImportDialog next(*m_db, *m_profile, kToday, Session::commandLine(), *m_audit);
    QVERIFY(next.setFile(path));
    QCOMPARE(next.mappingBox(3)->currentData().toInt(), -1);
    QCOMPARE(next.mappingBox(4)->currentText(), QStringLiteral("详情"));
}

void TestImportDialog::badRowBlocksTheImport()
{
    const QString path =
        writeGb18030(QStringLiteral("bad.csv"),
                     QStringLiteral("公民身份号码,结论\n%1,待核实\n110105194912310021,待核实\n")
                         .arg(m_ids.at(28)));
    ImportDialog dialog(*m_db, *m_profile, kToday, Session::commandLine(), *m_audit);
    QVERIFY(dialog.setFile(path));
    QSignalSpy validated(&dialog, &ImportDialog::validated);
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    QVERIFY(validated.wait(30000));
    QCOMPARE(dialog.report()->rowCount(), 1);
    QCOMPARE(dialog.report()->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(dialog.report()->item(0, 1)->text(), QStringLiteral("公民身份号码"));
    QVERIFY(!dialog.importButton()->isEnabled());
}

void TestImportDialog::pendingBatchApprovedByTwoOthers()
{
    TestDatabase g = TestDatabase::demo(m_dir.filePath(QStringLiteral("gd.sqlite")), 300, 4, kToday,
                                        QStringLiteral("guangdong"));
    QVERIFY2(g.db, qPrintable(g.error));
    const BigDataImport importer(*g.db, *g.profile);
    const AuditTrail trail(*g.db, *g.profile, WorkingCalendar::builtin());
    // GD 9 两级审批: a street approval first, then the county's.
    auto session = [](const char *name, int level) {
        User u = securitytest::account(
            QString::fromLatin1(name), QString::fromLatin1(name),
            level == 1 ? Role::DistrictAdministrator : Role::StreetSupervisor, QString());
        u.nodeLevel = level;
        return Session(u, QStringLiteral("test-host"));
    };
    const Session clerk = session("clerk", 1), chief1 = session("chief1", 2),
                  chief2 = session("chief2", 1);
    ReadTable table;
    table.headers = {QStringLiteral("身份证号"), QStringLiteral("结论"), QStringLiteral("详情")};
    QSqlQuery q(g.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id_number FROM recipient ORDER BY id LIMIT 4")));
    while (q.next())
        table.rows << QStringList{q.value(0).toString(), QStringLiteral("具备资格"),
                                  QStringLiteral("待审批")};
    QString error;
    qint64 batch = 0;
    const ImportPlan plan = importer.validate(table, ImportMapping{0, 1, -1, 2}, kToday);
    QCOMPARE(importer.submit(plan, QStringLiteral("q.xlsx"), clerk, &batch, &error),
             BigDataImport::Outcome::Pending);
    auto applied = [&] {
        QSqlQuery c(g.db->connection());
        return c.exec(QStringLiteral(
                   "SELECT count(*) FROM recipient WHERE bigdata_detail = '待审批'")) &&
                       c.next()
                   ? c.value(0).toInt()
                   : -1;
    };
    {
        PendingImportsDialog first(importer, chief1, trail);
        // A desk without a district server approves on its own (no password asked).
        QVERIFY(!first.password()->isVisibleTo(&first));
        QCOMPARE(first.table()->rowCount(), 1);
        QCOMPARE(first.table()->item(0, 2)->text(), QStringLiteral("clerk"));
        QTest::mouseClick(first.approveButton(), Qt::LeftButton);
        QCOMPARE(first.table()->item(0, 5)->text(),
                 QStringLiteral("chief1")); // still waiting, now approved once
        QCOMPARE(applied(), 0);
    }
    PendingImportsDialog second(importer, chief2, trail);
    QSignalSpy done(&second, &PendingImportsDialog::applied);
    QTest::mouseClick(second.approveButton(), Qt::LeftButton);
    QCOMPARE(done.size(), 1);
    QCOMPARE(second.table()->rowCount(), 0);
    QCOMPARE(applied(), 4);
    // Each approval was authorized and audited under its approver.
    QSqlQuery a(g.db->connection());
    QVERIFY(a.exec(QStringLiteral("SELECT group_concat(username, ',') FROM (SELECT username FROM "
                                  "audit_log WHERE target LIKE 'approve batch %' ORDER BY id)")) &&
            a.next());
    QCOMPARE(a.value(0).toString(), QStringLiteral("chief1,chief2"));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
