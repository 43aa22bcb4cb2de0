// One scenario per seed (issue 15 point 6): a person walked through a year of that
// city's rules month by month, asserting the ledger band, list membership, payment
// status and amounts; then the city rules that need a database (walk-ins, home-visit
// requests, Urumqi's recovery) and a sixth region that exists as a JSON file only.
#include "dashboard/dashboarddata.h"
#include "lifecycle/lifecycleproposals.h"
#include "lifecycletest.h"
#include "securitytest.h"
#include "store/benefitamounts.h"
#include "store/derivedrepair.h"
#include "store/ledgerquery.h"
#include "store/personstate.h"
#include "verification/homevisitservice.h"
#include "workspace/workspace.h"

using namespace lifecycletest;

namespace
{

const QString SixthRegion =
    QStringLiteral(CERTDESK_SOURCE_DIR "/tests/data/profiles/sixth-region.json");

// The expiry or to-verify ledger `list` for the whole file holds `id` on `today`.
bool inLedger(District &d, Ledger list, qint64 id, const QDate &today)
{
    LedgerQuery q(list, Scope{1, QString()}, today);
    QList<RecipientRow> rows;
    QString error;
    if (!q.fetch(d.m_db->connection(), QVariant(), 0, 1000, &rows, &error))
        qWarning() << error;
    return std::any_of(rows.cbegin(), rows.cend(),
                       [id](const RecipientRow &r) { return r.id == id; });
}

// The expiry ledger `id` is on, or none.
QString band(District &d, qint64 id, const QDate &today)
{
    for (Ledger l : {Ledger::Overdue, Ledger::Within1, Ledger::Within2, Ledger::Within3}) {
        if (inLedger(d, l, id, today))
            return Ledgers::key(l);
    }
    return QStringLiteral("none");
}

// The steps due for `month` on `today` (only kinds in `kinds`), confirmed.
QList<LifecycleProposal> confirmDue(District &d, const QDate &month, const QDate &today,
                                    const QSet<LifecycleKind> &kinds)
{
    LifecycleProposals proposals(*d.m_db, *d.m_lifecycle);
    QString error;
    QList<LifecycleProposal> due = proposals.compute(month, today, QString(), &error);
    if (!error.isEmpty())
        qWarning() << error;
    due.erase(
        std::remove_if(due.begin(), due.end(),
                       [&](const LifecycleProposal &p) { return !kinds.contains(p.event.kind); }),
        due.end());
    if (!due.isEmpty() && !proposals.confirm(due, QStringLiteral("李主任"), &error)) {
        qWarning() << error;
        return {}; // nothing was confirmed: the caller's count fails
    }
    return due;
}

const QSet<LifecycleKind> AllSteps{LifecycleKind::Failed, LifecycleKind::Suspended,
                                   LifecycleKind::Resumed, LifecycleKind::Stopped,
                                   LifecycleKind::Sealed};

void setCategory(District &d, qint64 id, const char *category)
{
    QSqlQuery q(d.m_db->connection());
    q.prepare(QStringLiteral("UPDATE recipient SET category = ? WHERE id = ?"));
    q.addBindValue(QLatin1String(category));
    q.addBindValue(id);
    QVERIFY(q.exec());
    QString error;
    QVERIFY2(PersonState(*d.m_db, *d.m_profile).recompute(id, &error), qPrintable(error));
}

} // namespace

class TestRulesScenarios : public QObject
{
    Q_OBJECT
private slots:
    void qingdaoYear();
    void institutionYear();
    void guangdongYear();
    void ziboYear();
    void urumqiYear();
    void urumqiRecovery();
    void walkInAnyOffice();
    void unreachableSuspended_data();
    void unreachableSuspended();
    void homeVisitRequests();
    void phoneDoesNotCertify();
    void sixthRegion();
};

// QD 12-13, 20, 24-26: bands 3/2/1, failure only after attempts, suspension list by
// the 8th, no stop and no sealing however long the suspension, resumption with back pay.
void TestRulesScenarios::qingdaoYear()
{
    District d;
    QVERIFY(d.open(QStringLiteral("qingdao")));
    const qint64 p = d.person(QStringLiteral("张建国"), QDate(2026, 1, 10), 320000);
    // The period ends 2027-01-10 (QD 12): the 3/2/1-month ledgers, then overdue (QD 20).
    const QStringList bands = {QStringLiteral("none"), QStringLiteral("3"), QStringLiteral("2"),
                               QStringLiteral("1"), QStringLiteral("overdue")};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(band(d, p, QDate(2026, 9, 20).addMonths(i)), bands.at(i));
    // January: overdue, but no attempt to reach him yet: no failure (QD 24).
    d.setToday(QDate(2027, 1, 20));
    QVERIFY(confirmDue(d, QDate(2027, 1, 1), QDate(2027, 1, 20), AllSteps).isEmpty());
    QVERIFY(d.remind(p, QDate(2027, 1, 25)));
    // February: the reminder failed: failure, then the suspension list due by 8 March.
    d.setToday(QDate(2027, 2, 20));
    QCOMPARE(confirmDue(d, QDate(2027, 2, 1), QDate(2027, 2, 20), AllSteps).size(), 1);
    QCOMPARE(d.status(p), QStringLiteral("failed"));
    const auto suspended = confirmDue(d, QDate(2027, 2, 1), QDate(2027, 2, 20), AllSteps);
    QCOMPARE(suspended.size(), 1);
    QCOMPARE(suspended.first().event.kind, LifecycleKind::Suspended);
    QCOMPARE(suspended.first().event.deadline, QDate(2027, 3, 8)); // QD 25
    QCOMPARE(suspended.first().event.effectiveMonth, QDate(2027, 3, 1));
    QCOMPARE(d.status(p), QStringLiteral("suspended"));
    // March - May: suspended; QD states no stop after 3 months and no sealing.
    for (int m = 3; m <= 5; ++m) {
        d.setToday(QDate(2027, m, 20));
        QVERIFY(confirmDue(d, QDate(2027, m, 1), QDate(2027, m, 20), AllSteps).isEmpty());
        QCOMPARE(d.status(p), QStringLiteral("suspended"));
        QCOMPARE(band(d, p, QDate(2027, m, 20)), QStringLiteral("overdue"));
    }
    // June: certified alive; resumed from June with March-May back-paid (QD 26).
    d.setToday(QDate(2027, 6, 20));
    QVERIFY(d.check(p, QDate(2027, 6, 10), LivingStatus::Alive));
    const auto resumed = confirmDue(d, QDate(2027, 6, 1), QDate(2027, 6, 20), AllSteps);
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(resumed.first().event.kind, LifecycleKind::Resumed);
    QCOMPARE(resumed.first().event.effectiveMonth, QDate(2027, 6, 1));
    QCOMPARE(resumed.first().event.months, 3);
    QCOMPARE(resumed.first().event.amountFen, 3 * 320000);
    QCOMPARE(d.status(p), QStringLiteral("normal"));
    QCOMPARE(band(d, p, QDate(2027, 6, 20)), QStringLiteral("none"));
    QCOMPARE(band(d, p, QDate(2028, 4, 20)), QStringLiteral("2")); // ends 2028-06-10
}

// QI 三(一)-(三), 附件6: the period ends -> pay stops without any reminder; the unit's
// confirmation renews the period from its own month, and pay resumes with back pay the
// month after the review; the to-verify list is due by month end.
void TestRulesScenarios::institutionYear()
{
    District d;
    QVERIFY(d.open(QStringLiteral("qingdao-institution")));
    const qint64 p = d.person(QStringLiteral("王淑华"), QDate(2026, 1, 5), 510000);
    setCategory(d, p, "institution");
    QCOMPARE(band(d, p, QDate(2026, 10, 20)), QStringLiteral("3")); // ends 2026-12-31
    QCOMPARE(band(d, p, QDate(2026, 12, 20)), QStringLiteral("1"));
    // January: period over, no reminder logged, yet pay stops (QI 三(一)).
    d.setToday(QDate(2027, 1, 20));
    const auto failed = confirmDue(d, QDate(2027, 1, 1), QDate(2027, 1, 20), AllSteps);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().event.kind, LifecycleKind::Failed);
    const auto suspended = confirmDue(d, QDate(2027, 1, 1), QDate(2027, 1, 20), AllSteps);
    QCOMPARE(suspended.size(), 1);
    QCOMPARE(suspended.first().event.effectiveMonth, QDate(2027, 2, 1));
    QVERIFY(!suspended.first().event.deadline.isValid()); // QI states no list deadline
    QCOMPARE(d.status(p), QStringLiteral("suspended"));
    // March: the unit confirms; the review (the resumption step) is worked in April.
    // Pay resumes in May, the month after the review (QI 三(三): 复核通过后次月恢复并补发),
    // and February to April are back-paid.
    d.setToday(QDate(2027, 4, 20));
    // 附件7: the unit completes the contact data before it submits.
    QVERIFY(
        d.m_db->connection()
            .exec(QStringLiteral("UPDATE recipient SET household_address = '市南区香港中路1号', "
                                 "residence_address = '市南区香港中路1号'"))
            .lastError()
            .type() == QSqlError::NoError);
    QString why;
    QVERIFY2(d.check(p, QDate(2027, 3, 10), LivingStatus::Alive, QDate(), &why), qPrintable(why));
    const auto resumed = confirmDue(d, QDate(2027, 4, 1), QDate(2027, 4, 20), AllSteps);
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(resumed.first().event.effectiveMonth, QDate(2027, 5, 1));
    QCOMPARE(resumed.first().event.months, 3);
    QCOMPARE(resumed.first().event.amountFen, 3 * 510000);
    QCOMPARE(d.status(p), QStringLiteral("normal"));
    // The new cycle runs 12 whole months from March, the month of the unit's
    // confirmation (QI 三(二): 自操作之月相应递延1个周期).
    QCOMPARE(band(d, p, QDate(2028, 1, 20)), QStringLiteral("2")); // ends 2028-02-29
    // 附件6: the to-verify list of a month is due by its last day (dashboard).
    QVERIFY(d.m_db->connection()
                .exec(QStringLiteral(
                    "UPDATE recipient SET bigdata_rank = 1, bigdata_month = '2027-02'"))
                .lastError()
                .type() == QSqlError::NoError);
    QString error;
    const auto dash = DashboardData::load(*d.m_db, *d.m_profile, QStringLiteral("370202"),
                                          QDate(2027, 2, 10), Scope{}, &error);
    QVERIFY2(dash, qPrintable(error));
    QCOMPARE(dash->toVerifyDeadline, QDate(2027, 2, 28));
    QVERIFY(inLedger(d, Ledger::ToVerify, p, QDate(2027, 2, 10)));
}

// GD 6, 9, 12: the resident cycle from the month after; no failure step; suspended
// people are sealed after 2 years, prisoners never; to-verify cleared within the month.
void TestRulesScenarios::guangdongYear()
{
    District d;
    QVERIFY(d.open(QStringLiteral("guangdong")));
    // GD 9: payment steps are a benefit approver's duty.
    d.m_lifecycle->setSession(securitytest::sessionAt(Role::DistrictAdministrator, 1, QString(),
                                                      {QStringLiteral("approve-benefit")}));
    const qint64 resident = d.person(QStringLiteral("陈阿婆"), QDate(2026, 3, 15), 18000);
    setCategory(d, resident, "resident");
    const qint64 enterprise = d.person(QStringLiteral("林先生"), QDate(2026, 3, 15), 420000);
    const qint64 gone = d.person(QStringLiteral("何伯"), QDate(2025, 1, 10), 18000);
    setCategory(d, gone, "resident");
    const qint64 prisoner = d.person(QStringLiteral("黄某"), QDate(2025, 1, 10), 18000);
    setCategory(d, prisoner, "resident");
    // 2025-06: both suspended (a loss of eligibility found by a home visit).
    d.setToday(QDate(2025, 6, 20));
    QVERIFY(d.check(gone, QDate(2025, 6, 2), LivingStatus::OtherLoss));
    QVERIFY(d.check(prisoner, QDate(2025, 6, 2), LivingStatus::Imprisoned));
    QCOMPARE(confirmDue(d, QDate(2025, 6, 1), QDate(2025, 6, 20), AllSteps).size(), 2);
    // GD covers the resident pension only: the enterprise retiree has no period.
    QCOMPARE(band(d, enterprise, QDate(2027, 4, 20)), QStringLiteral("none"));
    const QStringList bands = {QStringLiteral("none"), QStringLiteral("3"), QStringLiteral("2"),
                               QStringLiteral("1"), QStringLiteral("overdue")};
    for (int i = 0; i < 13; ++i) { // Apr 2026 - Apr 2027
        const QDate today = QDate(2026, 4, 20).addMonths(i);
        d.setToday(today);
        const QDate month(today.year(), today.month(), 1);
        // The cycle is 2026-04-01 - 2027-03-31 (GD 6).
        const int idx = i < 9 ? 0 : i - 8;
        QCOMPARE(band(d, resident, today), bands.at(qMin(idx, 4)));
        const auto steps = confirmDue(d, month, today, AllSteps);
        QCOMPARE(d.status(resident), QStringLiteral("normal")); // GD states no failure step
        // No stop after 3 months (ZB/UR only); sealing 24 months after 2025-06-20.
        const bool sealDue = today >= QDate(2027, 6, 20);
        QCOMPARE(d.status(gone), QString::fromLatin1(sealDue ? "sealed" : "suspended"));
        QCOMPARE(d.status(prisoner), QStringLiteral("suspended"));
        QVERIFY(steps.isEmpty());
    }
    d.setToday(QDate(2027, 6, 20));
    const auto sealed = confirmDue(d, QDate(2027, 6, 1), QDate(2027, 6, 20), AllSteps);
    QCOMPARE(sealed.size(), 1);
    QCOMPARE(sealed.first().event.kind, LifecycleKind::Sealed);
    QCOMPARE(d.status(gone), QStringLiteral("sealed"));
    QCOMPARE(d.status(prisoner), QStringLiteral("suspended")); // GD 9: prisoners excepted
    // GD 12 当月清零: the to-verify deadline is the month's last day, not the day before.
    QVERIFY(d.m_db->connection()
                .exec(QStringLiteral("UPDATE recipient SET bigdata_rank = 1, bigdata_month = "
                                     "'2026-11' WHERE id = %1")
                          .arg(resident))
                .lastError()
                .type() == QSqlError::NoError);
    QString error;
    const auto dash = DashboardData::load(*d.m_db, *d.m_profile, QStringLiteral("370202"),
                                          QDate(2026, 11, 10), Scope{}, &error);
    QVERIFY2(dash, qPrintable(error));
    QCOMPARE(dash->toVerifyDeadline, QDate(2026, 11, 30));
}

// ZB 一, 二, 四(二)3-4: retirees and 遗属 in one annual window; no failure step; a loss
// is suspended at once; 3 months without objection -> stopped; to-verify in 3 months.
void TestRulesScenarios::ziboYear()
{
    District d;
    QVERIFY(d.open(QStringLiteral("zibo")));
    const qint64 retiree = d.person(QStringLiteral("赵大爷"), QDate(2025, 6, 1), 280000);
    const qint64 survivor = d.person(QStringLiteral("赵小妹"), QDate(2025, 6, 1), 90000);
    setCategory(d, survivor, "dependent");
    for (int i = 0; i < 12; ++i) { // Jan - Dec 2026: both due by 2026-12-31
        const QDate today = QDate(2026, 1, 20).addMonths(i);
        const QString expected = i < 9    ? QStringLiteral("none")
                                 : i < 10 ? QStringLiteral("3")
                                 : i < 11 ? QStringLiteral("2")
                                          : QStringLiteral("1");
        QCOMPARE(band(d, retiree, today), expected);
        QCOMPARE(band(d, survivor, today), expected); // ZB 一: the same window
    }
    d.setToday(QDate(2026, 5, 20));
    QVERIFY(d.check(survivor, QDate(2026, 5, 12), LivingStatus::Alive));
    QCOMPARE(band(d, survivor, QDate(2027, 10, 20)), QStringLiteral("3")); // ends 2027-12-31
    // January 2027: the retiree did not certify; overdue, but ZB has no failure step:
    // he goes onto the to-verify list, to be checked within 3 months.
    d.setToday(QDate(2027, 1, 20));
    QVERIFY(d.remind(retiree, QDate(2027, 1, 5)));
    QCOMPARE(band(d, retiree, QDate(2027, 1, 20)), QStringLiteral("overdue"));
    QVERIFY(confirmDue(d, QDate(2027, 1, 1), QDate(2027, 1, 20), AllSteps).isEmpty());
    QCOMPARE(d.m_profile->toVerifyDeadline(QDate(2027, 1, 12)), QDate(2027, 4, 12));
    // February: the check finds him deceased: suspended at once (ZB 四(二)4, 五(二)).
    d.setToday(QDate(2027, 2, 20));
    QVERIFY(d.check(retiree, QDate(2027, 2, 10), LivingStatus::Deceased, QDate(2027, 1, 28)));
    const auto suspended = confirmDue(d, QDate(2027, 2, 1), QDate(2027, 2, 20), AllSteps);
    QCOMPARE(suspended.size(), 1);
    QCOMPARE(suspended.first().event.deadline, QDate(2027, 2, 10));
    QCOMPARE(d.status(retiree), QStringLiteral("suspended"));
    // March, April: no objection yet; May: 3 months without objection -> stopped.
    for (int m = 3; m <= 5; ++m) {
        d.setToday(QDate(2027, m, 20));
        const auto steps = confirmDue(d, QDate(2027, m, 1), QDate(2027, m, 20), AllSteps);
        QCOMPARE(steps.size(), m == 5 ? 1 : 0);
        QCOMPARE(d.status(retiree), QString::fromLatin1(m == 5 ? "stopped" : "suspended"));
    }
    QCOMPARE(d.status(survivor), QStringLiteral("normal"));
}

// UR 五(一), 七(六)2, 八(一): quarterly residents; a loss suspended within 3 working days
// (Xinjiang calendar); stopped after 3 months; overpayment month by month (八(二)).
void TestRulesScenarios::urumqiYear()
{
    District d;
    QVERIFY(d.open(QStringLiteral("urumqi")));
    const qint64 p = d.person(QStringLiteral("阿依古丽"), QDate(2025, 11, 10), 180000);
    setCategory(d, p, "resident");
    // Q4 2025 met: the next check is due by 2026-03-31 (calendar quarters).
    QCOMPARE(band(d, p, QDate(2026, 1, 20)), QStringLiteral("3"));
    QCOMPARE(band(d, p, QDate(2026, 2, 20)), QStringLiteral("2"));
    QCOMPARE(band(d, p, QDate(2026, 3, 20)), QStringLiteral("1"));
    d.setToday(QDate(2026, 3, 25));
    QVERIFY(d.check(p, QDate(2026, 3, 25), LivingStatus::Alive));
    QCOMPARE(band(d, p, QDate(2026, 4, 20)), QStringLiteral("3")); // due 2026-06-30
    // The benefit rises in May 2026 (the roster's new amount).
    QString error;
    QVERIFY2(certdesk::BenefitAmounts(*d.m_db).change(p, QDate(2026, 5, 1), Money(190000), &error),
             qPrintable(error));
    QVERIFY(d.m_db->connection()
                .exec(QStringLiteral("UPDATE recipient SET monthly_benefit_fen = 190000"))
                .lastError()
                .type() == QSqlError::NoError);
    // Imprisoned, found Wed 2026-05-13: suspended within 3 working days (by Mon 18 May).
    d.setToday(QDate(2026, 5, 20));
    QVERIFY(d.check(p, QDate(2026, 5, 13), LivingStatus::Imprisoned));
    const auto suspended = confirmDue(d, QDate(2026, 5, 1), QDate(2026, 5, 20), AllSteps);
    QCOMPARE(suspended.size(), 1);
    QCOMPARE(suspended.first().event.deadline, QDate(2026, 5, 18));
    QCOMPARE(d.status(p), QStringLiteral("suspended"));
    // June, July: no objection; August: 3 months -> stopped (UR 八(一)).
    for (int m = 6; m <= 8; ++m) {
        d.setToday(QDate(2026, m, 20));
        confirmDue(d, QDate(2026, m, 1), QDate(2026, m, 20), AllSteps);
        QCOMPARE(d.status(p), QString::fromLatin1(m == 8 ? "stopped" : "suspended"));
    }
    // Never sealed (GD 9 only), however long.
    d.setToday(QDate(2026, 12, 20));
    QVERIFY(confirmDue(d, QDate(2026, 12, 1), QDate(2026, 12, 20), AllSteps).isEmpty());
    QCOMPARE(d.status(p), QStringLiteral("stopped"));
}

// UR 八(二): month by month amounts, the city agency's consent to instalments, and
// deduction from the funeral grant; RULES.md §7's example stays true.
void TestRulesScenarios::urumqiRecovery()
{
    for (const char *id : {"urumqi", "qingdao"}) {
        const bool ur = QLatin1String(id) == QLatin1String("urumqi");
        District d;
        QVERIFY(d.open(QLatin1String(id)));
        d.setToday(QDate(2026, 11, 20));
        const qint64 steady = d.person(QStringLiteral("老李"), QDate(2026, 1, 5), 320000);
        const qint64 raised = d.person(QStringLiteral("老王"), QDate(2026, 1, 5), 320000);
        QString error;
        // RULES.md §7: 3,200.00 a month, died 2026-06-14, paid to 2026-10: 12,800.00.
        QVERIFY(d.check(steady, QDate(2026, 11, 2), LivingStatus::Deceased, QDate(2026, 6, 14)));
        auto notice = d.m_lifecycle->overpaymentNotice(steady, QDate(2026, 10, 1),
                                                       QStringLiteral("王芳"), &error);
        QVERIFY2(notice, qPrintable(error));
        QCOMPARE(notice->amountFen, qint64(1280000));
        // Raised to 3,300.00 from September: Jul, Aug at 3,200, Sep, Oct at 3,300.
        QVERIFY2(certdesk::BenefitAmounts(*d.m_db).change(raised, QDate(2026, 9, 1), Money(330000),
                                                          &error),
                 qPrintable(error));
        QVERIFY(d.m_db->connection()
                    .exec(QStringLiteral(
                              "UPDATE recipient SET monthly_benefit_fen = 330000 WHERE id = %1")
                              .arg(raised))
                    .lastError()
                    .type() == QSqlError::NoError);
        QVERIFY(d.check(raised, QDate(2026, 11, 2), LivingStatus::Deceased, QDate(2026, 6, 14)));
        notice = d.m_lifecycle->overpaymentNotice(raised, QDate(2026, 10, 1),
                                                  QStringLiteral("王芳"), &error);
        QVERIFY2(notice, qPrintable(error));
        QCOMPARE(notice->months, 4);
        QCOMPARE(notice->amountFen, qint64(2 * 320000 + 2 * 330000));
        QVERIFY2(d.m_lifecycle->record(*notice, &error), qPrintable(error));
        // Instalments: UR needs the city agency's consent recorded (八(二)3).
        LifecycleEvent agreement;
        agreement.recipientId = raised;
        agreement.kind = LifecycleKind::RepaymentAgreement;
        agreement.date = QDate(2026, 11, 20);
        agreement.actor = QStringLiteral("王芳");
        agreement.instalments = 3;
        QCOMPARE(d.m_lifecycle->record(agreement, &error), !ur);
        if (ur) {
            QVERIFY2(error.contains(QStringLiteral("consent")), qPrintable(error));
            agreement.approvedBy = QStringLiteral("市社保中心 张科长");
            QVERIFY2(d.m_lifecycle->record(agreement, &error), qPrintable(error));
        }
        // Recovery by deduction from the funeral grant and pension: UR 八(二)2 only.
        LifecycleEvent deduction;
        deduction.recipientId = raised;
        deduction.kind = LifecycleKind::Repayment;
        deduction.date = QDate(2026, 11, 20);
        deduction.actor = QStringLiteral("王芳");
        deduction.amountFen = 330000;
        deduction.cause = BenefitLifecycle::funeralGrantCause();
        QCOMPARE(d.m_lifecycle->record(deduction, &error), ur);
        if (!ur)
            QVERIFY2(error.contains(QStringLiteral("not set by this region's rules")),
                     qPrintable(error));
    }
}

void TestRulesScenarios::unreachableSuspended_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("suspended");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("ZB 四(二)4: suspended at once") << "zibo" << true << QDate(2027, 2, 10);
    // UR 八(一): within 3 working days of the check (Thu 11, Fri 12, Mon 15 Feb).
    QTest::newRow("UR 八(一): within 3 working days") << "urumqi" << true << QDate(2027, 2, 15);
    QTest::newRow("QD: no such rule (a failure after attempts instead)")
        << "qingdao" << false << QDate();
    QTest::newRow("GD: no such rule") << "guangdong" << false << QDate();
}

// ZB 四(二)4 "经上述信息核实手段均无法联系到本人的……可办理待遇暂停手续", UR 八(一)
// "经信息核实无法联系到本人的，办理待遇暂停业务": a check that reached nobody leads
// to a suspension proposal where the region says so, and to none elsewhere.
void TestRulesScenarios::unreachableSuspended()
{
    QFETCH(QString, profile);
    QFETCH(bool, suspended);
    QFETCH(QDate, deadline);
    District d;
    QVERIFY(d.open(profile));
    const qint64 p = d.person(QStringLiteral("钱大爷"), QDate(2026, 6, 1), 300000);
    d.setToday(QDate(2027, 2, 20));
    QString why;
    QVERIFY2(d.check(p, QDate(2027, 2, 10), LivingStatus::Unreachable, QDate(), &why),
             qPrintable(why));
    const auto due =
        confirmDue(d, QDate(2027, 2, 1), QDate(2027, 2, 20), {LifecycleKind::Suspended});
    QCOMPARE(due.size(), suspended ? 1 : 0);
    if (!suspended)
        return;
    QCOMPARE(due.first().event.cause, QStringLiteral("unreachable"));
    QVERIFY2(due.first().event.reason.contains(QStringLiteral("2027-02-10")),
             qPrintable(due.first().event.reason));
    QCOMPARE(due.first().event.deadline, deadline);
    QCOMPARE(d.status(p), QStringLiteral("suspended"));
}

// ZB 三(一), 五(一): a walk-in from another community is recorded by any office and
// audited as cross-community; elsewhere the jurisdiction check refuses it.
void TestRulesScenarios::walkInAnyOffice()
{
    for (const char *id : {"zibo", "qingdao"}) {
        const bool zb = QLatin1String(id) == QLatin1String("zibo");
        District d;
        QVERIFY(d.open(QLatin1String(id)));
        const qint64 p = d.person(QStringLiteral("孙大娘"), QDate(2026, 5, 1), 250000);
        // A worker of another community (same street, not the person's).
        const Session other =
            securitytest::sessionAt(Role::CommunityWorker, 3, QStringLiteral("370202001002"));
        VerificationService service(*d.m_db, *d.m_profile, *d.m_store, other);
        service.setToday(QDate(2026, 11, 20));
        VerificationEvent e;
        e.recipientId = p;
        e.checkDate = QDate(2026, 11, 20);
        e.method = VerificationMethod::Window;
        e.status = LivingStatus::Alive;
        e.worker = QStringLiteral("刘");
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(0xff336699u);
        const QString photo = d.m_dir.filePath(QStringLiteral("walkin.png"));
        QVERIFY(image.save(photo, "PNG"));
        e.evidence << EvidenceLink{*d.m_store->intakeFile(photo), EvidenceKind::Person};
        QString error;
        QCOMPARE(service.record(e, &error), zb);
        if (!zb) {
            QCOMPARE(error, other.outsideScope());
            continue;
        }
        AuditTrail audit(*d.m_db, *d.m_profile, d.m_profile->calendar());
        const QList<AuditEntry> entries = audit.entries();
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const AuditEntry &a) {
            return a.detail.contains(QLatin1String("cross-community 370202001001"));
        }));
        // Only the walk-in itself: a home visit in another community stays refused.
        VerificationEvent visit = e;
        visit.uuid.clear();
        visit.method = VerificationMethod::HomeVisit;
        QVERIFY(!service.record(visit, &error));
    }
}

// QD 23, GD 22, UR 七(三): home visits for the special-group ledger; ZB 三(二) accepts
// every request (不得推诿). UR counts 5 working days; the others set no deadline.
void TestRulesScenarios::homeVisitRequests()
{
    struct Case {
        const char *id;
        bool acceptsAnyone;
        QDate due;
    };
    for (const Case &c : {Case{"qingdao", false, QDate()}, Case{"guangdong", false, QDate()},
                          Case{"zibo", true, QDate()}, Case{"urumqi", false, QDate(2026, 10, 9)}}) {
        District d;
        QVERIFY(d.open(QLatin1String(c.id)));
        const qint64 young = d.person(QStringLiteral("钱先生"), QDate(2026, 5, 1), 250000);
        const qint64 old = d.person(QStringLiteral("周奶奶"), QDate(2026, 5, 1), 250000);
        QVERIFY(
            d.m_db->connection()
                .exec(QStringLiteral("UPDATE recipient SET birth_date = '1940-01-01' WHERE id = %1")
                          .arg(old))
                .lastError()
                .type() == QSqlError::NoError);
        HomeVisitService visits(*d.m_db, *d.m_profile, d.m_profile->calendar(),
                                Session::commandLine());
        QString error;
        const auto forYoung = visits.request(young, QDate(2026, 9, 25), QStringLiteral("本人"),
                                             QStringLiteral("phone"), QString(), &error);
        QCOMPARE(forYoung.has_value(), c.acceptsAnyone);
        const auto forOld = visits.request(old, QDate(2026, 9, 25), QStringLiteral("女儿"),
                                           QStringLiteral("phone"), QString(), &error);
        QVERIFY2(forOld, qPrintable(error));
        QCOMPARE(forOld->dueOn, c.due);
    }
}

// QD 21: the phone reminds; it never certifies. New phone checks are refused; an old
// stored one stays readable but renews nothing.
void TestRulesScenarios::phoneDoesNotCertify()
{
    District d;
    QVERIFY(d.open(QStringLiteral("qingdao")));
    d.setToday(QDate(2026, 11, 20));
    const qint64 p = d.person(QStringLiteral("吴伯"), QDate(2026, 1, 5), 250000);
    VerificationEvent e;
    e.recipientId = p;
    e.checkDate = QDate(2026, 11, 20);
    e.method = VerificationMethod::Phone;
    e.status = LivingStatus::Alive;
    e.worker = QStringLiteral("刘");
    QString error;
    QVERIFY(!d.m_checks->record(e, &error));
    QVERIFY2(error.contains(QStringLiteral("phone call is not a certification")),
             qPrintable(error));
    QVERIFY(!VerificationTerms::certifyingMethods().contains(VerificationMethod::Phone));
    // An event stored by an older version (as a sync or an old file holds it).
    QVERIFY(d.check(p, QDate(2026, 3, 1), LivingStatus::Alive));
    QSqlQuery q(d.m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO verification_event(uuid, recipient_id, check_date, occurred_at, recorded_at, "
        "method, living_status, worker) SELECT 'old-phone', recipient_id, '2026-10-01', "
        "occurred_at, recorded_at, 'phone', 'alive', worker FROM verification_event")));
    QVERIFY2(PersonState(*d.m_db, *d.m_profile).recompute(p, &error), qPrintable(error));
    QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM verification_event WHERE method = "
                                     "'phone'")),
             qint64(1));
    // The period still runs from the window check of 2026-03-01.
    QCOMPARE(band(d, p, QDate(2027, 1, 20)), QStringLiteral("2"));
    QCOMPARE(d.scalar(QStringLiteral("SELECT last_check_date = '2026-03-01' FROM recipient")),
             qint64(1));

    // A file an older version derived with the phone check certifying: opening it in
    // a workspace lays the row again from the events, once.
    QVERIFY(q.exec(QStringLiteral("UPDATE recipient SET last_check_date = '2026-10-01', "
                                  "period_start = '2026-10-01', period_end = '2027-10-01'")));
    QCOMPARE(band(d, p, QDate(2027, 1, 20)), QStringLiteral("none"));
    const QString path = d.m_db->path();
    d.m_db.reset();
    WorkspaceOptions options;
    options.databasePath = path;
    options.profile = PolicyProfile::builtin(QStringLiteral("qingdao"));
    auto workspace = Workspace::open(options, Workspace::as(securitytest::administrator()), &error);
    QVERIFY2(workspace, qPrintable(error));
    QSqlQuery row(workspace->database().connection());
    QVERIFY(row.exec(QStringLiteral("SELECT last_check_date, period_end FROM recipient")) &&
            row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(row.value(1).toString(), QStringLiteral("2027-03-01"));
    QCOMPARE(workspace->database().setting(DerivedRepair::phoneSettingKey()),
             QStringLiteral("done"));
    int again = -1;
    QVERIFY(DerivedRepair::run(workspace->database(), workspace->profile(), &again, &error));
    QCOMPARE(again, 0); // once per file
}

// A region added as a JSON file alone (tests/data/profiles/sixth-region.json): the
// ledgers, a check, the lifecycle month and the visit deadline run through it.
void TestRulesScenarios::sixthRegion()
{
    District d;
    QVERIFY(d.open(SixthRegion));
    QCOMPARE(d.m_profile->id(), QStringLiteral("sixth-region"));
    QCOMPARE(d.m_profile->ruleCite(QStringLiteral("homeVisitWorkingDays")), QStringLiteral("T 5"));
    const qint64 p = d.person(QStringLiteral("郑女士"), QDate(2026, 2, 10), 300000);
    setCategory(d, p, "resident"); // half-year calendar periods: due 2026-12-31
    QCOMPARE(band(d, p, QDate(2026, 10, 20)), QStringLiteral("3"));
    QCOMPARE(band(d, p, QDate(2027, 1, 20)), QStringLiteral("overdue"));
    // A check renews by the region's own rule: H1 2027 met, due by 2027-12-31.
    d.setToday(QDate(2027, 1, 20));
    QVERIFY(d.check(p, QDate(2027, 1, 15), LivingStatus::Alive));
    QCOMPARE(band(d, p, QDate(2027, 1, 20)), QStringLiteral("none"));
    QCOMPARE(band(d, p, QDate(2027, 10, 20)), QStringLiteral("3"));
    // The lifecycle month: a loss found in March goes on the list due by 8 April.
    d.setToday(QDate(2027, 3, 20));
    QVERIFY(d.check(p, QDate(2027, 3, 12), LivingStatus::OtherLoss));
    const auto steps = confirmDue(d, QDate(2027, 3, 1), QDate(2027, 3, 20), AllSteps);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().event.deadline, QDate(2027, 4, 8));
    QCOMPARE(d.status(p), QStringLiteral("suspended"));
    // The visit deadline: 2 working days on the national calendar (2026 is covered).
    const qint64 old = d.person(QStringLiteral("冯老"), QDate(2026, 5, 1), 250000);
    QVERIFY(d.m_db->connection()
                .exec(QStringLiteral("UPDATE recipient SET birth_date = '1940-01-01' WHERE id = %1")
                          .arg(old))
                .lastError()
                .type() == QSqlError::NoError);
    HomeVisitService visits(*d.m_db, *d.m_profile, d.m_profile->calendar(), Session::commandLine());
    QString error;
    const auto v = visits.request(old, QDate(2026, 9, 30), QStringLiteral("儿子"),
                                  QStringLiteral("phone"), QString(), &error);
    QVERIFY2(v, qPrintable(error));
    QCOMPARE(v->dueOn, QDate(2026, 10, 9)); // 1-7 Oct off, 8 and 9 Oct working days
}

QTEST_GUILESS_MAIN(TestRulesScenarios)
#include "tst_rules_scenarios.moc"
