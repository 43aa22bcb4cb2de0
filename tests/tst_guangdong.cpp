// Guangdong's own rules (issue 15 found 5): in person only (GD 21), no batch
// certification tables (GD 5), a photo of the person and of the ID card for an
// on-site or home check (GD 22), the county's approval of such checks within
// 1 working day with the overdue ones listed (GD 21-22), separation of duties on
// payment steps (GD 9: 待遇核定人员不得兼任资格认证), and the two-level approval of a
// capped big-data import as street then county (GD 9). Each rule is checked
// against another profile too, where it must not apply.
#include "io/bigdataimport.h"
#include "lifecycletest.h"
#include "lists/timelinepanel.h"
#include "record/checkapprovalsdialog.h"
#include "security/accessgate.h"
#include "securitytest.h"
#include "verification/checkapprovals.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QtTest>

using namespace certdesk;
using namespace lifecycletest;

namespace
{
EvidenceLink photo(District &d, EvidenceKind kind, int n)
{
    QImage image(20, 20, QImage::Format_RGB32);
    image.fill(0xff000000u + quint32(n * 7919) % 0xffffff);
    const QString path = d.m_dir.filePath(QStringLiteral("e%1.png").arg(n));
    image.save(path, "PNG");
    QString error;
    const auto item = d.m_store->intakeFile(path, &error);
    return EvidenceLink{item.value_or(EvidenceItem()), kind};
}

VerificationEvent aliveCheck(qint64 id, VerificationMethod method, const QDate &on)
{
    VerificationEvent e;
    e.recipientId = id;
    e.checkDate = on;
    e.method = method;
    e.status = LivingStatus::Alive;
    e.worker = QStringLiteral("王芳");
    return e;
}

Session user(const char *name, Role role, int level, const QString &code, const QStringList &duties)
{
    User u = securitytest::account(QString::fromLatin1(name), QString::fromLatin1(name), role, code,
                                   duties);
    u.nodeLevel = level;
    return Session(u, QStringLiteral("test-host"));
}
} // namespace

class TestGuangdong : public QObject
{
    Q_OBJECT
private slots:
    void proxyChecksRefusedInPersonOnly();
    void paperRegisterClosed();
    void onSiteCheckNeedsPersonAndIdCardPhotos();
    void countyApprovesOnSiteChecksWithinOneWorkingDay();
    void countyRefusalNeedsAReasonAndCertifiesNothing();
    void approvalQueueRefusesWithAReason();
    void certifierMayNotRecordPaymentSteps();
    void importApprovalsAreStreetThenCounty();
};

// GD 21: 现场认证只适用于待遇领取人员本人办理.
void TestGuangdong::proxyChecksRefusedInPersonOnly()
{
    for (const char *profile : {"guangdong", "zibo"}) {
        District d;
        QVERIFY(d.open(QString::fromLatin1(profile)));
        d.setToday(QDate(2026, 11, 10));
        const qint64 id = d.person(QStringLiteral("张三"), QDate(2026, 3, 1), 200000);
        VerificationEvent e = aliveCheck(id, VerificationMethod::Proxy, QDate(2026, 11, 9));
        e.evidence << photo(d, EvidenceKind::PowerOfAttorney, 1)
                   << photo(d, EvidenceKind::Person, 2) << photo(d, EvidenceKind::IdCard, 3);
        QString error;
        const bool saved = d.m_checks->record(e, &error);
        if (QLatin1String(profile) == QLatin1String("guangdong")) {
            QVERIFY(!saved);
            QVERIFY2(error.contains(QStringLiteral("GD 21")), qPrintable(error));
        } else {
            QVERIFY2(saved, qPrintable(error)); // Zibo accepts a relative with a power of attorney
        }
    }
}

// GD 5: 取消批量认证方式 ... 不再填报批量认证表: the paper register is closed.
void TestGuangdong::paperRegisterClosed()
{
    District d;
    QVERIFY(d.open(QStringLiteral("guangdong")));
    d.setToday(QDate(2026, 11, 10));
    QVERIFY(!d.m_profile->allowsPaperRegister());
    const qint64 id = d.person(QStringLiteral("张三"), QDate(2026, 3, 1), 200000);
    QList<VerificationEvent> rows{aliveCheck(id, VerificationMethod::Window, QDate(2026, 11, 9))};
    rows.first().evidence << photo(d, EvidenceKind::SignInSheet, 4);
    rows.first().batchId.clear();
    QString error;
    QVERIFY(!d.m_checks->recordMany(rows, &error));
    QVERIFY2(error.contains(QStringLiteral("GD 5")), qPrintable(error));
    QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM verification_event")), 0);
    District q;
    QVERIFY(q.open(QStringLiteral("qingdao")));
    QVERIFY(q.m_profile->allowsPaperRegister());
}

// GD 22: 留存待遇领取人员本人照片及有效证件照片等佐证资料.
void TestGuangdong::onSiteCheckNeedsPersonAndIdCardPhotos()
{
    District d;
    QVERIFY(d.open(QStringLiteral("guangdong")));
    d.setToday(QDate(2026, 11, 10));
    const qint64 id = d.person(QStringLiteral("张三"), QDate(2026, 3, 1), 200000);
    for (VerificationMethod m : {VerificationMethod::Window, VerificationMethod::HomeVisit}) {
        VerificationEvent e = aliveCheck(id, m, QDate(2026, 11, 9));
        e.evidence << photo(d, EvidenceKind::Person, 5);
        QString error;
        QVERIFY(!d.m_checks->record(e, &error));
        QVERIFY2(error.contains(QStringLiteral("GD 22")), qPrintable(error));
        e.evidence = {photo(d, EvidenceKind::IdCard, 6)};
        QVERIFY(!d.m_checks->record(e, &error));
        e.evidence << photo(d, EvidenceKind::Person, 5);
        QVERIFY2(d.m_checks->record(e, &error), qPrintable(error));
    }
    // Elsewhere one evidence item of any kind is enough (UR 七(二): 图片或视频).
    District u;
    QVERIFY(u.open(QStringLiteral("urumqi")));
    u.setToday(QDate(2026, 11, 10));
    const qint64 other = u.person(QStringLiteral("李四"), QDate(2026, 3, 1), 200000);
    VerificationEvent e = aliveCheck(other, VerificationMethod::HomeVisit, QDate(2026, 11, 9));
    e.evidence << photo(u, EvidenceKind::Person, 7);
    QString error;
    QVERIFY2(u.m_checks->record(e, &error), qPrintable(error));
}

// GD 21-22: the county agency approves an on-site or home check within 1 working
// day; the ones past that day are listed as overdue.
void TestGuangdong::countyApprovesOnSiteChecksWithinOneWorkingDay()
{
    District d;
    QVERIFY(d.open(QStringLiteral("guangdong")));
    d.setToday(QDate(2026, 11, 6)); // a Friday
    const qint64 id = d.person(QStringLiteral("张三"), QDate(2026, 3, 1), 200000);
    VerificationEvent e = aliveCheck(id, VerificationMethod::HomeVisit, QDate(2026, 11, 6));
    e.evidence << photo(d, EvidenceKind::Person, 8) << photo(d, EvidenceKind::IdCard, 9);
    QString error;
    QVERIFY2(d.m_checks->record(e, &error), qPrintable(error));

    const CheckApprovals approvals(*d.m_db, *d.m_profile);
    QList<PendingApproval> open = approvals.pending(Session::commandLine(), QDate(2026, 11, 6));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().eventUuid, e.uuid);
    QCOMPARE(open.first().due, QDate(2026, 11, 9)); // the next working day: Monday
    QVERIFY(!open.first().overdue);
    open = approvals.pending(Session::commandLine(), QDate(2026, 11, 10));
    QCOMPARE(open.size(), 1);
    QVERIFY(open.first().overdue);
    QCOMPARE(approvals.overdueCount(Session::commandLine(), QDate(2026, 11, 10)), 1);

    // A community worker does not approve; the county (district administrator) does.
    const Session worker =
        user("worker", Role::CommunityWorker, 3, Community, {QStringLiteral("certify")});
    QVERIFY(!approvals.decide(e.uuid, true, QString(), worker, QDate(2026, 11, 10), &error));
    const Session county = user("county", Role::DistrictAdministrator, 1, QStringLiteral("370202"),
                                {QStringLiteral("approve-check")});
    QVERIFY2(approvals.decide(e.uuid, true, QString(), county, QDate(2026, 11, 10), &error),
             qPrintable(error));
    QVERIFY(approvals.pending(Session::commandLine(), QDate(2026, 11, 10)).isEmpty());
    QVERIFY(!approvals.decide(e.uuid, true, QString(), county, QDate(2026, 11, 10), &error));

    // Qingdao has no such approval.
    District q;
    QVERIFY(q.open(QStringLiteral("qingdao")));
    q.setToday(QDate(2026, 11, 6));
    QVERIFY(q.check(q.person(QStringLiteral("李四"), QDate(2026, 3, 1), 1000), QDate(2026, 11, 6),
                    LivingStatus::Alive));
    QVERIFY(CheckApprovals(*q.m_db, *q.m_profile)
                .pending(Session::commandLine(), QDate(2026, 11, 6))
                .isEmpty());
}

namespace
{
// The person's last check and period end, as the lists show them.
QStringList periodOf(District &d, qint64 id)
{
    QSqlQuery q(d.m_db->connection());
    q.prepare(QStringLiteral("SELECT last_check_date, period_end FROM recipient WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

// A home check of `id` on `on` with the photos GD 22 asks for; its uuid.
QString homeCheck(District &d, qint64 id, const QDate &on, int n)
{
    VerificationEvent e = aliveCheck(id, VerificationMethod::HomeVisit, on);
    e.evidence << photo(d, EvidenceKind::Person, n) << photo(d, EvidenceKind::IdCard, n + 1);
    QString error;
    if (!d.m_checks->record(e, &error))
        qWarning() << error;
    return e.uuid;
}

Session county()
{
    return user("county", Role::DistrictAdministrator, 1, QStringLiteral("370202"),
                {QStringLiteral("approve-check")});
}
} // namespace

// GD 21-22: the county may refuse an on-site or home check. The refusal needs
// its reason, is audited, and the check then certifies nothing: the person's
// last check and period are as before it (they stayed renewed by it before).
void TestGuangdong::countyRefusalNeedsAReasonAndCertifiesNothing()
{
    District d;
    QVERIFY(d.open(QStringLiteral("guangdong")));
    d.setToday(QDate(2026, 11, 6));
    const qint64 id = d.person(QStringLiteral("张三"), QDate(2026, 3, 1), 200000);
    const QStringList before = periodOf(d, id);
    const QString uuid = homeCheck(d, id, QDate(2026, 11, 6), 10);
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(periodOf(d, id).value(0), QStringLiteral("2026-11-06"));

    const CheckApprovals approvals(*d.m_db, *d.m_profile);
    QString error;
    QVERIFY(
        !approvals.decide(uuid, false, QStringLiteral("  "), county(), QDate(2026, 11, 6), &error));
    QVERIFY2(error.contains(QStringLiteral("why")), qPrintable(error));
    QCOMPARE(approvals.pending(Session::commandLine(), QDate(2026, 11, 6)).size(), 1);
    const QString reason = QStringLiteral("照片不是本人");
    QVERIFY2(approvals.decide(uuid, false, reason, county(), QDate(2026, 11, 6), &error),
             qPrintable(error));
    QCOMPARE(periodOf(d, id), before);
    QVERIFY(approvals.pending(Session::commandLine(), QDate(2026, 11, 6)).isEmpty());
    // The timeline's event says who refused and why.
    const QList<VerificationEvent> events = d.m_checks->events(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().county.state, QStringLiteral("refused"));
    QCOMPARE(events.first().county.by, QStringLiteral("county"));
    QCOMPARE(events.first().county.reason, reason);
    QSqlQuery q(d.m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE username = 'county'")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(QLatin1String("refused")) &&
                 q.value(0).toString().contains(reason),
             qPrintable(q.value(0).toString()));
    // An approved check keeps certifying.
    const qint64 other = d.person(QStringLiteral("李四"), QDate(2026, 3, 1), 200000);
    const QString kept = homeCheck(d, other, QDate(2026, 11, 6), 12);
    QVERIFY2(approvals.decide(kept, true, QString(), county(), QDate(2026, 11, 6), &error),
             qPrintable(error));
    QCOMPARE(periodOf(d, other).value(0), QStringLiteral("2026-11-06"));
    QCOMPARE(d.m_checks->events(other).first().county.state, QStringLiteral("approved"));
}

// The window's approval queue refuses the selected check with the reason typed
// under the list; the worker's timeline then shows the refusal.
void TestGuangdong::approvalQueueRefusesWithAReason()
{
    District d;
    QVERIFY(d.open(QStringLiteral("guangdong")));
    d.setToday(QDate(2026, 11, 6));
    const qint64 id = d.person(QStringLiteral("王五"), QDate(2026, 3, 1), 200000);
    QVERIFY(!homeCheck(d, id, QDate(2026, 11, 6), 14).isEmpty());
    CheckApprovalsDialog dialog(*d.m_db, *d.m_profile, county(), QDate(2026, 11, 6));
    QCOMPARE(dialog.table()->rowCount(), 1);
    dialog.table()->selectRow(0);
    dialog.reason()->setText(QStringLiteral("未见身份证原件"));
    QVERIFY(dialog.decideSelected(false));
    QCOMPARE(dialog.table()->rowCount(), 0);
    TimelinePanel timeline(*d.m_checks, *d.m_store);
    timeline.showRecipient(id);
    const auto *label = timeline.findChild<QLabel *>(QStringLiteral("timelineCounty"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("未见身份证原件")), qPrintable(label->text()));
}

// GD 9: 待遇核定人员不得兼任资格认证相关工作 — and so a certifier does not resume or
// back-pay: the payment step is the benefit approver's duty.
void TestGuangdong::certifierMayNotRecordPaymentSteps()
{
    District d;
    QVERIFY(d.open(QStringLiteral("guangdong")));
    const Session certifier = user("certifier", Role::StreetSupervisor, 2,
                                   QStringLiteral("370202001"), {QStringLiteral("certify")});
    const Session approver = user("approver", Role::StreetSupervisor, 2,
                                  QStringLiteral("370202001"), {QStringLiteral("approve-benefit")});
    const QString refused = AccessGate::refusal(*d.m_profile, certifier, Action::RecordPaymentStep);
    QVERIFY2(refused.contains(QStringLiteral("GD 9")), qPrintable(refused));
    QVERIFY(AccessGate::refusal(*d.m_profile, approver, Action::RecordPaymentStep).isEmpty());
    d.setToday(QDate(2026, 11, 10));
    const qint64 id = d.person(QStringLiteral("张三"), QDate(2025, 3, 1), 200000);
    LifecycleEvent step = failure(id, QDate(2026, 11, 10), QStringLiteral("certifier"),
                                  QStringLiteral("no certification"));
    d.m_lifecycle->setSession(certifier);
    QString error;
    QVERIFY(!d.m_lifecycle->record(step, &error));
    d.m_lifecycle->setSession(approver);
    QVERIFY2(d.m_lifecycle->record(step, &error), qPrintable(error));
    // Qingdao does not separate the duties.
    District q;
    QVERIFY(q.open(QStringLiteral("qingdao")));
    QVERIFY(AccessGate::refusal(*q.m_profile, certifier, Action::RecordPaymentStep).isEmpty());
}

// GD 9: 须按两级审批办理 — a street approval, then a county one.
void TestGuangdong::importApprovalsAreStreetThenCounty()
{
    District d;
    QVERIFY(d.open(QStringLiteral("guangdong")));
    d.setToday(QDate(2026, 11, 10));
    const qint64 id = d.person(QStringLiteral("张三"), QDate(2026, 3, 1), 200000);
    ReadTable table;
    table.headers = {QStringLiteral("身份证号"), QStringLiteral("结论"),
                     QStringLiteral("最近行为")};
    table.rows << QStringList{d.idNumber(id), QStringLiteral("具备资格"),
                              QStringLiteral("2026-11-05 高铁出行")};
    const BigDataImport importer(*d.m_db, *d.m_profile);
    const ImportPlan plan =
        importer.validate(table, ImportMapping::guess(table.headers), QDate(2026, 11, 10));
    QCOMPARE(plan.qualified, 1);
    const Session clerk = user("clerk", Role::StreetSupervisor, 2, QStringLiteral("370202001"),
                               {QStringLiteral("certify")});
    const Session street = user("street", Role::StreetSupervisor, 2, QStringLiteral("370202001"),
                                {QStringLiteral("certify")});
    const Session county1 = user("county1", Role::DistrictAdministrator, 1,
                                 QStringLiteral("370202"), {QStringLiteral("certify")});
    const Session county2 = user("county2", Role::DistrictAdministrator, 1,
                                 QStringLiteral("370202"), {QStringLiteral("certify")});
    qint64 batch = 0;
    QString error;
    QCOMPARE(importer.submit(plan, QStringLiteral("gd.csv"), clerk, &batch, &error),
             BigDataImport::Outcome::Pending);
    bool applied = false;
    int approvals = 0;
    // Two county users are not two levels: the street approves first.
    QVERIFY(!importer.approve(batch, county1, &applied, &approvals, &error));
    QVERIFY2(error.contains(QStringLiteral("street")), qPrintable(error));
    QVERIFY2(importer.approve(batch, street, &applied, &approvals, &error), qPrintable(error));
    QVERIFY(!applied);
    QVERIFY(!importer.approve(batch, clerk, &applied, &approvals, &error)); // the submitter
    QVERIFY2(importer.approve(batch, county2, &applied, &approvals, &error), qPrintable(error));
    QVERIFY(applied);
    QCOMPARE(approvals, 2);
    QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM verification_event WHERE method = "
                                     "'big-data'")),
             1);
}

QTEST_MAIN(TestGuangdong)
#include "tst_guangdong.moc"
