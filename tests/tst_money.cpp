// Money in integer fen and the overpayment rule of RULES.md §5.

#include "domain/money.h"

#include <QtTest>

using namespace certdesk;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void urumqiOverpaymentAfterDeath();
    void parseYuan_data();
    void parseYuan();
    void parseYuanRejects_data();
    void parseYuanRejects();
    void formatting_data();
    void formatting();
    void arithmetic();
    void overpayment_data();
    void overpayment();
};

// RULES.md §7: "urumqi | pensioner, 3,200.00 yuan/month, died 2026-06-14, paid to
// 2026-10 | — | overpaid Jul–Oct 2026 = 4 months = 12,800.00 yuan (1,280,000 fen)"
void TestMoney::urumqiOverpaymentAfterDeath()
{
    Money monthly;
    QVERIFY(Money::parseYuan(QStringLiteral("3,200.00"), &monthly));
    QCOMPARE(monthly.fen(), qint64(320000));

    const Overpayment o = Overpayment::compute(monthly, QDate(2026, 6, 14), QDate(2026, 10, 1));
    QCOMPARE(o.firstMonth, QDate(2026, 7, 1));
    QCOMPARE(o.lastMonth, QDate(2026, 10, 1));
    QCOMPARE(o.months, 4);
    QCOMPARE(o.amount.fen(), qint64(1280000));
    QCOMPARE(o.amount.toYuanString(), QStringLiteral("12,800.00"));
}

void TestMoney::parseYuan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("whole") << QStringLiteral("3200") << qint64(320000);
    QTest::newRow("one decimal") << QStringLiteral("3200.5") << qint64(320050);
    QTest::newRow("two decimals") << QStringLiteral("3200.05") << qint64(320005);
    QTest::newRow("grouped") << QStringLiteral("3,200.00") << qint64(320000);
    QTest::newRow("grouped millions") << QStringLiteral("1,234,567.89") << qint64(123456789);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("fen only") << QStringLiteral("0.01") << qint64(1);
    QTest::newRow("spaces around") << QStringLiteral(" 12.30 ") << qint64(1230);
    QTest::newRow("negative") << QStringLiteral("-45.60") << qint64(-4560);
    QTest::newRow("11 digits") << QStringLiteral("99999999999.99") << qint64(9999999999999);
}

void TestMoney::parseYuan()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    Money m(-1);
    QVERIFY(Money::parseYuan(text, &m));
    QCOMPARE(m.fen(), fen);
}

void TestMoney::parseYuanRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("three decimals") << QStringLiteral("3200.001");
    QTest::newRow("trailing dot") << QStringLiteral("3200.");
    QTest::newRow("leading dot") << QStringLiteral(".50");
    QTest::newRow("bad grouping") << QStringLiteral("32,00.00");
    QTest::newRow("group of four") << QStringLiteral("3,2000");
    QTest::newRow("letters") << QStringLiteral("12a");
    QTest::newRow("currency sign") << QStringLiteral("¥3200");
    QTest::newRow("exponent") << QStringLiteral("3.2e3");
    QTest::newRow("two dots") << QStringLiteral("1.2.3");
    QTest::newRow("plus sign") << QStringLiteral("+3200");
    QTest::newRow("12 digits") << QStringLiteral("100000000000");
    QTest::newRow("inner space") << QStringLiteral("3 200");
}

void TestMoney::parseYuanRejects()
{
    QFETCH(QString, text);
    Money m(777);
    QVERIFY(!Money::parseYuan(text, &m));
    QCOMPARE(m.fen(), qint64(777)); // untouched on failure
}

void TestMoney::formatting_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("grouped");
    QTest::addColumn<QString>("plain");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00") << QStringLiteral("0.00");
    QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.01") << QStringLiteral("0.01");
    QTest::newRow("hundreds") << qint64(99999) << QStringLiteral("999.99")
                              << QStringLiteral("999.99");
    QTest::newRow("thousand") << qint64(100000) << QStringLiteral("1,000.00")
                              << QStringLiteral("1000.00");
    QTest::newRow("12,800") << qint64(1280000) << QStringLiteral("12,800.00")
                            << QStringLiteral("12800.00");
    QTest::newRow("millions") << qint64(123456789) << QStringLiteral("1,234,567.89")
                              << QStringLiteral("1234567.89");
    QTest::newRow("negative") << qint64(-1280050) << QStringLiteral("-12,800.50")
                              << QStringLiteral("-12800.50");
    QTest::newRow("negative fen") << qint64(-5) << QStringLiteral("-0.05")
                                  << QStringLiteral("-0.05");
}

void TestMoney::formatting()
{
    QFETCH(qint64, fen);
    QFETCH(QString, grouped);
    QFETCH(QString, plain);
    QCOMPARE(Money(fen).toYuanString(), grouped);
    QCOMPARE(Money(fen).toPlainYuan(), plain);
    // Both forms parse back to the same amount.
    Money back;
    QVERIFY(Money::parseYuan(grouped, &back));
    QCOMPARE(back.fen(), fen);
    QVERIFY(Money::parseYuan(plain, &back));
    QCOMPARE(back.fen(), fen);
}

void TestMoney::arithmetic()
{
    const Money a(320000);
    QCOMPARE((a * 4).fen(), qint64(1280000));
    QCOMPARE((a + Money(5)).fen(), qint64(320005));
    QCOMPARE((a - Money(320001)).fen(), qint64(-1));
    QVERIFY(a == Money(320000));
    QVERIFY(a != Money(320001));
    static_assert(Money(2).fen() * 3 == (Money(2) * 3).fen(), "constexpr");
}

void TestMoney::overpayment_data()
{
    QTest::addColumn<QDate>("event");
    QTest::addColumn<QDate>("paidThrough");
    QTest::addColumn<QDate>("firstMonth");
    QTest::addColumn<QDate>("lastMonth");
    QTest::addColumn<int>("months");

    QTest::newRow("paid through the event month")
        << QDate(2026, 6, 14) << QDate(2026, 6, 30) << QDate() << QDate() << 0;
    QTest::newRow("paid through an earlier month")
        << QDate(2026, 6, 14) << QDate(2026, 5, 1) << QDate() << QDate() << 0;
    QTest::newRow("one month") << QDate(2026, 6, 30) << QDate(2026, 7, 1) << QDate(2026, 7, 1)
                               << QDate(2026, 7, 1) << 1;
    QTest::newRow("event on the 1st")
        << QDate(2026, 6, 1) << QDate(2026, 8, 15) << QDate(2026, 7, 1) << QDate(2026, 8, 1) << 2;
    QTest::newRow("across the year")
        << QDate(2026, 11, 3) << QDate(2027, 2, 28) << QDate(2026, 12, 1) << QDate(2027, 2, 1) << 3;
    QTest::newRow("invalid event") << QDate() << QDate(2026, 10, 1) << QDate() << QDate() << 0;
}

void TestMoney::overpayment()
{
    QFETCH(QDate, event);
    QFETCH(QDate, paidThrough);
    QFETCH(QDate, firstMonth);
    QFETCH(QDate, lastMonth);
    QFETCH(int, months);

    const Overpayment o = Overpayment::compute(Money(150050), event, paidThrough);
    QCOMPARE(o.firstMonth, firstMonth);
    QCOMPARE(o.lastMonth, lastMonth);
    QCOMPARE(o.months, months);
    QCOMPARE(o.amount.fen(), qint64(150050) * months);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
