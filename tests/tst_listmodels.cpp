// List models against the real SQLite file: row counts equal SQL counts, pages
// arrive by key without gaps or repeats, sorting orders what the user sees.
#include "archive/listdocuments.h"
#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "domain/pinyininitials.h"
#include "domain/policyprofile.h"
#include "domain/specialgroup.h"
#include "lists/bandcounter.h"
#include "lists/jurisdictiontreemodel.h"
#include "lists/recipientlistmodel.h"
#include "store/database.h"
#include "store/demogenerator.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
}

class TestListModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void countsMatchSql_data();
    void countsMatchSql();
    void pagesByKey();
    void pagesDroppedAndReadAgain();
    void expiryOrderAndBands();
    void bigDataOrder();
    void homeVisitMembers();
    void sortByColumns();
    void search_data();
    void search();
    void jurisdictionTree();
    void modelTester();

private:
    qint64 sqlCount(const QString &where, const QVariantList &binds = {}) const;
    RecipientListModel *loadAll(const LedgerQuery &q);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    QString m_street;
    QString m_community;
};

void TestListModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_db = Database::open(m_dir.filePath(QStringLiteral("lists.sqlite")),
                          Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_db, qPrintable(error));
    DemoOptions options;
    options.persons = 3000;
    options.seed = 11;
    options.today = kToday;
    QVERIFY2(DemoGenerator::generate(*m_db, *m_profile, options, &error), qPrintable(error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT code, parent_code FROM jurisdiction WHERE level = 3 ORDER BY code LIMIT 1")));
    QVERIFY(q.next());
    m_community = q.value(0).toString();
    m_street = q.value(1).toString();
}

qint64 TestListModels::sqlCount(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM recipient WHERE ") + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

RecipientListModel *TestListModels::loadAll(const LedgerQuery &q)
{
    auto *model = new RecipientListModel(*m_db, this);
    model->setQuery(q, kToday);
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    return model;
}

void TestListModels::countsMatchSql_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("binds");
    // Hand-written boundaries: today 2026-11-23, +1m 2026-12-23, +2m 2027-01-23, +3m 2027-02-23.
    QTest::newRow("overdue") << int(Ledger::Overdue) << QStringLiteral("period_end < ?")
                             << QVariantList{QStringLiteral("2026-11-23")};
    QTest::newRow("1") << int(Ledger::Within1) << QStringLiteral("period_end BETWEEN ? AND ?")
                       << QVariantList{QStringLiteral("2026-11-23"), QStringLiteral("2026-12-23")};
    QTest::newRow("2") << int(Ledger::Within2)
                       << QStringLiteral("period_end > ? AND period_end <= ?")
                       << QVariantList{QStringLiteral("2026-12-23"), QStringLiteral("2027-01-23")};
    QTest::newRow("3") << int(Ledger::Within3)
                       << QStringLiteral("period_end > ? AND period_end <= ?")
                       << QVariantList{QStringLiteral("2027-01-23"), QStringLiteral("2027-02-23")};
    QTest::newRow("within3") << int(Ledger::Within3Cumulative)
                             << QStringLiteral("period_end BETWEEN ? AND ?")
                             << QVariantList{QStringLiteral("2026-11-23"),
                                             QStringLiteral("2027-02-23")};
    QTest::newRow("to-verify") << int(Ledger::ToVerify) << QStringLiteral("bigdata_rank = 1")
                               << QVariantList{};
    QTest::newRow("bigdata") << int(Ledger::BigData) << QStringLiteral("bigdata_rank IS NOT NULL")
                             << QVariantList{};
    QTest::newRow("home-visit") << int(Ledger::HomeVisit)
                                << QStringLiteral("(birth_date <= ? OR special_flags <> 0)")
                                << QVariantList{QStringLiteral("1946-11-23")};
    // QD 18(一), GD 3, UR 六(五)1, written as the rule reads (the list itself is two
    // index ranges).
    QTest::newRow("lost") << int(Ledger::LostEligibility)
                          << QStringLiteral(
                                 "benefit_status IN ('normal', 'failed') AND (living_status IN "
                                 "('deceased', 'imprisoned', 'missing', 'other-loss') OR "
                                 "(bigdata_rank = 0 AND benefit_status = 'normal'))")
                          << QVariantList{};
}

void TestListModels::countsMatchSql()
{
    QFETCH(int, list);
    QFETCH(QString, where);
    QFETCH(QVariantList, binds);
    const auto w = Ledger(list);
    struct Case {
        Scope scope;
        QString column;
    };
    const QList<Case> scopes = {{{1, QStringLiteral("370299")}, QStringLiteral("district_code")},
                                {{2, m_street}, QStringLiteral("street_code")},
                                {{3, m_community}, QStringLiteral("community_code")}};
    for (const Case &c : scopes) {
        QVariantList b = binds;
        b.prepend(c.scope.code);
        const qint64 expected = sqlCount(QStringLiteral("%1 = ? AND %2").arg(c.column, where), b);
        QVERIFY(expected > 0);
        LedgerQuery q(w, c.scope, kToday);
        QCOMPARE(q.count(m_db->connection()), expected);
        std::unique_ptr<RecipientListModel> model(loadAll(q));
        QCOMPARE(qint64(model->rowCount()), expected);
        const LedgerCounts counts = BandCounter::countAll(*m_db, c.scope, kToday);
        QCOMPARE(counts.value(w), expected);
    }
}

void TestListModels::pagesByKey()
{
    const Scope district{1, QStringLiteral("370299")};
    RecipientListModel model(*m_db);
    model.setQuery(LedgerQuery(Ledger::BigData, district, kToday), kToday);
    QCOMPARE(model.rowCount(), RecipientListModel::PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * RecipientListModel::PageSize);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 3000);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.recipientId(r));
    QCOMPARE(ids.size(), 3000); // no row twice, none skipped
}

void TestListModels::pagesDroppedAndReadAgain()
{
    // Issue 19: a list scrolled to its end keeps only the pages used last; the
    // others are read again by key when shown, the same rows in the same order.
    const LedgerQuery query(Ledger::BigData, {1, QStringLiteral("370299")}, kToday);
    std::unique_ptr<RecipientListModel> all(loadAll(query));
    QCOMPARE(all->rowCount(), 3000);
    QCOMPARE(all->pagesInMemory(), 3000 / RecipientListModel::PageSize);
    RecipientListModel few(*m_db);
    few.setPagesKept(3);
    few.setQuery(query, kToday);
    while (few.canFetchMore(QModelIndex()))
        few.fetchMore(QModelIndex());
    QCOMPARE(few.rowCount(), 3000);
    QVERIFY2(few.pagesInMemory() <= 3, qPrintable(QString::number(few.pagesInMemory())));
    const int nameCol = int(few.columns().indexOf(RecipientListModel::NameColumn));
    for (int r = few.rowCount() - 1; r >= 0; --r) { // back to the top, as a user scrolls
        QCOMPARE(few.recipientId(r), all->recipientId(r));
        QCOMPARE(few.index(r, nameCol).data().toString(), all->index(r, nameCol).data().toString());
    }
    QVERIFY(few.pagesInMemory() <= 3);
    QCOMPARE(few.rowInMemory(all->recipientId(0)), 0); // the top, read last
    QCOMPARE(few.rowInMemory(all->recipientId(2999)), -1);
    // A printed or exported list reads each page once, in order, as rows reach it.
    RecipientListModel exported(*m_db);
    exported.setPagesKept(3);
    exported.setQuery(query, kToday);
    const TableDocument doc = ListDocuments::fromModel(exported, QStringLiteral("t"), {}, {});
    QCOMPARE(doc.rows.size(), 3000);
    QCOMPARE(doc.rows.at(2999).at(nameCol), all->index(2999, nameCol).data().toString());
    QCOMPARE(doc.rows.at(0).at(nameCol), all->index(0, nameCol).data().toString());
}

void TestListModels::expiryOrderAndBands()
{
    std::unique_ptr<RecipientListModel> model(
        loadAll(LedgerQuery(Ledger::Within3Cumulative, {1, QStringLiteral("370299")}, kToday)));
    const int col = int(model->columns().indexOf(RecipientListModel::PeriodEndColumn));
    QVERIFY(col >= 0);
    QString previous;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString end = model->index(r, col).data().toString();
        QVERIFY2(end >= QLatin1String("2026-11-23") && end <= QLatin1String("2027-02-23"),
                 qPrintable(end));
        QVERIFY2(previous <= end, qPrintable(previous + QLatin1String(" > ") + end));
        previous = end;
    }
    // ID numbers are masked by default and shown whole on request.
    const int idCol = int(model->columns().indexOf(RecipientListModel::IdNumberColumn));
    QVERIFY(model->index(0, idCol).data().toString().contains(QLatin1String("********")));
    model->setRevealIdNumbers(true);
    QCOMPARE(model->index(0, idCol).data().toString().size(), 18);
    QVERIFY(!model->index(0, idCol).data().toString().contains(QLatin1Char('*')));
}

void TestListModels::bigDataOrder()
{
    std::unique_ptr<RecipientListModel> model(
        loadAll(LedgerQuery(Ledger::BigData, {3, m_community}, kToday)));
    const int col = int(model->columns().indexOf(RecipientListModel::ConclusionColumn));
    QVERIFY(col >= 0);
    // Disqualified first, then to verify, then qualified (seed 003 step 6).
    const QStringList order = {BigDataConclusions::displayName(BigDataConclusion::Disqualified),
                               BigDataConclusions::displayName(BigDataConclusion::ToVerify),
                               BigDataConclusions::displayName(BigDataConclusion::Qualified)};
    int last = 0;
    QSet<int> seen;
    for (int r = 0; r < model->rowCount(); ++r) {
        const int rank = int(order.indexOf(model->index(r, col).data().toString()));
        QVERIFY(rank >= 0);
        QVERIFY(rank >= last);
        last = rank;
        seen.insert(rank);
    }
    QCOMPARE(seen.size(), 3);
}

void TestListModels::homeVisitMembers()
{
    std::unique_ptr<RecipientListModel> model(
        loadAll(LedgerQuery(Ledger::HomeVisit, {2, m_street}, kToday)));
    QVERIFY(model->rowCount() > 0);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT birth_date, special_flags FROM recipient WHERE id = ?"));
    int flaggedYounger = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        q.addBindValue(model->recipientId(r));
        QVERIFY(q.exec() && q.next());
        const QDate birth = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        QVERIFY(SpecialGroup::isMember(birth, q.value(1).toInt(), kToday));
        if (ageOn(birth, kToday) < 80)
            ++flaggedYounger;
    }
    QVERIFY(flaggedYounger > 0); // the flags count, not only age
}

void TestListModels::sortByColumns()
{
    RecipientListModel model(*m_db);
    model.setQuery(LedgerQuery(Ledger::Within3Cumulative, {1, QStringLiteral("370299")}, kToday),
                   kToday);
    const int nameCol = int(model.columns().indexOf(RecipientListModel::NameColumn));
    const int ageCol = int(model.columns().indexOf(RecipientListModel::AgeColumn));
    model.sort(ageCol, Qt::DescendingOrder);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    const qint64 total =
        LedgerQuery(Ledger::Within3Cumulative, {1, QStringLiteral("370299")}, kToday)
            .count(m_db->connection());
    QCOMPARE(qint64(model.rowCount()), total);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1, ageCol).data().toInt() >= model.index(r, ageCol).data().toInt());
    QVERIFY(model.index(0, ageCol).data().toInt() >
            model.index(model.rowCount() - 1, ageCol).data().toInt());

    model.sort(nameCol, Qt::AscendingOrder);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(qint64(model.rowCount()), total);
    for (int r = 1; r < model.rowCount(); ++r) {
        const QString a = model.index(r - 1, nameCol).data().toString();
        const QString b = model.index(r, nameCol).data().toString();
        QVERIFY2(a.toUcs4() <= b.toUcs4(), qPrintable(a + QLatin1String(" > ") + b));
    }
}

void TestListModels::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    QTest::newRow("id prefix") << QStringLiteral("370202") << int(SearchMode::IdPrefix);
    // The last four, as a worker is given them ("3702" as a prefix would be everyone);
    // search() takes them from a person of the demo data.
    QTest::newRow("id last four") << QStringLiteral("tail") << int(SearchMode::IdTail);
    QTest::newRow("initials") << QStringLiteral("zs") << int(SearchMode::Initials);
    QTest::newRow("initials upper") << QStringLiteral("WX") << int(SearchMode::Initials);
    QTest::newRow("one character") << QStringLiteral("芳") << int(SearchMode::NameSubstring);
    QTest::newRow("surname") << QStringLiteral("欧阳") << int(SearchMode::NameSubstring);
}

void TestListModels::search()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    if (text == QLatin1String("tail")) {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT substr(id_number, 15) FROM recipient ORDER BY id "
                                      "LIMIT 1 OFFSET 7")) &&
                q.next());
        text = q.value(0).toString();
    }
    QCOMPARE(int(LedgerQuery::searchMode(text)), mode);
    LedgerQuery q(Ledger::Search, {1, QStringLiteral("370299")}, kToday);
    q.setSearchText(text);
    std::unique_ptr<RecipientListModel> model(loadAll(q));
    qint64 expected = 0;
    switch (SearchMode(mode)) {
    case SearchMode::IdPrefix:
        expected = sqlCount(QStringLiteral("substr(id_number, 1, ?) = ?"), {text.size(), text});
        break;
    case SearchMode::IdTail: {
        expected = sqlCount(QStringLiteral("id_number LIKE ?"), {QStringLiteral("%") + text});
        // Found through its index, not by reading every row (a million in a district).
        QSqlQuery plan(m_db->connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id FROM recipient r "
                                         "WHERE substr(r.id_number, 15) = '0012'")));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString();
        QVERIFY2(steps.contains(QStringLiteral("recipient_id_tail")), qPrintable(steps));
        break;
    }
    case SearchMode::Initials:
        expected = sqlCount(QStringLiteral("substr(name_initials, 1, ?) = ?"),
                            {text.size(), text.toLower()});
        break;
    case SearchMode::NameSubstring:
        expected = sqlCount(QStringLiteral("instr(name, ?) > 0"), {text});
        break;
    }
    QVERIFY2(expected > 0, "the demo data should hold matches for every search case");
    QCOMPARE(qint64(model->rowCount()), expected);
    QCOMPARE(q.count(m_db->connection()), expected);
    model->setRevealIdNumbers(true);
    const int nameCol = int(model->columns().indexOf(RecipientListModel::NameColumn));
    const int idCol = int(model->columns().indexOf(RecipientListModel::IdNumberColumn));
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString name = model->index(r, nameCol).data().toString();
        switch (SearchMode(mode)) {
        case SearchMode::IdPrefix:
            QVERIFY(model->index(r, idCol).data().toString().startsWith(text));
            break;
        case SearchMode::IdTail:
            QVERIFY(model->index(r, idCol).data().toString().endsWith(text));
            break;
        case SearchMode::Initials:
            QVERIFY2(PinyinInitials::of(name).startsWith(text.toLower()), qPrintable(name));
            break;
        case SearchMode::NameSubstring:
            QVERIFY2(name.contains(text), qPrintable(name));
            break;
        }
    }
}

void TestListModels::jurisdictionTree()
{
    JurisdictionTreeModel tree(*m_db);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.reload();
    QCOMPARE(tree.rowCount(), 1); // one district
    const QModelIndex district = tree.index(0, 0);
    QCOMPARE(tree.rowCount(district), 3); // three streets
    int communities = 0;
    qint64 sum = 0;
    for (int s = 0; s < 3; ++s) {
        const QModelIndex street = tree.index(s, 0, district);
        communities += tree.rowCount(street);
        for (int c = 0; c < tree.rowCount(street); ++c)
            sum += tree.index(c, 0, street).data(JurisdictionTreeModel::CountRole).toLongLong();
    }
    QCOMPARE(communities, 12);
    QCOMPARE(sum, qint64(3000));
    QCOMPARE(district.data(JurisdictionTreeModel::CountRole).toLongLong(), qint64(3000));
    QCOMPARE(tree.index(0, 1).data().toString(), QStringLiteral("3000"));
    const QModelIndex community = tree.indexForCode(m_community);
    QVERIFY(community.isValid());
    QCOMPARE(JurisdictionTreeModel::scopeOf(community).level, 3);
    QCOMPARE(community.data(JurisdictionTreeModel::CountRole).toLongLong(),
             sqlCount(QStringLiteral("community_code = ?"), {m_community}));
}

void TestListModels::modelTester()
{
    RecipientListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (Ledger w : Ledgers::tabs()) {
        model.setQuery(LedgerQuery(w, {2, m_street}, kToday), kToday);
        if (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        model.sort(0, Qt::DescendingOrder);
    }
}

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
