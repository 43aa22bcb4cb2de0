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

QJsonObject cited(const QJsonValue &value, const char *cite = "QD 11")
{
    return QJsonObject{{QStringLiteral("value"), value},
                       {QStringLiteral("cite"), QLatin1String(cite)}};
}

QJsonObject validProfileObject()
{
    QJsonObject rules;
    for (const char *key : {"enterprise", "institution", "resident", "work-injury"})
        rules.insert(QStringLiteral("period.") + QLatin1String(key),
                     cited(QJsonObject{{QStringLiteral("rule"), QStringLiteral("same-day")},
                                       {QStringLiteral("months"), 12}}));
    rules.insert(QStringLiteral("period.dependent"),
                 cited(QJsonObject{{QStringLiteral("rule"), QStringLiteral("same-day")},
                                   {QStringLiteral("months"), 6}},
                       "QD 10"));
    rules.insert(QStringLiteral("dependentMinAge"), cited(16, "QD 10"));
    rules.insert(QStringLiteral("maxIndividualMonths"), cited(24));
    rules.insert(QStringLiteral("annualWindow"),
                 cited(QJsonObject{{QStringLiteral("start"), QStringLiteral("04-01")},
                                   {QStringLiteral("end"), QStringLiteral("12-31")}},
                       "ZB 二"));
    return QJsonObject{
        {QStringLiteral("schema"), 2},
        {QStringLiteral("id"), QStringLiteral("test")},
        {QStringLiteral("displayName"), QStringLiteral("测试")},
        {QStringLiteral("source"), QStringLiteral("测试")},
        {QStringLiteral("rules"), rules},
    };
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject withRule(const char *key, const QJsonValue &rule)
{
    QJsonObject o = validProfileObject();
    QJsonObject rules = o.value(QStringLiteral("rules")).toObject();
    if (rule.isUndefined())
        rules.remove(QLatin1String(key));
    else
        rules.insert(QLatin1String(key), rule);
    o.insert(QStringLiteral("rules"), rules);
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
    void unknownProfileIsRefused();
    void validProfileJsonParses();
    void malformedProfileJson_data();
    void malformedProfileJson();
    void individualMonths_data();
    void individualMonths();
    void toVerifyDeadline_data();
    void toVerifyDeadline();

    // Stable keys
    void benefitCategoryKeys();
    void bigDataConclusionKeys();
};

// ---------------------------------------------------------------- profiles

void TestPolicyProfiles::allProfilesLoad_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<int>("toVerifyMonths"); // -1: not set by the region's rules

    QTest::newRow("qingdao") << QStringLiteral("qingdao") << QStringLiteral("青岛市（默认）") << -1;
    QTest::newRow("qingdao-institution")
        << QStringLiteral("qingdao-institution") << QStringLiteral("青岛市机关事业单位") << 0;
    QTest::newRow("guangdong") << QStringLiteral("guangdong") << QStringLiteral("广东省") << 0;
    QTest::newRow("zibo") << QStringLiteral("zibo") << QStringLiteral("淄博市") << 3;
    QTest::newRow("urumqi") << QStringLiteral("urumqi") << QStringLiteral("乌鲁木齐市") << -1;
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
    QCOMPARE(p->toVerifyDeadlineMonths(),
             toVerifyMonths < 0 ? std::nullopt : std::optional<int>(toVerifyMonths));
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
    QString error = QStringLiteral("stale");
    const std::optional<PolicyProfile> p =
        PolicyProfile::fromJson(toJson(validProfileObject()), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(error, QString());
    QCOMPARE(p->id(), QStringLiteral("test"));
    QCOMPARE(p->displayName(), QStringLiteral("测试"));
    QCOMPARE(p->maxIndividualMonths(), 24);
    QCOMPARE(p->ruleCite(QStringLiteral("dependentMinAge")), QStringLiteral("QD 10"));
    QCOMPARE(p->annualWindowStart(2027), QDate(2027, 4, 1));
    QCOMPARE(p->annualWindowEnd(2027), QDate(2027, 12, 31));
    QVERIFY(!p->rule(BenefitCategory::Unemployment));
    QCOMPARE(p->rule(BenefitCategory::Dependent)->months, 6);

    // Rules left out are absent, not defaulted.
    QJsonObject o = validProfileObject();
    o.insert(QStringLiteral("rules"), QJsonObject());
    const std::optional<PolicyProfile> d = PolicyProfile::fromJson(toJson(o), &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->dependentMinAge(), std::nullopt);
    QCOMPARE(d->maxIndividualMonths(), std::nullopt);
    QCOMPARE(d->homeVisitWorkingDays(), std::nullopt);
    QVERIFY(!d->annualWindowStart(2026).isValid());
    QCOMPARE(d->toVerifyDeadlineMonths(), std::nullopt);
    QVERIFY(!d->rule(BenefitCategory::Enterprise));
    QVERIFY(!d->allowsBatchPass());
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
    const auto period = [](const QString &name, const QJsonValue &months) {
        QJsonObject r{{QStringLiteral("rule"), name}};
        if (!months.isUndefined())
            r.insert(QStringLiteral("months"), months);
        return cited(r);
    };

    QTest::newRow("not JSON") << QByteArray("{\"id\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1]")
                           << QStringLiteral("the top level must be an object");
    QTest::newRow("rule outside rules")
        << with("maxIndividualMonths", 24) << QStringLiteral("unknown field 'maxIndividualMonths'");
    QTest::newRow("schema 1") << with("schema", 1) << QStringLiteral("'schema' must be 2");
    QTest::newRow("no id") << without("id") << QStringLiteral("'id' is missing");
    QTest::newRow("id with capitals") << with("id", QStringLiteral("Qingdao"))
                                      << QStringLiteral("'id' is missing or not a lower-case name");
    QTest::newRow("no displayName")
        << without("displayName") << QStringLiteral("'displayName' is missing or empty");
    QTest::newRow("blank displayName") << with("displayName", QStringLiteral("  "))
                                       << QStringLiteral("'displayName' is missing or empty");
    QTest::newRow("no source") << without("source") << QStringLiteral("'source' (the seed");
    QTest::newRow("no rules") << without("rules") << QStringLiteral("'rules' is missing");
    QTest::newRow("dependentMinAge text")
        << toJson(withRule("dependentMinAge", cited(QStringLiteral("16"))))
        << QStringLiteral("rules.dependentMinAge.value must be a whole number");
    QTest::newRow("homeVisitWorkingDays 2.5")
        << toJson(withRule("homeVisitWorkingDays", cited(2.5)))
        << QStringLiteral("rules.homeVisitWorkingDays.value must be a whole number");
    QTest::newRow("toVerifyDeadlineMonths negative")
        << toJson(withRule("toVerifyDeadlineMonths", cited(-1)))
        << QStringLiteral("rules.toVerifyDeadlineMonths.value must be from 0 to 24");
    QTest::newRow("annualWindow string")
        << toJson(withRule("annualWindow", cited(QStringLiteral("04-01..12-31"))))
        << QStringLiteral("rules.annualWindow.value must be an object");
    QTest::newRow("annualWindow bad start")
        << toJson(withRule("annualWindow",
                           cited(QJsonObject{{QStringLiteral("start"), QStringLiteral("04-31")},
                                             {QStringLiteral("end"), QStringLiteral("12-31")}})))
        << QStringLiteral("rules.annualWindow.value: \"start\" and \"end\" must be a month");
    QTest::newRow("annualWindow reversed")
        << toJson(withRule("annualWindow",
                           cited(QJsonObject{{QStringLiteral("start"), QStringLiteral("12-01")},
                                             {QStringLiteral("end"), QStringLiteral("04-01")}})))
        << QStringLiteral("rules.annualWindow.value: \"start\" must not be after \"end\"");
    QTest::newRow("unknown category")
        << toJson(withRule("period.farmer", period(QStringLiteral("same-day"), 12)))
        << QStringLiteral("rules: unknown rule 'period.farmer'");
    QTest::newRow("months missing")
        << toJson(withRule("period.enterprise",
                           period(QStringLiteral("next-month"), QJsonValue(QJsonValue::Undefined))))
        << QStringLiteral("rules.period.enterprise.value: \"months\" is missing");
    QTest::newRow("months fractional")
        << toJson(withRule("period.enterprise", period(QStringLiteral("same-day"), 6.5)))
        << QStringLiteral("rules.period.enterprise.value: \"months\" must be a whole number");
    QTest::newRow("months above the individual ceiling")
        << toJson(withRule("period.work-injury", period(QStringLiteral("same-day"), 30)))
        << QStringLiteral("rules.period.work-injury: months must not exceed maxIndividualMonths");
    QTest::newRow("period extra field")
        << toJson(withRule("period.dependent",
                           cited(QJsonObject{{QStringLiteral("rule"), QStringLiteral("same-day")},
                                             {QStringLiteral("months"), 6},
                                             {QStringLiteral("minAge"), 16}})))
        << QStringLiteral("rules.period.dependent.value: unknown field 'minAge'");
    QTest::newRow("rule extra field")
        << toJson(withRule("dependentMinAge",
                           QJsonObject{{QStringLiteral("value"), 16},
                                       {QStringLiteral("cite"), QStringLiteral("QD 10")},
                                       {QStringLiteral("source"), QStringLiteral("x")}}))
        << QStringLiteral("rules.dependentMinAge: unknown field 'source'");
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

// QD 11 (the other regions: tst_rules::individualMonths).
void TestPolicyProfiles::individualMonths()
{
    QFETCH(int, months);
    QFETCH(bool, allowed);
    QFETCH(QString, message);

    QString error = QStringLiteral("stale");
    QCOMPARE(profile("qingdao").validateIndividualMonths(months, &error), allowed);
    if (allowed)
        QCOMPARE(error, QString());
    else
        QVERIFY2(error.contains(message), qPrintable(error));
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
    QTest::newRow("qingdao-institution: the month's last day")
        << QStringLiteral("qingdao-institution") << QDate(2026, 11, 4) << QDate(2026, 11, 30);
    QTest::newRow("qingdao: not set")
        << QStringLiteral("qingdao") << QDate(2026, 11, 25) << QDate();
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
