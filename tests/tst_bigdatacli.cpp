// The command line behaves as the window (issue 15): the same ID-number
// normaliser (check-id and record --person, with --accept-15 for a 15-digit
// number), a qualified big-data result imported with `import` certifies and a
// second import creates nothing, and `ledger --list lost` shows the people whose
// loss of eligibility waits for its step (QD 18(一), GD 3, UR 六(五)1).
#include "clitest.h"
#include "domain/idnumber.h"

#include <QFile>

using namespace certdesk;
using namespace clitest;

class TestBigDataCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checkIdReadsWhatPeopleType();
    void importCertifiesOnceAndLostListShowsLosses();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestBigDataCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const CliResult r =
        runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("300"),
                QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--db"), m_db,
                QStringLiteral("--today"), Today});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void TestBigDataCli::checkIdReadsWhatPeopleType()
{
    const QString fullWidth = QStringLiteral("１１０１０５１９４９１２３１００２ｘ");
    const QString fifteen = QStringLiteral("110105 491231 002");
    CliResult r = runCli({QStringLiteral("check-id"), QStringLiteral("--today"), Today, fullWidth,
                          fifteen, QStringLiteral("1.10105E+17")});
    QCOMPARE(r.exitCode, 1); // the 15-digit one is offered, not taken; the E+17 one refused
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(r.lines.at(0).value(QStringLiteral("canonical")).toString(),
             IdNumber::parse(fullWidth).canonical());
    QCOMPARE(r.lines.at(1).value(QStringLiteral("error")).toString(),
             QStringLiteral("first-generation"));
    QCOMPARE(r.lines.at(1).value(QStringLiteral("eighteenDigitForm")).toString(),
             QStringLiteral("11010519491231002X"));
    QCOMPARE(r.lines.at(2).value(QStringLiteral("error")).toString(),
             QStringLiteral("scientific-notation"));
    r = runCli({QStringLiteral("check-id"), QStringLiteral("--today"), Today,
                QStringLiteral("--accept-15"), fifteen});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.first().value(QStringLiteral("canonical")).toString(),
             QStringLiteral("11010519491231002X"));
}

void TestBigDataCli::importCertifiesOnceAndLostListShowsLosses()
{
    QString person, lost;
    {
        Sql sql(m_db);
        person = sql.scalar(QStringLiteral("SELECT id_number FROM recipient WHERE living_status = "
                                           "'alive' AND benefit_status = 'normal' AND period_end "
                                           "IS NOT NULL ORDER BY period_end LIMIT 1"))
                     .toString();
        lost = sql.scalar(QStringLiteral("SELECT id_number FROM recipient WHERE living_status = "
                                         "'alive' AND benefit_status = 'normal' AND id_number <> ? "
                                         "ORDER BY id DESC LIMIT 1"),
                          {person})
                   .toString();
    }
    QVERIFY(!person.isEmpty() && !lost.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("results.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Pasted from a spreadsheet: a leading apostrophe and a no-break space.
    f.write(QStringLiteral(
                "身份证号,结论,来源,最近行为,月份\n'%1\u00A0,认证合格,rail,2026-11-12 高铁出行,"
                "2026-11\n")
                .arg(person)
                .toUtf8());
    f.close();
    const QStringList import{QStringLiteral("import"),
                             QStringLiteral("--db"),
                             m_db,
                             QStringLiteral("--file"),
                             csv,
                             QStringLiteral("--today"),
                             Today};
    CliResult r = runCli(import);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    auto events = [&] {
        Sql sql(m_db);
        return sql
            .scalar(QStringLiteral("SELECT count(*) FROM verification_event WHERE method = "
                                   "'big-data'"))
            .toInt();
    };
    QCOMPARE(events(), 1);
    r = runCli(import);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(events(), 1); // imported again: nothing new
    {
        Sql sql(m_db);
        QCOMPARE(
            sql.scalar(QStringLiteral("SELECT period_start FROM recipient WHERE id_number = ?"),
                       {person})
                .toString(),
            QStringLiteral("2026-11-12"));
    }

    // A person found missing is listed until the suspension (QD 18(一)).
    r = runCli({QStringLiteral("record"), QStringLiteral("--db"), m_db, QStringLiteral("--person"),
                lost, QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                QStringLiteral("--method"), QStringLiteral("home-visit"),
                QStringLiteral("--status"), QStringLiteral("missing"),
                QStringLiteral("--loss-date"), QStringLiteral("2026-10-01"),
                QStringLiteral("--worker"), QStringLiteral("王芳")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runCli({QStringLiteral("ledger"), QStringLiteral("--db"), m_db, QStringLiteral("--list"),
                QStringLiteral("lost"), QStringLiteral("--full-id"), QStringLiteral("--today"),
                Today});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const bool listed = std::any_of(r.lines.cbegin(), r.lines.cend(), [&](const QJsonObject &o) {
        return o.value(QStringLiteral("idNumber")).toString() == lost &&
               o.value(QStringLiteral("livingStatus")).toString() == QLatin1String("missing");
    });
    QVERIFY2(listed, r.out.constData());
}

QTEST_GUILESS_MAIN(TestBigDataCli)
#include "tst_bigdatacli.moc"
