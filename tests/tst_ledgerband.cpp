// Expiry-ledger bands (RULES.md §3): where a period's end falls relative to
// today, and the date ranges the SQL queries use for the same bands.

#include "domain/ledgerband.h"

#include <QtTest>

using namespace certdesk;

Q_DECLARE_METATYPE(LedgerBand)

namespace
{
const QDate Today(2026, 11, 23);

bool contains(const DateRange &r, const QDate &d)
{
    return (!r.first.isValid() || r.first <= d) && (!r.last.isValid() || d <= r.last);
}
} // namespace

class TestLedgerBand : public QObject
{
    Q_OBJECT

private slots:
    void rulesExamples_data();
    void rulesExamples();
    void edges_data();
    void edges();
    void ranges_data();
    void ranges();
    void within3();
    void bandForAgreesWithRanges();
    void keysAndNames();
};

void TestLedgerBand::rulesExamples_data()
{
    QTest::addColumn<QDate>("end");
    QTest::addColumn<LedgerBand>("band");

    // §7: "qingdao | enterprise retiree | period ends 2026-12-20, today 2026-11-23 | ≤1-month band"
    QTest::newRow("ends 2026-12-20: <=1 month") << QDate(2026, 12, 20) << LedgerBand::Within1;
    // §7: "qingdao | enterprise retiree | period ends 2027-01-10, today 2026-11-23 | 1–2-month
    // band"
    QTest::newRow("ends 2027-01-10: 1-2 months") << QDate(2027, 1, 10) << LedgerBand::Within2;
    // §7: "qingdao | enterprise retiree | period ends 2026-11-01, today 2026-11-23,
    // no new certification | overdue"
    QTest::newRow("ended 2026-11-01: overdue") << QDate(2026, 11, 1) << LedgerBand::Overdue;
}

void TestLedgerBand::rulesExamples()
{
    QFETCH(QDate, end);
    QFETCH(LedgerBand, band);
    QCOMPARE(LedgerBands::bandFor(end, Today), band);
}

void TestLedgerBand::edges_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<LedgerBand>("band");

    QTest::newRow("no period") << Today << QDate() << LedgerBand::None;
    QTest::newRow("no today") << QDate() << Today << LedgerBand::None;
    QTest::newRow("end = today - 1") << Today << QDate(2026, 11, 22) << LedgerBand::Overdue;
    QTest::newRow("end = today") << Today << Today << LedgerBand::Within1;
    QTest::newRow("end = today + 1m") << Today << QDate(2026, 12, 23) << LedgerBand::Within1;
    QTest::newRow("end = today + 1m + 1d") << Today << QDate(2026, 12, 24) << LedgerBand::Within2;
    QTest::newRow("end = today + 2m") << Today << QDate(2027, 1, 23) << LedgerBand::Within2;
    QTest::newRow("end = today + 2m + 1d") << Today << QDate(2027, 1, 24) << LedgerBand::Within3;
    QTest::newRow("end = today + 3m") << Today << QDate(2027, 2, 23) << LedgerBand::Within3;
    QTest::newRow("end = today + 3m + 1d") << Today << QDate(2027, 2, 24) << LedgerBand::Later;
    QTest::newRow("years ago") << Today << QDate(2019, 1, 1) << LedgerBand::Overdue;
    QTest::newRow("years ahead") << Today << QDate(2030, 1, 1) << LedgerBand::Later;

    // Month-end today: 31 Jan + 1 month = 28 Feb (clamped), + 2 = 31 Mar, + 3 = 30 Apr.
    const QDate jan31(2026, 1, 31);
    QTest::newRow("31 Jan: end 30 Jan") << jan31 << QDate(2026, 1, 30) << LedgerBand::Overdue;
    QTest::newRow("31 Jan: end 28 Feb") << jan31 << QDate(2026, 2, 28) << LedgerBand::Within1;
    QTest::newRow("31 Jan: end 1 Mar") << jan31 << QDate(2026, 3, 1) << LedgerBand::Within2;
    QTest::newRow("31 Jan: end 31 Mar") << jan31 << QDate(2026, 3, 31) << LedgerBand::Within2;
    QTest::newRow("31 Jan: end 1 Apr") << jan31 << QDate(2026, 4, 1) << LedgerBand::Within3;
    QTest::newRow("31 Jan: end 30 Apr") << jan31 << QDate(2026, 4, 30) << LedgerBand::Within3;
    QTest::newRow("31 Jan: end 1 May") << jan31 << QDate(2026, 5, 1) << LedgerBand::Later;

    // Leap year: 31 Jan 2028 + 1 month = 29 Feb 2028.
    const QDate jan31leap(2028, 1, 31);
    QTest::newRow("31 Jan 2028: end 29 Feb")
        << jan31leap << QDate(2028, 2, 29) << LedgerBand::Within1;
    QTest::newRow("31 Jan 2028: end 1 Mar")
        << jan31leap << QDate(2028, 3, 1) << LedgerBand::Within2;
    // 30 Nov + 3 months = 28 Feb (clamped).
    QTest::newRow("30 Nov: end 28 Feb")
        << QDate(2026, 11, 30) << QDate(2027, 2, 28) << LedgerBand::Within3;
    QTest::newRow("30 Nov: end 1 Mar")
        << QDate(2026, 11, 30) << QDate(2027, 3, 1) << LedgerBand::Later;
}

void TestLedgerBand::edges()
{
    QFETCH(QDate, today);
    QFETCH(QDate, end);
    QFETCH(LedgerBand, band);
    QCOMPARE(LedgerBands::bandFor(end, today), band);
}

void TestLedgerBand::ranges_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<LedgerBand>("band");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("overdue") << Today << LedgerBand::Overdue << QDate() << QDate(2026, 11, 22);
    QTest::newRow("1") << Today << LedgerBand::Within1 << Today << QDate(2026, 12, 23);
    QTest::newRow("2") << Today << LedgerBand::Within2 << QDate(2026, 12, 24) << QDate(2027, 1, 23);
    QTest::newRow("3") << Today << LedgerBand::Within3 << QDate(2027, 1, 24) << QDate(2027, 2, 23);
    QTest::newRow("later") << Today << LedgerBand::Later << QDate(2027, 2, 24) << QDate();
    QTest::newRow("none") << Today << LedgerBand::None << QDate() << QDate();

    const QDate jan31(2026, 1, 31);
    QTest::newRow("31 Jan: 1") << jan31 << LedgerBand::Within1 << jan31 << QDate(2026, 2, 28);
    QTest::newRow("31 Jan: 2") << jan31 << LedgerBand::Within2 << QDate(2026, 3, 1)
                               << QDate(2026, 3, 31);
    QTest::newRow("31 Jan: 3") << jan31 << LedgerBand::Within3 << QDate(2026, 4, 1)
                               << QDate(2026, 4, 30);
    QTest::newRow("31 Jan: later") << jan31 << LedgerBand::Later << QDate(2026, 5, 1) << QDate();
}

void TestLedgerBand::ranges()
{
    QFETCH(QDate, today);
    QFETCH(LedgerBand, band);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const DateRange r = LedgerBands::range(band, today);
    QCOMPARE(r.first, first);
    QCOMPARE(r.last, last);
}

void TestLedgerBand::within3()
{
    DateRange r = LedgerBands::within3(Today);
    QCOMPARE(r.first, Today);
    QCOMPARE(r.last, QDate(2027, 2, 23));
    r = LedgerBands::within3(QDate(2026, 1, 31));
    QCOMPARE(r.first, QDate(2026, 1, 31));
    QCOMPARE(r.last, QDate(2026, 4, 30));
}

// The SQL side selects by range(); bandFor() must put every date in exactly the
// band whose range contains it, the bands must tile the calendar without gaps,
// and within3() must be the union of the three "within" bands.
void TestLedgerBand::bandForAgreesWithRanges()
{
    const QList<LedgerBand> ordered = {LedgerBand::Overdue, LedgerBand::Within1,
                                       LedgerBand::Within2, LedgerBand::Within3, LedgerBand::Later};
    for (QDate today(2027, 12, 1); today <= QDate(2028, 4, 1); today = today.addDays(1)) {
        for (qsizetype i = 1; i < ordered.size(); ++i) {
            QCOMPARE(LedgerBands::range(ordered.at(i), today).first,
                     LedgerBands::range(ordered.at(i - 1), today).last.addDays(1));
        }
        for (QDate end = today.addDays(-40); end <= today.addDays(130); end = end.addDays(1)) {
            const LedgerBand band = LedgerBands::bandFor(end, today);
            for (LedgerBand b : ordered) {
                const QByteArray where = "today " + today.toString(Qt::ISODate).toLatin1() +
                                         " end " + end.toString(Qt::ISODate).toLatin1();
                QVERIFY2(contains(LedgerBands::range(b, today), end) == (b == band),
                         where.constData());
            }
            const bool inWithin3 = contains(LedgerBands::within3(today), end);
            QCOMPARE(inWithin3, band == LedgerBand::Within1 || band == LedgerBand::Within2 ||
                                    band == LedgerBand::Within3);
        }
    }
}

void TestLedgerBand::keysAndNames()
{
    const QList<QPair<LedgerBand, QString>> keys = {
        {LedgerBand::None, QStringLiteral("none")},
        {LedgerBand::Overdue, QStringLiteral("overdue")},
        {LedgerBand::Within1, QStringLiteral("1")},
        {LedgerBand::Within2, QStringLiteral("2")},
        {LedgerBand::Within3, QStringLiteral("3")},
        {LedgerBand::Later, QStringLiteral("later")}};
    for (const auto &[band, key] : keys) {
        QCOMPARE(LedgerBands::key(band), key);
        QCOMPARE(LedgerBands::fromKey(key), std::optional<LedgerBand>(band));
    }
    QVERIFY(!LedgerBands::fromKey(u"4"));
    QCOMPARE(LedgerBands::displayName(LedgerBand::Overdue), QStringLiteral("Overdue"));
    QCOMPARE(LedgerBands::displayName(LedgerBand::Within1), QStringLiteral("≤1 month"));
    QCOMPARE(LedgerBands::displayName(LedgerBand::Within2), QStringLiteral("1–2 months"));
    QCOMPARE(LedgerBands::displayName(LedgerBand::Within3), QStringLiteral("2–3 months"));
    QCOMPARE(LedgerBands::displayName(LedgerBand::Later), QStringLiteral("Later"));
    QCOMPARE(LedgerBands::displayName(LedgerBand::None), QStringLiteral("No period"));
}

QTEST_GUILESS_MAIN(TestLedgerBand)
#include "tst_ledgerband.moc"
