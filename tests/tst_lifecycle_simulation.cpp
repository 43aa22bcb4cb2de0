// A synthetic community run month by month through 24 months (Jan 2027 - Jan 2029)
// with fixed "today" dates: every month the steps that are due are worked out and
// confirmed as a worker would (failures during the month, the suspension list at
// month end), and each person's status and money are asserted at every step.
//
// The cast (Qingdao profile: 3 months to object, 24 months to sealing, list due
// by the 8th):
//  - dead:      died mid-month (14 Mar 2027), found on 10 May: suspended, notice for
//               the 2 overpaid months, instalments, a refusal, repaid in full;
//  - objector:  unreachable, failed and suspended in month 0, objects in month 2,
//               so never stopped; sealed at month 24;
//  - resumed:   unreachable, suspended in month 0, stopped in month 3, certified
//               alive in month 5: resumed with 4 months' back pay;
//  - prisoner:  imprisoned: suspended, stopped, never sealed;
//  - bigdata:   on the big-data "disqualified" list: suspended, stopped, sealed at 24;
//  - steady:    certifies every year: normal throughout;
//  - quiet:     period over but no attempt to reach them recorded: not failed.
#include "lifecycle/lifecycleproposals.h"
#include "lifecycletest.h"

using namespace certdesk;

using namespace lifecycletest;

namespace
{
const QDate kStart(2027, 1, 1);
const int kSteps = 24;
} // namespace

class TestLifecycleSimulation : public QObject
{
    Q_OBJECT
private slots:
    void twentyFourMonths();

private:
    void confirmDue(const QDate &month, const QDate &today, const QSet<LifecycleKind> &kinds);
    void happenings(int step, const QDate &today);

    District m_d;
    qint64 m_dead = 0, m_objector = 0, m_resumed = 0, m_prisoner = 0, m_bigdata = 0, m_steady = 0,
           m_quiet = 0;
    QHash<qint64, QList<LifecycleKind>> m_confirmed;
};

void TestLifecycleSimulation::confirmDue(const QDate &month, const QDate &today,
                                         const QSet<LifecycleKind> &kinds)
{
    LifecycleProposals proposals(*m_d.m_db, *m_d.m_lifecycle);
    QString error;
    QList<LifecycleProposal> due = proposals.compute(month, today, QString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    due.erase(
        std::remove_if(due.begin(), due.end(),
                       [&](const LifecycleProposal &p) { return !kinds.contains(p.event.kind); }),
        due.end());
    if (due.isEmpty())
        return;
    QVERIFY2(proposals.confirm(due, QStringLiteral("李主任"), &error), qPrintable(error));
    for (const LifecycleProposal &p : std::as_const(due))
        m_confirmed[p.event.recipientId] << p.event.kind;
}

// What happens during the month, before the 20th when the run is made.
void TestLifecycleSimulation::happenings(int step, const QDate &today)
{
    LifecycleService &life = *m_d.m_lifecycle;
    QString error;
    auto record = [&](LifecycleEvent e) {
        e.date = today;
        e.actor = QStringLiteral("王芳");
        QVERIFY2(life.record(e, &error), qPrintable(error));
    };
    // A step of `kind` for `id`, with an amount (fen) or a count as the kind needs.
    auto stepOf = [](qint64 id, LifecycleKind kind, qint64 amountFen = 0,
                     const QString &reason = QString()) {
        LifecycleEvent e;
        e.recipientId = id;
        e.kind = kind;
        e.amountFen = amountFen;
        e.instalments = kind == LifecycleKind::RepaymentAgreement ? 2 : 0;
        e.reason = reason;
        return e;
    };
    switch (step) {
    case 0:
        QVERIFY(m_d.check(m_prisoner, QDate(2027, 1, 5), LivingStatus::Imprisoned));
        break;
    case 2: {
        // The objector's daughter objects: the stop is held, verification reopens.
        LifecycleEvent objection = stepOf(m_objector, LifecycleKind::Objection, 0,
                                          QStringLiteral("父亲在外地住院，能提供证明"));
        objection.objector = QStringLiteral("女儿 张丽");
        record(objection);
        break;
    }
    case 4:
        QVERIFY(m_d.check(m_dead, QDate(2027, 5, 10), LivingStatus::Deceased, QDate(2027, 3, 14)));
        break;
    case 5: {
        QVERIFY(m_d.check(m_resumed, QDate(2027, 6, 10), LivingStatus::Alive));
        QVERIFY(m_d.check(m_steady, QDate(2027, 6, 15), LivingStatus::Alive));
        // Paid through May (suspended from June): April and May were overpaid.
        const auto notice =
            life.overpaymentNotice(m_dead, QDate(2027, 5, 1), QStringLiteral("王芳"), &error);
        QVERIFY2(notice, qPrintable(error));
        QCOMPARE(notice->months, 2);
        QCOMPARE(notice->amountFen, 2 * 320000);
        QCOMPARE(notice->firstMonth, QDate(2027, 4, 1));
        QCOMPARE(notice->deadline, QDate(2027, 7, 20)); // 30 days
        record(*notice);
        record(stepOf(m_dead, LifecycleKind::RepaymentAgreement)); // two instalments
        break;
    }
    case 6:
        record(stepOf(m_resumed, LifecycleKind::BackPay, life.state(m_resumed).backPay.fen()));
        record(stepOf(m_dead, LifecycleKind::Repayment, 320000));
        break;
    case 7:
        record(stepOf(m_dead, LifecycleKind::Refusal, 0, QStringLiteral("家属拒绝退还第二期")));
        break;
    case 9:
        record(stepOf(m_dead, LifecycleKind::Repayment, 320000));
        break;
    case 16:
        QVERIFY(m_d.check(m_steady, QDate(2028, 5, 15), LivingStatus::Alive));
        break;
    default:
        break;
    }
}

void TestLifecycleSimulation::twentyFourMonths()
{
    QVERIFY(m_d.open());
    m_dead = m_d.person(QStringLiteral("赵德山"), QDate(2026, 8, 1), 320000);
    m_objector = m_d.person(QStringLiteral("张建国"), QDate(2025, 12, 31), 280000);
    m_resumed = m_d.person(QStringLiteral("孙桂兰"), QDate(2025, 12, 31), 250000);
    m_prisoner = m_d.person(QStringLiteral("钱多多"), QDate(2026, 10, 1), 300000);
    m_bigdata = m_d.person(QStringLiteral("周永福"), QDate(2026, 10, 1), 310000, 0);
    m_steady = m_d.person(QStringLiteral("吴秀英"), QDate(2026, 7, 1), 330000);
    m_quiet = m_d.person(QStringLiteral("郑和平"), QDate(2025, 12, 31), 260000);
    QVERIFY(m_d.remind(m_objector, QDate(2026, 12, 15)));
    QVERIFY(m_d.remind(m_resumed, QDate(2026, 12, 10)));

    // Expected status at each step: the step from which each status holds.
    const QHash<qint64, QList<QPair<int, QString>>> expected{
        {m_dead,
         {{0, QStringLiteral("normal")},
          {4, QStringLiteral("suspended")},
          {7, QStringLiteral("stopped")}}},
        {m_objector, {{0, QStringLiteral("suspended")}, {24, QStringLiteral("sealed")}}},
        {m_resumed,
         {{0, QStringLiteral("suspended")},
          {3, QStringLiteral("stopped")},
          {5, QStringLiteral("normal")}}},
        {m_prisoner, {{0, QStringLiteral("suspended")}, {3, QStringLiteral("stopped")}}},
        {m_bigdata,
         {{0, QStringLiteral("suspended")},
          {3, QStringLiteral("stopped")},
          {24, QStringLiteral("sealed")}}},
        {m_steady, {{0, QStringLiteral("normal")}}},
        {m_quiet, {{0, QStringLiteral("normal")}}},
    };
    // Balance of the dead person's overpayment after each step (fen).
    auto expectedBalance = [](int step) -> qint64 {
        return step < 5 ? 0 : step < 6 ? 640000 : step < 9 ? 320000 : 0;
    };

    for (int step = 0; step <= kSteps; ++step) {
        const QDate month = kStart.addMonths(step);
        const QDate today(month.year(), month.month(), 20);
        m_d.setToday(today);
        happenings(step, today);
        if (QTest::currentTestFailed())
            return;
        // During the month: every due step; at month end: the suspension list, which
        // takes in the failures confirmed this month.
        confirmDue(month, today,
                   {LifecycleKind::Failed, LifecycleKind::Suspended, LifecycleKind::Resumed,
                    LifecycleKind::Stopped, LifecycleKind::Sealed});
        confirmDue(month, today, {LifecycleKind::Suspended});
        if (QTest::currentTestFailed())
            return;

        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QString want;
            for (const auto &[from, status] : it.value()) {
                if (step >= from)
                    want = status;
            }
            const QString got = m_d.status(it.key());
            if (got != want)
                QFAIL(qPrintable(QStringLiteral("step %1 (%2): person %3 is %4, expected %5")
                                     .arg(step)
                                     .arg(isoDate(today))
                                     .arg(it.key())
                                     .arg(got, want)));
            QCOMPARE(BenefitLifecycle::key(m_d.m_lifecycle->state(it.key()).status),
                     want); // stored = derived
        }
        const LifecycleState dead = m_d.m_lifecycle->state(m_dead);
        QCOMPARE(dead.balance().fen(), expectedBalance(step));
        const LifecycleState resumed = m_d.m_lifecycle->state(m_resumed);
        QCOMPARE(resumed.backPayDue, step == 5);
        if (step == 5) {
            // Suspended from Feb, resumed from June: Feb-May back-paid.
            QCOMPARE(resumed.backPayMonths, 4);
            QCOMPARE(resumed.backPay.fen(), 4 * 250000);
        }
        QCOMPARE(m_d.m_lifecycle->state(m_objector).objectionOpen(), step >= 2);
    }

    // The trail: each person's confirmed steps, in order.
    using K = LifecycleKind;
    QCOMPARE(m_confirmed.value(m_objector), (QList<K>{K::Failed, K::Suspended, K::Sealed}));
    QCOMPARE(m_confirmed.value(m_resumed),
             (QList<K>{K::Failed, K::Suspended, K::Stopped, K::Resumed}));
    QCOMPARE(m_confirmed.value(m_prisoner), (QList<K>{K::Suspended, K::Stopped}));
    QCOMPARE(m_confirmed.value(m_bigdata), (QList<K>{K::Suspended, K::Stopped, K::Sealed}));
    QCOMPARE(m_confirmed.value(m_dead), (QList<K>{K::Suspended, K::Stopped}));
    QVERIFY(!m_confirmed.contains(m_steady));
    QVERIFY(!m_confirmed.contains(m_quiet));
    // Who and why are kept on every step; every step waits in the outbox.
    QCOMPARE(m_d.scalar(
                 QStringLiteral("SELECT count(*) FROM lifecycle_event WHERE actor = '' OR (kind IN "
                                "('failed', 'suspended', 'stopped', 'sealed', 'resumed') AND "
                                "coalesce(reason, '') = '')")),
             0);
    QCOMPARE(m_d.scalar(QStringLiteral("SELECT count(*) FROM lifecycle_outbox")),
             m_d.scalar(QStringLiteral("SELECT count(*) FROM lifecycle_event")));
    const LifecycleState dead = m_d.m_lifecycle->state(m_dead);
    QCOMPARE(dead.refusals, 1);
    QCOMPARE(dead.repaid.fen(), 640000);
    // The steady person's period moved with their checks.
    QCOMPARE(
        m_d.scalar(QStringLiteral("SELECT period_end = '2029-05-15' FROM recipient WHERE id = %1")
                       .arg(m_steady)),
        1);
}

QTEST_GUILESS_MAIN(TestLifecycleSimulation)
#include "tst_lifecycle_simulation.moc"
