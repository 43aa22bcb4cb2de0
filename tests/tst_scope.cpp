// Jurisdiction scope, enforced in models/: a community account's lists,
// searches, counts, tree, timeline, checks, home visits and CLI exports never
// reach a person of another community, whatever scope is asked for.
#include "clitest.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "lists/bandcounter.h"
#include "lists/jurisdictiontreemodel.h"
#include "lists/recipientlistmodel.h"
#include "security/userrepository.h"
#include "securitytest.h"
#include "store/demogenerator.h"
#include "verification/homevisitservice.h"
#include "verification/verificationservice.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTest>

using namespace certdesk;

using clitest::runCli;

namespace
{
const QDate kToday(2026, 11, 23);
} // namespace

class TestScope : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sessionCovers();
    void searchNeverLeaks_data();
    void searchNeverLeaks();
    void listModelLimited();
    void countsOnlyOwnCommunity();
    void treeShowsOwnNodeOnly();
    void servicesRefuseOutsiders();
    void cliExportLimited();
    void cliDocumentsLimited();
    void cliRecordAndEventsLimited();
    void cliAddUser();

private:
    qint64 personIn(const QString &community) const;
    QStringList communitiesOf(const QList<qint64> &ids) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    QString m_mine, m_other, m_street, m_district;
};

void TestScope::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    m_db = securitytest::demoDatabase(m_dir.filePath(QStringLiteral("scope.sqlite")), *m_profile,
                                      1500, 11, kToday, &error);
    QVERIFY2(m_db, qPrintable(error));
    const QStringList communities = securitytest::nodes(*m_db, 3);
    QVERIFY(communities.size() >= 2);
    m_mine = communities.at(0);
    m_other = communities.at(1);
    m_street = JurisdictionRepository(*m_db).find(m_mine)->parentCode;
    m_district = securitytest::nodes(*m_db, 1).value(0);
    QVERIFY(personIn(m_mine) > 0 && personIn(m_other) > 0);
}

void TestScope::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestScope::personIn(const QString &community) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT id FROM recipient WHERE community_code = ? ORDER BY id LIMIT 1"));
    q.addBindValue(community);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList TestScope::communitiesOf(const QList<qint64> &ids) const
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT community_code FROM recipient WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            out << q.value(0).toString();
    }
    out.removeDuplicates();
    return out;
}

void TestScope::sessionCovers()
{
    Recipient r;
    r.districtCode = m_district;
    r.streetCode = m_street;
    r.communityCode = m_mine;
    QVERIFY(securitytest::sessionAt(Role::CommunityWorker, 3, m_mine).covers(r));
    QVERIFY(!securitytest::sessionAt(Role::CommunityWorker, 3, m_other).covers(r));
    QVERIFY(securitytest::sessionAt(Role::StreetSupervisor, 2, m_street).covers(r));
    QVERIFY(
        !securitytest::sessionAt(Role::StreetSupervisor, 2, QStringLiteral("nowhere")).covers(r));
    QVERIFY(securitytest::sessionAt(Role::DistrictAdministrator, 1, m_district).covers(r));
    QVERIFY(Session::commandLine().covers(r));
}

void TestScope::searchNeverLeaks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("requestedLevel"); // 0: everyone
    // The name, initials and ID prefix of a person of the OTHER community: a
    // search from "mine" must not find them, whatever node it asks for.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT name, name_initials, substr(id_number, 1, 10) FROM recipient "
                             "WHERE community_code = ? LIMIT 1"));
    q.addBindValue(m_other);
    QVERIFY(q.exec() && q.next());
    for (int level : {0, 1, 3}) {
        QTest::addRow("name, level %d", level) << q.value(0).toString() << level;
        QTest::addRow("initials, level %d", level) << q.value(1).toString().toLower() << level;
        QTest::addRow("id prefix, level %d", level) << q.value(2).toString() << level;
    }
}

void TestScope::searchNeverLeaks()
{
    QFETCH(QString, text);
    QFETCH(int, requestedLevel);
    const Session me = securitytest::sessionAt(Role::CommunityWorker, 3, m_mine);
    const Scope requested = requestedLevel == 0   ? Scope{}
                            : requestedLevel == 1 ? Scope{1, m_district}
                                                  : Scope{3, m_other};
    LedgerQuery query(Ledger::Search, requested, kToday);
    query.setSearchText(text);
    query.limitTo(me.accessScope());
    QList<RecipientRow> rows;
    QVERIFY(query.fetch(m_db->connection(), QVariant(), 0, 5000, &rows));
    QList<qint64> ids;
    for (const RecipientRow &r : std::as_const(rows))
        ids << r.id;
    const QStringList seen = communitiesOf(ids);
    QVERIFY2(seen.isEmpty() || seen == QStringList{m_mine},
             qPrintable(seen.join(QLatin1Char(','))));
    QCOMPARE(query.count(m_db->connection()), qint64(rows.size()));
    // Without the limit the same search does reach the other community: the test can fail.
    LedgerQuery unlimited(Ledger::Search, Scope{}, kToday);
    unlimited.setSearchText(text);
    QList<RecipientRow> all;
    QVERIFY(unlimited.fetch(m_db->connection(), QVariant(), 0, 5000, &all));
    QList<qint64> allIds;
    for (const RecipientRow &r : std::as_const(all))
        allIds << r.id;
    QVERIFY(communitiesOf(allIds).contains(m_other));
}

void TestScope::listModelLimited()
{
    const Session me = securitytest::sessionAt(Role::CommunityWorker, 3, m_mine);
    RecipientListModel model(*m_db);
    QAbstractItemModelTester tester(&model);
    model.setAccessLimit(me.accessScope());
    for (const Scope &requested :
         {Scope{}, Scope{1, m_district}, Scope{2, m_street}, Scope{3, m_other}}) {
        model.setQuery(LedgerQuery(Ledger::Within3Cumulative, requested, kToday), kToday);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.recipientId(row);
        const QStringList seen = communitiesOf(ids);
        QVERIFY2(seen.isEmpty() || seen == QStringList{m_mine}, qPrintable(requested.code));
        if (requested.code == m_other)
            QCOMPARE(model.rowCount(), 0);
    }
}

void TestScope::countsOnlyOwnCommunity()
{
    const Session me = securitytest::sessionAt(Role::CommunityWorker, 3, m_mine);
    const LedgerCounts own = BandCounter::countAll(*m_db, {3, m_mine}, kToday);
    const LedgerCounts district = BandCounter::countAll(*m_db, {1, m_district}, kToday);
    const LedgerCounts limited =
        BandCounter::countAll(*m_db, {1, m_district}, kToday, nullptr, me.accessScope());
    const LedgerCounts other =
        BandCounter::countAll(*m_db, {3, m_other}, kToday, nullptr, me.accessScope());
    bool districtBigger = false;
    for (auto it = own.cbegin(); it != own.cend(); ++it) {
        QCOMPARE(limited.value(it.key()), it.value());
        QCOMPARE(other.value(it.key()), qint64(0));
        districtBigger |= district.value(it.key()) > it.value();
    }
    QVERIFY(districtBigger);
}

void TestScope::treeShowsOwnNodeOnly()
{
    JurisdictionTreeModel tree(*m_db);
    tree.setRootCode(m_mine);
    tree.reload();
    QCOMPARE(tree.rowCount(), 1);
    QCOMPARE(tree.index(0, 0).data(JurisdictionTreeModel::CodeRole).toString(), m_mine);
    QCOMPARE(tree.rowCount(tree.index(0, 0)), 0);
    QVERIFY(!tree.indexForCode(m_other).isValid());
    QVERIFY(!tree.indexForCode(m_district).isValid());

    tree.setRootCode(m_street);
    tree.reload();
    QCOMPARE(tree.rowCount(), 1);
    QVERIFY(tree.indexForCode(m_mine).isValid());
    QVERIFY(!tree.indexForCode(m_district).isValid());
}

void TestScope::servicesRefuseOutsiders()
{
    const Session me = securitytest::sessionAt(Role::CommunityWorker, 3, m_mine);
    EvidenceStore store(EvidenceStore::folderFor(m_db->path()));
    VerificationService service(*m_db, *m_profile, store, Session::commandLine());
    service.setToday(kToday);
    service.setSession(me);
    VerificationEvent e;
    e.recipientId = personIn(m_other);
    e.checkDate = kToday;
    e.method = VerificationMethod::Phone;
    e.status = LivingStatus::Unreachable;
    e.worker = QStringLiteral("测试员");
    QString error;
    QVERIFY(!service.record(e, &error));
    QCOMPARE(error, me.outsideScope());
    QVERIFY(service.events(e.recipientId).isEmpty());
    e.recipientId = personIn(m_mine);
    QVERIFY2(service.record(e, &error), qPrintable(error));
    QCOMPARE(service.events(e.recipientId).size(), 1);

    HomeVisitService visits(*m_db, *m_profile, WorkingCalendar::builtin(), Session::commandLine());
    visits.setSession(me);
    QVERIFY(!visits.request(personIn(m_other), kToday, QStringLiteral("家属"),
                            QStringLiteral("phone"), QString(), &error));
    QCOMPARE(error, me.outsideScope());
}

void TestScope::cliDocumentsLimited()
{
    // Print, export and archive from a community account: its own community only.
    UserRepository users(*m_db, *m_profile);
    User u = securitytest::account(QStringLiteral("zhao"), QStringLiteral("赵"),
                                   Role::CommunityWorker, m_mine);
    QString error;
    QVERIFY2(users.create(u, QStringLiteral("zhao-secret-1"), &error), qPrintable(error));
    const QString passwordFile = m_dir.filePath(QStringLiteral("pw-zhao"));
    QVERIFY(securitytest::writeFile(passwordFile, "zhao-secret-1\n"));
    const QStringList user = {QStringLiteral("--user"), QStringLiteral("zhao"),
                              QStringLiteral("--password-file"), passwordFile};
    const QString db = m_db->path();
    const QString out = m_dir.filePath(QStringLiteral("docs"));
    QDir().mkpath(out);
    auto exportArgs = [&](const QStringList &node, const QString &file) {
        return QStringList{QStringLiteral("export"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--list"),
                           QStringLiteral("within3"),
                           QStringLiteral("--format"),
                           QStringLiteral("csv"),
                           QStringLiteral("--out"),
                           file,
                           QStringLiteral("--today"),
                           kToday.toString(Qt::ISODate)} +
               node + user;
    };
    const QStringList refusedRuns[] = {
        exportArgs({QStringLiteral("--node"), m_other},
                   QDir(out).filePath(QStringLiteral("other.csv"))),
        exportArgs({QStringLiteral("--node"), m_district},
                   QDir(out).filePath(QStringLiteral("district.csv"))),
        {QStringLiteral("archive"), QStringLiteral("--db"), db, QStringLiteral("--month"),
         QStringLiteral("2026-11"), QStringLiteral("--node"), m_other, QStringLiteral("--out"), out,
         QStringLiteral("--user"), QStringLiteral("zhao"), QStringLiteral("--password-file"),
         passwordFile},
        {QStringLiteral("public-notice"), QStringLiteral("--db"), db, QStringLiteral("--year"),
         QStringLiteral("2026"), QStringLiteral("--node"), m_other, QStringLiteral("--out"),
         QDir(out).filePath(QStringLiteral("notice.pdf")), QStringLiteral("--user"),
         QStringLiteral("zhao"), QStringLiteral("--password-file"), passwordFile},
    };
    for (const QStringList &args : refusedRuns) {
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 1);
    }
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 0); // nothing written
    // Without --node the user's own community; every row is from it.
    const QString mine = QDir(out).filePath(QStringLiteral("mine.csv"));
    QCOMPARE(runCli(exportArgs({}, mine)).exitCode, 0);
    QFile f(mine);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    const QString mineName = JurisdictionRepository(*m_db).find(m_mine)->name;
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.contains(QLatin1Char('"') + mineName + QLatin1Char('"')), qPrintable(line));
}

void TestScope::cliExportLimited()
{
    UserRepository users(*m_db, *m_profile);
    User u = securitytest::account(QStringLiteral("liu"), QStringLiteral("刘"),
                                   Role::CommunityWorker, m_mine);
    QString error;
    QVERIFY2(users.create(u, QStringLiteral("liu-secret-1"), &error), qPrintable(error));
    const QString passwordFile = m_dir.filePath(QStringLiteral("pw"));
    QVERIFY(securitytest::writeFile(passwordFile, "liu-secret-1\n"));
    const QString path = m_db->path();
    const QString otherName = JurisdictionRepository(*m_db).find(m_other)->name;
    const QString mineName = JurisdictionRepository(*m_db).find(m_mine)->name;
    const QStringList user = {QStringLiteral("--user"), QStringLiteral("liu"),
                              QStringLiteral("--password-file"), passwordFile};

    // The whole district asked for, and another community named: only "mine" comes out.
    for (const QStringList &node :
         {QStringList{}, QStringList{QStringLiteral("--node"), m_other}}) {
        const auto r = runCli(clitest::ledgerArgs(
            path, QStringList{QStringLiteral("--band"), QStringLiteral("within3")} + node + user));
        QCOMPARE(r.exitCode, 0);
        for (const QJsonObject &row : r.lines)
            QCOMPARE(row.value(QLatin1String("community")).toString(), mineName);
        if (node.isEmpty())
            QVERIFY(!r.lines.isEmpty());
        else
            QVERIFY(r.lines.isEmpty());
    }
    // The same export without a user (the local "cli" actor) does include the other community.
    const auto all =
        runCli(clitest::ledgerArgs(path, {QStringLiteral("--band"), QStringLiteral("within3")}));
    QVERIFY(std::any_of(all.lines.cbegin(), all.lines.cend(), [&](const QJsonObject &row) {
        return row.value(QLatin1String("community")).toString() == otherName;
    }));
    // A wrong password is refused and logged as a failed sign-in.
    QVERIFY(securitytest::writeFile(passwordFile, "wrong-password\n"));
    const auto refused =
        runCli(clitest::ledgerArgs(path, QStringList{QStringLiteral("--count")} + user));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QLatin1String("Wrong user name or password")));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    QVERIFY2(actions.contains(QStringLiteral("sign-in")) &&
                 actions.contains(QStringLiteral("export")) &&
                 actions.last() == QLatin1String("sign-in-failed"),
             qPrintable(actions.join(QLatin1Char(','))));
}

void TestScope::cliRecordAndEventsLimited()
{
    // Runs after cliExportLimited: "liu" works in "mine"; the password file is wrong now.
    const QString passwordFile = m_dir.filePath(QStringLiteral("pw-right"));
    QVERIFY(securitytest::writeFile(passwordFile, "liu-secret-1\n"));
    auto idOf = [this](const QString &community) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "SELECT id_number FROM recipient WHERE community_code = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(community);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    const QStringList user = {QStringLiteral("--user"), QStringLiteral("liu"),
                              QStringLiteral("--password-file"), passwordFile};
    auto record = [&](const QString &idNumber, const QStringList &who) {
        return runCli(QStringList{QStringLiteral("record"), QStringLiteral("--db"), m_db->path(),
                                  QStringLiteral("--person"), idNumber, QStringLiteral("--date"),
                                  QStringLiteral("2026-11-20"), QStringLiteral("--method"),
                                  QStringLiteral("phone"), QStringLiteral("--status"),
                                  QStringLiteral("unreachable"), QStringLiteral("--worker"),
                                  QStringLiteral("刘")} +
                      who);
    };
    const auto outside = record(idOf(m_other), user);
    QCOMPARE(outside.exitCode, 1);
    QVERIFY2(outside.err.contains(QLatin1String("outside your jurisdiction")),
             qPrintable(outside.err));
    const auto events =
        runCli(QStringList{QStringLiteral("events"), QStringLiteral("--db"), m_db->path(),
                           QStringLiteral("--person"), idOf(m_other)} +
               user);
    QCOMPARE(events.exitCode, 1);
    QVERIFY(events.lines.isEmpty());
    const auto inside = record(idOf(m_mine), user);
    QCOMPARE(inside.exitCode, 0);
    // Without a user the local "cli" actor records, and is named in the trail.
    const auto asCli = record(idOf(m_other), {});
    QCOMPARE(asCli.exitCode, 0);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT username, place, action FROM audit_log WHERE action = "
                                  "'record' ORDER BY id DESC LIMIT 2")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("cli"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("cli"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("liu"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("cli"));
}

void TestScope::cliAddUser()
{
    const QString passwordFile = m_dir.filePath(QStringLiteral("new-pw"));
    QVERIFY(securitytest::writeFile(passwordFile, "zhou-secret-1\n"));
    auto addUser = [&](const QString &name, const QString &role, const QString &node,
                       const QStringList &more) {
        return runCli(QStringList{QStringLiteral("add-user"), QStringLiteral("--db"), m_db->path(),
                                  QStringLiteral("--name"), name, QStringLiteral("--display-name"),
                                  QStringLiteral("周"), QStringLiteral("--role"), role,
                                  QStringLiteral("--node"), node,
                                  QStringLiteral("--new-password-file"), passwordFile} +
                      more);
    };
    const auto created =
        addUser(QStringLiteral("zhou"), QStringLiteral("street-supervisor"), m_street, {});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.lines.first().value(QLatin1String("role")).toString(),
             QStringLiteral("street-supervisor"));
    QVERIFY(UserRepository(*m_db, *m_profile)
                .authenticate(QStringLiteral("zhou"), QStringLiteral("zhou-secret-1")));
    const auto wrongLevel =
        addUser(QStringLiteral("wu"), QStringLiteral("street-supervisor"), m_mine, {});
    QCOMPARE(wrongLevel.exitCode, 1);
    QVERIFY(wrongLevel.err.contains(QLatin1String("level 2")));
    // A supervisor may not manage users.
    const auto refused = addUser(QStringLiteral("wu"), QStringLiteral("community-worker"), m_mine,
                                 {QStringLiteral("--user"), QStringLiteral("zhou"),
                                  QStringLiteral("--password-file"), passwordFile});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(
        refused.err.contains(Permissions::refusal(Role::StreetSupervisor, Action::ManageUsers)),
        qPrintable(refused.err));
    QVERIFY(!UserRepository(*m_db, *m_profile).find(QStringLiteral("wu")));

    // An auditor is read-only: no full ID numbers, no export of people, but the trail.
    QCOMPARE(addUser(QStringLiteral("zheng"), QStringLiteral("auditor"), m_district, {}).exitCode,
             0);
    const QStringList auditor = {QStringLiteral("--user"), QStringLiteral("zheng"),
                                 QStringLiteral("--password-file"), passwordFile};
    const auto full = runCli(
        clitest::ledgerArgs(m_db->path(), QStringList{QStringLiteral("--band"), QStringLiteral("1"),
                                                      QStringLiteral("--full-id")} +
                                              auditor));
    QCOMPARE(full.exitCode, 1);
    QVERIFY(full.lines.isEmpty());
    QVERIFY2(full.err.contains(Permissions::refusal(Role::Auditor, Action::RevealIdNumber)),
             qPrintable(full.err));
    const auto trail =
        runCli(QStringList{QStringLiteral("audit"), QStringLiteral("--db"), m_db->path(),
                           QStringLiteral("--by"), QStringLiteral("zheng")} +
               auditor);
    QCOMPARE(trail.exitCode, 0);
    QVERIFY(!trail.lines.isEmpty());
    QCOMPARE(trail.lines.first().value(QLatin1String("action")).toString(),
             QStringLiteral("sign-in"));
    const auto asWorker =
        runCli(QStringList{QStringLiteral("audit"), QStringLiteral("--db"), m_db->path()} +
               QStringList{QStringLiteral("--user"), QStringLiteral("zhou"),
                           QStringLiteral("--password-file"), passwordFile});
    QCOMPARE(asWorker.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
