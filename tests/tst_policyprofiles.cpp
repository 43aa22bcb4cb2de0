// Policy profiles (resources/profiles/*.json): the five built-in ones load with
// their rules, malformed JSON is refused naming the field, individual periods,
// to-verify deadlines, and the stable keys shared with the store and the UI.

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

class TestPolicyProfiles : public QObject
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

    // Keys and names shared with the store and the UI
    void benefitCategoryKeys();
    void bigDataConclusionKeys();
};

// ---------------------------------------------------------------- profiles

void TestPolicyProfiles::allProfilesLoad_data()
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

void TestPolicyProfiles::allProfilesLoad()
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

void TestPolicyProfiles::profileRules_data()
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

void TestPolicyProfiles::profileRules()
{
    QFETCH(QString, id);
    QFETCH(BenefitCategory, category);
    QFETCH(PeriodRule, rule);
    QFETCH(int, months);

    const PolicyProfile p = profile(qPrintable(id));
    QCOMPARE(p.rule(category).rule, rule);
    QCOMPARE(p.rule(category).months, months);
}

void TestPolicyProfiles::unknownProfileIsRefused()
{
    QString error;
    QVERIFY(!PolicyProfile::builtin(QStringLiteral("beijing"), &error));
    QCOMPARE(error, QStringLiteral("unknown policy profile 'beijing'"));
    QCOMPARE(PolicyProfile::defaultId(), QStringLiteral("qingdao"));
    QVERIFY(PolicyProfile::builtinIds().contains(PolicyProfile::defaultId()));
}

void TestPolicyProfiles::validProfileJsonParses()
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

void TestPolicyProfiles::malformedProfileJson_data()
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

void TestPolicyProfiles::malformedProfileJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    QString error;
    QVERIFY(!PolicyProfile::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestPolicyProfiles::individualMonths_data()
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

void TestPolicyProfiles::individualMonths()
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

void TestPolicyProfiles::toVerifyDeadline_data()
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

void TestPolicyProfiles::toVerifyDeadline()
{
    QFETCH(QString, id);
    QFETCH(QDate, received);
    QFETCH(QDate, deadline);
    QCOMPARE(profile(qPrintable(id)).toVerifyDeadline(received), deadline);
}

// ---------------------------------------------------------------- §7 rows

// §7: "qingdao | enterprise retiree | last certified 2026-01-31, period 12 |
// period 2026-01-31 → 2027-01-31"
void TestPolicyProfiles::benefitCategoryKeys()
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

void TestPolicyProfiles::bigDataConclusionKeys()
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

QTEST_GUILESS_MAIN(TestPolicyProfiles)
#include "tst_policyprofiles.moc"
