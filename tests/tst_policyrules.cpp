// Policy profiles (resources/profiles/*.json) and the service-period rules of
// RULES.md §2. Every profile/period row of RULES.md §7 has a test here, named
// in a comment above it; the band, calendar, ID and overpayment rows live in
// tst_ledgerband, tst_calendar, tst_idnumber and tst_money.

#include "domain/benefitcategory.h"
#include "domain/bigdataconclusion.h"
#include "domain/ledgerband.h"
#include "domain/policyprofile.h"
#include "domain/serviceperiod.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

Q_DECLARE_METATYPE(PeriodRule)
Q_DECLARE_METATYPE(BenefitCategory)

namespace
{

const QDate Today(2026, 11, 23);

PolicyProfile profile(const char *id)
{
    QString error;
    const std::optional<PolicyProfile> p = PolicyProfile::builtin(QLatin1String(id), &error);
    if (!p)
        qFatal("cannot load profile %s: %s", id, qPrintable(error));
    return *p;
}

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

QJsonObject validProfileObject()
{
    QJsonObject categories;
    for (const char *key : {"enterprise", "institution", "resident", "work-injury", "unemployment"})
        categories.insert(QLatin1String(key),
                          QJsonObject{{QStringLiteral("rule"), QStringLiteral("same-day")},
                                      {QStringLiteral("months"), 12}});
    categories.insert(QStringLiteral("dependent"),
                      QJsonObject{{QStringLiteral("rule"), QStringLiteral("same-day")},
                                  {QStringLiteral("months"), 6}});
    return QJsonObject{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("id"), QStringLiteral("test")},
        {QStringLiteral("displayName"), QStringLiteral("测试")},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("dependentMinAge"), 16},
        {QStringLiteral("maxPeriodMonths"), 24},
        {QStringLiteral("homeVisitWorkingDays"), 5},
        {QStringLiteral("annualWindow"),
         QJsonObject{{QStringLiteral("start"), QStringLiteral("04-01")},
                     {QStringLiteral("end"), QStringLiteral("12-31")}}},
        {QStringLiteral("toVerifyDeadlineMonths"), 3},
    };
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject withCategory(const char *key, const QJsonObject &rule)
{
    QJsonObject o = validProfileObject();
    QJsonObject categories = o.value(QStringLiteral("categories")).toObject();
    categories.insert(QLatin1String(key), rule);
    o.insert(QStringLiteral("categories"), categories);
    return o;
}

} // namespace

class TestPolicyRules : public QObject
{
    Q_OBJECT

private slots:
    // Profiles
    void allProfilesLoad_data();
    void allProfilesLoad();
    void profileRules_data();
    void profileRules();
    void unknownProfileIsRefused();
    void validProfileJsonParses();
    void malformedProfileJson_data();
    void malformedProfileJson();
    void individualMonths_data();
    void individualMonths();
    void toVerifyDeadline_data();
    void toVerifyDeadline();

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

    // Keys and names shared with the store and the UI
    void benefitCategoryKeys();
    void bigDataConclusionKeys();
};

// ---------------------------------------------------------------- profiles

void TestPolicyRules::allProfilesLoad_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<int>("toVerifyMonths");

    QTest::newRow("qingdao") << QStringLiteral("qingdao") << QStringLiteral("青岛市（默认）") << 3;
    QTest::newRow("qingdao-institution")
        << QStringLiteral("qingdao-institution") << QStringLiteral("青岛市机关事业单位") << 3;
    QTest::newRow("guangdong") << QStringLiteral("guangdong") << QStringLiteral("广东省") << 0;
    QTest::newRow("zibo") << QStringLiteral("zibo") << QStringLiteral("淄博市") << 3;
    QTest::newRow("urumqi") << QStringLiteral("urumqi") << QStringLiteral("乌鲁木齐市") << 3;
}

void TestPolicyRules::allProfilesLoad()
{
    QFETCH(QString, id);
    QFETCH(QString, displayName);
    QFETCH(int, toVerifyMonths);

    QVERIFY(PolicyProfile::builtinIds().contains(id));
    QString error = QStringLiteral("stale");
    const std::optional<PolicyProfile> p = PolicyProfile::builtin(id, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(error, QString());
    QCOMPARE(p->id(), id);
    QCOMPARE(p->displayName(), displayName);
    QCOMPARE(p->dependentMinAge(), 16);
    QCOMPARE(p->maxPeriodMonths(), 24);
    QCOMPARE(p->homeVisitWorkingDays(), 5);
    QCOMPARE(p->annualWindowStart(2026), QDate(2026, 4, 1));
    QCOMPARE(p->annualWindowEnd(2026), QDate(2026, 12, 31));
    QCOMPARE(p->toVerifyDeadlineMonths(), toVerifyMonths);
}

void TestPolicyRules::profileRules_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<BenefitCategory>("category");
    QTest::addColumn<PeriodRule>("rule");
    QTest::addColumn<int>("months");

    const auto add = [](const char *id, BenefitCategory c, PeriodRule r, int m) {
        QTest::addRow("%s/%s", id, qPrintable(BenefitCategories::key(c)))
            << QString::fromLatin1(id) << c << r << m;
    };
    const QList<BenefitCategory> all = BenefitCategories::all();
    for (BenefitCategory c : all) {
        const bool dep = c == BenefitCategory::Dependent;
        add("qingdao", c, PeriodRule::SameDay, dep ? 6 : 12);
        add("qingdao-institution", c, PeriodRule::OperationMonth, dep ? 6 : 12);
        add("guangdong", c, PeriodRule::NextMonth, dep ? 6 : 12);
        add("zibo", c, dep ? PeriodRule::SameDay : PeriodRule::AnnualWindow, dep ? 6 : 12);
        if (c == BenefitCategory::Resident)
            add("urumqi", c, PeriodRule::CalendarPeriod, 3);
        else
            add("urumqi", c, PeriodRule::SameDay, dep ? 6 : 12);
    }
}

void TestPolicyRules::profileRules()
{
    QFETCH(QString, id);
    QFETCH(BenefitCategory, category);
    QFETCH(PeriodRule, rule);
    QFETCH(int, months);

    const PolicyProfile p = profile(qPrintable(id));
    QCOMPARE(p.rule(category).rule, rule);
    QCOMPARE(p.rule(category).months, months);
}

void TestPolicyRules::unknownProfileIsRefused()
{
    QString error;
    QVERIFY(!PolicyProfile::builtin(QStringLiteral("beijing"), &error));
    QCOMPARE(error, QStringLiteral("unknown policy profile 'beijing'"));
    QCOMPARE(PolicyProfile::defaultId(), QStringLiteral("qingdao"));
    QVERIFY(PolicyProfile::builtinIds().contains(PolicyProfile::defaultId()));
}

void TestPolicyRules::validProfileJsonParses()
{
    QJsonObject o = validProfileObject();
    o.insert(QStringLiteral("annualWindow"),
             QJsonObject{{QStringLiteral("start"), QStringLiteral("03-01")},
                         {QStringLiteral("end"), QStringLiteral("11-30")}});
    o.insert(QStringLiteral("maxPeriodMonths"), 36);
    QString error = QStringLiteral("stale");
    const std::optional<PolicyProfile> p = PolicyProfile::fromJson(toJson(o), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(error, QString());
    QCOMPARE(p->id(), QStringLiteral("test"));
    QCOMPARE(p->displayName(), QStringLiteral("测试"));
    QCOMPARE(p->maxPeriodMonths(), 36);
    QCOMPARE(p->annualWindowStart(2027), QDate(2027, 3, 1));
    QCOMPARE(p->annualWindowEnd(2027), QDate(2027, 11, 30));

    // Optional fields fall back to the documented defaults.
    for (const char *field : {"schema", "dependentMinAge", "maxPeriodMonths",
                              "homeVisitWorkingDays", "annualWindow", "toVerifyDeadlineMonths"})
        o.remove(QLatin1String(field));
    const std::optional<PolicyProfile> d = PolicyProfile::fromJson(toJson(o), &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->dependentMinAge(), 16);
    QCOMPARE(d->maxPeriodMonths(), 24);
    QCOMPARE(d->homeVisitWorkingDays(), 5);
    QCOMPARE(d->annualWindowStart(2026), QDate(2026, 4, 1));
    QCOMPARE(d->annualWindowEnd(2026), QDate(2026, 12, 31));
    QCOMPARE(d->toVerifyDeadlineMonths(), 3);
}

void TestPolicyRules::malformedProfileJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const auto without = [](const char *field) {
        QJsonObject o = validProfileObject();
        o.remove(QLatin1String(field));
        return toJson(o);
    };
    const auto with = [](const char *field, const QJsonValue &v) {
        QJsonObject o = validProfileObject();
        o.insert(QLatin1String(field), v);
        return toJson(o);
    };
    const auto rule = [](const QString &name, const QJsonValue &months) {
        QJsonObject r{{QStringLiteral("rule"), name}};
        if (!months.isUndefined())
            r.insert(QStringLiteral("months"), months);
        return r;
    };

    QTest::newRow("not JSON") << QByteArray("{\"id\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1]")
                           << QStringLiteral("the top level must be an object");
    QTest::newRow("unknown field")
        << with("maxPeriodMonth", 24) << QStringLiteral("unknown field 'maxPeriodMonth'");
    QTest::newRow("schema 2") << with("schema", 2) << QStringLiteral("'schema' must be 1");
    QTest::newRow("no id") << without("id") << QStringLiteral("'id' is missing");
    QTest::newRow("id with capitals") << with("id", QStringLiteral("Qingdao"))
                                      << QStringLiteral("'id' is missing or not a lower-case name");
    QTest::newRow("no displayName")
        << without("displayName") << QStringLiteral("'displayName' is missing or empty");
    QTest::newRow("blank displayName") << with("displayName", QStringLiteral("  "))
                                       << QStringLiteral("'displayName' is missing or empty");
    QTest::newRow("source not text")
        << with("source", 3) << QStringLiteral("'source' must be a string");
    QTest::newRow("dependentMinAge text")
        << with("dependentMinAge", QStringLiteral("16"))
        << QStringLiteral("'dependentMinAge' must be a whole number from 0 to 30");
    QTest::newRow("maxPeriodMonths 0")
        << with("maxPeriodMonths", 0) << QStringLiteral("'maxPeriodMonths' must be a whole number");
    QTest::newRow("homeVisitWorkingDays 2.5")
        << with("homeVisitWorkingDays", 2.5)
        << QStringLiteral("'homeVisitWorkingDays' must be a whole number from 1 to 60");
    QTest::newRow("toVerifyDeadlineMonths negative")
        << with("toVerifyDeadlineMonths", -1)
        << QStringLiteral("'toVerifyDeadlineMonths' must be a whole number from 0 to 24");
    QTest::newRow("annualWindow string") << with("annualWindow", QStringLiteral("04-01..12-31"))
                                         << QStringLiteral("'annualWindow' must be an object");
    QTest::newRow("annualWindow bad start")
        << with("annualWindow", QJsonObject{{QStringLiteral("start"), QStringLiteral("04-31")},
                                            {QStringLiteral("end"), QStringLiteral("12-31")}})
        << QStringLiteral("annualWindow.start must be a month and day");
    QTest::newRow("annualWindow no end")
        << with("annualWindow", QJsonObject{{QStringLiteral("start"), QStringLiteral("04-01")}})
        << QStringLiteral("annualWindow.end must be a month and day");
    QTest::newRow("annualWindow reversed")
        << with("annualWindow", QJsonObject{{QStringLiteral("start"), QStringLiteral("12-01")},
                                            {QStringLiteral("end"), QStringLiteral("04-01")}})
        << QStringLiteral("annualWindow.start must not be after annualWindow.end");
    QTest::newRow("no categories")
        << without("categories") << QStringLiteral("'categories' is missing or not an object");
    {
        QJsonObject o = validProfileObject();
        QJsonObject c = o.value(QStringLiteral("categories")).toObject();
        c.remove(QStringLiteral("unemployment"));
        o.insert(QStringLiteral("categories"), c);
        QTest::newRow("category missing")
            << toJson(o) << QStringLiteral("categories: 'unemployment' is missing");
    }
    QTest::newRow("unknown category")
        << toJson(withCategory("farmer", rule(QStringLiteral("same-day"), 12)))
        << QStringLiteral("categories: unknown category 'farmer'");
    QTest::newRow("unknown rule")
        << toJson(withCategory("resident", rule(QStringLiteral("weekly"), 12)))
        << QStringLiteral("categories.resident.rule must be one of same-day, next-month, "
                          "operation-month, annual-window, calendar-period");
    QTest::newRow("months missing")
        << toJson(withCategory(
               "enterprise", rule(QStringLiteral("next-month"), QJsonValue(QJsonValue::Undefined))))
        << QStringLiteral("categories.enterprise.months is missing");
    QTest::newRow("months fractional")
        << toJson(withCategory("enterprise", rule(QStringLiteral("same-day"), 6.5)))
        << QStringLiteral("categories.enterprise.months must be a whole number");
    QTest::newRow("months above ceiling")
        << toJson(withCategory("work-injury", rule(QStringLiteral("same-day"), 30)))
        << QStringLiteral("categories.work-injury.months must be from 1 to 24 (maxPeriodMonths)");
    QTest::newRow("calendar period of 5 months")
        << toJson(withCategory("resident", rule(QStringLiteral("calendar-period"), 5)))
        << QStringLiteral("categories.resident.months must divide the year");
    QTest::newRow("category extra field")
        << toJson(withCategory("dependent",
                               QJsonObject{{QStringLiteral("rule"), QStringLiteral("same-day")},
                                           {QStringLiteral("months"), 6},
                                           {QStringLiteral("minAge"), 16}}))
        << QStringLiteral("categories.dependent: unknown field 'minAge'");
}

void TestPolicyRules::malformedProfileJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    QString error;
    QVERIFY(!PolicyProfile::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestPolicyRules::individualMonths_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("message");

    QTest::newRow("0") << 0 << false << QStringLiteral("at least 1 month");
    QTest::newRow("-3") << -3 << false << QStringLiteral("at least 1 month");
    QTest::newRow("1") << 1 << true << QString();
    QTest::newRow("18") << 18 << true << QString();
    QTest::newRow("24 (the ceiling)") << 24 << true << QString();
    QTest::newRow("25") << 25 << false << QStringLiteral("at most 24 months");
}

void TestPolicyRules::individualMonths()
{
    QFETCH(int, months);
    QFETCH(bool, allowed);
    QFETCH(QString, message);

    for (const QString &id : PolicyProfile::builtinIds()) {
        QString error = QStringLiteral("stale");
        QCOMPARE(profile(qPrintable(id)).validateIndividualMonths(months, &error), allowed);
        if (allowed)
            QCOMPARE(error, QString());
        else
            QVERIFY2(error.contains(message), qPrintable(error));
    }
}

void TestPolicyRules::toVerifyDeadline_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("deadline");

    QTest::newRow("zibo: 3 months")
        << QStringLiteral("zibo") << QDate(2027, 1, 15) << QDate(2027, 4, 15);
    QTest::newRow("zibo: clamped")
        << QStringLiteral("zibo") << QDate(2027, 11, 30) << QDate(2028, 2, 29);
    QTest::newRow("guangdong: within the month")
        << QStringLiteral("guangdong") << QDate(2027, 1, 15) << QDate(2027, 1, 31);
    QTest::newRow("guangdong: February")
        << QStringLiteral("guangdong") << QDate(2028, 2, 3) << QDate(2028, 2, 29);
    QTest::newRow("qingdao: 3 months")
        << QStringLiteral("qingdao") << QDate(2026, 11, 25) << QDate(2027, 2, 25);
}

void TestPolicyRules::toVerifyDeadline()
{
    QFETCH(QString, id);
    QFETCH(QDate, received);
    QFETCH(QDate, deadline);
    QCOMPARE(profile(qPrintable(id)).toVerifyDeadline(received), deadline);
}

// ---------------------------------------------------------------- §7 rows

// §7: "qingdao | enterprise retiree | last certified 2026-01-31, period 12 |
// period 2026-01-31 → 2027-01-31"
void TestPolicyRules::qingdaoRetireePeriodFrom31January()
{
    const ServicePeriod p = ServicePeriod::compute(
        profile("qingdao"), facts(BenefitCategory::Enterprise, QDate(2026, 1, 31)), Today);
    QVERIFY(p.applies());
    QCOMPARE(p.start, QDate(2026, 1, 31));
    QCOMPARE(p.end, QDate(2027, 1, 31));
    QCOMPARE(p.note, QStringLiteral("same-day"));
}

// §7: "qingdao | dependent born 2012-03-05 | today 2026-11-23 | no period (under 16)"
void TestPolicyRules::qingdaoDependentUnder16HasNoPeriod()
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
void TestPolicyRules::qingdaoDependentNeverCertifiedIsOverdue()
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
void TestPolicyRules::qingdaoIndividualPeriodOf30MonthsRefused()
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
void TestPolicyRules::guangdongCycleFromNextMonth()
{
    const ServicePeriod p = ServicePeriod::compute(
        profile("guangdong"), facts(BenefitCategory::Resident, QDate(), QDate(2026, 3, 15)), Today);
    QCOMPARE(p.start, QDate(2026, 4, 1));
    QCOMPARE(p.end, QDate(2027, 3, 31));
    QCOMPARE(p.note, QStringLiteral("next-month"));
}

// §7: "qingdao-institution | retiree | unit passes on 2026-11-10 | new cycle
// 2026-11-01 → 2027-10-31 (12 whole months from the month of the operation)"
void TestPolicyRules::institutionPassStartsCycleInOperationMonth()
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
void TestPolicyRules::institutionFailEndsPeriodAndSuspendsPay()
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
void TestPolicyRules::ziboUncertifiedYearGoesToVerifyInJanuary()
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
void TestPolicyRules::urumqiResidentQuarterlyDuty()
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

void TestPolicyRules::addMonthsClamped_data()
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

void TestPolicyRules::addMonthsClamped()
{
    QFETCH(QDate, day);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(::addMonthsClamped(day, months), expected);
}

void TestPolicyRules::dependentSixteenthBirthdayBoundary_data()
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

void TestPolicyRules::dependentSixteenthBirthdayBoundary()
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

void TestPolicyRules::sameDayPeriods_data()
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

void TestPolicyRules::sameDayPeriods()
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

void TestPolicyRules::nextMonthAndOperationMonth_data()
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

void TestPolicyRules::nextMonthAndOperationMonth()
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

void TestPolicyRules::ziboAnnualWindow_data()
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

void TestPolicyRules::ziboAnnualWindow()
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

void TestPolicyRules::calendarPeriods_data()
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

void TestPolicyRules::calendarPeriods()
{
    QFETCH(QDate, day);
    QFETCH(int, months);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QCOMPARE(ServicePeriod::calendarPeriodStart(day, months), start);
    QCOMPARE(ServicePeriod::calendarPeriodEnd(day, months), end);
}

void TestPolicyRules::urumqiResidentPeriods_data()
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

void TestPolicyRules::urumqiResidentPeriods()
{
    QFETCH(BenefitCategory, category);
    QFETCH(QDate, certified);
    QFETCH(QDate, end);

    const ServicePeriod p =
        ServicePeriod::compute(profile("urumqi"), facts(category, certified), Today);
    QCOMPARE(p.start, certified);
    QCOMPARE(p.end, end);
}

void TestPolicyRules::paymentSuspendedFrom_data()
{
    QTest::addColumn<QDate>("operation");
    QTest::addColumn<QDate>("suspended");

    QTest::newRow("mid-month") << QDate(2026, 11, 10) << QDate(2026, 12, 1);
    QTest::newRow("first of month") << QDate(2026, 11, 1) << QDate(2026, 12, 1);
    QTest::newRow("December") << QDate(2026, 12, 31) << QDate(2027, 1, 1);
    QTest::newRow("invalid") << QDate() << QDate();
}

void TestPolicyRules::paymentSuspendedFrom()
{
    QFETCH(QDate, operation);
    QFETCH(QDate, suspended);
    QCOMPARE(ServicePeriod::paymentSuspendedFrom(operation), suspended);
}

// ---------------------------------------------------------------- keys

void TestPolicyRules::benefitCategoryKeys()
{
    const QStringList keys = {QStringLiteral("enterprise"),   QStringLiteral("institution"),
                              QStringLiteral("resident"),     QStringLiteral("work-injury"),
                              QStringLiteral("unemployment"), QStringLiteral("dependent")};
    const QList<BenefitCategory> all = BenefitCategories::all();
    QCOMPARE(all.size(), keys.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(BenefitCategories::key(all.at(i)), keys.at(i));
        QCOMPARE(BenefitCategories::fromKey(keys.at(i)), std::optional<BenefitCategory>(all.at(i)));
        QVERIFY(!BenefitCategories::displayName(all.at(i)).isEmpty());
    }
    QVERIFY(!BenefitCategories::fromKey(u"Enterprise"));
    QCOMPARE(BenefitCategories::displayName(BenefitCategory::Enterprise),
             QStringLiteral("Enterprise employee pension"));
    QCOMPARE(BenefitCategories::displayName(BenefitCategory::Dependent),
             QStringLiteral("Dependent/survivor benefit"));
}

void TestPolicyRules::bigDataConclusionKeys()
{
    // The institution portal's order: disqualified, to-verify, qualified.
    QCOMPARE(BigDataConclusions::rank(BigDataConclusion::Disqualified), 0);
    QCOMPARE(BigDataConclusions::rank(BigDataConclusion::ToVerify), 1);
    QCOMPARE(BigDataConclusions::rank(BigDataConclusion::Qualified), 2);
    QCOMPARE(BigDataConclusions::fromRank(1), std::optional(BigDataConclusion::ToVerify));
    QVERIFY(!BigDataConclusions::fromRank(3));
    QCOMPARE(BigDataConclusions::key(BigDataConclusion::ToVerify), QStringLiteral("to-verify"));
    QCOMPARE(BigDataConclusions::fromKey(u"qualified"),
             std::optional(BigDataConclusion::Qualified));
    QVERIFY(!BigDataConclusions::fromKey(u"maybe"));
    QCOMPARE(BigDataConclusions::displayName(BigDataConclusion::Disqualified),
             QStringLiteral("Disqualified"));

    const QStringList channels = BigDataConclusions::qualifiedChannelKeys();
    QCOMPARE(channels.size(), 13);
    QCOMPARE(channels.first(), QStringLiteral("window"));
    QCOMPARE(channels.last(), QStringLiteral("other"));
    QCOMPARE(BigDataConclusions::qualifiedChannelName(QStringLiteral("window")),
             QStringLiteral("Window visit"));
    QCOMPARE(BigDataConclusions::qualifiedChannelName(QStringLiteral("app-face")),
             QStringLiteral("App face recognition"));
    QCOMPARE(BigDataConclusions::qualifiedChannelName(QStringLiteral("unknown-x")),
             QStringLiteral("unknown-x"));

    const QStringList reasons = BigDataConclusions::disqualifiedReasonKeys();
    QCOMPARE(reasons.size(), 16);
    QVERIFY(reasons.contains(QStringLiteral("death-hr")));
    QVERIFY(reasons.contains(QStringLiteral("refused-work")));
    QCOMPARE(BigDataConclusions::disqualifiedReasonName(QStringLiteral("imprisoned")),
             QStringLiteral("Imprisoned"));
    for (const QString &k : channels)
        QVERIFY2(BigDataConclusions::qualifiedChannelName(k) != k, qPrintable(k));
    for (const QString &k : reasons)
        QVERIFY2(BigDataConclusions::disqualifiedReasonName(k) != k, qPrintable(k));
}

QTEST_GUILESS_MAIN(TestPolicyRules)
#include "tst_policyrules.moc"
