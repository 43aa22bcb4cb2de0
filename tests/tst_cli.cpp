// The real certdesk-cli executable on a demo database: demo generation, ledger
// rows, counts and searches, checked against plain SQL on the same file; and the
// error exits. The rule commands are in tst_cli_rules.

#include "clitest.h"

using namespace certdesk;

using namespace clitest;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void demoOutput();
    void ledgerCounts();
    void ledgerWithin3();
    void ledgerOtherBands_data();
    void ledgerOtherBands();
    void ledgerLimit();
    void ledgerNode();
    void ledgerMasking();
    void searchIdPrefix();
    void searchInitials();
    void searchNameCharacter();
    void demoIsDeterministic();
    void demoRefusesNonEmptyDatabase();
    void demoCityDistricts();

    void errors();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CERTDESK_BINARY_DIR "/app/certdesk-cli")).isExecutable(),
             "build the certdesk-cli target first");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("d.sqlite"));
    const CliResult r =
        runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("2000"),
                QStringLiteral("--db"), m_db, QStringLiteral("--seed"), QStringLiteral("7"),
                QStringLiteral("--today"), Today});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(QFileInfo::exists(m_db));
}

// --- check-id --------------------------------------------------------------
void TestCli::demoOutput()
{
    Sql sql(m_db);
    QVERIFY(sql.isOpen());
    QCOMPARE(sql.count(QStringLiteral("1")), qint64(2000));
    QCOMPARE(sql.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
    QCOMPARE(
        sql.scalar(QStringLiteral("SELECT count(*) FROM jurisdiction WHERE level = 1")).toInt(), 1);
    QCOMPARE(
        sql.scalar(QStringLiteral("SELECT count(*) FROM jurisdiction WHERE level = 2")).toInt(), 3);
    QCOMPARE(
        sql.scalar(QStringLiteral("SELECT count(*) FROM jurisdiction WHERE level = 3")).toInt(),
        12);
    QCOMPARE(
        sql.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'demo.today'")).toString(),
        Today);
}

void TestCli::ledgerCounts()
{
    const CliResult r = runCli(ledgerArgs(m_db, {QStringLiteral("--count")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.lines.size(), 1);
    const QJsonObject o = r.lines.first();

    Sql sql(m_db);
    QVERIFY(sql.isOpen());
    const QString district =
        sql.scalar(QStringLiteral("SELECT code FROM jurisdiction WHERE level = 1")).toString();
    QCOMPARE(o.value(QStringLiteral("node")).toString(), district);
    QCOMPARE(o.value(QStringLiteral("today")).toString(), Today);

    struct Expect {
        const char *key;
        QString where;
    };
    const QList<Expect> expected = {
        {"overdue", QStringLiteral("period_end < '2026-11-23'")},
        {"1", QStringLiteral("period_end BETWEEN '2026-11-23' AND '2026-12-23'")},
        {"2", QStringLiteral("period_end BETWEEN '2026-12-24' AND '2027-01-23'")},
        {"3", QStringLiteral("period_end BETWEEN '2027-01-24' AND '2027-02-23'")},
        {"within3", QStringLiteral("period_end BETWEEN '2026-11-23' AND '2027-02-23'")},
        {"to-verify", QStringLiteral("bigdata_rank = 1")},
        {"bigdata", QStringLiteral("bigdata_rank IS NOT NULL")},
        {"home-visit", QStringLiteral("birth_date <= '1946-11-23' OR special_flags <> 0")},
    };
    for (const Expect &e : expected) {
        const QString key = QString::fromLatin1(e.key);
        const qint64 want = sql.count(e.where);
        QVERIFY2(want > 0, e.key); // the demo populates every list
        QVERIFY2(o.contains(key), e.key);
        QCOMPARE(qint64(o.value(key).toDouble(-1)), want);
    }
    QCOMPARE(o.value(QStringLiteral("within3")).toInt(), o.value(QStringLiteral("1")).toInt() +
                                                             o.value(QStringLiteral("2")).toInt() +
                                                             o.value(QStringLiteral("3")).toInt());
    // Disjoint bands plus "later" and "no period" make up everyone.
    const qint64 later = sql.count(QStringLiteral("period_end > '2027-02-23'"));
    const qint64 none = sql.count(QStringLiteral("period_end IS NULL"));
    QCOMPARE(o.value(QStringLiteral("overdue")).toInt() +
                 o.value(QStringLiteral("within3")).toInt() + later + none,
             qint64(2000));
}

void TestCli::ledgerWithin3()
{
    const CliResult r =
        runCli(ledgerArgs(m_db, {QStringLiteral("--band"), QStringLiteral("within3")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.allJson);

    Sql sql(m_db);
    const auto rows = sql.rows(QStringLiteral(
        "SELECT id FROM recipient WHERE period_end BETWEEN '2026-11-23' AND '2027-02-23' "
        "ORDER BY period_end, id"));
    QVERIFY(rows.size() > 100);
    QCOMPARE(r.lines.size(), rows.size());
    QCOMPARE(idsOf(r.lines), idsOf(rows));

    const QSet<QString> bands = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    QSet<QString> seen;
    QString previous;
    for (const QJsonObject &o : r.lines) {
        const QString band = o.value(QStringLiteral("band")).toString();
        QVERIFY2(bands.contains(band), qPrintable(band));
        seen << band;
        const QString end = o.value(QStringLiteral("periodEnd")).toString();
        QCOMPARE(end.size(), 10);
        QVERIFY2(previous <= end, qPrintable(previous + QStringLiteral(" > ") + end));
        previous = end;
    }
    QCOMPARE(seen, bands);
}

void TestCli::ledgerOtherBands_data()
{
    QTest::addColumn<QString>("band");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("rowBand"); // expected "band" of every row, empty = not checked
    QTest::newRow("overdue") << "overdue"
                             << "period_end < '2026-11-23'"
                             << "overdue";
    QTest::newRow("1") << "1"
                       << "period_end BETWEEN '2026-11-23' AND '2026-12-23'"
                       << "1";
    QTest::newRow("2") << "2"
                       << "period_end BETWEEN '2026-12-24' AND '2027-01-23'"
                       << "2";
    QTest::newRow("3") << "3"
                       << "period_end BETWEEN '2027-01-24' AND '2027-02-23'"
                       << "3";
    QTest::newRow("to-verify") << "to-verify"
                               << "bigdata_rank = 1"
                               << "";
    QTest::newRow("home-visit") << "home-visit"
                                << "birth_date <= '1946-11-23' OR special_flags <> 0"
                                << "";
}

void TestCli::ledgerOtherBands()
{
    QFETCH(QString, band);
    QFETCH(QString, where);
    QFETCH(QString, rowBand);
    const CliResult r = runCli(ledgerArgs(m_db, {QStringLiteral("--band"), band}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    Sql sql(m_db);
    const qint64 want = sql.count(where);
    QVERIFY(want > 0);
    QCOMPARE(qint64(r.lines.size()), want);
    QSet<qint64> ids;
    for (const QJsonObject &o : r.lines) {
        ids << qint64(o.value(QStringLiteral("id")).toDouble());
        if (!rowBand.isEmpty())
            QCOMPARE(o.value(QStringLiteral("band")).toString(), rowBand);
        if (band == QLatin1String("to-verify"))
            QCOMPARE(o.value(QStringLiteral("conclusion")).toString(), QStringLiteral("to-verify"));
        if (band == QLatin1String("home-visit"))
            QVERIFY(o.value(QStringLiteral("special")).toBool(false));
    }
    QCOMPARE(qint64(ids.size()), want); // no row twice
}

void TestCli::ledgerLimit()
{
    const CliResult all =
        runCli(ledgerArgs(m_db, {QStringLiteral("--band"), QStringLiteral("within3")}));
    const CliResult r =
        runCli(ledgerArgs(m_db, {QStringLiteral("--band"), QStringLiteral("within3"),
                                 QStringLiteral("--limit"), QStringLiteral("5")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.lines.size(), 5);
    QCOMPARE(idsOf(r.lines), idsOf(all.lines).mid(0, 5));

    const CliResult zero =
        runCli(ledgerArgs(m_db, {QStringLiteral("--band"), QStringLiteral("overdue"),
                                 QStringLiteral("--limit"), QStringLiteral("0")}));
    QCOMPARE(zero.exitCode, 0);
    QCOMPARE(zero.lines.size(), 0);
    // More than one 1000-row page: home-visit has fewer, so use --limit larger than the list.
    const CliResult big =
        runCli(ledgerArgs(m_db, {QStringLiteral("--band"), QStringLiteral("bigdata"),
                                 QStringLiteral("--limit"), QStringLiteral("1500")}));
    QCOMPARE(big.exitCode, 0);
    QCOMPARE(big.lines.size(), 1500);
    const CliResult bigAll =
        runCli(ledgerArgs(m_db, {QStringLiteral("--band"), QStringLiteral("bigdata")}));
    QCOMPARE(bigAll.lines.size(), 2000);
    const QList<qint64> bigIds = idsOf(bigAll.lines);
    QCOMPARE(QSet<qint64>(bigIds.cbegin(), bigIds.cend()).size(), 2000);

    const CliResult bad =
        runCli(ledgerArgs(m_db, {QStringLiteral("--band"), QStringLiteral("1"),
                                 QStringLiteral("--limit"), QStringLiteral("-3")}));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("--limit")), qPrintable(bad.err));
}

void TestCli::ledgerNode()
{
    Sql sql(m_db);
    const auto communities =
        sql.rows(QStringLiteral("SELECT j.code, j.name, j.parent_code FROM jurisdiction j WHERE "
                                "j.level = 3 ORDER BY j.code"));
    QCOMPARE(communities.size(), 12);
    const QString code = communities.at(5).value(0).toString();
    const QString name = communities.at(5).value(1).toString();
    const QString street = communities.at(5).value(2).toString();
    const qint64 want = sql.count(
        QStringLiteral("community_code = ? AND period_end BETWEEN '2026-11-23' AND '2027-02-23'"),
        {code});
    QVERIFY(want > 0);

    const CliResult r =
        runCli(ledgerArgs(m_db, {QStringLiteral("--node"), code, QStringLiteral("--band"),
                                 QStringLiteral("within3")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(qint64(r.lines.size()), want);
    for (const QJsonObject &o : r.lines)
        QCOMPARE(o.value(QStringLiteral("community")).toString(), name);
    const auto ids = sql.rows(
        QStringLiteral("SELECT id FROM recipient WHERE community_code = ? AND "
                       "period_end BETWEEN '2026-11-23' AND '2027-02-23' ORDER BY period_end, id"),
        {code});
    QCOMPARE(idsOf(r.lines), idsOf(ids));

    // Counts at community and street level.
    const CliResult c =
        runCli(ledgerArgs(m_db, {QStringLiteral("--node"), code, QStringLiteral("--count")}));
    QVERIFY2(c.exitCode == 0, qPrintable(describe(c)));
    const QJsonObject o = c.lines.value(0);
    QCOMPARE(o.value(QStringLiteral("node")).toString(), code);
    QCOMPARE(qint64(o.value(QStringLiteral("within3")).toDouble()), want);
    QCOMPARE(qint64(o.value(QStringLiteral("overdue")).toDouble()),
             sql.count(QStringLiteral("community_code = ? AND period_end < '2026-11-23'"), {code}));
    QCOMPARE(
        qint64(o.value(QStringLiteral("home-visit")).toDouble()),
        sql.count(QStringLiteral(
                      "community_code = ? AND (birth_date <= '1946-11-23' OR special_flags <> 0)"),
                  {code}));

    const CliResult s =
        runCli(ledgerArgs(m_db, {QStringLiteral("--node"), street, QStringLiteral("--count")}));
    QVERIFY2(s.exitCode == 0, qPrintable(describe(s)));
    QCOMPARE(qint64(s.lines.value(0).value(QStringLiteral("to-verify")).toDouble()),
             sql.count(QStringLiteral("street_code = ? AND bigdata_rank = 1"), {street}));
    QCOMPARE(qint64(s.lines.value(0).value(QStringLiteral("within3")).toDouble()),
             sql.count(QStringLiteral(
                           "street_code = ? AND period_end BETWEEN '2026-11-23' AND '2027-02-23'"),
                       {street}));
}

void TestCli::ledgerMasking()
{
    const CliResult masked =
        runCli(ledgerArgs(m_db, {QStringLiteral("--band"), QStringLiteral("1")}));
    QVERIFY2(masked.exitCode == 0, qPrintable(describe(masked)));
    QVERIFY(!masked.lines.isEmpty());
    Sql sql(m_db);
    for (const QJsonObject &o : masked.lines) {
        const QString shown = o.value(QStringLiteral("idNumber")).toString();
        QCOMPARE(shown.size(), 18);
        QVERIFY2(shown.contains(QLatin1String("********")), qPrintable(shown));
        const QString full =
            sql.scalar(QStringLiteral("SELECT id_number FROM recipient WHERE id = ?"),
                       {o.value(QStringLiteral("id")).toVariant()})
                .toString();
        QCOMPARE(shown, full.left(6) + QStringLiteral("********") + full.right(4));
    }
    QVERIFY2(!masked.out.contains(
                 sql.scalar(QStringLiteral("SELECT id_number FROM recipient WHERE id = ?"),
                            {masked.lines.first().value(QStringLiteral("id")).toVariant()})
                     .toString()
                     .toLatin1()),
             "a full ID number appears in the masked output");

    const CliResult full = runCli(ledgerArgs(
        m_db, {QStringLiteral("--band"), QStringLiteral("1"), QStringLiteral("--full-id")}));
    QCOMPARE(full.lines.size(), masked.lines.size());
    for (const QJsonObject &o : full.lines) {
        const QString shown = o.value(QStringLiteral("idNumber")).toString();
        QVERIFY2(!shown.contains(QLatin1Char('*')), qPrintable(shown));
        QCOMPARE(shown, sql.scalar(QStringLiteral("SELECT id_number FROM recipient WHERE id = ?"),
                                   {o.value(QStringLiteral("id")).toVariant()})
                            .toString());
    }
}

void TestCli::searchIdPrefix()
{
    Sql sql(m_db);
    const QString someId =
        sql.scalar(QStringLiteral("SELECT id_number FROM recipient WHERE id = 100")).toString();
    QCOMPARE(someId.size(), 18);
    const QString prefix = someId.left(6);
    const qint64 want = sql.count(QStringLiteral("substr(id_number, 1, 6) = ?"), {prefix});
    QVERIFY(want > 0);

    const CliResult r =
        runCli(ledgerArgs(m_db, {QStringLiteral("--search"), prefix, QStringLiteral("--full-id")}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(qint64(r.lines.size()), want);
    QVERIFY(idsOf(r.lines).contains(100));
    for (const QJsonObject &o : r.lines)
        QVERIFY(o.value(QStringLiteral("idNumber")).toString().startsWith(prefix));

    // The whole number finds exactly that person; so does the first 14 digits.
    const CliResult one =
        runCli(ledgerArgs(m_db, {QStringLiteral("--search"), someId, QStringLiteral("--full-id")}));
    QCOMPARE(idsOf(one.lines), QList<qint64>{100});
    const CliResult p14 = runCli(ledgerArgs(
        m_db, {QStringLiteral("--search"), someId.left(14), QStringLiteral("--full-id")}));
    QCOMPARE(qint64(p14.lines.size()),
             sql.count(QStringLiteral("substr(id_number, 1, 14) = ?"), {someId.left(14)}));
    QVERIFY(idsOf(p14.lines).contains(100));
}

void TestCli::searchInitials()
{
    Sql sql(m_db);
    const auto person =
        sql.rows(QStringLiteral("SELECT id, name, name_initials FROM recipient WHERE id = 321"));
    QCOMPARE(person.size(), 1);
    const qint64 id = person.first().value(0).toLongLong();
    const QString name = person.first().value(1).toString();
    const QString initials = person.first().value(2).toString();
    QVERIFY2(initials.size() >= 2, qPrintable(initials));
    QCOMPARE(initials.size(), name.size()); // one initial per character of a Chinese name
    const auto expected =
        sql.rows(QStringLiteral("SELECT id FROM recipient WHERE substr(name_initials, 1, ?) = ? "
                                "ORDER BY name_initials, id"),
                 {initials.size(), initials});

    const CliResult r = runCli(ledgerArgs(m_db, {QStringLiteral("--search"), initials}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(idsOf(r.lines).contains(id));
    QCOMPARE(idsOf(r.lines), idsOf(expected));
    bool found = false;
    for (const QJsonObject &o : r.lines)
        found = found || o.value(QStringLiteral("name")).toString() == name;
    QVERIFY(found);

    // Upper case finds the same people.
    const CliResult upper =
        runCli(ledgerArgs(m_db, {QStringLiteral("--search"), initials.toUpper()}));
    QCOMPARE(idsOf(upper.lines), idsOf(r.lines));
}

void TestCli::searchNameCharacter()
{
    Sql sql(m_db);
    const QString name =
        sql.scalar(QStringLiteral("SELECT name FROM recipient WHERE id = 500")).toString();
    QVERIFY(name.size() >= 2);
    const QString ch = name.mid(1, 1); // a given-name character
    const auto expected = sql.rows(
        QStringLiteral("SELECT id FROM recipient WHERE instr(name, ?) > 0 ORDER BY id"), {ch});
    QVERIFY(!expected.isEmpty());

    const CliResult r = runCli(ledgerArgs(m_db, {QStringLiteral("--search"), ch}));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(idsOf(r.lines).contains(500));
    for (const QJsonObject &o : r.lines)
        QVERIFY2(o.value(QStringLiteral("name")).toString().contains(ch),
                 qPrintable(o.value(QStringLiteral("name")).toString()));
    QCOMPARE(idsOf(r.lines), idsOf(expected));

    // A two-character run (the whole given name or surname + first character).
    const QString two = name.left(2);
    const auto expected2 = sql.rows(
        QStringLiteral("SELECT id FROM recipient WHERE instr(name, ?) > 0 ORDER BY id"), {two});
    const CliResult r2 = runCli(ledgerArgs(m_db, {QStringLiteral("--search"), two}));
    QVERIFY2(r2.exitCode == 0, qPrintable(describe(r2)));
    QCOMPARE(idsOf(r2.lines), idsOf(expected2));
}

void TestCli::demoIsDeterministic()
{
    const QString again = m_dir.filePath(QStringLiteral("again.sqlite"));
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    const QStringList base = {QStringLiteral("demo"),
                              QStringLiteral("--persons"),
                              QStringLiteral("2000"),
                              QStringLiteral("--today"),
                              Today,
                              QStringLiteral("--db")};
    CliResult r = runCli(base + QStringList{again, QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.lines.size(), 1);
    QCOMPARE(r.lines.first().value(QStringLiteral("persons")).toInt(), 2000);
    QCOMPARE(r.lines.first().value(QStringLiteral("seed")).toInt(), 7);
    r = runCli(base + QStringList{other, QStringLiteral("--seed"), QStringLiteral("8")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    const QByteArray h1 = contentHash(m_db);
    const QByteArray h2 = contentHash(again);
    const QByteArray h3 = contentHash(other);
    QVERIFY(!h1.isEmpty());
    QCOMPARE(h2, h1);
    QVERIFY(h3 != h1);
}

void TestCli::demoRefusesNonEmptyDatabase()
{
    const QByteArray before = contentHash(m_db);
    const CliResult r =
        runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("10"),
                QStringLiteral("--db"), m_db, QStringLiteral("--today"), Today});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(contentHash(m_db), before);
    Sql sql(m_db);
    QCOMPARE(sql.count(QStringLiteral("1")), qint64(2000));
}

// Issue 19: `demo --districts N` makes a city: N districts, each with its own
// streets and communities, every person under a community of their district.
void TestCli::demoCityDistricts()
{
    const QString city = m_dir.filePath(QStringLiteral("city.sqlite"));
    CliResult r =
        runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("3000"),
                QStringLiteral("--districts"), QStringLiteral("3"), QStringLiteral("--db"), city,
                QStringLiteral("--today"), Today});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.lines.first().value(QStringLiteral("districts")).toInt(), 3);
    Sql sql(city);
    const auto districts = sql.rows(
        QStringLiteral("SELECT code, name FROM jurisdiction WHERE level = 1 ORDER BY code DESC"));
    QCOMPARE(districts.size(), 3);
    QCOMPARE(districts.at(0).at(0).toString(), QStringLiteral("370299")); // the demo district
    QCOMPARE(districts.at(1).at(0).toString(), QStringLiteral("370298"));
    QVERIFY(districts.at(1).at(1).toString() != districts.at(0).at(1).toString());
    for (const QVariantList &d : districts) {
        // 1,000 persons a district: 3 streets of 4 communities each.
        QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM jurisdiction c JOIN jurisdiction "
                                           "s ON s.code = c.parent_code WHERE c.level = 3 AND "
                                           "s.parent_code = ?"),
                            {d.at(0)})
                     .toInt(),
                 12);
        QVERIFY(sql.count(QStringLiteral("district_code = ?"), {d.at(0)}) > 500);
    }
    QCOMPARE(sql.count(QStringLiteral("1")), qint64(3000));
    // Each person's district is the parent of their street, their street the
    // parent of their community.
    QCOMPARE(sql.count(QStringLiteral("NOT EXISTS (SELECT 1 FROM jurisdiction c JOIN jurisdiction "
                                      "s ON s.code = c.parent_code WHERE c.code = community_code "
                                      "AND s.code = street_code AND s.parent_code = "
                                      "district_code)")),
             qint64(0));

    r = runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("10"),
                QStringLiteral("--districts"), QStringLiteral("11"), QStringLiteral("--db"),
                m_dir.filePath(QStringLiteral("eleven.sqlite"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--districts")), qPrintable(r.err));
}

// --- errors ----------------------------------------------------------------

void TestCli::errors()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    CliResult r = runCli(ledgerArgs(missing, {QStringLiteral("--count")}));
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.lines.isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(missing));

    r = runCli(ledgerArgs(m_db, {QStringLiteral("--band"), QStringLiteral("4")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.lines.isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("--band")), qPrintable(r.err));
    r = runCli(ledgerArgs(m_db, {QStringLiteral("--band"), QStringLiteral("search")}));
    QCOMPARE(r.exitCode, 2);

    r = runCli(ledgerArgs(
        m_db, {QStringLiteral("--node"), QStringLiteral("999999"), QStringLiteral("--count")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.lines.isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("--node")) && r.err.contains(QLatin1String("999999")),
             qPrintable(r.err));

    r = runCli(ledgerArgs(m_db, {}));
    QCOMPARE(r.exitCode, 2); // no band, search or count

    r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("frobnicate")), qPrintable(r.err));
    QVERIFY(r.lines.isEmpty());

    r = runCli({});
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("ledger"));

    r = runCli({QStringLiteral("check-id")});
    QCOMPARE(r.exitCode, 2);
    r = runCli(
        {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("10")}); // no --db
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("0"),
                QStringLiteral("--db"), m_dir.filePath(QStringLiteral("zero.sqlite"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--persons")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
