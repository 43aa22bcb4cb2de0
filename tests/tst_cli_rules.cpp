// certdesk-cli's rule commands (check-id, period, visit-due) run as a user would:
// JSON lines on stdout, messages on stderr, exit codes 0 / 1 / 2. Every RULES.md
// §7 row the CLI can express is checked here too.

#include "clitest.h"

#include "domain/benefitcategory.h"
#include "domain/policyprofile.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace certdesk;

using namespace clitest;

class TestCliRules : public QObject
{
    Q_OBJECT

private slots:
    void checkIdValid();
    void checkIdInvalid();
    void checkIdSeveral();

    void periodRulesExamples_data();
    void periodRulesExamples();
    void periodBands_data();
    void periodBands();
    void periodRefusesLongIndividualPeriod();
    void periodBadUsage_data();
    void periodBadUsage();

    void visitDueCovered();
    void visitDueUncoveredYear();

    void demoPeopleAreInTheProfilesCategories_data();
    void demoPeopleAreInTheProfilesCategories();
};

void TestCliRules::checkIdValid()
{
    const CliResult r = runCli({QStringLiteral("check-id"), QStringLiteral("--today"), Today,
                                QStringLiteral("11010519491231002X")});
    QVERIFY2(r.finished, qPrintable(describe(r)));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.allJson);
    QCOMPARE(r.lines.size(), 1);
    const QJsonObject o = r.lines.first();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(false), true);
    QCOMPARE(o.value(QStringLiteral("input")).toString(), QStringLiteral("11010519491231002X"));
    QCOMPARE(o.value(QStringLiteral("canonical")).toString(), QStringLiteral("11010519491231002X"));
    QCOMPARE(o.value(QStringLiteral("birth")).toString(), QStringLiteral("1949-12-31"));
    QCOMPARE(o.value(QStringLiteral("sex")).toString(), QStringLiteral("F"));
    QCOMPARE(o.value(QStringLiteral("age")).toInt(-1), 76);
    QVERIFY(!o.contains(QStringLiteral("reason")));

    // Age follows --today: the day before the 77th birthday and the day itself.
    CliResult r2 = runCli({QStringLiteral("check-id"), QStringLiteral("--today"),
                           QStringLiteral("2026-12-30"), QStringLiteral("11010519491231002X")});
    QCOMPARE(r2.lines.value(0).value(QStringLiteral("age")).toInt(-1), 76);
    r2 = runCli({QStringLiteral("check-id"), QStringLiteral("--today"),
                 QStringLiteral("2026-12-31"), QStringLiteral("11010519491231002X")});
    QCOMPARE(r2.lines.value(0).value(QStringLiteral("age")).toInt(-1), 77);
}

void TestCliRules::checkIdInvalid()
{
    const CliResult r = runCli({QStringLiteral("check-id"), QStringLiteral("--today"), Today,
                                QStringLiteral("110105194912310021")});
    QVERIFY2(r.finished, qPrintable(describe(r)));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 1);
    const QJsonObject o = r.lines.first();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("reason")).toString(),
             QStringLiteral("wrong check character (expected X)"));
    QCOMPARE(o.value(QStringLiteral("expected")).toString(), QStringLiteral("X"));
    QVERIFY(!o.contains(QStringLiteral("birth")));
}

void TestCliRules::checkIdSeveral()
{
    const QStringList numbers = {QStringLiteral("11010519491231002X"),
                                 QStringLiteral("110105194912310021"), QStringLiteral("12345"),
                                 QStringLiteral("11010519491231002x")};
    const CliResult r =
        runCli(QStringList{QStringLiteral("check-id"), QStringLiteral("--today"), Today} + numbers);
    QVERIFY2(r.finished, qPrintable(describe(r)));
    QCOMPARE(r.exitCode, 1); // some are invalid
    QVERIFY(r.allJson);
    QCOMPARE(r.lines.size(), numbers.size());
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(r.lines.at(i).value(QStringLiteral("input")).toString(), numbers.at(i));
    QCOMPARE(r.lines.at(0).value(QStringLiteral("valid")).toBool(false), true);
    QCOMPARE(r.lines.at(1).value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(r.lines.at(2).value(QStringLiteral("valid")).toBool(true), false);
    QVERIFY(!r.lines.at(2).value(QStringLiteral("reason")).toString().isEmpty());
    // A lower-case x is the same number.
    QCOMPARE(r.lines.at(3).value(QStringLiteral("valid")).toBool(false), true);
    QCOMPARE(r.lines.at(3).value(QStringLiteral("canonical")).toString(),
             QStringLiteral("11010519491231002X"));

    // All valid: exit 0, one line each.
    const CliResult ok =
        runCli({QStringLiteral("check-id"), QStringLiteral("--today"), Today,
                QStringLiteral("11010519491231002X"), QStringLiteral("11010519491231002X")});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.lines.size(), 2);
}

// --- period ----------------------------------------------------------------

void TestCliRules::periodRulesExamples_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QVariant>("start"); // QString, or invalid for null
    QTest::addColumn<QVariant>("end");
    QTest::addColumn<QVariant>("band");

    const auto opt = [](const char *name, const QString &value) {
        return QStringList{QStringLiteral("--") + QString::fromLatin1(name), value};
    };
    const QVariant null;
    QTest::newRow("qingdao enterprise 2026-01-31")
        << (opt("category", QStringLiteral("enterprise")) +
            opt("birth", QStringLiteral("1950-01-01")) +
            opt("last-cert", QStringLiteral("2026-01-31")))
        << QVariant(QStringLiteral("2026-01-31")) << QVariant(QStringLiteral("2027-01-31"))
        << QVariant(QStringLiteral("3"));
    QTest::newRow("dependent under 16") << (opt("category", QStringLiteral("dependent")) +
                                            opt("birth", QStringLiteral("2012-03-05")))
                                        << null << null << null;
    QTest::newRow("dependent turned 16, never certified")
        << (opt("category", QStringLiteral("dependent")) +
            opt("birth", QStringLiteral("2010-03-05")))
        << QVariant(QStringLiteral("2026-03-05")) << QVariant(QStringLiteral("2026-09-05"))
        << QVariant(QStringLiteral("overdue"));
    QTest::newRow("guangdong resident from next month")
        << (opt("profile", QStringLiteral("guangdong")) +
            opt("category", QStringLiteral("resident")) +
            opt("birth", QStringLiteral("1955-05-05")) +
            opt("last-cert", QStringLiteral("2026-03-15")))
        << QVariant(QStringLiteral("2026-04-01")) << QVariant(QStringLiteral("2027-03-31"))
        << QVariant(QStringLiteral("later"));
    QTest::newRow("qingdao-institution pass on 2026-11-10")
        << (opt("profile", QStringLiteral("qingdao-institution")) +
            opt("category", QStringLiteral("institution")) +
            opt("birth", QStringLiteral("1955-05-05")) +
            opt("last-cert", QStringLiteral("2026-11-10")))
        << QVariant(QStringLiteral("2026-11-01")) << QVariant(QStringLiteral("2027-10-31"))
        << QVariant(QStringLiteral("later"));
    QTest::newRow("urumqi resident quarterly")
        << (opt("profile", QStringLiteral("urumqi")) + opt("category", QStringLiteral("resident")) +
            opt("birth", QStringLiteral("1955-05-05")) +
            opt("last-cert", QStringLiteral("2026-08-02")))
        << QVariant(QStringLiteral("2026-08-02")) << QVariant(QStringLiteral("2026-12-31"))
        << QVariant(QStringLiteral("2"));
    QTest::newRow("month end clamps: 2026-01-31 + 13 months")
        << (opt("category", QStringLiteral("enterprise")) +
            opt("birth", QStringLiteral("1950-01-01")) +
            opt("last-cert", QStringLiteral("2026-01-31")) + opt("months", QStringLiteral("13")))
        << QVariant(QStringLiteral("2026-01-31")) << QVariant(QStringLiteral("2027-02-28"))
        << QVariant(QStringLiteral("later"));
    QTest::newRow("new recipient: benefit start")
        << (opt("category", QStringLiteral("enterprise")) +
            opt("birth", QStringLiteral("1960-06-06")) +
            opt("benefit-start", QStringLiteral("2026-06-01")))
        << QVariant(QStringLiteral("2026-06-01")) << QVariant(QStringLiteral("2027-06-01"))
        << QVariant(QStringLiteral("later"));
}

void TestCliRules::periodRulesExamples()
{
    QFETCH(QStringList, args);
    QFETCH(QVariant, start);
    QFETCH(QVariant, end);
    QFETCH(QVariant, band);
    const CliResult r =
        runCli(QStringList{QStringLiteral("period"), QStringLiteral("--today"), Today} + args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.lines.size(), 1);
    const QJsonObject o = r.lines.first();
    const auto check = [&](const char *key, const QVariant &expected) {
        const QJsonValue v = o.value(QString::fromLatin1(key));
        if (!expected.isValid())
            return v.isNull();
        return v.isString() && v.toString() == expected.toString();
    };
    QVERIFY2(check("start", start), qPrintable(QString::fromUtf8(r.out)));
    QVERIFY2(check("end", end), qPrintable(QString::fromUtf8(r.out)));
    QVERIFY2(check("band", band), qPrintable(QString::fromUtf8(r.out)));
    QCOMPARE(o.value(QStringLiteral("today")).toString(), Today);
}

void TestCliRules::periodBands_data()
{
    QTest::addColumn<QString>("lastCert");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("band");
    // qingdao enterprise: end = last certification + 12 months; today 2026-11-23.
    QTest::newRow("overdue (RULES: ends 2026-11-01)") << "2025-11-01"
                                                      << "2026-11-01"
                                                      << "overdue";
    QTest::newRow("overdue: ended yesterday") << "2025-11-22"
                                              << "2026-11-22"
                                              << "overdue";
    QTest::newRow("1: ends today") << "2025-11-23"
                                   << "2026-11-23"
                                   << "1";
    QTest::newRow("1 (RULES: ends 2026-12-20)") << "2025-12-20"
                                                << "2026-12-20"
                                                << "1";
    QTest::newRow("1: ends today+1m") << "2025-12-23"
                                      << "2026-12-23"
                                      << "1";
    QTest::newRow("2: day after today+1m") << "2025-12-24"
                                           << "2026-12-24"
                                           << "2";
    QTest::newRow("2 (RULES: ends 2027-01-10)") << "2026-01-10"
                                                << "2027-01-10"
                                                << "2";
    QTest::newRow("2: ends today+2m") << "2026-01-23"
                                      << "2027-01-23"
                                      << "2";
    QTest::newRow("3: day after today+2m") << "2026-01-24"
                                           << "2027-01-24"
                                           << "3";
    QTest::newRow("3: ends 2027-02-10") << "2026-02-10"
                                        << "2027-02-10"
                                        << "3";
    QTest::newRow("3: ends today+3m") << "2026-02-23"
                                      << "2027-02-23"
                                      << "3";
    QTest::newRow("later: day after today+3m") << "2026-02-24"
                                               << "2027-02-24"
                                               << "later";
    QTest::newRow("later: ends 2027-06-01") << "2026-06-01"
                                            << "2027-06-01"
                                            << "later";
}

void TestCliRules::periodBands()
{
    QFETCH(QString, lastCert);
    QFETCH(QString, end);
    QFETCH(QString, band);
    const CliResult r = runCli({QStringLiteral("period"), QStringLiteral("--category"),
                                QStringLiteral("enterprise"), QStringLiteral("--birth"),
                                QStringLiteral("1950-01-01"), QStringLiteral("--last-cert"),
                                lastCert, QStringLiteral("--today"), Today});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.lines.size(), 1);
    QCOMPARE(r.lines.first().value(QStringLiteral("start")).toString(), lastCert);
    QCOMPARE(r.lines.first().value(QStringLiteral("end")).toString(), end);
    QCOMPARE(r.lines.first().value(QStringLiteral("band")).toString(), band);
}

void TestCliRules::periodRefusesLongIndividualPeriod()
{
    const QStringList base = {
        QStringLiteral("period"),     QStringLiteral("--category"), QStringLiteral("enterprise"),
        QStringLiteral("--birth"),    QStringLiteral("1950-01-01"), QStringLiteral("--last-cert"),
        QStringLiteral("2026-01-31"), QStringLiteral("--today"),    Today};
    const CliResult r =
        runCli(base + QStringList{QStringLiteral("--months"), QStringLiteral("30")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.lines.isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("24")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--months")), qPrintable(r.err));

    // 24 is the limit and allowed.
    const CliResult ok =
        runCli(base + QStringList{QStringLiteral("--months"), QStringLiteral("24")});
    QVERIFY2(ok.exitCode == 0, qPrintable(describe(ok)));
    QCOMPARE(ok.lines.value(0).value(QStringLiteral("end")).toString(),
             QStringLiteral("2028-01-31"));
    const CliResult r25 =
        runCli(base + QStringList{QStringLiteral("--months"), QStringLiteral("25")});
    QCOMPARE(r25.exitCode, 2);
}

void TestCliRules::periodBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("option");
    const QString birth = QStringLiteral("--birth");
    const QString cert = QStringLiteral("--last-cert");
    const QString cat = QStringLiteral("--category");
    QTest::newRow("bad category") << QStringList{cat,   QStringLiteral("pensioner"),
                                                 birth, QStringLiteral("1950-01-01"),
                                                 cert,  QStringLiteral("2026-01-31")}
                                  << QStringLiteral("--category");
    QTest::newRow("bad birth month")
        << QStringList{cat,  QStringLiteral("enterprise"), birth, QStringLiteral("1950-13-01"),
                       cert, QStringLiteral("2026-01-31")}
        << QStringLiteral("--birth");
    QTest::newRow("bad last-cert day")
        << QStringList{cat,  QStringLiteral("enterprise"), birth, QStringLiteral("1950-01-01"),
                       cert, QStringLiteral("2026-02-30")}
        << QStringLiteral("--last-cert");
    QTest::newRow("last-cert not ISO")
        << QStringList{cat,  QStringLiteral("enterprise"), birth, QStringLiteral("1950-01-01"),
                       cert, QStringLiteral("31.01.2026")}
        << QStringLiteral("--last-cert");
    QTest::newRow("bad today") << QStringList{cat,
                                              QStringLiteral("enterprise"),
                                              birth,
                                              QStringLiteral("1950-01-01"),
                                              cert,
                                              QStringLiteral("2026-01-31"),
                                              QStringLiteral("--today"),
                                              QStringLiteral("tomorrow")}
                               << QStringLiteral("--today");
    QTest::newRow("bad months") << QStringList{cat,
                                               QStringLiteral("enterprise"),
                                               birth,
                                               QStringLiteral("1950-01-01"),
                                               cert,
                                               QStringLiteral("2026-01-31"),
                                               QStringLiteral("--months"),
                                               QStringLiteral("twelve")}
                                << QStringLiteral("--months");
}

void TestCliRules::periodBadUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, option);
    const CliResult r = runCli(QStringList{QStringLiteral("period")} + args);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.lines.isEmpty());
    QVERIFY2(r.err.contains(option), qPrintable(r.err));
}

// --- visit-due -------------------------------------------------------------

void TestCliRules::visitDueCovered()
{
    const CliResult r =
        runCli({QStringLiteral("visit-due"), QStringLiteral("--requested"),
                QStringLiteral("2026-09-25"), QStringLiteral("--days"), QStringLiteral("5")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.lines.size(), 1);
    const QJsonObject o = r.lines.first();
    QCOMPARE(o.value(QStringLiteral("due")).toString(), QStringLiteral("2026-10-09"));
    QCOMPARE(o.value(QStringLiteral("requested")).toString(), QStringLiteral("2026-09-25"));
    QCOMPARE(o.value(QStringLiteral("days")).toInt(), 5);
    QVERIFY(!o.contains(QStringLiteral("uncoveredYears")));
    QVERIFY2(!r.err.contains(QLatin1String("warning"), Qt::CaseInsensitive), qPrintable(r.err));

    // The default is the profile's: UR 七(三) 5 working days; QD states none.
    const CliResult d = runCli({QStringLiteral("visit-due"), QStringLiteral("--requested"),
                                QStringLiteral("2026-09-25"), QStringLiteral("--profile"),
                                QStringLiteral("urumqi")});
    QCOMPARE(d.lines.value(0).value(QStringLiteral("due")).toString(),
             QStringLiteral("2026-10-09"));
    const CliResult q = runCli(
        {QStringLiteral("visit-due"), QStringLiteral("--requested"), QStringLiteral("2026-09-25")});
    QCOMPARE(q.exitCode, 2);
    QVERIFY2(q.err.contains(QLatin1String("not set by the rules of qingdao")), qPrintable(q.err));
}

void TestCliRules::visitDueUncoveredYear()
{
    const CliResult r =
        runCli({QStringLiteral("visit-due"), QStringLiteral("--requested"),
                QStringLiteral("2027-12-28"), QStringLiteral("--days"), QStringLiteral("5")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("warning")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("2027")), qPrintable(r.err));
    QCOMPARE(r.lines.size(), 1);
    const QJsonArray years = r.lines.first().value(QStringLiteral("uncoveredYears")).toArray();
    QVERIFY2(years.contains(QJsonValue(2027)), qPrintable(QString::fromUtf8(r.out)));
    // Weekends only: Tue 28 Dec 2027 + 5 working days = Tue 4 Jan 2028.
    QCOMPARE(r.lines.first().value(QStringLiteral("due")).toString(), QStringLiteral("2028-01-04"));

    const CliResult bad = runCli(
        {QStringLiteral("visit-due"), QStringLiteral("--requested"), QStringLiteral("2026-9-25")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("--requested")), qPrintable(bad.err));
}

// --- demo + ledger ---------------------------------------------------------

void TestCliRules::demoPeopleAreInTheProfilesCategories_data()
{
    QTest::addColumn<QString>("profile");
    for (const QString &id : PolicyProfile::builtinIds())
        QTest::newRow(qPrintable(id)) << id;
}

// Issue 15: `demo` made people of categories the region's rules do not cover
// (GD 6 covers residents and the unemployed; QI 一 institutions and dependents),
// people without a service period. Every one is now of a covered category.
void TestCliRules::demoPeopleAreInTheProfilesCategories()
{
    QFETCH(QString, profile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const CliResult r =
        runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--persons"),
                QStringLiteral("300"), QStringLiteral("--profile"), profile,
                QStringLiteral("--today"), Today});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    const auto rules = PolicyProfile::builtin(profile);
    QVERIFY(rules);
    QMap<QString, int> seen;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), profile);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT category, count(*) FROM recipient GROUP BY 1")));
        while (q.next())
            seen.insert(q.value(0).toString(), q.value(1).toInt());
        db.close();
    }
    QSqlDatabase::removeDatabase(profile);
    int people = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const auto category = BenefitCategories::fromKey(it.key());
        QVERIFY2(category, qPrintable(it.key()));
        QVERIFY2(rules->rule(*category),
                 qPrintable(QStringLiteral("%1 people of %2, which %3 does not cover")
                                .arg(it.value())
                                .arg(it.key(), profile)));
        people += it.value();
    }
    QCOMPARE(people, 300);
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
