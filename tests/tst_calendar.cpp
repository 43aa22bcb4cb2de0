// WorkingCalendar: the national holiday schedule with make-up working days,
// read from resources/data/cn-holidays.json (2025 and 2026).

#include "domain/idnumber.h"
#include "domain/policyprofile.h"
#include "domain/specialgroup.h"
#include "domain/workingcalendar.h"

#include <QtTest>

using namespace certdesk;

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void builtinCoversShippedYears();
    void urumqiHomeVisitDeadline();
    void isWorkingDay_data();
    void isWorkingDay();
    void holidayNames();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween();
    void uncoveredYearFallsBackToWeekends();
    void crossingIntoUncoveredYearIsReported();
    void malformedJson_data();
    void malformedJson();
    void minimalValidJson();
};

void TestCalendar::builtinCoversShippedYears()
{
    const WorkingCalendar &cal = WorkingCalendar::builtin();
    QCOMPARE(cal.coveredYears(), (QList<int>{2025, 2026}));
    QVERIFY(cal.covers(2026));
    QVERIFY(!cal.covers(2027));
    // Loaded once: the same object every time.
    QCOMPARE(&WorkingCalendar::builtin(), &cal);
}

// RULES.md §7: "urumqi | 82-year-old, visit requested Fri 2026-09-25 | holidays
// 25–27 Sep and 1–7 Oct 2026; make-up workdays Sun 20 Sep and Sat 10 Oct | visit
// due by Fri 2026-10-09 (5 working days: 28, 29, 30 Sep, 8, 9 Oct)"
void TestCalendar::urumqiHomeVisitDeadline()
{
    QString error;
    const std::optional<PolicyProfile> urumqi =
        PolicyProfile::builtin(QStringLiteral("urumqi"), &error);
    QVERIFY2(urumqi, qPrintable(error));
    QCOMPARE(urumqi->homeVisitWorkingDays(), 5);

    const QDate requested(2026, 9, 25);
    const IdNumber person = IdNumber::parse(QStringLiteral("650102194409250038"), requested);
    QVERIFY2(person.isValid(), qPrintable(person.reason()));
    QCOMPARE(person.ageOn(requested), 82);
    QVERIFY(SpecialGroup::isMember(person.birthDate(), 0, requested));

    const WorkingCalendar &cal = WorkingCalendar::builtin();
    QList<int> uncovered;
    const QDate due = cal.addWorkingDays(requested, urumqi->homeVisitWorkingDays(), &uncovered);
    QCOMPARE(due, QDate(2026, 10, 9));
    QCOMPARE(due.dayOfWeek(), 5);
    QVERIFY(uncovered.isEmpty());

    QList<QDate> counted;
    for (QDate d = requested.addDays(1); d <= due; d = d.addDays(1)) {
        if (cal.isWorkingDay(d))
            counted << d;
    }
    QCOMPARE(counted, (QList<QDate>{QDate(2026, 9, 28), QDate(2026, 9, 29), QDate(2026, 9, 30),
                                    QDate(2026, 10, 8), QDate(2026, 10, 9)}));
    QCOMPARE(cal.workingDaysBetween(requested, due), 5);
    // The make-up days around it are working days, the holidays are not.
    QVERIFY(cal.isWorkingDay(QDate(2026, 9, 20)));
    QVERIFY(cal.isWorkingDay(QDate(2026, 10, 10)));
    QVERIFY(!cal.isWorkingDay(QDate(2026, 9, 25)));
    QVERIFY(!cal.isWorkingDay(QDate(2026, 10, 7)));
}

void TestCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");

    QTest::newRow("ordinary Monday") << QDate(2026, 11, 23) << true;
    QTest::newRow("ordinary Saturday") << QDate(2026, 11, 21) << false;
    QTest::newRow("ordinary Sunday") << QDate(2026, 11, 22) << false;
    QTest::newRow("New Year's Day 2026 (Thu)") << QDate(2026, 1, 1) << false;
    QTest::newRow("make-up Sunday 2026-01-04") << QDate(2026, 1, 4) << true;
    QTest::newRow("Spring Festival Monday 2026-02-16") << QDate(2026, 2, 16) << false;
    QTest::newRow("Spring Festival last day 2026-02-23 (Mon)") << QDate(2026, 2, 23) << false;
    QTest::newRow("after Spring Festival 2026-02-24") << QDate(2026, 2, 24) << true;
    QTest::newRow("make-up Saturday 2026-02-28") << QDate(2026, 2, 28) << true;
    QTest::newRow("National Day 2025-10-08 (Wed)") << QDate(2025, 10, 8) << false;
    QTest::newRow("make-up Saturday 2025-10-11") << QDate(2025, 10, 11) << true;
    QTest::newRow("invalid date") << QDate() << false;
}

void TestCalendar::isWorkingDay()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QCOMPARE(WorkingCalendar::builtin().isWorkingDay(day), working);
}

void TestCalendar::holidayNames()
{
    const WorkingCalendar &cal = WorkingCalendar::builtin();
    QCOMPARE(cal.holidayName(QDate(2026, 10, 1)), QStringLiteral("国庆节"));
    QCOMPARE(cal.holidayName(QDate(2026, 9, 26)), QStringLiteral("中秋节"));
    QCOMPARE(cal.holidayName(QDate(2026, 9, 20)), QString());  // make-up day
    QCOMPARE(cal.holidayName(QDate(2026, 11, 21)), QString()); // plain weekend
}

void TestCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("zero days") << QDate(2026, 9, 25) << 0 << QDate(2026, 9, 25);
    QTest::newRow("Friday + 1 = Monday") << QDate(2026, 11, 20) << 1 << QDate(2026, 11, 23);
    QTest::newRow("from a holiday") << QDate(2026, 10, 3) << 1 << QDate(2026, 10, 8);
    QTest::newRow("Friday + 1 lands on make-up Saturday")
        << QDate(2026, 10, 9) << 1 << QDate(2026, 10, 10);
    QTest::newRow("over Spring Festival") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24);
    QTest::newRow("backwards over National Day") << QDate(2026, 10, 8) << -1 << QDate(2026, 9, 30);
}

void TestCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(WorkingCalendar::builtin().addWorkingDays(from, days), expected);
}

void TestCalendar::workingDaysBetween()
{
    const WorkingCalendar &cal = WorkingCalendar::builtin();
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 11, 23), QDate(2026, 11, 23)), 0);
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 11, 24), QDate(2026, 11, 23)), 0);
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 11, 20), QDate(2026, 11, 27)), 5);
    // October 2026: 31 days, 9 weekend days, 5 weekday holidays (1, 2, 5, 6, 7),
    // one make-up Saturday (10): 31 - 9 - 5 + 1 = 18.
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 31)), 18);
}

void TestCalendar::uncoveredYearFallsBackToWeekends()
{
    const WorkingCalendar &cal = WorkingCalendar::builtin();
    QVERIFY(!cal.covers(2030));
    // 2030-01-01 is a Tuesday; without data it is an ordinary working day.
    QVERIFY(cal.isWorkingDay(QDate(2030, 1, 1)));
    QVERIFY(!cal.isWorkingDay(QDate(2030, 1, 5))); // Saturday
    QList<int> uncovered;
    QCOMPARE(cal.addWorkingDays(QDate(2030, 1, 1), 5, &uncovered), QDate(2030, 1, 8));
    QCOMPARE(uncovered, QList<int>{2030});
    uncovered.clear();
    QCOMPARE(cal.workingDaysBetween(QDate(2030, 1, 1), QDate(2030, 1, 31), &uncovered), 22);
    QCOMPARE(uncovered, QList<int>{2030});
}

void TestCalendar::crossingIntoUncoveredYearIsReported()
{
    const WorkingCalendar &cal = WorkingCalendar::builtin();
    QList<int> uncovered;
    // Wed 30 Dec 2026 + 3 working days: 31 Dec, then 2027 (unknown): Fri 1, Mon 4.
    QCOMPARE(cal.addWorkingDays(QDate(2026, 12, 30), 3, &uncovered), QDate(2027, 1, 4));
    QCOMPARE(uncovered, QList<int>{2027});
    uncovered.clear();
    cal.addWorkingDays(QDate(2026, 12, 1), 5, &uncovered);
    QVERIFY(uncovered.isEmpty());
}

void TestCalendar::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArray("{\"years\": ")
                              << QStringLiteral("holiday calendar is not valid JSON");
    QTest::newRow("top level array")
        << QByteArray("[]") << QStringLiteral("the top level must be an object");
    QTest::newRow("no years") << QByteArray("{\"about\": \"x\"}")
                              << QStringLiteral("'years' is missing or not an object");
    QTest::newRow("bad year key") << QByteArray("{\"years\": {\"20x6\": {\"off\": []}}}")
                                  << QStringLiteral("year key '20x6' is not a four-digit year");
    QTest::newRow("year not an object") << QByteArray("{\"years\": {\"2026\": []}}")
                                        << QStringLiteral("year 2026: the entry must be an object");
    QTest::newRow("off missing") << QByteArray("{\"years\": {\"2026\": {\"work\": []}}}")
                                 << QStringLiteral("year 2026: 'off' is missing or not an array");
    QTest::newRow("off entry 3 bad date")
        << QByteArray("{\"years\": {\"2026\": {\"off\": ["
                      "[\"2026-01-01\", \"2026-01-03\", \"元旦\"],"
                      "[\"2026-02-15\", \"2026-02-23\", \"春节\"],"
                      "[\"2026-13-01\", \"2026-13-02\", \"x\"]]}}}")
        << QStringLiteral("year 2026: 'off' entry 3 has an invalid date '2026-13-01'");
    QTest::newRow("off entry not a triple")
        << QByteArray("{\"years\": {\"2026\": {\"off\": [[\"2026-01-01\", \"2026-01-03\"]]}}}")
        << QStringLiteral("year 2026: 'off' entry 1 must be [from, to, name]");
    QTest::newRow("off date not a string")
        << QByteArray("{\"years\": {\"2026\": {\"off\": [[20260101, \"2026-01-03\", \"元旦\"]]}}}")
        << QStringLiteral("year 2026: 'off' entry 1 has an invalid date '20260101'");
    QTest::newRow("off range reversed")
        << QByteArray(
               "{\"years\": {\"2026\": {\"off\": [[\"2026-01-03\", \"2026-01-01\", \"元旦\"]]}}}")
        << QStringLiteral("year 2026: 'off' entry 1 has a bad range 2026-01-03 to 2026-01-01");
    QTest::newRow("off in another year")
        << QByteArray(
               "{\"years\": {\"2026\": {\"off\": [[\"2025-01-01\", \"2025-01-01\", \"元旦\"]]}}}")
        << QStringLiteral("year 2026: 'off' entry 1 starts in another year (2025-01-01)");
    QTest::newRow("off without name")
        << QByteArray(
               "{\"years\": {\"2026\": {\"off\": [[\"2026-01-01\", \"2026-01-01\", \"\"]]}}}")
        << QStringLiteral("year 2026: 'off' entry 1 has no name");
    QTest::newRow("work not an array")
        << QByteArray("{\"years\": {\"2026\": {\"off\": [], \"work\": \"2026-01-04\"}}}")
        << QStringLiteral("year 2026: 'work' is not an array");
    QTest::newRow("work bad date")
        << QByteArray(
               "{\"years\": {\"2026\": {\"off\": [], \"work\": [\"2026-01-04\", \"2026-02-30\"]}}}")
        << QStringLiteral("year 2026: 'work' entry 2 has an invalid date '2026-02-30'");
    QTest::newRow("work day also off")
        << QByteArray(
               "{\"years\": {\"2026\": {\"off\": [[\"2026-10-01\", \"2026-10-07\", \"国庆节\"]],"
               " \"work\": [\"2026-10-03\"]}}}")
        << QStringLiteral("year 2026: 2026-10-03 is listed both as a day off and as a working day");
}

void TestCalendar::malformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    QString error;
    const WorkingCalendar cal = WorkingCalendar::fromJson(json, &error);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(cal.coveredYears().isEmpty());
    QVERIFY(cal.holidayName(QDate(2026, 10, 1)).isEmpty());
}

void TestCalendar::minimalValidJson()
{
    QString error = QStringLiteral("stale");
    const WorkingCalendar cal = WorkingCalendar::fromJson(
        "{\"years\": {\"2031\": {\"off\": [[\"2031-01-01\", \"2031-01-01\", \"元旦\"]]}}}", &error);
    QCOMPARE(error, QString());
    QCOMPARE(cal.coveredYears(), QList<int>{2031});
    QVERIFY(!cal.isWorkingDay(QDate(2031, 1, 1))); // Wednesday, holiday
    QVERIFY(cal.isWorkingDay(QDate(2031, 1, 2)));
    QList<int> uncovered;
    cal.addWorkingDays(QDate(2031, 1, 1), 3, &uncovered);
    QVERIFY(uncovered.isEmpty());
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
