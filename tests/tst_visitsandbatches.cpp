// Home-visit requests (due in working days, assignment, attempts, closed by a
// check), reminders shown in the lists, and batch pass (all or nothing, refused
// by profile).
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "lists/recipientlistmodel.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "verification/contactlog.h"
#include "verification/homevisitservice.h"
#include "verification/verificationservice.h"

#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
}

class TestVisitsAndBatches : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void visitDueInWorkingDays();
    void visitOnlyForSpecialGroups();
    void assignAndAttempts();
    void checkClosesVisit();
    void remindersInLists();
    void batchPass();
    void batchRefusedByProfileOrBadRow();
    void paperRegisterRowsAllOrNothing();

private:
    qint64 scalar(const QString &sql) const;
    EvidenceLink sheet();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_urumqi;
    std::unique_ptr<EvidenceStore> m_store;
    qint64 m_elder = 0;
    qint64 m_visit = 0;
};

qint64 TestVisitsAndBatches::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

EvidenceLink TestVisitsAndBatches::sheet()
{
    QImage image(80, 60, QImage::Format_RGB32);
    image.fill(0xffeeeeee);
    const QString path = m_dir.filePath(QStringLiteral("sheet.png"));
    image.save(path);
    return EvidenceLink{*m_store->intakeFile(path), EvidenceKind::SignInSheet};
}

void TestVisitsAndBatches::initTestCase()
{
    QString error;
    m_urumqi = PolicyProfile::builtin(QStringLiteral("urumqi"), &error);
    QVERIFY2(m_urumqi, qPrintable(error));
    m_db = Database::open(m_dir.filePath(QStringLiteral("hv.sqlite")),
                          Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_db, qPrintable(error));
    DemoOptions o;
    o.persons = 800;
    o.seed = 4;
    o.today = kToday;
    QVERIFY2(DemoGenerator::generate(*m_db, *m_urumqi, o, &error), qPrintable(error));
    m_store = std::make_unique<EvidenceStore>(EvidenceStore::folderFor(m_db->path()));
    m_elder = scalar(QStringLiteral(
        "SELECT r.id FROM recipient r WHERE birth_date <= '1944-01-01' AND NOT EXISTS "
        "(SELECT 1 FROM visit_request v WHERE v.recipient_id = r.id) ORDER BY id LIMIT 1"));
    QVERIFY(m_elder > 0);
}

void TestVisitsAndBatches::visitDueInWorkingDays()
{
    // RULES §7 (Urumqi): requested Fri 2026-09-25, due 5 working days later: 2026-10-09.
    HomeVisitService visits(*m_db, *m_urumqi, WorkingCalendar::builtin(), Session::commandLine());
    QString error;
    const auto v =
        visits.request(m_elder, QDate(2026, 9, 25), QStringLiteral("女儿"), QStringLiteral("phone"),
                       QStringLiteral("卧床，无法到窗口"), &error);
    QVERIFY2(v, qPrintable(error));
    QCOMPARE(v->dueOn, QDate(2026, 10, 9));
    QCOMPARE(v->status, QStringLiteral("open"));
    m_visit = v->id;
    // One open request per person.
    QVERIFY(!visits.request(m_elder, QDate(2026, 9, 26), QStringLiteral("社区"), QString(),
                            QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("2026-10-09")), qPrintable(error));
}

void TestVisitsAndBatches::visitOnlyForSpecialGroups()
{
    const qint64 young = scalar(QStringLiteral(
        "SELECT id FROM recipient WHERE birth_date > '1970-01-01' AND special_flags = 0 LIMIT 1"));
    HomeVisitService visits(*m_db, *m_urumqi, WorkingCalendar::builtin(), Session::commandLine());
    QString error;
    QVERIFY(!visits.request(young, kToday, QStringLiteral("本人"), QString(), QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("special group")), qPrintable(error));
}

void TestVisitsAndBatches::assignAndAttempts()
{
    HomeVisitService visits(*m_db, *m_urumqi, WorkingCalendar::builtin(), Session::commandLine());
    QString error;
    QVERIFY(!visits.assign(m_visit, QStringLiteral("张社工"), QDate(2026, 9, 1),
                           &error)); // before the request
    QVERIFY(visits.assign(m_visit, QStringLiteral("张社工"), QDate(2026, 9, 28), &error));
    QVERIFY(!visits.addAttempt(
        m_visit,
        {0, QDate(2026, 9, 28), QStringLiteral("lost"), QStringLiteral("张社工"), QString()},
        &error));
    QVERIFY(visits.addAttempt(m_visit,
                              {0, QDate(2026, 9, 28), QStringLiteral("not-home"),
                               QStringLiteral("张社工"), QStringLiteral("邻居说去医院了")},
                              &error));
    QVERIFY(visits.addAttempt(
        m_visit,
        {0, QDate(2026, 9, 30), QStringLiteral("hospital"), QStringLiteral("张社工"), QString()},
        &error));
    const auto v = visits.find(m_visit);
    QCOMPARE(v->assignedTo, QStringLiteral("张社工"));
    QCOMPARE(v->plannedOn, QDate(2026, 9, 28));
    QCOMPARE(v->attempts.size(), 2);
    QCOMPARE(v->attempts.last().outcome, QStringLiteral("hospital"));
}

void TestVisitsAndBatches::checkClosesVisit()
{
    VerificationService service(*m_db, *m_urumqi, *m_store, Session::commandLine());
    VerificationEvent e;
    e.recipientId = m_elder;
    e.checkDate = QDate(2026, 10, 8);
    e.method = VerificationMethod::HomeVisit;
    e.status = LivingStatus::Alive;
    e.worker = QStringLiteral("张社工");
    e.evidence << sheet();
    QString error;
    QVERIFY2(service.record(e, &error), qPrintable(error));
    HomeVisitService visits(*m_db, *m_urumqi, WorkingCalendar::builtin(), Session::commandLine());
    const auto v = visits.find(m_visit);
    QCOMPARE(v->status, QStringLiteral("done"));
    QCOMPARE(v->closedBy, e.uuid);
    QVERIFY(!visits.openFor(m_elder));
    // The home-visit ledger shows the check, and no open request any more.
    RecipientListModel model(*m_db);
    model.setQuery(LedgerQuery(Ledger::HomeVisit, {1, QStringLiteral("370299")}, kToday), kToday);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    const int checked = int(model.columns().indexOf(RecipientListModel::LastCheckColumn));
    const int due = int(model.columns().indexOf(RecipientListModel::VisitDueColumn));
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.recipientId(r) != m_elder)
            continue;
        found = true;
        QCOMPARE(model.index(r, checked).data().toString(), QStringLiteral("2026-10-08"));
        QCOMPARE(model.index(r, due).data().toString(), QString());
    }
    QVERIFY(found);
}

void TestVisitsAndBatches::remindersInLists()
{
    const qint64 id = scalar(
        QStringLiteral("SELECT id FROM recipient WHERE bigdata_rank = 1 ORDER BY id LIMIT 1"));
    ContactLog log(*m_db, *m_urumqi, Session::commandLine());
    ContactEntry call{0,
                      id,
                      QDate(2026, 11, 18),
                      QStringLiteral("phone"),
                      QStringLiteral("no-answer"),
                      QStringLiteral("王社工"),
                      QString()};
    ContactEntry text{0,
                      id,
                      QDate(2026, 11, 19),
                      QStringLiteral("sms"),
                      QStringLiteral("sent"),
                      QStringLiteral("王社工"),
                      QString()};
    ContactEntry bad{0,
                     id,
                     QDate(2026, 11, 19),
                     QStringLiteral("sms"),
                     QStringLiteral("reached"),
                     QStringLiteral("王社工"),
                     QString()};
    QString error;
    QVERIFY2(log.add(call, &error), qPrintable(error));
    QVERIFY2(log.add(text, &error), qPrintable(error));
    QVERIFY(!log.add(bad, &error));
    QCOMPARE(log.entries(id).size(), 2);
    QCOMPARE(log.entries(id).first().channel, QStringLiteral("sms"));
    // The to-verify list shows the latest reminder.
    RecipientListModel model(*m_db);
    model.setQuery(LedgerQuery(Ledger::ToVerify, {1, QStringLiteral("370299")}, kToday), kToday);
    const int col = int(model.columns().indexOf(RecipientListModel::LastContactColumn));
    QVERIFY(col >= 0);
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.recipientId(r) == id) {
            QCOMPARE(model.index(r, col).data().toString(),
                     QStringLiteral("2026-11-19 %1")
                         .arg(ContactLog::outcomeName(QStringLiteral("sent"))));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestVisitsAndBatches::batchPass()
{
    const auto institution = PolicyProfile::builtin(QStringLiteral("qingdao-institution"));
    VerificationService service(*m_db, *institution, *m_store, Session::commandLine());
    QList<qint64> ids;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT id FROM recipient WHERE living_status = 'alive' AND phone IS NOT NULL AND "
        "household_address IS NOT NULL AND residence_address IS NOT NULL AND last_check_date IS "
        "NULL AND category <> 'dependent' "
        "ORDER BY id LIMIT 20")));
    while (q.next())
        ids << q.value(0).toLongLong();
    QCOMPARE(ids.size(), 20);
    VerificationEvent pass;
    pass.checkDate = QDate(2026, 11, 10);
    pass.method = VerificationMethod::UnitConfirmation;
    pass.status = LivingStatus::Alive;
    pass.worker = QStringLiteral("单位经办人");
    pass.evidence << sheet();
    QList<VerificationEvent> saved;
    QString error;
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM verification_event"));
    QVERIFY2(service.recordBatch(ids, pass, &saved, &error), qPrintable(error));
    QCOMPARE(saved.size(), 20);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM verification_event")), before + 20);
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT count(DISTINCT batch_id) FROM verification_event WHERE batch_id IS NOT NULL")),
        qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), before + 20);
    for (const VerificationEvent &e : saved) {
        QCOMPARE(e.periodStart, QDate(2026, 11, 1));
        QCOMPARE(e.periodEnd, QDate(2027, 10, 31));
    }
}

void TestVisitsAndBatches::batchRefusedByProfileOrBadRow()
{
    const auto guangdong = PolicyProfile::builtin(QStringLiteral("guangdong"));
    QVERIFY(guangdong && !guangdong->allowsBatchPass());
    VerificationEvent pass;
    pass.checkDate = QDate(2026, 11, 10);
    pass.method = VerificationMethod::UnitConfirmation;
    pass.status = LivingStatus::Alive;
    pass.worker = QStringLiteral("单位经办人");
    pass.evidence << sheet();
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM verification_event"));
    QString error;
    QVERIFY(!VerificationService(*m_db, *guangdong, *m_store, Session::commandLine())
                 .recordBatch({1, 2, 3}, pass, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("Batch pass")), qPrintable(error));
    // One person without complete contact data refuses the whole batch, naming them.
    const auto institution = PolicyProfile::builtin(QStringLiteral("qingdao-institution"));
    const qint64 incomplete = scalar(QStringLiteral(
        "SELECT id FROM recipient WHERE phone IS NULL AND living_status = 'alive' LIMIT 1"));
    const qint64 complete = scalar(QStringLiteral(
        "SELECT id FROM recipient WHERE phone IS NOT NULL AND residence_address IS NOT NULL "
        "AND household_address IS NOT NULL AND last_check_date IS NULL LIMIT 1"));
    QVERIFY(!VerificationService(*m_db, *institution, *m_store, Session::commandLine())
                 .recordBatch({complete, incomplete}, pass, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("********")),
             qPrintable(error)); // the masked ID number of the person
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM verification_event")), before);
}

void TestVisitsAndBatches::paperRegisterRowsAllOrNothing()
{
    // Rows of a paper register differ in date and method but are saved together,
    // even under a profile that refuses batch passes.
    const auto guangdong = PolicyProfile::builtin(QStringLiteral("guangdong"));
    VerificationService service(*m_db, *guangdong, *m_store, Session::commandLine());
    const EvidenceLink page = sheet();
    QList<VerificationEvent> rows;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM recipient WHERE living_status = 'alive' AND "
                                  "last_check_date IS NULL ORDER BY id DESC LIMIT 3")));
    int n = 0;
    while (q.next()) {
        VerificationEvent e;
        e.recipientId = q.value(0).toLongLong();
        e.checkDate = QDate(2026, 11, 16 + n);
        e.method = n % 2 ? VerificationMethod::SocialActivity : VerificationMethod::HomeVisit;
        e.status = LivingStatus::Alive;
        e.worker = QStringLiteral("社区录入员");
        e.evidence << page;
        rows << e;
        ++n;
    }
    QCOMPARE(rows.size(), 3);
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM verification_event"));
    QList<VerificationEvent> broken = rows;
    broken[2].evidence.clear(); // alive without evidence: the whole register is refused
    QString error;
    QVERIFY(!service.recordMany(broken, &error));
    QVERIFY2(error.contains(QStringLiteral("********")), qPrintable(error));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM verification_event")), before);
    QVERIFY2(service.recordMany(rows, &error), qPrintable(error));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM verification_event")), before + 3);
}

QTEST_GUILESS_MAIN(TestVisitsAndBatches)
#include "tst_visitsandbatches.moc"
