// The benefit lifecycle step by step: each transition the state machine allows,
// each one it refuses (with its message), the profile's numbers, the overpayment
// worked example of RULES.md §7, append-only storage, all-or-nothing batches,
// sealed accounts closed to checks, the printable papers and the CLI.
#include "clitest.h"
#include "lifecycle/lifecycledocuments.h"
#include "lifecycle/lifecycleproposals.h"
#include "lifecycletest.h"
#include "securitytest.h"

#include <QProcess>

using namespace certdesk;

using namespace lifecycletest;
using K = LifecycleKind;
Q_DECLARE_METATYPE(LifecycleEvent)

namespace
{

LifecycleEvent step(K kind, qint64 amountFen = 0)
{
    LifecycleEvent e;
    e.recipientId = 1;
    e.kind = kind;
    e.date = QDate(2027, 3, 1);
    e.effectiveMonth = QDate(2027, 4, 1);
    e.actor = QStringLiteral("王芳");
    e.reason = QStringLiteral("理由");
    e.objector = QStringLiteral("本人");
    e.approvedBy = QStringLiteral("李主任");
    e.amountFen = amountFen;
    e.months = amountFen > 0 ? 1 : 0;
    e.deadline = QDate(2027, 4, 1);
    e.instalments = 1;
    return e;
}

LifecycleState after(const QList<LifecycleEvent> &events)
{
    return BenefitLifecycle::replay(events);
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void refusals_data();
    void refusals();
    void transitions();
    void profileNumbers();
    void overpaymentWorkedExample();
    void storedAppendOnlyWithOutbox();
    void stepsNeedTheRightAndTheNode();
    void batchIsAllOrNothing();
    void sealedAccountIsReadOnly();
    void proposalsNeedAttempts();
    void certifiedFailureIsReinstated();
    void confirmingAMonthAgainTakesOnlyTheNextDueStep();
    void printableDocuments();
    void cli();
};

void TestLifecycle::refusals_data()
{
    QTest::addColumn<QList<LifecycleEvent>>("history");
    QTest::addColumn<LifecycleEvent>("next");
    QTest::addColumn<QString>("refusal"); // a fragment of the message; empty = allowed

    LifecycleEvent imprisoned = step(K::Suspended);
    imprisoned.cause = QStringLiteral("imprisoned");
    LifecycleEvent selfApproved = step(K::Unsealed);
    selfApproved.approvedBy = selfApproved.actor;
    LifecycleEvent unapproved = step(K::Unsealed);
    unapproved.approvedBy.clear();
    LifecycleEvent noActor = step(K::Failed);
    noActor.actor = QStringLiteral("  ");
    LifecycleEvent noObjector = step(K::Objection);
    noObjector.objector.clear();
    const QList<LifecycleEvent> sealed{step(K::Suspended), step(K::Sealed)};

    QTest::newRow("fail a normal person")
        << QList<LifecycleEvent>{} << step(K::Failed) << QString();
    QTest::newRow("fail twice") << QList<LifecycleEvent>{step(K::Failed)} << step(K::Failed)
                                << QStringLiteral("normal status");
    QTest::newRow("suspend a failure")
        << QList<LifecycleEvent>{step(K::Failed)} << step(K::Suspended) << QString();
    QTest::newRow("suspend a sealed account")
        << sealed << step(K::Suspended) << QStringLiteral("is sealed");
    QTest::newRow("suspend a stopped payment")
        << QList<LifecycleEvent>{step(K::Suspended), step(K::Stopped)} << step(K::Suspended)
        << QStringLiteral("already suspended");
    QTest::newRow("stop without suspension")
        << QList<LifecycleEvent>{} << step(K::Stopped)
        << QStringLiteral("only be stopped after a suspension");
    QTest::newRow("stop a failure") << QList<LifecycleEvent>{step(K::Failed)} << step(K::Stopped)
                                    << QStringLiteral("only be stopped after a suspension");
    QTest::newRow("stop a suspension")
        << QList<LifecycleEvent>{step(K::Suspended)} << step(K::Stopped) << QString();
    QTest::newRow("stop despite an objection")
        << QList<LifecycleEvent>{step(K::Suspended), step(K::Objection)} << step(K::Stopped)
        << QStringLiteral("objection was made");
    QTest::newRow("objection without suspension")
        << QList<LifecycleEvent>{} << step(K::Objection) << QStringLiteral("against a suspension");
    QTest::newRow("objection without objector") << QList<LifecycleEvent>{step(K::Suspended)}
                                                << noObjector << QStringLiteral("who objected");
    QTest::newRow("objection on a sealed account")
        << sealed << step(K::Objection) << QStringLiteral("is sealed");
    QTest::newRow("resume a normal payment")
        << QList<LifecycleEvent>{} << step(K::Resumed)
        << QStringLiteral("Only a failed, suspended or stopped");
    QTest::newRow("reinstate a failure")
        << QList<LifecycleEvent>{step(K::Failed)} << step(K::Resumed) << QString();
    QTest::newRow("resume a stopped payment")
        << QList<LifecycleEvent>{step(K::Suspended), step(K::Stopped)} << step(K::Resumed, 500)
        << QString();
    QTest::newRow("back pay without resumption")
        << QList<LifecycleEvent>{step(K::Suspended)} << step(K::BackPay, 500)
        << QStringLiteral("follows a resumption");
    QTest::newRow("back pay after resumption")
        << QList<LifecycleEvent>{step(K::Suspended), step(K::Resumed, 500)} << step(K::BackPay, 500)
        << QString();
    QTest::newRow("back pay of another amount")
        << QList<LifecycleEvent>{step(K::Suspended), step(K::Resumed, 500)} << step(K::BackPay, 600)
        << QStringLiteral("The back pay is 5.00 yuan");
    QTest::newRow("back pay twice")
        << QList<LifecycleEvent>{step(K::Suspended), step(K::Resumed, 500), step(K::BackPay, 500)}
        << step(K::BackPay, 500) << QStringLiteral("follows a resumption");
    QTest::newRow("seal a normal account") << QList<LifecycleEvent>{} << step(K::Sealed)
                                           << QStringLiteral("Only a suspended or stopped account");
    QTest::newRow("seal an imprisonment case")
        << QList<LifecycleEvent>{imprisoned} << step(K::Sealed)
        << QStringLiteral("imprisonment are not sealed");
    QTest::newRow("unseal without approval")
        << sealed << unapproved << QStringLiteral("approval of another user");
    QTest::newRow("unseal approving oneself")
        << sealed << selfApproved << QStringLiteral("approval of another user");
    QTest::newRow("unseal with approval") << sealed << step(K::Unsealed) << QString();
    QTest::newRow("unseal an open account")
        << QList<LifecycleEvent>{step(K::Suspended)} << step(K::Unsealed)
        << QStringLiteral("Only a sealed account");
    QTest::newRow("repay without notice") << QList<LifecycleEvent>{} << step(K::Repayment, 100)
                                          << QStringLiteral("issue a repayment notice first");
    QTest::newRow("repay more than owed")
        << QList<LifecycleEvent>{step(K::OverpaymentNotice, 1000)} << step(K::Repayment, 1001)
        << QStringLiteral("at most the balance of 10.00");
    QTest::newRow("repay part") << QList<LifecycleEvent>{step(K::OverpaymentNotice, 1000)}
                                << step(K::Repayment, 400) << QString();
    QTest::newRow("second notice while one is open")
        << QList<LifecycleEvent>{step(K::OverpaymentNotice, 1000)}
        << step(K::OverpaymentNotice, 1000) << QStringLiteral("still open");
    QTest::newRow("refusal without notice")
        << QList<LifecycleEvent>{} << step(K::Refusal) << QStringLiteral("Nothing is owed");
    QTest::newRow("notice on a sealed account")
        << sealed << step(K::OverpaymentNotice, 1000) << QStringLiteral("is sealed");
    QTest::newRow("negative back pay")
        << QList<LifecycleEvent>{step(K::Suspended)} << step(K::Resumed, -500)
        << QStringLiteral("cannot be negative");
    LifecycleEvent backdated = step(K::Stopped);
    backdated.date = QDate(2027, 2, 28);
    QTest::newRow("step dated before the last one")
        << QList<LifecycleEvent>{step(K::Suspended)} << backdated
        << QStringLiteral("before the person's latest step (2027-03-01)");
    QTest::newRow("step without a name")
        << QList<LifecycleEvent>{} << noActor << QStringLiteral("name who recorded");
}

void TestLifecycle::refusals()
{
    QFETCH(QList<LifecycleEvent>, history);
    QFETCH(LifecycleEvent, next);
    QFETCH(QString, refusal);
    const QString got = BenefitLifecycle::refusal(after(history), next);
    if (refusal.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(refusal), qPrintable(got));
}

void TestLifecycle::transitions()
{
    QList<LifecycleEvent> events;
    auto status = [&](LifecycleEvent e) {
        const QString refused = BenefitLifecycle::refusal(after(events), e);
        if (!refused.isEmpty())
            qWarning() << refused; // then the comparison after it fails too
        events << e;
        return after(events).status;
    };
    using S = BenefitStatus;
    LifecycleEvent failure = step(K::Failed);
    failure.date = QDate(2027, 2, 1);
    QCOMPARE(status(failure), S::Failed);
    QCOMPARE(after(events).failureReason, QStringLiteral("理由"));
    LifecycleEvent suspension = step(K::Suspended);
    suspension.date = QDate(2027, 2, 20);
    suspension.effectiveMonth = QDate(2027, 4, 15);
    QCOMPARE(status(suspension), S::Suspended);
    QCOMPARE(after(events).suspendedFrom, QDate(2027, 4, 1));
    QCOMPARE(after(events).suspendedOn, QDate(2027, 2, 20));
    QCOMPARE(status(step(K::Stopped)), S::Stopped);
    QCOMPARE(status(step(K::Sealed)), S::Sealed);
    QCOMPARE(status(step(K::Unsealed)), S::Stopped); // back to what was sealed
    QCOMPARE(after(events).sealClockFrom,
             QDate(2027, 3, 1)); // the unsealing restarts the sealing clock
    QCOMPARE(status(step(K::Resumed, 90000)), S::Normal);
    QVERIFY(after(events).backPayDue);
    QVERIFY(!after(events).suspendedOn.isValid());
    QCOMPARE(status(step(K::BackPay, 90000)), S::Normal);
    QVERIFY(!after(events).backPayDue);
    // Keys round-trip; every status has a name.
    for (S s : BenefitLifecycle::statuses()) {
        QCOMPARE(BenefitLifecycle::statusFromKey(BenefitLifecycle::key(s)), s);
        QVERIFY(!BenefitLifecycle::displayName(s).isEmpty());
    }
    for (K k : BenefitLifecycle::kinds())
        QCOMPARE(BenefitLifecycle::kindFromKey(BenefitLifecycle::key(k)), k);
}

void TestLifecycle::profileNumbers()
{
    // Each number belongs to the region that states it (issue 15); tst_rules has the
    // table for every profile.
    const auto qingdao = PolicyProfile::builtin(QStringLiteral("qingdao"));
    const auto zibo = PolicyProfile::builtin(QStringLiteral("zibo"));
    const auto guangdong = PolicyProfile::builtin(QStringLiteral("guangdong"));
    // QD 25: compiled at month end and before the 8th of the next month.
    QCOMPARE(BenefitLifecycle::suspensionDeadline(*qingdao, QDate(2026, 11, 23)),
             QDate(2026, 12, 8));
    QCOMPARE(BenefitLifecycle::suspensionDeadline(*qingdao, QDate(2026, 12, 1)), QDate(2027, 1, 8));
    // ZB 四(二)4: stopped after 3 months without objection; QD states no such step.
    QCOMPARE(BenefitLifecycle::stopDue(*zibo, QDate(2026, 11, 30)), QDate(2027, 2, 28));
    QVERIFY(!BenefitLifecycle::stopDue(*qingdao, QDate(2026, 11, 30)).isValid());
    // GD 9: sealed after 2 years; nowhere else.
    QCOMPARE(BenefitLifecycle::sealDue(*guangdong, QDate(2027, 1, 20)), QDate(2029, 1, 20));
    QVERIFY(!BenefitLifecycle::sealDue(*qingdao, QDate(2027, 1, 20)).isValid());
    QCOMPARE(BenefitLifecycle::repaymentDeadline(*qingdao, QDate(2026, 11, 23)),
             QDate(2026, 12, 23));
    // The numbers come from the JSON: changed there, changed here; nonsense refused.
    QFile f(QStringLiteral(":/profiles/zibo.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    QString error;
    const QByteArray stop = "\"objectionStopAfterMonths\": { \"value\": 3";
    QVERIFY(json.contains(stop));
    const auto zibo6 = PolicyProfile::fromJson(
        QByteArray(json).replace(stop, "\"objectionStopAfterMonths\": { \"value\": 6"), &error);
    QVERIFY2(zibo6, qPrintable(error));
    QCOMPARE(BenefitLifecycle::stopDue(*zibo6, QDate(2027, 1, 20)), QDate(2027, 7, 20));
    QVERIFY(!PolicyProfile::fromJson(
        QByteArray(json).replace(stop, "\"objectionStopAfterMonths\": { \"value\": 0"), &error));
    QVERIFY2(error.contains(QStringLiteral("objectionStopAfterMonths")), qPrintable(error));
}

void TestLifecycle::overpaymentWorkedExample()
{
    // RULES.md §7: urumqi, 3,200.00 yuan a month, died 2026-06-14, paid to 2026-10:
    // Jul-Oct 2026 overpaid, 4 months, 12,800.00 yuan.
    const Overpayment o =
        Overpayment::compute(Money(320000), QDate(2026, 6, 14), QDate(2026, 10, 1));
    QCOMPARE(o.firstMonth, QDate(2026, 7, 1));
    QCOMPARE(o.lastMonth, QDate(2026, 10, 1));
    QCOMPARE(o.months, 4);
    QCOMPARE(o.amount.fen(), 1280000);

    // The same from a recorded death, as the service issues the notice.
    District d;
    QVERIFY(d.open(QStringLiteral("urumqi")));
    d.setToday(QDate(2026, 11, 23));
    const qint64 id = d.person(QStringLiteral("马文华"), QDate(2026, 3, 1), 320000);
    QString error;
    QVERIFY(
        !d.m_lifecycle->overpaymentNotice(id, QDate(2026, 10, 1), QStringLiteral("王芳"), &error));
    QVERIFY2(error.contains(QStringLiteral("No death or imprisonment")), qPrintable(error));
    QVERIFY(d.check(id, QDate(2026, 11, 2), LivingStatus::Deceased, QDate(2026, 6, 14)));
    QVERIFY(
        !d.m_lifecycle->overpaymentNotice(id, QDate(2026, 6, 1), QStringLiteral("王芳"), &error));
    QVERIFY2(error.contains(QStringLiteral("nothing to reclaim")),
             qPrintable(error)); // June itself is due
    auto notice =
        d.m_lifecycle->overpaymentNotice(id, QDate(2026, 10, 1), QStringLiteral("王芳"), &error);
    QVERIFY2(notice, qPrintable(error));
    QCOMPARE(notice->amountFen, 1280000);
    QCOMPARE(notice->months, 4);
    QCOMPARE(notice->firstMonth, QDate(2026, 7, 1));
    QCOMPARE(notice->cause, QStringLiteral("deceased"));
    QVERIFY2(d.m_lifecycle->record(*notice, &error), qPrintable(error));
    // Instalments, repayments and the balance; the last one cannot overpay.
    LifecycleEvent agreement = step(K::RepaymentAgreement);
    agreement.recipientId = id;
    agreement.date = QDate(2026, 11, 23);
    agreement.instalments = 4;
    QVERIFY2(d.m_lifecycle->record(agreement, &error), qPrintable(error));
    LifecycleEvent pay = step(K::Repayment, 320000);
    pay.recipientId = id;
    pay.date = QDate(2026, 11, 23);
    QVERIFY2(d.m_lifecycle->record(pay, &error), qPrintable(error));
    QCOMPARE(d.m_lifecycle->state(id).balance().fen(), 960000);
    pay.uuid.clear();
    pay.amountFen = 960001;
    QVERIFY(!d.m_lifecycle->record(pay, &error));
    QCOMPARE(d.m_lifecycle->state(id).balance().fen(), 960000);
    QCOMPARE(d.m_lifecycle->state(id).instalments, 4);

    // The notice on paper, from the command line as from the window.
    const QString db = d.m_db->path(), person = d.idNumber(id),
                  out = QFileInfo(db).dir().filePath(QStringLiteral("notice.html"));
    d.m_db.reset();
    const clitest::CliResult r =
        clitest::runCli({QStringLiteral("lifecycle-paper"), QStringLiteral("--db"), db,
                         QStringLiteral("--person"), person, QStringLiteral("--paper"),
                         QStringLiteral("repayment-notice"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(clitest::describe(r)));
    QFile html(out);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    QVERIFY(text.contains(QStringLiteral("12,800.00")) && text.contains(QStringLiteral("马文华")) &&
            text.contains(QStringLiteral("2026-12-23")));
    // And as a PDF (A4, fonts embedded, in Chinese), checked with poppler's pdftotext.
    const QString pdf = QFileInfo(db).dir().filePath(QStringLiteral("notice.pdf"));
    const clitest::CliResult p =
        clitest::runCli({QStringLiteral("lifecycle-paper"), QStringLiteral("--db"), db,
                         QStringLiteral("--person"), person, QStringLiteral("--paper"),
                         QStringLiteral("repayment-notice"), QStringLiteral("--out"), pdf});
    QVERIFY2(p.exitCode == 0, qPrintable(clitest::describe(p)));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString printed = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(printed.contains(QStringLiteral("12,800.00")) &&
                 printed.contains(QStringLiteral("马文华")) &&
                 printed.contains(QStringLiteral("限期")),
             qPrintable(printed.left(400)));
}

void TestLifecycle::stepsNeedTheRightAndTheNode()
{
    District d;
    QVERIFY(d.open());
    d.setToday(QDate(2027, 3, 1));
    const qint64 id = d.person(QStringLiteral("周平"), QDate(2026, 1, 1), 200000);
    LifecycleEvent e = step(K::Failed);
    e.recipientId = id;
    QString error;
    // An auditor reads only; a worker of another community cannot reach the person.
    const Session auditor = securitytest::sessionAt(Role::Auditor, 1, QStringLiteral("370202"));
    d.m_lifecycle->setSession(auditor);
    QVERIFY(!d.m_lifecycle->record(e, &error));
    QCOMPARE(error, auditor.refusal(Action::RecordPaymentStep));
    const Session elsewhere =
        securitytest::sessionAt(Role::CommunityWorker, 3, QStringLiteral("370202001999"));
    d.m_lifecycle->setSession(elsewhere);
    QVERIFY(!d.m_lifecycle->record(e, &error));
    QCOMPARE(error, elsewhere.outsideScope());
    QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM lifecycle_event")), 0);
    const Session own = securitytest::sessionAt(Role::CommunityWorker, 3, lifecycletest::Community);
    d.m_lifecycle->setSession(own);
    QVERIFY2(d.m_lifecycle->record(e, &error), qPrintable(error));
    QCOMPARE(d.status(id), QStringLiteral("failed"));
}

void TestLifecycle::storedAppendOnlyWithOutbox()
{
    District d;
    QVERIFY(d.open());
    d.setToday(QDate(2027, 3, 1));
    const qint64 id = d.person(QStringLiteral("陈立"), QDate(2026, 1, 1), 200000);
    LifecycleEvent e = step(K::Failed);
    e.recipientId = id;
    QString error;
    QVERIFY2(d.m_lifecycle->record(e, &error), qPrintable(error));
    QVERIFY(!e.uuid.isEmpty());
    QCOMPARE(d.status(id), QStringLiteral("failed"));
    QCOMPARE(
        d.scalar(QStringLiteral("SELECT count(*) FROM lifecycle_outbox WHERE state = 'pending'")),
        1);
    const QList<LifecycleEvent> stored = d.m_lifecycle->events(id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().reason, QStringLiteral("理由"));
    QCOMPARE(stored.first().actor, QStringLiteral("王芳"));
    QCOMPARE(stored.first().uuid, e.uuid);
    QSqlQuery q(d.m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE lifecycle_event SET reason = 'x'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM lifecycle_event")));
    // A step dated after today is refused; a refused step stores nothing.
    LifecycleEvent later = step(K::Suspended);
    later.recipientId = id;
    later.date = QDate(2027, 3, 2);
    QVERIFY(!d.m_lifecycle->record(later, &error));
    QVERIFY2(error.contains(QStringLiteral("in the future")), qPrintable(error));
    QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM lifecycle_event")), 1);
    QCOMPARE(d.status(id), QStringLiteral("failed"));
}

void TestLifecycle::batchIsAllOrNothing()
{
    District d;
    QVERIFY(d.open());
    d.setToday(QDate(2027, 3, 1));
    const qint64 a = d.person(QStringLiteral("甲"), QDate(2026, 1, 1), 200000);
    const qint64 b = d.person(QStringLiteral("乙乙"), QDate(2026, 1, 1), 200000);
    LifecycleEvent fail = step(K::Failed), suspend = step(K::Suspended), stop = step(K::Stopped);
    fail.recipientId = suspend.recipientId = a;
    stop.recipientId = b; // b was never suspended
    QList<LifecycleEvent> batch{fail, suspend, stop};
    QString error;
    QVERIFY(!d.m_lifecycle->recordMany(batch, &error));
    QVERIFY2(error.startsWith(QStringLiteral("乙乙: ")) &&
                 error.contains(QStringLiteral("after a suspension")),
             qPrintable(error));
    QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM lifecycle_event")), 0);
    QCOMPARE(d.status(a), QStringLiteral("normal"));
    // Without the bad step the same batch goes through, each step checked after the one before.
    batch.removeLast();
    QVERIFY2(d.m_lifecycle->recordMany(batch, &error), qPrintable(error));
    QCOMPARE(d.status(a), QStringLiteral("suspended"));
}

void TestLifecycle::sealedAccountIsReadOnly()
{
    District d;
    QVERIFY(d.open());
    d.setToday(QDate(2029, 3, 1));
    const qint64 id = d.person(QStringLiteral("林海"), QDate(2026, 1, 1), 200000);
    QList<LifecycleEvent> steps{step(K::Suspended), step(K::Sealed)};
    for (LifecycleEvent &e : steps)
        e.recipientId = id;
    QString error;
    QVERIFY2(d.m_lifecycle->recordMany(steps, &error), qPrintable(error));
    QCOMPARE(d.status(id), QStringLiteral("sealed"));
    // A check of a sealed person is refused by the verification service itself.
    QVERIFY(!d.check(id, QDate(2029, 2, 27), LivingStatus::Alive, QDate(), &error));
    QVERIFY2(error.contains(QStringLiteral("sealed")), qPrintable(error));
    QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM verification_event")), 0);
    LifecycleEvent unseal = step(K::Unsealed);
    unseal.recipientId = id;
    unseal.date = QDate(2029, 3, 1);
    QVERIFY2(d.m_lifecycle->record(unseal, &error), qPrintable(error));
    QCOMPARE(d.status(id), QStringLiteral("suspended"));
    // Unsealed to act on it: not proposed for sealing again the same month.
    const auto due = LifecycleProposals(*d.m_db, *d.m_lifecycle)
                         .compute(QDate(2029, 3, 1), QDate(2029, 3, 1), QString(), &error);
    QVERIFY(std::none_of(due.cbegin(), due.cend(),
                         [](const LifecycleProposal &p) { return p.event.kind == K::Sealed; }));
    QVERIFY(d.check(id, QDate(2029, 2, 27), LivingStatus::Alive, QDate(), &error));
}

void TestLifecycle::proposalsNeedAttempts()
{
    District d;
    QVERIFY(d.open());
    const qint64 reminded = d.person(QStringLiteral("黄河"), QDate(2025, 12, 31), 200000);
    const qint64 silent = d.person(QStringLiteral("黄山"), QDate(2025, 12, 31), 200000);
    const qint64 early =
        d.person(QStringLiteral("黄海"), QDate(2026, 1, 25), 200000); // period ends 2027-01-25
    QVERIFY(d.remind(reminded, QDate(2026, 12, 20)));
    QVERIFY(d.remind(silent, QDate(2026, 10, 1))); // before the period's last month: not an attempt
    QVERIFY(d.remind(early, QDate(2027, 1, 2)));
    d.setToday(QDate(2027, 1, 20));
    LifecycleProposals proposals(*d.m_db, *d.m_lifecycle);
    QString error;
    const QList<LifecycleProposal> due =
        proposals.compute(QDate(2027, 1, 1), QDate(2027, 1, 20), QString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(due.size(), 1); // `early`'s period has not ended yet on the 20th
    QCOMPARE(due.first().event.recipientId, reminded);
    QCOMPARE(due.first().event.kind, K::Failed);
    QVERIFY2(due.first().event.reason.contains(QStringLiteral("2026-12-31")),
             qPrintable(due.first().event.reason));
    // Another node sees nobody.
    QVERIFY(
        proposals.compute(QDate(2027, 1, 1), QDate(2027, 1, 20), QStringLiteral("370203"), &error)
            .isEmpty());
    QCOMPARE(
        proposals
            .compute(QDate(2027, 1, 1), QDate(2027, 1, 20), QStringLiteral("370202001"), &error)
            .size(),
        1);
}

void TestLifecycle::certifiedFailureIsReinstated()
{
    District d;
    QVERIFY(d.open());
    const qint64 id = d.person(QStringLiteral("黄河"), QDate(2025, 12, 31), 200000);
    QVERIFY(d.remind(id, QDate(2026, 12, 20)));
    d.setToday(QDate(2027, 1, 20));
    LifecycleProposals proposals(*d.m_db, *d.m_lifecycle);
    QString error;
    QVERIFY2(proposals.confirm(proposals.compute(QDate(2027, 1, 1), QDate(2027, 1, 20), QString()),
                               QStringLiteral("李主任"), &error),
             qPrintable(error));
    QCOMPARE(d.status(id), QStringLiteral("failed"));
    // The person comes in before the month-end list: reinstated, not suspended, no back pay.
    d.setToday(QDate(2027, 1, 25));
    QVERIFY(d.check(id, QDate(2027, 1, 24), LivingStatus::Alive));
    const QList<LifecycleProposal> due =
        proposals.compute(QDate(2027, 1, 1), QDate(2027, 1, 25), QString(), &error);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().event.kind, K::Resumed);
    QCOMPARE(due.first().event.months, 0);
    QCOMPARE(due.first().event.amountFen, 0);
    QVERIFY2(proposals.confirm(due, QStringLiteral("李主任"), &error), qPrintable(error));
    QCOMPARE(d.status(id), QStringLiteral("normal"));
    QVERIFY(!d.m_lifecycle->state(id).backPayDue);
    QVERIFY(proposals.compute(QDate(2027, 1, 1), QDate(2027, 1, 25), QString(), &error).isEmpty());
}

// `lifecycle --confirm all` records what is due now (docs/decisions.md, "A month's
// confirmation is not idempotent"): a failure confirmed makes its suspension due at
// once (effective next month, QD 24/RULES.md §5), so a second run in the same month
// records that and nothing else, and a third finds nothing.
void TestLifecycle::confirmingAMonthAgainTakesOnlyTheNextDueStep()
{
    District d;
    QVERIFY(d.open());
    const qint64 id = d.person(QStringLiteral("黄河"), QDate(2025, 12, 31), 200000);
    QVERIFY(d.remind(id, QDate(2026, 12, 20)));
    d.setToday(QDate(2027, 1, 20));
    LifecycleProposals proposals(*d.m_db, *d.m_lifecycle);
    QString error;
    const auto confirmAll = [&] {
        const QList<LifecycleProposal> due =
            proposals.compute(QDate(2027, 1, 1), QDate(2027, 1, 20), QString(), &error);
        if (!due.isEmpty() && !proposals.confirm(due, QStringLiteral("李主任"), &error))
            return QList<LifecycleProposal>{};
        return due;
    };
    QList<LifecycleProposal> done = confirmAll();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().event.kind, K::Failed);
    done = confirmAll();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().event.kind, K::Suspended);
    QCOMPARE(done.first().event.effectiveMonth, QDate(2027, 2, 1));
    QCOMPARE(d.status(id), QStringLiteral("suspended"));
    QVERIFY2(confirmAll().isEmpty(), qPrintable(error));
    QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM lifecycle_event")), 2);
}

void TestLifecycle::printableDocuments()
{
    LifecycleEvent notice = step(K::OverpaymentNotice, 1280000);
    notice.months = 4;
    notice.firstMonth = QDate(2026, 7, 1);
    notice.lastMonth = QDate(2026, 10, 1);
    notice.deadline = QDate(2026, 12, 23);
    const QString html = LifecycleDocuments::repaymentNoticeHtml(
        QStringLiteral("马文华"), QStringLiteral("11010519491231002X"), notice,
        QStringLiteral("市南区社保中心"));
    for (const QString &part :
         {QStringLiteral("12,800.00"), QStringLiteral("2026-12-23"), QStringLiteral("2026-07"),
          QStringLiteral("2026-10"), QStringLiteral("马文华"), QStringLiteral("市南区社保中心")})
        QVERIFY2(html.contains(part), qPrintable(part));
    QVERIFY(!html.contains(QStringLiteral("11010519491231002X"))); // masked

    LifecycleProposal p;
    p.event = step(K::Suspended);
    p.event.reason = QStringLiteral("认证不通过, 多次联系未果");
    p.event.deadline = QDate(2027, 2, 8);
    p.event.effectiveMonth = QDate(2027, 2, 1);
    p.name = QStringLiteral("张建国");
    p.idNumber = QStringLiteral("11010519491231002X");
    LifecycleProposal notListed = p;
    notListed.event.kind = K::Stopped;
    const QByteArray csv = LifecycleDocuments::suspensionListCsv({p, notListed});
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains("2027-02,2027-02-08"));
    QVERIFY(lines.at(1).endsWith("\"认证不通过, 多次联系未果\""));
    const QString list = LifecycleDocuments::suspensionListHtml(
        {p, notListed}, QDate(2027, 1, 1), QDate(2027, 2, 8), QStringLiteral("社区"));
    QVERIFY(list.contains(QStringLiteral("2027-02-08")) &&
            list.contains(QStringLiteral("1 people")));
}

void TestLifecycle::cli()
{
    using namespace clitest;
    District d;
    QVERIFY(d.open());
    const qint64 id = d.person(QStringLiteral("黄河"), QDate(2025, 12, 31), 200000);
    QVERIFY(d.remind(id, QDate(2026, 12, 20)));
    const QString db = d.m_db->path();
    const QString person = d.idNumber(id);
    d.m_db.reset(); // the CLI opens the file itself

    CliResult r =
        runCli({QStringLiteral("overpay"), QStringLiteral("--monthly-fen"),
                QStringLiteral("320000"), QStringLiteral("--event"), QStringLiteral("2026-06-14"),
                QStringLiteral("--paid-through"), QStringLiteral("2026-10")});
    QVERIFY2(r.exitCode == 0 && r.lines.size() == 1, qPrintable(describe(r)));
    QCOMPARE(r.lines.first().value(QStringLiteral("months")).toInt(), 4);
    QCOMPARE(r.lines.first().value(QStringLiteral("amountFen")).toInteger(), 1280000);
    QCOMPARE(r.lines.first().value(QStringLiteral("firstMonth")).toString(),
             QStringLiteral("2026-07"));
    QCOMPARE(r.lines.first().value(QStringLiteral("lastMonth")).toString(),
             QStringLiteral("2026-10"));
    r = runCli({QStringLiteral("overpay"), QStringLiteral("--monthly-fen"),
                QStringLiteral("3200.00"), QStringLiteral("--event"), QStringLiteral("2026-06-14"),
                QStringLiteral("--paid-through"), QStringLiteral("2026-10")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("--monthly-fen")),
             qPrintable(describe(r)));

    const QStringList base{
        QStringLiteral("lifecycle"), QStringLiteral("--db"),    db,
        QStringLiteral("--month"),   QStringLiteral("2027-01"), QStringLiteral("--today"),
        QStringLiteral("2027-01-20")};
    r = runCli(base);
    QVERIFY2(r.exitCode == 0 && r.allJson && r.lines.size() == 1, qPrintable(describe(r)));
    QCOMPARE(r.lines.first().value(QStringLiteral("kind")).toString(), QStringLiteral("failed"));
    QCOMPARE(r.lines.first().value(QStringLiteral("name")).toString(), QStringLiteral("黄河"));
    r = runCli(base + QStringList{QStringLiteral("--confirm"), QStringLiteral("failed")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("--actor")), qPrintable(describe(r)));
    r = runCli(base + QStringList{QStringLiteral("--confirm"), QStringLiteral("all"),
                                  QStringLiteral("--actor"), QStringLiteral("李主任")});
    QVERIFY2(r.exitCode == 0 && r.lines.size() == 2, qPrintable(describe(r)));
    QCOMPARE(r.lines.last().value(QStringLiteral("confirmed")).toInt(), 1);
    const QString csv = QFileInfo(db).dir().filePath(QStringLiteral("list.csv"));
    r = runCli(base +
               QStringList{QStringLiteral("--suspension-csv"),
                           csv}); // the failure is now on the suspension list, due by the 8th
    QVERIFY2(r.exitCode == 0 && r.lines.size() == 1, qPrintable(describe(r)));
    QFile list(csv);
    QVERIFY(list.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(list.readAll()).contains(QStringLiteral("黄河,")));
    QCOMPARE(r.lines.first().value(QStringLiteral("kind")).toString(), QStringLiteral("suspended"));
    QCOMPARE(r.lines.first().value(QStringLiteral("deadline")).toString(),
             QStringLiteral("2027-02-08"));
    QCOMPARE(r.lines.first().value(QStringLiteral("effectiveMonth")).toString(),
             QStringLiteral("2027-02"));

    // Stopping needs a suspension: refused with the reason, exit 1, nothing stored.
    const QStringList record{QStringLiteral("lifecycle-record"),
                             QStringLiteral("--db"),
                             db,
                             QStringLiteral("--person"),
                             person,
                             QStringLiteral("--today"),
                             QStringLiteral("2027-01-20"),
                             QStringLiteral("--actor"),
                             QStringLiteral("王芳")};
    r = runCli(record + QStringList{QStringLiteral("--kind"), QStringLiteral("stopped")});
    QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("after a suspension")),
             qPrintable(describe(r)));
    r = runCli(record + QStringList{QStringLiteral("--kind"), QStringLiteral("suspended"),
                                    QStringLiteral("--effective-month"), QStringLiteral("2027-02"),
                                    QStringLiteral("--reason"), QStringLiteral("认证不通过")});
    QVERIFY2(r.exitCode == 0 && r.lines.size() == 2, qPrintable(describe(r)));
    QCOMPARE(r.lines.last().value(QStringLiteral("status")).toString(),
             QStringLiteral("suspended"));
    r = runCli(record + QStringList{QStringLiteral("--kind"), QStringLiteral("objection"),
                                    QStringLiteral("--objector"), QStringLiteral("本人"),
                                    QStringLiteral("--reason"), QStringLiteral("在外地")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.lines.last().value(QStringLiteral("objectionOpen")).toBool());
    r = runCli({QStringLiteral("lifecycle-events"), QStringLiteral("--db"), db,
                QStringLiteral("--person"), person});
    QVERIFY2(r.exitCode == 0 && r.lines.size() == 4, qPrintable(describe(r)));
    QCOMPARE(r.lines.at(2).value(QStringLiteral("objector")).toString(), QStringLiteral("本人"));
    QCOMPARE(r.lines.at(0).value(QStringLiteral("actor")).toString(), QStringLiteral("李主任"));
    r = runCli({QStringLiteral("lifecycle-paper"), QStringLiteral("--db"), db,
                QStringLiteral("--person"), person, QStringLiteral("--paper"),
                QStringLiteral("repayment-notice"), QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("no repayment notice")),
             qPrintable(describe(r)));
    r = runCli({QStringLiteral("lifecycle"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                QStringLiteral("2027-13")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("YYYY-MM")), qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
