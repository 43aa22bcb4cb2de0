// Loss of eligibility is never silent (issue 15 point 3) and imprisonment has its
// dates (found 7): missing (失踪: QD 18(一), GD 3, UR 六(五)1), deceased, imprisoned
// and other losses each lead to the suspension step and stay visible in a list of
// their own (Ledger::LostEligibility) until it is done; UR 七(六)2 asks for the
// cause and time of a loss: overpayment counts from the date of imprisonment, and
// after release back pay proposes only the months after the release (QD 26: back
// pay is for months the person was eligible; in prison they were not: QD 18(一)).
#include "lifecycle/lifecycleproposals.h"
#include "lifecycletest.h"
#include "securitytest.h"
#include "store/ledger.h"
#include "store/ledgerquery.h"

#include <QtTest>

using namespace certdesk;
using namespace lifecycletest;

namespace
{
bool inList(const Database &db, Ledger list, qint64 id, const QDate &today)
{
    const LedgerQuery q(list, {1, QString()}, today);
    QList<RecipientRow> rows;
    if (!q.fetch(db.connection(), QVariant(), 0, 10000, &rows))
        return false;
    return std::any_of(rows.cbegin(), rows.cend(),
                       [id](const RecipientRow &r) { return r.id == id; });
}

// A check that found a loss, with its cause's date (UR 七(六)2).
bool recordLoss(District &d, qint64 id, const QDate &on, LivingStatus status, const QDate &lossDate,
                QString *error)
{
    VerificationEvent e;
    e.recipientId = id;
    e.checkDate = on;
    e.method = VerificationMethod::HomeVisit;
    e.status = status;
    e.worker = QStringLiteral("王芳");
    e.lossDate = lossDate;
    if (status == LivingStatus::Deceased) {
        e.deathDate = lossDate.isValid() ? lossDate : on;
        e.deathSource = QStringLiteral("家属告知");
    }
    if (status == LivingStatus::OtherLoss)
        e.lossReason = QStringLiteral("重复领取");
    return d.m_checks->record(e, error);
}

QList<LifecycleProposal> proposals(District &d, const QDate &month, const QDate &today,
                                   LifecycleKind kind)
{
    d.setToday(today);
    const LifecycleProposals p(*d.m_db, *d.m_lifecycle);
    QList<LifecycleProposal> out;
    for (const LifecycleProposal &x : p.compute(month, today, QString())) {
        if (x.event.kind == kind)
            out << x;
    }
    return out;
}
} // namespace

class TestLosses : public QObject
{
    Q_OBJECT
private slots:
    void everyLossIsSuspendedAndListedUntilThen_data();
    void everyLossIsSuspendedAndListedUntilThen();
    void lossDatesAreChecked();
    void imprisonmentOverpaymentCountsFromTheImprisonment();
    void backPayAfterReleaseOnlyForTheMonthsAfterIt();
};

void TestLosses::everyLossIsSuspendedAndListedUntilThen_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("status");
    // QD 18(一): 死亡、失踪、处于服刑期; GD 3: 死亡、失踪、服刑、丧失国籍 ...; UR 六(五)1.
    for (const char *profile : {"qingdao", "guangdong", "urumqi"}) {
        for (LivingStatus s : {LivingStatus::Missing, LivingStatus::Deceased,
                               LivingStatus::Imprisoned, LivingStatus::OtherLoss})
            QTest::addRow("%s %s", profile, qPrintable(VerificationTerms::key(s)))
                << QString::fromLatin1(profile) << int(s);
    }
}

void TestLosses::everyLossIsSuspendedAndListedUntilThen()
{
    QFETCH(QString, profile);
    QFETCH(int, status);
    District d;
    QVERIFY(d.open(profile));
    const QDate today(2026, 11, 10);
    d.setToday(today);
    // GD 9: payment steps are a benefit approver's duty.
    if (!d.m_profile->paymentStepDuty().isEmpty())
        d.m_lifecycle->setSession(securitytest::sessionAt(Role::DistrictAdministrator, 1, QString(),
                                                          {QStringLiteral("approve-benefit")}));
    const qint64 id = d.person(QStringLiteral("李四"), QDate(2026, 5, 1), 320000);
    QString error;
    QVERIFY2(
        recordLoss(d, id, QDate(2026, 11, 3), LivingStatus(status), QDate(2026, 10, 20), &error),
        qPrintable(error));
    // The person does not vanish: a list of their own until the step is done.
    QVERIFY(inList(*d.m_db, Ledger::LostEligibility, id, today));
    const QList<LifecycleProposal> due = proposals(d, today, today, LifecycleKind::Suspended);
    const auto mine = std::find_if(due.cbegin(), due.cend(), [id](const LifecycleProposal &p) {
        return p.event.recipientId == id;
    });
    QVERIFY2(mine != due.cend(), "the loss is not proposed for suspension");
    QCOMPARE(mine->event.cause, VerificationTerms::key(LivingStatus(status)));
    // A deadline only where the region states one (QD 25, UR 八(一), ZB 四(二)4; not GD).
    QCOMPARE(mine->event.deadline.isValid(), d.m_profile->suspensionDeadline().has_value());
    QList<LifecycleEvent> steps{mine->event};
    steps.first().actor = QStringLiteral("王芳");
    QVERIFY2(d.m_lifecycle->recordMany(steps, &error), qPrintable(error));
    QCOMPARE(d.status(id), QStringLiteral("suspended"));
    QVERIFY(!inList(*d.m_db, Ledger::LostEligibility, id, today));
}

void TestLosses::lossDatesAreChecked()
{
    District d;
    QVERIFY(d.open(QStringLiteral("urumqi")));
    d.setToday(QDate(2026, 11, 10));
    const qint64 id = d.person(QStringLiteral("王五"), QDate(2026, 5, 1), 320000);
    QString error;
    // Imprisoned after the check that found it: refused.
    QVERIFY(!recordLoss(d, id, QDate(2026, 11, 3), LivingStatus::Imprisoned, QDate(2026, 11, 5),
                        &error));
    QVERIFY2(error.contains(QStringLiteral("2026-11-05")), qPrintable(error));
    // Released before the imprisonment: refused.
    VerificationEvent back;
    back.recipientId = id;
    back.checkDate = QDate(2026, 11, 3);
    back.method = VerificationMethod::Window;
    back.status = LivingStatus::Alive;
    back.worker = QStringLiteral("王芳");
    back.releaseDate = QDate(2026, 11, 4);
    QVERIFY(!d.m_checks->record(back, &error));
    QVERIFY2(error.contains(QStringLiteral("2026-11-04")), qPrintable(error));
}

// UR 七(六)2 and 八(二): the imprisonment on 2026-06-14 found by a check on
// 2026-10-20, paid through October: Jul-Oct are overpaid (4 months), not nothing.
void TestLosses::imprisonmentOverpaymentCountsFromTheImprisonment()
{
    District d;
    QVERIFY(d.open(QStringLiteral("urumqi")));
    d.setToday(QDate(2026, 11, 10));
    const qint64 id = d.person(QStringLiteral("赵六"), QDate(2026, 5, 1), 320000);
    QString error;
    QVERIFY2(recordLoss(d, id, QDate(2026, 10, 20), LivingStatus::Imprisoned, QDate(2026, 6, 14),
                        &error),
             qPrintable(error));
    const auto found = d.m_lifecycle->overpayment(id, QDate(2026, 10, 1), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->eventDate, QDate(2026, 6, 14));
    QCOMPARE(found->overpayment.months, 4);
    QCOMPARE(found->overpayment.firstMonth, QDate(2026, 7, 1));
    QCOMPARE(found->overpayment.amount.fen(), qint64(1280000));
}

// Imprisoned 2026-03-10 (found 2026-04-05, suspended from May), released
// 2026-08-20, found back on 2026-09-01: in October the resumption back-pays
// September only (the month after the release), not May-September.
void TestLosses::backPayAfterReleaseOnlyForTheMonthsAfterIt()
{
    District d;
    QVERIFY(d.open(QStringLiteral("qingdao")));
    d.setToday(QDate(2026, 4, 6));
    const qint64 id = d.person(QStringLiteral("钱七"), QDate(2026, 1, 15), 300000);
    QString error;
    QVERIFY2(
        recordLoss(d, id, QDate(2026, 4, 5), LivingStatus::Imprisoned, QDate(2026, 3, 10), &error),
        qPrintable(error));
    QList<LifecycleProposal> suspend =
        proposals(d, QDate(2026, 4, 1), QDate(2026, 4, 6), LifecycleKind::Suspended);
    QCOMPARE(suspend.size(), 1);
    QList<LifecycleEvent> steps{suspend.first().event};
    steps.first().actor = QStringLiteral("王芳");
    QVERIFY2(d.m_lifecycle->recordMany(steps, &error), qPrintable(error));
    QCOMPARE(d.status(id), QStringLiteral("suspended"));

    // Found back after the release, with its date.
    d.setToday(QDate(2026, 9, 1));
    VerificationEvent back;
    back.recipientId = id;
    back.checkDate = QDate(2026, 9, 1);
    back.method = VerificationMethod::Window;
    back.status = LivingStatus::Alive;
    back.worker = QStringLiteral("王芳");
    back.releaseDate = QDate(2026, 8, 20);
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(0xff336699u);
    const QString path = d.m_dir.filePath(QStringLiteral("back.png"));
    QVERIFY(image.save(path, "PNG"));
    const auto item = d.m_store->intakeFile(path, &error);
    QVERIFY2(item, qPrintable(error));
    back.evidence << EvidenceLink{*item, EvidenceKind::Person};
    QVERIFY2(d.m_checks->record(back, &error), qPrintable(error));

    const QList<LifecycleProposal> resume =
        proposals(d, QDate(2026, 10, 1), QDate(2026, 10, 8), LifecycleKind::Resumed);
    QCOMPARE(resume.size(), 1);
    const LifecycleEvent &r = resume.first().event;
    QCOMPARE(r.firstMonth, QDate(2026, 9, 1));
    QCOMPARE(r.lastMonth, QDate(2026, 9, 1));
    QCOMPARE(r.months, 1);
    QCOMPARE(r.amountFen, qint64(300000));
}

QTEST_GUILESS_MAIN(TestLosses)
#include "tst_losses.moc"
