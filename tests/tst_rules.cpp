// Every rule of every profile, each right per region and with its citation (issue
// 15): the rule × profile cells of docs/rules.md name these test functions. Pure
// rules only; what needs a database is in tst_rules_scenarios.

#include "domain/benefitlifecycle.h"
#include "domain/policyprofile.h"
#include "domain/serviceperiod.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "testprofiles.h"

using certdesk::ProfileRules;
using testprofiles::profile;

Q_DECLARE_METATYPE(BenefitCategory)

namespace
{

QByteArray withRules(const QJsonObject &rules)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), 2},
                                     {QStringLiteral("id"), QStringLiteral("test")},
                                     {QStringLiteral("displayName"), QStringLiteral("测试")},
                                     {QStringLiteral("source"), QStringLiteral("测试文件")},
                                     {QStringLiteral("rules"), rules}})
        .toJson();
}

QJsonObject rule(const QJsonValue &value, const QString &cite = QStringLiteral("XX 1"))
{
    return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("cite"), cite}};
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleIsCited();
    void loadErrorsNameFileAndKey_data();
    void loadErrorsNameFileAndKey();
    void testsNamedByTheProfilesExist();
    void periodRules_data();
    void periodRules();
    void dependents();
    void individualMonths();
    void homeVisitDeadline();
    void toVerifyDeadline();
    void suspensionDeadline();
    void stopAndSeal();
    void flags();
    void officeHours();
    void regionalHolidays();
    void repaymentNotice();
};

// ---------------------------------------------------------------- the profile files

void TestRules::everyRuleIsCited()
{
    for (const QString &id : PolicyProfile::builtinIds()) {
        const PolicyProfile p = profile(id.toLatin1().constData());
        QVERIFY2(!p.source().isEmpty(), qPrintable(id));
        QVERIFY2(!p.rules().keys().isEmpty(), qPrintable(id));
        for (const QString &key : p.rules().keys()) {
            QVERIFY2(p.hasRule(key), qPrintable(key));
            QVERIFY2(!p.ruleCite(key).isEmpty(), qPrintable(id + QLatin1Char(' ') + key));
            QVERIFY2(!p.rules().test(key).isEmpty(), qPrintable(id + QLatin1Char(' ') + key));
            QVERIFY(!p.ruleValue(key).isUndefined());
        }
    }
    // The five regions stated, seed by seed (a rule a seed does not state is absent).
    QVERIFY(!profile("qingdao").hasRule(QStringLiteral("period.unemployment")));
    QVERIFY(!profile("urumqi").hasRule(QStringLiteral("period.unemployment")));
    QCOMPARE(profile("zibo").ruleCite(QStringLiteral("period.dependent")),
             QStringLiteral("ZB 一, 二"));
    QCOMPARE(profile("guangdong").ruleCite(QStringLiteral("sealAfterMonths")),
             QStringLiteral("GD 9"));
    QCOMPARE(PolicyProfile::builtinIds().first(), PolicyProfile::defaultId());
    QCOMPARE(PolicyProfile::builtinIds().size(), 5);
}

void TestRules::loadErrorsNameFileAndKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QJsonObject ok = rule(12);
    QTest::newRow("unknown key") << withRules({{QStringLiteral("maxPeriodMonth"), ok}})
                                 << QStringLiteral("unknown rule 'maxPeriodMonth'");
    QTest::newRow("no cite") << withRules({{QStringLiteral("maxIndividualMonths"),
                                            QJsonObject{{QStringLiteral("value"), 12}}}})
                             << QStringLiteral("rules.maxIndividualMonths has no \"cite\"");
    QTest::newRow("blank cite") << withRules({{QStringLiteral("maxIndividualMonths"),
                                               rule(12, QStringLiteral("  "))}})
                                << QStringLiteral("rules.maxIndividualMonths has no \"cite\"");
    QTest::newRow("wrong type") << withRules({{QStringLiteral("walkInAnyOffice"), rule(1)}})
                                << QStringLiteral(
                                       "rules.walkInAnyOffice.value must be true or false");
    QTest::newRow("out of range") << withRules({{QStringLiteral("dependentMinAge"), rule(40)}})
                                  << QStringLiteral(
                                         "rules.dependentMinAge.value must be from 0 to 30");
    QTest::newRow("bad period")
        << withRules({{QStringLiteral("period.resident"),
                       rule(QJsonObject{{QStringLiteral("rule"), QStringLiteral("weekly")}})}})
        << QStringLiteral("rules.period.resident.value: \"rule\" must be one of");
    QTest::newRow("quarter that does not divide")
        << withRules({{QStringLiteral("period.resident"),
                       rule(QJsonObject{{QStringLiteral("rule"), QStringLiteral("calendar-period")},
                                        {QStringLiteral("months"), 5}})}})
        << QStringLiteral("rules.period.resident.value: \"months\" must divide the year");
    QTest::newRow("bad deadline")
        << withRules({{QStringLiteral("suspensionDeadline"),
                       rule(QJsonObject{{QStringLiteral("dayOfNextMonth"), 31}})}})
        << QStringLiteral("rules.suspensionDeadline.value: must be one of");
    QTest::newRow("bad hours")
        << withRules({{QStringLiteral("workingHours"),
                       rule(QJsonObject{{QStringLiteral("spans"),
                                         QJsonArray{QJsonArray{QStringLiteral("17:30"),
                                                               QStringLiteral("08:30")}}}})}})
        << QStringLiteral("rules.workingHours.value: \"spans\" must be");
    QTest::newRow("bad holidays") << withRules({{QStringLiteral("regionalHolidays"),
                                                 rule(QJsonObject{{QStringLiteral("years"), 1}})}})
                                  << QStringLiteral(
                                         "rules.regionalHolidays.value: holiday calendar: 'years'");
    QTest::newRow("bad test name")
        << withRules({{QStringLiteral("maxIndividualMonths"),
                       QJsonObject{{QStringLiteral("value"), 12},
                                   {QStringLiteral("cite"), QStringLiteral("QD 11")},
                                   {QStringLiteral("test"), QStringLiteral("somewhere")}}}})
        << QStringLiteral("rules.maxIndividualMonths.test must name a test function");
    QTest::newRow("annual window without window")
        << withRules(
               {{QStringLiteral("period.enterprise"),
                 rule(QJsonObject{{QStringLiteral("rule"), QStringLiteral("annual-window")}})}})
        << QStringLiteral("rules.period.enterprise is an annual window but rules.annualWindow");
    QByteArray oldShape = withRules({});
    oldShape.replace("\"rules\"", "\"maxPeriodMonths\": 24, \"rules\"");
    QTest::newRow("old top-level rule")
        << oldShape << QStringLiteral("unknown field 'maxPeriodMonths'");
    QByteArray schema1 = withRules({});
    schema1.replace("\"schema\": 2", "\"schema\": 1");
    QTest::newRow("schema 1") << schema1 << QStringLiteral("'schema' must be 2");
}

void TestRules::loadErrorsNameFileAndKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    QString error;
    QVERIFY(!PolicyProfile::fromFile(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("policy profile %1: ").arg(path)), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

// docs/rules.md names, for each cell, the test that shows it: each must exist.
void TestRules::testsNamedByTheProfilesExist()
{
    const QDir tests(QStringLiteral(CERTDESK_SOURCE_DIR "/tests"));
    int checked = 0;
    for (const QString &id : PolicyProfile::builtinIds()) {
        const PolicyProfile p = profile(id.toLatin1().constData());
        for (const QString &key : p.rules().keys()) {
            const QStringList parts = p.rules().test(key).split(QStringLiteral("::"));
            QCOMPARE(parts.size(), 2);
            QFile source(tests.filePath(parts.at(0) + QStringLiteral(".cpp")));
            QVERIFY2(
                source.open(QIODevice::ReadOnly),
                qPrintable(id + QLatin1Char(' ') + key + QLatin1Char(' ') + source.fileName()));
            const QString text = QString::fromUtf8(source.readAll());
            const QRegularExpression slot(QStringLiteral("void %1\\(\\);").arg(parts.at(1)));
            const QRegularExpression body(
                QStringLiteral("void \\w+::%1\\(\\)\\s*\\{").arg(parts.at(1)));
            QVERIFY2(slot.match(text).hasMatch() && body.match(text).hasMatch(),
                     qPrintable(QStringLiteral("%1 %2: no test function %3")
                                    .arg(id, key, p.rules().test(key))));
            ++checked;
        }
    }
    QVERIFY(checked > 40);
}

// ---------------------------------------------------------------- periods

void TestRules::periodRules_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<BenefitCategory>("category");
    QTest::addColumn<QDate>("certified");
    QTest::addColumn<QDate>("start"); // invalid: the region's rules set no period
    QTest::addColumn<QDate>("end");
    const QDate c(2026, 3, 15);
    const auto row = [&](const char *id, BenefitCategory cat, QDate start, QDate end) {
        QTest::addRow("%s %s", id, qPrintable(BenefitCategories::key(cat)))
            << QString::fromLatin1(id) << cat << c << start << end;
    };
    using B = BenefitCategory;
    // QD 10–13: 12 months from the certification (dependents 6); no unemployment (QD 2).
    for (B b : {B::Enterprise, B::Institution, B::Resident, B::WorkInjury})
        row("qingdao", b, c, QDate(2027, 3, 15));
    row("qingdao", B::Dependent, c, QDate(2026, 9, 15));
    row("qingdao", B::Unemployment, QDate(), QDate());
    // QI 三(一): institution retirees 12, survivors 6, whole months from the operation.
    row("qingdao-institution", B::Institution, QDate(2026, 3, 1), QDate(2027, 2, 28));
    row("qingdao-institution", B::Dependent, QDate(2026, 3, 1), QDate(2026, 8, 31));
    for (B b : {B::Enterprise, B::Resident, B::WorkInjury, B::Unemployment})
        row("qingdao-institution", b, QDate(), QDate());
    // GD 2, 6: resident pension only, 12 months from the next month; GD 15 monthly
    // checks of unemployment benefit.
    row("guangdong", B::Resident, QDate(2026, 4, 1), QDate(2027, 3, 31));
    row("guangdong", B::Unemployment, c, QDate(2026, 4, 30));
    for (B b : {B::Enterprise, B::Institution, B::WorkInjury, B::Dependent})
        row("guangdong", b, QDate(), QDate());
    // ZB 一, 二: retirees and 遗属 in the same annual window (1 Apr - 31 Dec).
    row("zibo", B::Enterprise, c, QDate(2026, 12, 31));
    row("zibo", B::Dependent, c, QDate(2026, 12, 31));
    for (B b : {B::Institution, B::Resident, B::WorkInjury, B::Unemployment})
        row("zibo", b, QDate(), QDate());
    // UR 五(一): yearly for employees, institutions, work injury; quarterly residents.
    for (B b : {B::Enterprise, B::Institution, B::WorkInjury})
        row("urumqi", b, c, QDate(2027, 3, 15));
    row("urumqi", B::Resident, c, QDate(2026, 6, 30));
    row("urumqi", B::Unemployment, QDate(), QDate());
    row("urumqi", B::Dependent, QDate(), QDate());
}

void TestRules::periodRules()
{
    QFETCH(QString, id);
    QFETCH(BenefitCategory, category);
    QFETCH(QDate, certified);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const PolicyProfile p = profile(id.toLatin1().constData());
    QCOMPARE(p.rule(category).has_value(), end.isValid());
    QCOMPARE(p.hasRule(PolicyProfile::Key::period(category)), end.isValid());
    PeriodFacts facts;
    facts.category = category;
    facts.birth = QDate(1950, 1, 1);
    facts.lastCertification = certified;
    const ServicePeriod period = ServicePeriod::compute(p, facts, QDate(2026, 3, 20));
    QCOMPARE(period.start, start);
    QCOMPARE(period.end, end);
    if (!end.isValid())
        QCOMPARE(period.note, QStringLiteral("not set"));
}

// QD 10: no period before 16; ZB 一: 遗属 certify in the annual window at any age.
void TestRules::dependents()
{
    PeriodFacts child;
    child.category = BenefitCategory::Dependent;
    child.birth = QDate(2012, 3, 5);
    child.lastCertification = QDate(2026, 5, 1);
    QCOMPARE(profile("qingdao").dependentMinAge(), 16);
    QVERIFY(!ServicePeriod::compute(profile("qingdao"), child, QDate(2026, 11, 23)).applies());
    QCOMPARE(profile("zibo").dependentMinAge(), std::nullopt);
    const ServicePeriod zibo = ServicePeriod::compute(profile("zibo"), child, QDate(2026, 11, 23));
    QCOMPARE(zibo.end, QDate(2027, 12, 31));
    QCOMPARE(profile("qingdao-institution").dependentMinAge(), std::nullopt);
    QCOMPARE(ServicePeriod::compute(profile("qingdao-institution"), child, QDate(2026, 11, 23)).end,
             QDate(2026, 10, 31));
}

// QD 11: at most 24 months; UR 五(一) at least once a year: at most 12; elsewhere the
// agency sets no individual period.
void TestRules::individualMonths()
{
    QString error;
    QVERIFY(profile("qingdao").validateIndividualMonths(24, &error));
    QVERIFY(!profile("qingdao").validateIndividualMonths(30, &error));
    QVERIFY2(error.contains(QStringLiteral("at most 24")), qPrintable(error));
    QVERIFY(profile("urumqi").validateIndividualMonths(12, &error));
    QVERIFY(!profile("urumqi").validateIndividualMonths(13, &error));
    for (const char *id : {"guangdong", "zibo", "qingdao-institution"}) {
        QVERIFY(!profile(id).validateIndividualMonths(12, &error));
        QVERIFY2(error.contains(QStringLiteral("not set by this region's rules")),
                 qPrintable(error));
    }
}

// UR 七(三): 5 working days (RULES.md §7 example); no other seed sets a deadline.
void TestRules::homeVisitDeadline()
{
    const PolicyProfile urumqi = profile("urumqi");
    QCOMPARE(urumqi.homeVisitWorkingDays(), 5);
    QList<int> uncovered;
    QCOMPARE(urumqi.calendar().addWorkingDays(QDate(2026, 9, 25), 5, &uncovered),
             QDate(2026, 10, 9));
    for (const char *id : {"qingdao", "qingdao-institution", "guangdong", "zibo"})
        QCOMPARE(profile(id).homeVisitWorkingDays(), std::nullopt);
}

// ZB 四(二)3: 3 months from the list's arrival; GD 12 当月清零 and QI 附件6 by the
// month's last day; QD and UR set no deadline.
void TestRules::toVerifyDeadline()
{
    QCOMPARE(profile("zibo").toVerifyDeadline(QDate(2027, 1, 12)), QDate(2027, 4, 12));
    QCOMPARE(profile("guangdong").toVerifyDeadline(QDate(2026, 11, 1)), QDate(2026, 11, 30));
    QCOMPARE(profile("qingdao-institution").toVerifyDeadline(QDate(2026, 2, 4)),
             QDate(2026, 2, 28));
    QVERIFY(!profile("qingdao").toVerifyDeadline(QDate(2026, 11, 1)).isValid());
    QVERIFY(!profile("urumqi").toVerifyDeadline(QDate(2026, 11, 1)).isValid());
}

// QD 25 by the 8th of the next month; UR 八(一) within 3 working days; ZB 四(二)4 at
// once; GD and QI state no deadline.
void TestRules::suspensionDeadline()
{
    const QDate found(2026, 9, 25); // a Friday before the Mid-Autumn holiday
    QCOMPARE(BenefitLifecycle::suspensionDue(profile("qingdao"), found), QDate(2026, 10, 8));
    QCOMPARE(BenefitLifecycle::suspensionDeadline(profile("qingdao"), found), QDate(2026, 10, 8));
    QCOMPARE(BenefitLifecycle::suspensionDue(profile("urumqi"), found), QDate(2026, 9, 30));
    QVERIFY(!BenefitLifecycle::suspensionDeadline(profile("urumqi"), found).isValid());
    QCOMPARE(BenefitLifecycle::suspensionDue(profile("zibo"), found), found);
    QVERIFY(!BenefitLifecycle::suspensionDue(profile("guangdong"), found).isValid());
    QVERIFY(!BenefitLifecycle::suspensionDue(profile("qingdao-institution"), found).isValid());
}

// "3 months suspended -> stopped" only ZB 四(二)4 and UR 八(一); sealing only GD 9.
void TestRules::stopAndSeal()
{
    const QDate suspended(2026, 11, 30);
    for (const char *id : {"zibo", "urumqi"})
        QCOMPARE(BenefitLifecycle::stopDue(profile(id), suspended), QDate(2027, 2, 28));
    for (const char *id : {"qingdao", "qingdao-institution", "guangdong"})
        QVERIFY(!BenefitLifecycle::stopDue(profile(id), suspended).isValid());
    QCOMPARE(BenefitLifecycle::sealDue(profile("guangdong"), suspended), QDate(2028, 11, 30));
    for (const char *id : {"qingdao", "qingdao-institution", "zibo", "urumqi"})
        QVERIFY(!BenefitLifecycle::sealDue(profile(id), suspended).isValid());
}

// Rules one region states: QI 附件7, 9; GD 5, 9; UR 八(二); ZB 三(一), 五(一).
void TestRules::flags()
{
    const QStringList ids = PolicyProfile::builtinIds();
    for (const QString &id : ids) {
        const PolicyProfile p = profile(id.toLatin1().constData());
        const bool qi = id == QLatin1String("qingdao-institution");
        const bool gd = id == QLatin1String("guangdong");
        const bool ur = id == QLatin1String("urumqi");
        QCOMPARE(p.requiresCompleteContact(), qi);
        QCOMPARE(p.allowsBatchPass(), qi);
        QCOMPARE(p.qualifiedImportCap(), gd ? 2000 : 0);
        QCOMPARE(p.qualifiedImportApprovals(), gd ? 2 : 0);
        QCOMPARE(p.incompatibleDuties().size(), gd ? 1 : 0);
        QCOMPARE(p.instalmentsNeedConsent(), ur);
        QCOMPARE(p.recoverFromFuneralGrant(), ur);
        QCOMPARE(p.walkInAnyOffice(), id == QLatin1String("zibo"));
        QCOMPARE(p.resumeMonthAfterReview(), qi);
    }
    QCOMPARE(profile("guangdong").ruleCite(QStringLiteral("allowsBatchPass")),
             QStringLiteral("GD 5"));
}

// Urumqi keeps Xinjiang's hours (summer and winter, with the long midday break).
void TestRules::officeHours()
{
    const PolicyProfile qingdao = profile("qingdao");
    QCOMPARE(qingdao.workStart(), QTime(8, 30));
    QCOMPARE(qingdao.workEnd(), QTime(17, 30));
    QVERIFY(qingdao.isOfficeTime(QDateTime(QDate(2026, 11, 23), QTime(9, 0))));
    const PolicyProfile urumqi = profile("urumqi");
    QCOMPARE(urumqi.workStart(), QTime(10, 0));
    QCOMPARE(urumqi.workEnd(), QTime(19, 30));
    QVERIFY(!urumqi.isOfficeTime(QDateTime(QDate(2026, 11, 23), QTime(9, 0))));
    QVERIFY(urumqi.isOfficeTime(QDateTime(QDate(2026, 11, 23), QTime(10, 30))));
    QVERIFY(!urumqi.isOfficeTime(QDateTime(QDate(2026, 11, 23), QTime(15, 0))));
    QVERIFY(urumqi.isOfficeTime(QDateTime(QDate(2026, 11, 23), QTime(15, 45))));
    // Summer: the afternoon starts at 16:00 and runs to 20:00.
    QVERIFY(!urumqi.isOfficeTime(QDateTime(QDate(2026, 7, 1), QTime(15, 45))));
    QVERIFY(urumqi.isOfficeTime(QDateTime(QDate(2026, 7, 1), QTime(19, 45))));
    QVERIFY(!urumqi.rules().note(QStringLiteral("workingHours")).isEmpty());
}

// 肉孜节 and 古尔邦节 in Urumqi only; years the regional data lacks are "not covered".
void TestRules::regionalHolidays()
{
    const PolicyProfile urumqi = profile("urumqi");
    const PolicyProfile qingdao = profile("qingdao");
    QVERIFY(!urumqi.calendar().isWorkingDay(QDate(2025, 3, 31))); // Monday, 肉孜节
    QVERIFY(qingdao.calendar().isWorkingDay(QDate(2025, 3, 31)));
    QCOMPARE(urumqi.calendar().holidayName(QDate(2025, 6, 9)), QStringLiteral("古尔邦节"));
    QVERIFY(qingdao.calendar().isWorkingDay(QDate(2025, 6, 9)));
    // National holidays still count in Urumqi.
    QVERIFY(!urumqi.calendar().isWorkingDay(QDate(2026, 10, 5)));
    QVERIFY(urumqi.calendar().covers(2025));
    QVERIFY(urumqi.calendar().covers(2026));
    QVERIFY(!urumqi.calendar().covers(2027));
    QList<int> uncovered;
    urumqi.calendar().addWorkingDays(QDate(2027, 3, 1), 5, &uncovered);
    QCOMPARE(uncovered, QList<int>{2027});
    // 2026 as the regional notice gives it: 肉孜节 20-22 March (Friday off, a working
    // day elsewhere), 古尔邦节 27-31 May (Wednesday to Friday off), no make-up day.
    QVERIFY(!urumqi.calendar().isWorkingDay(QDate(2026, 3, 20)));
    QVERIFY(qingdao.calendar().isWorkingDay(QDate(2026, 3, 20)));
    for (const QDate &d : {QDate(2026, 5, 27), QDate(2026, 5, 28), QDate(2026, 5, 29)}) {
        QVERIFY(!urumqi.calendar().isWorkingDay(d));
        QCOMPARE(urumqi.calendar().holidayName(d), QStringLiteral("古尔邦节"));
    }
    QVERIFY(urumqi.calendar().isWorkingDay(QDate(2026, 5, 26)));
    QVERIFY(urumqi.calendar().isWorkingDay(QDate(2026, 6, 1)));
    // A home visit asked for on Tuesday 26 May is due 5 working days later, the
    // festival's three weekdays skipped (UR 七(三)).
    QCOMPARE(urumqi.calendar().addWorkingDays(QDate(2026, 5, 26), 5), QDate(2026, 6, 5));
    const QJsonObject years = urumqi.ruleValue(QStringLiteral("regionalHolidays"))
                                  .toObject()
                                  .value(QStringLiteral("years"))
                                  .toObject();
    QVERIFY(years.value(QStringLiteral("2026")).toObject().contains(QStringLiteral("source")));
    QVERIFY(!qingdao.hasRule(QStringLiteral("regionalHolidays")));
}

// A product setting (RULES.md §0: no seed states the length), cited as such.
void TestRules::repaymentNotice()
{
    for (const QString &id : PolicyProfile::builtinIds()) {
        const PolicyProfile p = profile(id.toLatin1().constData());
        QCOMPARE(p.repaymentNoticeDays(), 30);
        QVERIFY(p.ruleCite(QStringLiteral("repaymentNoticeDays"))
                    .startsWith(QStringLiteral("setting")));
        QCOMPARE(BenefitLifecycle::repaymentDeadline(p, QDate(2026, 11, 23)), QDate(2026, 12, 23));
    }
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
