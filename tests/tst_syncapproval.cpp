// Issue 16 point 1, the desk's side: an approver is a user of the district
// server who approved there. A step that needs an approval (unsealing) is
// recorded on the desk naming its approver; the approver, signed in on the desk,
// approves it on the server (`certdesk-cli approve-step`, ServerApproval) and the
// desk's next push is accepted. Before, a desk had no way to ask the server for
// an approval: every pushed unseal was refused. Real server on loopback, SQLite
// and PostgreSQL storage.
#include "syncfixture.h"

#include "domain/workingcalendar.h"
#include "io/bigdataimport.h"
#include "io/pendingimportsdialog.h"
#include "lifecycle/lifecycleservice.h"
#include "payments/serverapprovaldialog.h"
#include "security/audittrail.h"
#include "security/userrepository.h"
#include "securitytest.h"
#include "sync/serverapproval.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace certdesk;
using namespace synctest;

class TestSyncApproval : public QObject, public SyncFixture
{
    Q_OBJECT
public:
    TestSyncApproval() : SyncFixture(QStringLiteral("certdesk_test_syncapproval")) {}

private slots:
    void initTestCase_data() { SyncFixture::addStorageRows(); }
    void initTestCase() { QVERIFY2(prepareRoster(), qPrintable(m_error)); }
    void init() { SYNC_START_OR_SKIP(*this); }
    void cleanup() { finishCase(); }

    void supervisorApprovesOnTheServerFromTheDesk();
    void importBatchApprovedOnTheServerFromTheWindow();

private:
    // Suspends and seals `person` on desk `a` (pushed and accepted), then records
    // an unseal naming `approver`; the unseal's uuid.
    QString sealedThenUnsealed(Client &a, const QString &person, const QString &approver);
};

QString TestSyncApproval::sealedThenUnsealed(Client &a, const QString &person,
                                             const QString &approver)
{
    LifecycleService lifecycle(a.db(), *m_profile, Session::commandLine());
    lifecycle.setToday(kToday);
    const auto step = [&](LifecycleKind kind, const QDate &on) {
        LifecycleEvent e;
        e.recipientId = a.idOf(person);
        e.kind = kind;
        e.date = on;
        e.actor = QStringLiteral("wang");
        e.reason = QStringLiteral("大数据比对疑似死亡");
        return e;
    };
    LifecycleEvent suspended = step(LifecycleKind::Suspended, QDate(2026, 11, 2));
    suspended.effectiveMonth = QDate(2026, 12, 1);
    suspended.cause = QStringLiteral("bigdata");
    QList<LifecycleEvent> steps{suspended, step(LifecycleKind::Sealed, QDate(2026, 11, 10))};
    QString error;
    if (!lifecycle.recordMany(steps, &error)) {
        qWarning() << error;
        return {};
    }
    if (a.sync(m_upstream->url()).outcome != SyncReport::Outcome::Ok)
        return {};
    LifecycleEvent unseal = step(LifecycleKind::Unsealed, QDate(2026, 11, 20));
    unseal.reason = QStringLiteral("复核后确认在世");
    unseal.approvedBy = approver;
    if (!lifecycle.record(unseal, &error)) {
        qWarning() << error;
        return {};
    }
    return unseal.uuid;
}

void TestSyncApproval::supervisorApprovesOnTheServerFromTheDesk()
{
    QString error;
    // "boss": a supervisor of the street with the duty approve-benefit, on the
    // server and on the desk.
    m_upstream->admin({QStringLiteral("add-user"), QStringLiteral("--user"), QStringLiteral("boss"),
                       QStringLiteral("--password"), kPassword, QStringLiteral("--role"),
                       QStringLiteral("supervisor"), QStringLiteral("--scope"), m_street,
                       QStringLiteral("--duties"), QStringLiteral("certify,approve-benefit")},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Client &a = client(QStringLiteral("a"), QStringLiteral("wang"));
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    User boss = securitytest::account(
        QStringLiteral("boss"), QStringLiteral("赵主任"), Role::StreetSupervisor, m_street,
        {QStringLiteral("certify"), QStringLiteral("approve-benefit")});
    boss.nodeLevel = 2;
    QVERIFY2(UserRepository(a.db(), *m_profile).create(boss, QStringLiteral("desk-pass-9"), &error),
             qPrintable(error));

    // Without the approval on the server the unseal is refused.
    const QString refused = sealedThenUnsealed(a, m_people.at(10), QStringLiteral("boss"));
    QVERIFY(!refused.isEmpty());
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(a.scalar(QStringLiteral("SELECT state FROM lifecycle_outbox WHERE event_uuid = '%1'")
                          .arg(refused))
                 .toString(),
             QStringLiteral("rejected"));

    // The supervisor approves the next one from the desk; the push is accepted.
    const QString uuid = sealedThenUnsealed(a, m_people.at(11), QStringLiteral("boss"));
    QVERIFY(!uuid.isEmpty());
    const QByteArrayList asBoss = {"CERTDESK_USER=boss", "CERTDESK_PASSWORD=desk-pass-9"};
    int exitCode = 0;
    // A step is approved only by the approver it names; a wrong server password fails.
    QString out = cli({QStringLiteral("approve-step"), QStringLiteral("--db"), a.db().path(),
                       QStringLiteral("--event"), refused + QStringLiteral("x")},
                      &exitCode, asBoss);
    QCOMPARE(exitCode, 1);
    QVERIFY2(out.contains(QStringLiteral("No payment step")), qPrintable(out));
    out = cli({QStringLiteral("approve-step"), QStringLiteral("--db"), a.db().path(),
               QStringLiteral("--event"), uuid},
              &exitCode,
              {"CERTDESK_USER=boss", "CERTDESK_PASSWORD=desk-pass-9",
               "CERTDESK_SERVER_PASSWORD=wrong-password"});
    QCOMPARE(exitCode, 1);
    out = cli({QStringLiteral("approve-step"), QStringLiteral("--db"), a.db().path(),
               QStringLiteral("--event"), uuid},
              &exitCode, asBoss);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\"approvedBy\":\"boss\"")), qPrintable(out));
    const SyncReport pushed = a.sync(m_upstream->url());
    QCOMPARE(pushed.outcome, SyncReport::Outcome::Ok);
    QCOMPARE(
        a.scalar(
             QStringLiteral("SELECT state FROM lifecycle_outbox WHERE event_uuid = '%1'").arg(uuid))
            .toString(),
        QStringLiteral("accepted"));
    // The desk's own sync identity is untouched: still wang's device.
    QCOMPARE(a.settings().user, QStringLiteral("wang"));
    // The model call refuses a step that names someone else before asking the server.
    const auto step = ServerApproval::find(a.db(), uuid, &error);
    QVERIFY2(step, qPrintable(error));
    QVERIFY(
        ServerApproval::mismatch(*step, QStringLiteral("wang")).contains(QStringLiteral("boss")));
}

// GD 9 from the window: under Guangdong's rules a desk with a district server
// asks each approver of an import batch for their server password, approves the
// batch on the server (street, then county) and then on the desk; the batch's
// certification is then accepted by the server.
void TestSyncApproval::importBatchApprovedOnTheServerFromTheWindow()
{
    QString error, district, resident;
    {
        auto roster = Database::open(m_rosterPath, Database::OpenMode::OpenExisting, &error);
        QVERIFY2(roster, qPrintable(error));
        QSqlQuery q(roster->connection());
        q.prepare(QStringLiteral(
            "SELECT district_code, id_number FROM recipient WHERE community_code = ? AND category "
            "= 'resident' AND living_status = 'alive' AND benefit_status = 'normal' ORDER BY "
            "id_number"));
        q.addBindValue(m_community);
        QVERIFY(q.exec() && q.next());
        district = q.value(0).toString();
        resident = q.value(1).toString();
    }
    QVERIFY2(
        districtFollows(*m_upstream, m_rosterPath, district, QStringLiteral("guangdong"), &error),
        qPrintable(error));
    m_upstream->admin({QStringLiteral("add-user"), QStringLiteral("--user"), QStringLiteral("sun"),
                       QStringLiteral("--password"), kPassword, QStringLiteral("--role"),
                       QStringLiteral("admin"), QStringLiteral("--scope"), district},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto guangdong = PolicyProfile::builtin(QStringLiteral("guangdong"), &error);
    QVERIFY2(guangdong, qPrintable(error));
    auto &slot = m_clients[QStringLiteral("gd")];
    slot = std::make_unique<Client>(m_testDir + QStringLiteral("/gd"), *guangdong,
                                    QStringLiteral("wang"));
    Client &a = *slot;
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);

    const auto session = [](const char *name, Role role, int level, const QString &node) {
        User u = securitytest::account(QLatin1String(name), QLatin1String(name), role, node,
                                       {QStringLiteral("certify")});
        u.nodeLevel = level;
        return Session(u, QStringLiteral("test-host"));
    };
    const BigDataImport importer(a.db(), *guangdong);
    ReadTable table;
    table.headers = {QStringLiteral("身份证号"), QStringLiteral("结论"),
                     QStringLiteral("最近行为")};
    table.rows << QStringList{resident, QStringLiteral("具备资格"),
                              QStringLiteral("2026-11-17 高铁出行")};
    qint64 batch = 0;
    const ImportPlan plan = importer.validate(table, ImportMapping::guess(table.headers), kToday);
    QCOMPARE(importer.submit(plan, QStringLiteral("gd.xlsx"),
                             session("qian", Role::StreetSupervisor, 2, m_street), &batch, &error),
             BigDataImport::Outcome::Pending);
    const AuditTrail trail(a.db(), *guangdong, WorkingCalendar::builtin());
    const Session zhao = session("zhao", Role::StreetSupervisor, 2, m_street);
    const Session sun = session("sun", Role::DistrictAdministrator, 1, district);
    for (const Session *approver : {&zhao, &sun}) {
        PendingImportsDialog dialog(importer, *approver, trail);
        QVERIFY(dialog.password()->isVisibleTo(&dialog));
        dialog.password()->setText(kPassword);
        QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
    }
    QVERIFY(importer.pendingBatches().isEmpty()); // applied by the county's approval
    QCOMPARE(a.sync(m_upstream->url()).outcome, SyncReport::Outcome::Ok);
    QCOMPARE(a.scalar(QStringLiteral("SELECT state FROM outbox")).toString(),
             QStringLiteral("accepted"));
}

QTEST_MAIN(TestSyncApproval)
#include "tst_syncapproval.moc"
