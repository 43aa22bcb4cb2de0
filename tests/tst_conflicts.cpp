// Conflicts flagged by the server: listed only within the user's node, decided
// only by a role that may, once, with one of the conflict's values, audited.
#include "clitest.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "security/audittrail.h"
#include "security/userrepository.h"
#include "securitytest.h"
#include "sync/conflictrepository.h"
#include "sync/syncrunlog.h"
#include "sync/syncsettings.h"
#include "synctest.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
}

class TestConflicts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsWithinScopeOnly();
    void parsesValuesNewerLast();
    void decisionsPerType();
    void workerMayNotDecide();
    void valueMustBeOneOfTheConflicts();
    void dateMustBeADate();
    void outsideNodeRefused();
    void supervisorDecidesOnce();
    void resolvedConflictRefused();
    void settingsKeepDeviceId();
    void runLogNewestFirst();
    void commandLine();

private:
    qint64 resolutions(const QString &conflict) const
    {
        return synctest::count(
            *m_db, QStringLiteral("SELECT count(*) FROM sync_resolution WHERE conflict_id = ?"),
            {conflict});
    }
    Session worker() const
    {
        return securitytest::sessionAt(Role::CommunityWorker, 3, m_a.community);
    }
    Session supervisor() const
    {
        return securitytest::sessionAt(Role::StreetSupervisor, 2, m_a.street);
    }

    QTemporaryDir m_dir;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditTrail> m_audit;
    synctest::Person m_a;     // in community A
    synctest::Person m_b;     // another community of A's street
    synctest::Person m_other; // another street
};

void TestConflicts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_db = securitytest::demoDatabase(m_dir.filePath(QStringLiteral("c.sqlite")), *m_profile, 600,
                                      3, kToday, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_audit = std::make_unique<AuditTrail>(*m_db, *m_profile, WorkingCalendar::builtin());
    m_a = synctest::personOutside(*m_db, {});
    QVERIFY(m_a.id > 0);
    m_b = synctest::personOutside(*m_db, {m_a.community}, m_a.street);
    QVERIFY2(m_b.id > 0, "no second community in the street");
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT id, id_number, name, street_code, community_code FROM recipient "
                       "WHERE street_code <> '%1' ORDER BY id LIMIT 1")
            .arg(m_a.street)));
    QVERIFY(q.next());
    m_other = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
               q.value(3).toString(), q.value(4).toString()};

    const QString phone = QStringLiteral("phone");
    QVERIFY(synctest::insertConflict(*m_db, QStringLiteral("c-a"), QStringLiteral("contact-field"),
                                     m_a, phone, QStringLiteral("13900000001"),
                                     QStringLiteral("13900000002"), QStringLiteral("open"), 10));
    QVERIFY(synctest::insertConflict(*m_db, QStringLiteral("c-b"), QStringLiteral("contact-field"),
                                     m_b, phone, QStringLiteral("13900000003"),
                                     QStringLiteral("13900000004"), QStringLiteral("open"), 11));
    QVERIFY(synctest::insertConflict(*m_db, QStringLiteral("c-date"), QStringLiteral("death-date"),
                                     m_a, QStringLiteral("deathDate"), QStringLiteral("2026-10-01"),
                                     QStringLiteral("2026-10-05"), QStringLiteral("open"), 12));
    QVERIFY(synctest::insertConflict(
        *m_db, QStringLiteral("c-other"), QStringLiteral("alive-after-death"), m_other, QString(),
        QStringLiteral("deceased"), QStringLiteral("alive"), QStringLiteral("open"), 13));
    QVERIFY(synctest::insertConflict(
        *m_db, QStringLiteral("c-done"), QStringLiteral("contact-field"), m_a, phone,
        QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("resolved"), 9));
}

void TestConflicts::cleanupTestCase()
{
    m_audit.reset();
    m_db.reset();
}

void TestConflicts::listsWithinScopeOnly()
{
    auto ids = [](const QList<SyncConflict> &list) {
        QStringList out;
        for (const SyncConflict &c : list)
            out << c.id;
        out.sort();
        return out;
    };
    QString error;
    const ConflictRepository community(*m_db, worker());
    QCOMPARE(ids(community.list(false, &error)),
             (QStringList{QStringLiteral("c-a"), QStringLiteral("c-date")}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(
        ids(community.list(true)),
        (QStringList{QStringLiteral("c-a"), QStringLiteral("c-date"), QStringLiteral("c-done")}));
    QCOMPARE(community.openCount(), 2);
    QVERIFY(!community.find(QStringLiteral("c-b")));

    const ConflictRepository street(*m_db, supervisor());
    QCOMPARE(ids(street.list(false)),
             (QStringList{QStringLiteral("c-a"), QStringLiteral("c-b"), QStringLiteral("c-date")}));
    QCOMPARE(street.openCount(), 3);

    const ConflictRepository district(*m_db, securitytest::administrator());
    QCOMPARE(district.openCount(), 4);
    const SyncConflict first = district.list(false).first(); // open ones, newest change first
    QCOMPARE(first.id, QStringLiteral("c-other"));
    QCOMPARE(first.personName, m_other.name);
}

void TestConflicts::parsesValuesNewerLast()
{
    const auto c = ConflictRepository(*m_db, worker()).find(QStringLiteral("c-a"));
    QVERIFY(c);
    QCOMPARE(c->type, QStringLiteral("contact-field"));
    QCOMPARE(c->field, QStringLiteral("phone"));
    QCOMPARE(c->recipientId, m_a.id);
    QCOMPARE(c->personName, m_a.name);
    QCOMPARE(c->values.size(), 2);
    QCOMPARE(c->values.at(1).value, QStringLiteral("13900000002"));
    QCOMPARE(c->values.at(1).at, QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC));
    QCOMPARE(c->values.at(0).device, QStringLiteral("device-a"));
    QVERIFY(!c->decisionWaiting);
}

void TestConflicts::decisionsPerType()
{
    QCOMPARE(ConflictRepository::decisions(QStringLiteral("alive-after-death")),
             (QStringList{QStringLiteral("death-confirmed"), QStringLiteral("alive-confirmed")}));
    QCOMPARE(ConflictRepository::decisions(QStringLiteral("death-date")),
             QStringList{QStringLiteral("use-date")});
    QCOMPARE(ConflictRepository::decisions(QStringLiteral("contact-field")),
             QStringList{QStringLiteral("use-value")});
    QVERIFY(ConflictRepository::decisions(QStringLiteral("nonsense")).isEmpty());
}

void TestConflicts::workerMayNotDecide()
{
    QString error;
    const ConflictRepository repo(*m_db, worker(), m_audit.get());
    QVERIFY(!repo.resolve(QStringLiteral("c-a"), QStringLiteral("use-value"),
                          QStringLiteral("13900000001"), {}, &error));
    QCOMPARE(error, worker().refusal(Action::ResolveConflict));
    QCOMPARE(resolutions(QStringLiteral("c-a")), 0);
}

void TestConflicts::valueMustBeOneOfTheConflicts()
{
    QString error;
    const ConflictRepository repo(*m_db, supervisor(), m_audit.get());
    QVERIFY(!repo.resolve(QStringLiteral("c-a"), QStringLiteral("use-value"),
                          QStringLiteral("13900000009"), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(
        !repo.resolve(QStringLiteral("c-a"), QStringLiteral("death-confirmed"), {}, {}, &error));
    QCOMPARE(resolutions(QStringLiteral("c-a")), 0);
}

void TestConflicts::dateMustBeADate()
{
    QString error;
    const ConflictRepository repo(*m_db, supervisor(), m_audit.get());
    QVERIFY(!repo.resolve(QStringLiteral("c-date"), QStringLiteral("use-date"),
                          QStringLiteral("5 Oct"), {}, &error));
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    QVERIFY(
        !repo.resolve(QStringLiteral("c-date"), QStringLiteral("use-date"), tomorrow, {}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(resolutions(QStringLiteral("c-date")), 0);
}

void TestConflicts::outsideNodeRefused()
{
    QString error;
    const ConflictRepository repo(*m_db, supervisor(), m_audit.get());
    QVERIFY(!repo.resolve(QStringLiteral("c-other"), QStringLiteral("death-confirmed"), {}, {},
                          &error));
    QVERIFY(!error.contains(m_other.name));
    QCOMPARE(resolutions(QStringLiteral("c-other")), 0);
    // Without an audit trail nothing is decided.
    QVERIFY(!ConflictRepository(*m_db, supervisor())
                 .resolve(QStringLiteral("c-a"), QStringLiteral("use-value"),
                          QStringLiteral("13900000001"), {}, &error));
}

void TestConflicts::supervisorDecidesOnce()
{
    const qint64 auditBefore =
        synctest::count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    QString error;
    const ConflictRepository repo(*m_db, supervisor(), m_audit.get());
    QVERIFY2(repo.resolve(QStringLiteral("c-a"), QStringLiteral("use-value"),
                          QStringLiteral("13900000001"), QStringLiteral("电话核实"), &error),
             qPrintable(error));
    QCOMPARE(resolutions(QStringLiteral("c-a")), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT uuid, decision, value, note, decided_by, decided_at, state "
                              "FROM sync_resolution WHERE conflict_id = 'c-a'")));
    QVERIFY(q.next());
    QVERIFY(!QUuid::fromString(q.value(0).toString()).isNull());
    QCOMPARE(q.value(1).toString(), QStringLiteral("use-value"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("13900000001"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("电话核实"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("tester"));
    QVERIFY2(q.value(5).toString().endsWith(QLatin1Char('Z')) && q.value(5).toString().size() == 24,
             qPrintable(q.value(5).toString()));
    QCOMPARE(q.value(6).toString(), QStringLiteral("pending"));

    QCOMPARE(synctest::count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")),
             auditBefore + 1);
    QCOMPARE(synctest::count(
                 *m_db,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'resolve-conflict' "
                                "AND username = 'tester' AND detail LIKE '%c-a%'")),
             1);
    QVERIFY(m_audit->verify().ok);

    QVERIFY(repo.find(QStringLiteral("c-a"))->decisionWaiting);
    QVERIFY(!repo.find(QStringLiteral("c-date"))->decisionWaiting);

    // Twice: refused, still one row and one entry.
    QVERIFY(!repo.resolve(QStringLiteral("c-a"), QStringLiteral("use-value"),
                          QStringLiteral("13900000002"), {}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(resolutions(QStringLiteral("c-a")), 1);
    QCOMPARE(synctest::count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")),
             auditBefore + 1);

    // A date is kept in canonical form.
    QVERIFY2(repo.resolve(QStringLiteral("c-date"), QStringLiteral("use-date"),
                          QStringLiteral("2026-10-05"), {}, &error),
             qPrintable(error));
    QCOMPARE(synctest::count(
                 *m_db,
                 QStringLiteral("SELECT count(*) FROM sync_resolution WHERE conflict_id = 'c-date' "
                                "AND value = '2026-10-05' AND note IS NULL")),
             1);
}

void TestConflicts::resolvedConflictRefused()
{
    QString error;
    const ConflictRepository repo(*m_db, supervisor(), m_audit.get());
    QVERIFY(!repo.resolve(QStringLiteral("c-done"), QStringLiteral("use-value"),
                          QStringLiteral("1"), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!repo.resolve(QStringLiteral("c-unknown"), QStringLiteral("use-value"),
                          QStringLiteral("1"), {}, &error));
    QCOMPARE(resolutions(QStringLiteral("c-done")), 0);
}

void TestConflicts::settingsKeepDeviceId()
{
    SyncSettings first = SyncSettings::load(*m_db);
    QVERIFY(!first.isConfigured());
    QVERIFY(!QUuid::fromString(first.device).isNull());
    QCOMPARE(SyncSettings::load(*m_db).device, first.device);
    first.server = QUrl(QStringLiteral("https://upstream.example:8470"));
    first.user = QStringLiteral("wang");
    first.intervalMinutes = 0;
    first.deviceKey = QByteArray(32, '\x07');
    first.serverKey = QByteArrayLiteral("server-public-key");
    QString error;
    QVERIFY2(first.save(*m_db, &error), qPrintable(error));
    const SyncSettings again = SyncSettings::load(*m_db);
    QVERIFY(again.isConfigured());
    QCOMPARE(again.server, first.server);
    QCOMPARE(again.user, first.user);
    QCOMPARE(again.intervalMinutes, 0);
    QCOMPARE(again.device, first.device);
    QCOMPARE(again.deviceKey, first.deviceKey);
    QCOMPARE(again.serverKey, first.serverKey);
}

void TestConflicts::runLogNewestFirst()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO sync_run(started_at, finished_at, outcome, pushed, pulled, uploaded, message) "
        "VALUES('2026-11-23T06:00:00.000Z', '2026-11-23T06:00:05.000Z', 'ok', 3, 40, 2, NULL), "
        "('2026-11-23T06:10:00.000Z', '2026-11-23T06:10:01.000Z', 'retry', 0, 0, 0, 'timeout')")));
    const QList<SyncRunLine> runs = SyncRunLog(*m_db).recent(10);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.first().outcome, QStringLiteral("retry"));
    QCOMPARE(runs.first().message, QStringLiteral("timeout"));
    QCOMPARE(runs.last().pulled, 40);
    QCOMPARE(runs.last().finishedAt, QDateTime(QDate(2026, 11, 23), QTime(6, 0, 5), Qt::UTC));
}

// The same rules from certdesk-cli: a worker sees the conflicts of the
// community and may not decide; the street supervisor may, once.
void TestConflicts::commandLine()
{
    QVERIFY(synctest::insertConflict(
        *m_db, QStringLiteral("c-cli"), QStringLiteral("contact-field"), m_b,
        QStringLiteral("residenceAddress"), QStringLiteral("团岛二路12号"),
        QStringLiteral("嘉峪关路8号"), QStringLiteral("open"), 30));
    UserRepository users(*m_db, *m_profile);
    QString error;
    User worker = securitytest::account(QStringLiteral("zhang"), QStringLiteral("张"),
                                        Role::CommunityWorker, m_b.community);
    QVERIFY2(users.create(worker, QStringLiteral("zhang-secret-1"), &error), qPrintable(error));
    User boss = securitytest::account(QStringLiteral("liu"), QStringLiteral("刘"),
                                      Role::StreetSupervisor, m_b.street);
    QVERIFY2(users.create(boss, QStringLiteral("liu-secret-1"), &error), qPrintable(error));
    const QString workerPw = m_dir.filePath(QStringLiteral("zhang.pw"));
    const QString bossPw = m_dir.filePath(QStringLiteral("liu.pw"));
    QVERIFY(securitytest::writeFile(workerPw, "zhang-secret-1\n"));
    QVERIFY(securitytest::writeFile(bossPw, "liu-secret-1\n"));
    const QString db = m_db->path();
    const QStringList asWorker = {QStringLiteral("--user"), QStringLiteral("zhang"),
                                  QStringLiteral("--password-file"), workerPw};
    const QStringList asBoss = {QStringLiteral("--user"), QStringLiteral("liu"),
                                QStringLiteral("--password-file"), bossPw};

    auto listed = clitest::runCli(
        QStringList{QStringLiteral("sync-conflicts"), QStringLiteral("--db"), db} + asWorker);
    QVERIFY2(listed.exitCode == 0, qPrintable(clitest::describe(listed)));
    QStringList ids;
    for (const QJsonObject &line : listed.lines)
        ids << line.value(QStringLiteral("id")).toString();
    QVERIFY2(ids.contains(QStringLiteral("c-cli")) && ids.contains(QStringLiteral("c-b")) &&
                 !ids.contains(QStringLiteral("c-a")),
             qPrintable(ids.join(QLatin1Char(','))));
    for (const QJsonObject &line : listed.lines)
        QVERIFY(line.value(QStringLiteral("idNumber")).toString().contains(QLatin1Char('*')));

    const QStringList decide = {
        QStringLiteral("sync-resolve"), QStringLiteral("--db"),    db,
        QStringLiteral("--conflict"),   QStringLiteral("c-cli"),   QStringLiteral("--decision"),
        QStringLiteral("use-value"),    QStringLiteral("--value"), QStringLiteral("团岛二路12号")};
    auto refused = clitest::runCli(decide + asWorker);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(resolutions(QStringLiteral("c-cli")), 0);
    auto accepted = clitest::runCli(decide + asBoss);
    QVERIFY2(accepted.exitCode == 0, qPrintable(clitest::describe(accepted)));
    QCOMPARE(accepted.lines.size(), 1);
    QCOMPARE(accepted.lines.first().value(QStringLiteral("decisionWaiting")).toBool(), true);
    QCOMPARE(resolutions(QStringLiteral("c-cli")), 1);
    QCOMPARE(synctest::count(
                 *m_db,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'resolve-conflict' "
                                "AND username = 'liu' AND detail LIKE '%c-cli%'")),
             1);
    QCOMPARE(clitest::runCli(decide + asBoss).exitCode, 1);
    QCOMPARE(resolutions(QStringLiteral("c-cli")), 1);
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
