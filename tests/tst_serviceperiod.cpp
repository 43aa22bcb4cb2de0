// The service-period rules of RULES.md §2. Every profile/period row of
// RULES.md §7 has a test here, named in a comment above it; the band, calendar,
// ID and overpayment rows live in tst_ledgerband, tst_calendar, tst_idnumber and
// tst_money; profile loading in tst_policyprofiles.

#include "domain/benefitcategory.h"
#include "domain/bigdataconclusion.h"
#include "domain/ledgerband.h"
#include "domain/policyprofile.h"
#include "domain/serviceperiod.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace certdesk;

Q_DECLARE_METATYPE(PeriodRule)
Q_DECLARE_METATYPE(BenefitCategory)
#include "testprofiles.h"

using testprofiles::profile;
using testprofiles::Today;

namespace
{

PeriodFacts facts(BenefitCategory category, const QDate &lastCertification,
                  const QDate &benefitStart = QDate(), const QDate &birth = QDate(1950, 6, 1))
{
    PeriodFacts f;
    f.category = category;
    f.birth = birth;
    f.lastCertification = lastCertification;
    f.benefitStart = benefitStart;
    return f;
}

} // namespace

class TestServicePeriod : public QObject
{
    Q_OBJECT

private slots:
    // RULES.md §7 rows
    void qingdaoRetireePeriodFrom31January();
    void qingdaoDependentUnder16HasNoPeriod();
    void qingdaoDependentNeverCertifiedIsOverdue();
    void qingdaoIndividualPeriodOf30MonthsRefused();
    void guangdongCycleFromNextMonth();
    void institutionPassStartsCycleInOperationMonth();
    void institutionFailEndsPeriodAndSuspendsPay();
    void ziboUncertifiedYearGoesToVerifyInJanuary();
    void urumqiResidentQuarterlyDuty();

    // Further period rules
    void addMonthsClamped_data();
    void addMonthsClamped();
    void dependentSixteenthBirthdayBoundary_data();
    void dependentSixteenthBirthdayBoundary();
    void sameDayPeriods_data();
    void sameDayPeriods();
    void nextMonthAndOperationMonth_data();
    void nextMonthAndOperationMonth();
    void ziboAnnualWindow_data();
    void ziboAnnualWindow();
    void calendarPeriods_data();
    void calendarPeriods();
    void urumqiResidentPeriods_data();
    void urumqiResidentPeriods();
    void paymentSuspendedFrom_data();
    void paymentSuspendedFrom();
};

void TestServicePeriod::qingdaoRetireePeriodFrom31January()
{
    const ServicePeriod p = ServicePeriod::compute(
        profile("qingdao"), facts(BenefitCategory::Enterprise, QDate(2026, 1, 31)), Today);
    QVERIFY(p.applies());
    QCOMPARE(p.start, QDate(2026, 1, 31));
    QCOMPARE(p.end, QDate(2027, 1, 31));
    QCOMPARE(p.note, QStringLiteral("same-day"));
}

// §7: "qingdao | dependent born 2012-03-05 | today 2026-11-23 | no period (under 16)"
void TestServicePeriod::qingdaoDependentUnder16HasNoPeriod()
{
    const ServicePeriod p = ServicePeriod::compute(
        profile("qingdao"),
        facts(BenefitCategory::Dependent, QDate(), QDate(2020, 5, 1), QDate(2012, 3, 5)), Today);
    QVERIFY(!p.applies());
    QVERIFY(!p.start.isValid());
    QVERIFY(!p.end.isValid());
    QCOMPARE(p.note, QStringLiteral("under 16"));
    QCOMPARE(LedgerBands::bandFor(p.end, Today), LedgerBand::None);
}

// §7: "qingdao | dependent born 2010-03-05 | never certified, today 2026-11-23 |
// period 2026-03-05 → 2026-09-05, overdue"
void TestServicePeriod::qingdaoDependentNeverCertifiedIsOverdue()
{
    const PolicyProfile qingdao = profile("qingdao");
    for (const QDate &benefitStart : {QDate(), QDate(2015, 7, 1)}) {
        const ServicePeriod p = ServicePeriod::compute(
            qingdao, facts(BenefitCategory::Dependent, QDate(), benefitStart, QDate(2010, 3, 5)),
            Today);
        QVERIFY(p.applies());
        QCOMPARE(p.start, QDate(2026, 3, 5));
        QCOMPARE(p.end, QDate(2026, 9, 5));
        QCOMPARE(LedgerBands::bandFor(p.end, Today), LedgerBand::Overdue);
    }
}

// §7: "qingdao | retiree | agency sets period 30 months | refused: at most 24"
void TestServicePeriod::qingdaoIndividualPeriodOf30MonthsRefused()
{
    const PolicyProfile qingdao = profile("qingdao");
    QString error;
    QVERIFY(!qingdao.validateIndividualMonths(30, &error));
    QVERIFY2(error.contains(QStringLiteral("at most 24 months")), qPrintable(error));
    // 24 is the ceiling and allowed.
    QVERIFY(qingdao.validateIndividualMonths(24, &error));

    // Should a 30 reach compute() anyway, it never yields more than 24 months.
    PeriodFacts f = facts(BenefitCategory::Enterprise, QDate(2026, 1, 31));
    f.individualMonths = 30;
    const ServicePeriod p = ServicePeriod::compute(qingdao, f, Today);
    QCOMPARE(p.end, QDate(2028, 1, 31));
}

// §7: "guangdong | resident pension | confirmed 2026-03-15 | cycle 2026-04-01 → 2027-03-31"
void TestServicePeriod::guangdongCycleFromNextMonth()
{
    const ServicePeriod p = ServicePeriod::compute(
        profile("guangdong"), facts(BenefitCategory::Resident, QDate(), QDate(2026, 3, 15)), Today);
    QCOMPARE(p.start, QDate(2026, 4, 1));
    QCOMPARE(p.end, QDate(2027, 3, 31));
    QCOMPARE(p.note, QStringLiteral("next-month"));
}

// §7: "qingdao-institution | retiree | unit passes on 2026-11-10 | new cycle
// 2026-11-01 → 2027-10-31 (12 whole months from the month of the operation)"
void TestServicePeriod::institutionPassStartsCycleInOperationMonth()
{
    const ServicePeriod p = ServicePeriod::compute(
        profile("qingdao-institution"),
        facts(BenefitCategory::Institution, QDate(2026, 11, 10), QDate(2010, 1, 1)), Today);
    QCOMPARE(p.start, QDate(2026, 11, 1));
    QCOMPARE(p.end, QDate(2027, 10, 31));
    QCOMPARE(p.note, QStringLiteral("operation-month"));
}

// §7: "qingdao-institution | survivor | unit sets "fail" on 2026-11-10 | period
// ends 2026-11-10; payment suspended from 2026-12"
void TestServicePeriod::institutionFailEndsPeriodAndSuspendsPay()
{
    const ServicePeriod p = ServicePeriod::failedOn(QDate(2026, 11, 10));
    QVERIFY(p.applies());
    QVERIFY(!p.start.isValid());
    QCOMPARE(p.end, QDate(2026, 11, 10));
    QCOMPARE(p.note, QStringLiteral("failed"));
    QCOMPARE(ServicePeriod::paymentSuspendedFrom(QDate(2026, 11, 10)), QDate(2026, 12, 1));
    // The day after the failure the person is overdue.
    QCOMPARE(LedgerBands::bandFor(p.end, QDate(2026, 11, 11)), LedgerBand::Overdue);
}

// §7: "zibo | enterprise retiree | no certification between 2026-04-01 and
// 2026-12-31 | on the to-verify list in 2027-01; check due within 3 months of the
// list's arrival"
void TestServicePeriod::ziboUncertifiedYearGoesToVerifyInJanuary()
{
    const PolicyProfile zibo = profile("zibo");
    // Last certified inside the 2025 window: the 2026 duty runs to 2026-12-31.
    const ServicePeriod p =
        ServicePeriod::compute(zibo, facts(BenefitCategory::Enterprise, QDate(2025, 6, 10)), Today);
    QCOMPARE(p.start, QDate(2025, 6, 10));
    QCOMPARE(p.end, QDate(2026, 12, 31));
    QCOMPARE(p.note, QStringLiteral("annual-window"));
    // Still due on the last day of the window, overdue (to-verify) from 1 January.
    QCOMPARE(LedgerBands::bandFor(p.end, QDate(2026, 12, 31)), LedgerBand::Within1);
    QCOMPARE(LedgerBands::bandFor(p.end, QDate(2027, 1, 1)), LedgerBand::Overdue);
    // A list arriving on 2027-01-12 must be checked by 2027-04-12.
    QCOMPARE(zibo.toVerifyDeadlineMonths(), 3);
    QCOMPARE(zibo.toVerifyDeadline(QDate(2027, 1, 12)), QDate(2027, 4, 12));
    // Someone who did certify in the 2026 window is not on that list.
    const ServicePeriod met =
        ServicePeriod::compute(zibo, facts(BenefitCategory::Enterprise, QDate(2026, 4, 1)), Today);
    QCOMPARE(met.end, QDate(2027, 12, 31));
    QCOMPARE(LedgerBands::bandFor(met.end, QDate(2027, 1, 1)), LedgerBand::Later);
}

// §7: "urumqi | resident pension | certified 2026-08-02 | quarterly duty for Q3
// 2026 met; next due by 2026-12-31 (calendar quarters)"
void TestServicePeriod::urumqiResidentQuarterlyDuty()
{
    const ServicePeriod p = ServicePeriod::compute(
        profile("urumqi"), facts(BenefitCategory::Resident, QDate(2026, 8, 2)), Today);
    QCOMPARE(ServicePeriod::calendarPeriodStart(QDate(2026, 8, 2), 3), QDate(2026, 7, 1));
    QCOMPARE(ServicePeriod::calendarPeriodEnd(QDate(2026, 8, 2), 3), QDate(2026, 9, 30));
    QCOMPARE(p.start, QDate(2026, 8, 2));
    QCOMPARE(p.end, QDate(2026, 12, 31));
    QCOMPARE(p.note, QStringLiteral("calendar-period"));
}

// ---------------------------------------------------------------- rules

void TestServicePeriod::addMonthsClamped_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("31 Jan + 1, common year") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
    QTest::newRow("31 Jan + 1, leap year") << QDate(2028, 1, 31) << 1 << QDate(2028, 2, 29);
    QTest::newRow("29 Feb + 12") << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28);
    QTest::newRow("29 Feb + 48") << QDate(2024, 2, 29) << 48 << QDate(2028, 2, 29);
    QTest::newRow("31 Aug + 6") << QDate(2026, 8, 31) << 6 << QDate(2027, 2, 28);
    QTest::newRow("31 Mar - 1") << QDate(2026, 3, 31) << -1 << QDate(2026, 2, 28);
    QTest::newRow("30 Nov + 3") << QDate(2026, 11, 30) << 3 << QDate(2027, 2, 28);
    QTest::newRow("15 Jun + 0") << QDate(2026, 6, 15) << 0 << QDate(2026, 6, 15);
    QTest::newRow("invalid") << QDate() << 1 << QDate();
}

void TestServicePeriod::addMonthsClamped()
{
    QFETCH(QDate, day);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(::addMonthsClamped(day, months), expected);
}

void TestServicePeriod::dependentSixteenthBirthdayBoundary_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("lastCertification");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");

    QTest::newRow("day before the 16th birthday")
        << QDate(2010, 11, 23) << QDate() << QDate(2026, 11, 22) << QDate() << QDate();
    QTest::newRow("on the 16th birthday") << QDate(2010, 11, 23) << QDate() << QDate(2026, 11, 23)
                                          << QDate(2026, 11, 23) << QDate(2027, 5, 23);
    QTest::newRow("certified before 16: the birthday is later")
        << QDate(2010, 3, 5) << QDate(2025, 12, 1) << Today << QDate(2026, 3, 5)
        << QDate(2026, 9, 5);
    QTest::newRow("certified after 16: the certification is later")
        << QDate(2010, 3, 5) << QDate(2026, 10, 31) << Today << QDate(2026, 10, 31)
        << QDate(2027, 4, 30);
    QTest::newRow("born 29 Feb, 16th birthday 29 Feb 2028")
        << QDate(2012, 2, 29) << QDate() << QDate(2028, 2, 29) << QDate(2028, 2, 29)
        << QDate(2028, 8, 29);
    QTest::newRow("born 29 Feb, day before")
        << QDate(2012, 2, 29) << QDate() << QDate(2028, 2, 28) << QDate() << QDate();
    QTest::newRow("born 31 Aug: end clamped to 28 Feb")
        << QDate(2010, 8, 31) << QDate() << Today << QDate(2026, 8, 31) << QDate(2027, 2, 28);
}

void TestServicePeriod::dependentSixteenthBirthdayBoundary()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, lastCertification);
    QFETCH(QDate, today);
    QFETCH(QDate, start);
    QFETCH(QDate, end);

    const ServicePeriod p = ServicePeriod::compute(
        profile("qingdao"), facts(BenefitCategory::Dependent, lastCertification, QDate(), birth),
        today);
    QCOMPARE(p.start, start);
    QCOMPARE(p.end, end);
    QCOMPARE(p.applies(), end.isValid());
    if (!end.isValid())
        QCOMPARE(p.note, QStringLiteral("under 16"));
}

void TestServicePeriod::sameDayPeriods_data()
{
    QTest::addColumn<BenefitCategory>("category");
    QTest::addColumn<QDate>("lastCertification");
    QTest::addColumn<QDate>("benefitStart");
    QTest::addColumn<int>("individualMonths");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("note");

    QTest::newRow("new recipient: from the confirmation")
        << BenefitCategory::Enterprise << QDate() << QDate(2026, 5, 20) << 0 << QDate(2026, 5, 20)
        << QDate(2027, 5, 20) << QStringLiteral("same-day");
    QTest::newRow("certification wins over confirmation")
        << BenefitCategory::WorkInjury << QDate(2026, 7, 1) << QDate(2019, 5, 20) << 0
        << QDate(2026, 7, 1) << QDate(2027, 7, 1) << QStringLiteral("same-day");
    QTest::newRow("individual 1 month from 31 Jan")
        << BenefitCategory::Enterprise << QDate(2026, 1, 31) << QDate() << 1 << QDate(2026, 1, 31)
        << QDate(2026, 2, 28) << QStringLiteral("same-day");
    QTest::newRow("individual 18 months")
        << BenefitCategory::Unemployment << QDate(2026, 3, 10) << QDate() << 18
        << QDate(2026, 3, 10) << QDate(2027, 9, 10) << QStringLiteral("same-day");
    QTest::newRow("individual 24 months (ceiling)")
        << BenefitCategory::Enterprise << QDate(2026, 3, 10) << QDate() << 24 << QDate(2026, 3, 10)
        << QDate(2028, 3, 10) << QStringLiteral("same-day");
    QTest::newRow("29 Feb + 12 months")
        << BenefitCategory::Resident << QDate(2028, 2, 29) << QDate() << 0 << QDate(2028, 2, 29)
        << QDate(2029, 2, 28) << QStringLiteral("same-day");
    QTest::newRow("no dates at all") << BenefitCategory::Enterprise << QDate() << QDate() << 0
                                     << QDate() << QDate() << QStringLiteral("no start date");
}

void TestServicePeriod::sameDayPeriods()
{
    QFETCH(BenefitCategory, category);
    QFETCH(QDate, lastCertification);
    QFETCH(QDate, benefitStart);
    QFETCH(int, individualMonths);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, note);

    PeriodFacts f = facts(category, lastCertification, benefitStart);
    f.individualMonths = individualMonths;
    const ServicePeriod p = ServicePeriod::compute(profile("qingdao"), f, Today);
    QCOMPARE(p.start, start);
    QCOMPARE(p.end, end);
    QCOMPARE(p.note, note);
}

void TestServicePeriod::nextMonthAndOperationMonth_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<BenefitCategory>("category");
    QTest::addColumn<QDate>("certified");
    QTest::addColumn<int>("individualMonths");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");

    const QString gd = QStringLiteral("guangdong");
    const QString inst = QStringLiteral("qingdao-institution");
    QTest::newRow("guangdong: on the 1st") << gd << BenefitCategory::Enterprise << QDate(2026, 3, 1)
                                           << 0 << QDate(2026, 4, 1) << QDate(2027, 3, 31);
    QTest::newRow("guangdong: December rolls the year")
        << gd << BenefitCategory::Resident << QDate(2026, 12, 31) << 0 << QDate(2027, 1, 1)
        << QDate(2027, 12, 31);
    QTest::newRow("guangdong: 31 Jan, cycle from 1 Feb")
        << gd << BenefitCategory::Resident << QDate(2027, 1, 31) << 0 << QDate(2027, 2, 1)
        << QDate(2028, 1, 31);
    QTest::newRow("guangdong: individual 6 months")
        << gd << BenefitCategory::Resident << QDate(2026, 3, 15) << 6 << QDate(2026, 4, 1)
        << QDate(2026, 9, 30);
    QTest::newRow("institution: 31 Jan")
        << inst << BenefitCategory::Institution << QDate(2026, 1, 31) << 0 << QDate(2026, 1, 1)
        << QDate(2026, 12, 31);
    QTest::newRow("institution: dependent 6 months")
        << inst << BenefitCategory::Dependent << QDate(2026, 11, 10) << 0 << QDate(2026, 11, 1)
        << QDate(2027, 4, 30);
    QTest::newRow("institution: February cycle of 12")
        << inst << BenefitCategory::Institution << QDate(2028, 2, 29) << 0 << QDate(2028, 2, 1)
        << QDate(2029, 1, 31);
}

void TestServicePeriod::nextMonthAndOperationMonth()
{
    QFETCH(QString, id);
    QFETCH(BenefitCategory, category);
    QFETCH(QDate, certified);
    QFETCH(int, individualMonths);
    QFETCH(QDate, start);
    QFETCH(QDate, end);

    PeriodFacts f = facts(category, certified, QDate(), QDate(1950, 6, 1));
    f.individualMonths = individualMonths;
    const ServicePeriod p = ServicePeriod::compute(profile(qPrintable(id)), f, Today);
    QCOMPARE(p.start, start);
    QCOMPARE(p.end, end);
}

void TestServicePeriod::ziboAnnualWindow_data()
{
    QTest::addColumn<BenefitCategory>("category");
    QTest::addColumn<QDate>("certified");
    QTest::addColumn<QDate>("end");

    QTest::newRow("first day of the window")
        << BenefitCategory::Enterprise << QDate(2026, 4, 1) << QDate(2027, 12, 31);
    QTest::newRow("last day of the window")
        << BenefitCategory::Enterprise << QDate(2026, 12, 31) << QDate(2027, 12, 31);
    QTest::newRow("day before the window: late check for 2025")
        << BenefitCategory::Enterprise << QDate(2026, 3, 31) << QDate(2026, 12, 31);
    QTest::newRow("January: late check for 2025")
        << BenefitCategory::Institution << QDate(2026, 1, 15) << QDate(2026, 12, 31);
    QTest::newRow("work injury") << BenefitCategory::WorkInjury << QDate(2026, 8, 2)
                                 << QDate(2027, 12, 31);
    QTest::newRow("individual months do not move the window")
        << BenefitCategory::Resident << QDate(2026, 8, 2) << QDate(2027, 12, 31);
    QTest::newRow("dependent: same-day 6")
        << BenefitCategory::Dependent << QDate(2026, 8, 2) << QDate(2027, 2, 2);
}

void TestServicePeriod::ziboAnnualWindow()
{
    QFETCH(BenefitCategory, category);
    QFETCH(QDate, certified);
    QFETCH(QDate, end);

    PeriodFacts f = facts(category, certified, QDate(), QDate(1950, 6, 1));
    if (QByteArray(QTest::currentDataTag()).startsWith("individual"))
        f.individualMonths = 6;
    const ServicePeriod p = ServicePeriod::compute(profile("zibo"), f, Today);
    QCOMPARE(p.start, certified);
    QCOMPARE(p.end, end);
}

void TestServicePeriod::calendarPeriods_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");

    QTest::newRow("Q1 first day") << QDate(2026, 1, 1) << 3 << QDate(2026, 1, 1)
                                  << QDate(2026, 3, 31);
    QTest::newRow("Q1 last day") << QDate(2026, 3, 31) << 3 << QDate(2026, 1, 1)
                                 << QDate(2026, 3, 31);
    QTest::newRow("Q2") << QDate(2026, 4, 1) << 3 << QDate(2026, 4, 1) << QDate(2026, 6, 30);
    QTest::newRow("Q4") << QDate(2026, 12, 31) << 3 << QDate(2026, 10, 1) << QDate(2026, 12, 31);
    QTest::newRow("half year H2") << QDate(2026, 7, 1) << 6 << QDate(2026, 7, 1)
                                  << QDate(2026, 12, 31);
    QTest::newRow("month of February, leap")
        << QDate(2028, 2, 10) << 1 << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("year") << QDate(2026, 8, 2) << 12 << QDate(2026, 1, 1) << QDate(2026, 12, 31);
    QTest::newRow("invalid months") << QDate(2026, 8, 2) << 0 << QDate() << QDate();
}

void TestServicePeriod::calendarPeriods()
{
    QFETCH(QDate, day);
    QFETCH(int, months);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QCOMPARE(ServicePeriod::calendarPeriodStart(day, months), start);
    QCOMPARE(ServicePeriod::calendarPeriodEnd(day, months), end);
}

void TestServicePeriod::urumqiResidentPeriods_data()
{
    QTest::addColumn<BenefitCategory>("category");
    QTest::addColumn<QDate>("certified");
    QTest::addColumn<QDate>("end");

    QTest::newRow("resident, Q1 -> end of Q2")
        << BenefitCategory::Resident << QDate(2026, 1, 1) << QDate(2026, 6, 30);
    QTest::newRow("resident, last day of Q3 -> end of Q4")
        << BenefitCategory::Resident << QDate(2026, 9, 30) << QDate(2026, 12, 31);
    QTest::newRow("resident, Q4 -> end of next Q1")
        << BenefitCategory::Resident << QDate(2026, 11, 5) << QDate(2027, 3, 31);
    QTest::newRow("enterprise, once a year")
        << BenefitCategory::Enterprise << QDate(2026, 8, 2) << QDate(2027, 8, 2);
    QTest::newRow("unemployment, once a year")
        << BenefitCategory::Unemployment << QDate(2026, 8, 31) << QDate(2027, 8, 31);
}

void TestServicePeriod::urumqiResidentPeriods()
{
    QFETCH(BenefitCategory, category);
    QFETCH(QDate, certified);
    QFETCH(QDate, end);

    const ServicePeriod p =
        ServicePeriod::compute(profile("urumqi"), facts(category, certified), Today);
    QCOMPARE(p.start, certified);
    QCOMPARE(p.end, end);
}

void TestServicePeriod::paymentSuspendedFrom_data()
{
    QTest::addColumn<QDate>("operation");
    QTest::addColumn<QDate>("suspended");

    QTest::newRow("mid-month") << QDate(2026, 11, 10) << QDate(2026, 12, 1);
    QTest::newRow("first of month") << QDate(2026, 11, 1) << QDate(2026, 12, 1);
    QTest::newRow("December") << QDate(2026, 12, 31) << QDate(2027, 1, 1);
    QTest::newRow("invalid") << QDate() << QDate();
}

void TestServicePeriod::paymentSuspendedFrom()
{
    QFETCH(QDate, operation);
    QFETCH(QDate, suspended);
    QCOMPARE(ServicePeriod::paymentSuspendedFrom(operation), suspended);
}

// ---------------------------------------------------------------- keys

QTEST_GUILESS_MAIN(TestServicePeriod)
#include "tst_serviceperiod.moc"
