// The lifecycle on screen: "this month's actions" lists what is due and confirms
// one proposal (then the month-end suspension list); the person's steps dialog
// records an objection and refuses unsealing without approval; the timeline shows
// the status history; the lists show and filter the payment status.
#include "lifecycle/lifecycleproposals.h"
#include "lifecycletest.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientdetailpanel.h"
#include "lists/recipientlistmodel.h"
#include "lists/timelinepanel.h"
#include "modaltest.h"
#include "payments/lifecycleactionsdialog.h"
#include "payments/lifecyclestepdialog.h"
#include "payments/paymentactions.h"
#include "securitytest.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>

using namespace certdesk;

using namespace lifecycletest;
using modaltest::answer;

namespace
{
const QDate kToday(2027, 1, 20);

// The visible result message a dialog shows ("lifecycleMessage"), empty when none.
QString shownMessage(const QWidget *dialog)
{
    const QList<QMessageBox *> boxes =
        dialog->findChildren<QMessageBox *>(QStringLiteral("lifecycleMessage"));
    for (const QMessageBox *box : boxes) {
        if (box->isVisible())
            return box->text();
    }
    return QString();
}

void closeMessages(const QWidget *dialog)
{
    const QList<QMessageBox *> boxes =
        dialog->findChildren<QMessageBox *>(QStringLiteral("lifecycleMessage"));
    for (QMessageBox *box : boxes)
        box->close();
}
} // namespace

class TestLifecycleDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void actionsConfirmOneProposal();
    void bulkConfirmAsksReportsAndAudits();
    void personStepsAndTimeline();
    void listsShowAndFilterStatus();
    void mainWindowPayments();

private:
    District m_d;
    qint64 m_reminded = 0, m_other = 0;
};

void TestLifecycleDialogs::initTestCase()
{
    QVERIFY(m_d.open());
    m_reminded = m_d.person(QStringLiteral("黄河"), QDate(2025, 12, 31), 200000);
    m_other = m_d.person(QStringLiteral("黄山"), QDate(2025, 12, 31), 210000);
    QVERIFY(m_d.remind(m_reminded, QDate(2026, 12, 20)));
    QVERIFY(m_d.remind(m_other, QDate(2026, 12, 21)));
    m_d.setToday(kToday);
}

void TestLifecycleDialogs::actionsConfirmOneProposal()
{
    LifecycleActionsDialog dialog(*m_d.m_db, *m_d.m_lifecycle, kToday, QString(),
                                  QStringLiteral("市南区"), QStringLiteral("李主任"));
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.shown().first().event.kind, LifecycleKind::Failed);
    QCOMPARE(dialog.table()->item(0, 0)->text(),
             BenefitLifecycle::displayName(LifecycleKind::Failed));
    // The community by its name, not its code (issue 17: "社区 shows 370299001001").
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("太平角社区"));
    // Confirm only the first row.
    const int row = dialog.shown().first().event.recipientId == m_reminded ? 0 : 1;
    dialog.table()->selectRow(row);
    dialog.findChild<QPushButton *>(QStringLiteral("confirmSelected"))->click();
    QVERIFY(answer(dialog.question(), QMessageBox::AcceptRole));
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(m_d.status(m_reminded), QStringLiteral("failed"));
    QCOMPARE(m_d.status(m_other), QStringLiteral("normal"));
    const QList<LifecycleEvent> steps = m_d.m_lifecycle->events(m_reminded);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().actor, QStringLiteral("李主任"));
    QVERIFY(steps.first().reason.contains(QStringLiteral("2026-12-31")));
    // The view follows: the other person still to fail, the confirmed one on the suspension list.
    QCOMPARE(dialog.table()->rowCount(), 2);
    QList<LifecycleKind> kinds;
    for (const LifecycleProposal &p : dialog.shown())
        kinds << p.event.kind;
    QCOMPARE(kinds, (QList<LifecycleKind>{LifecycleKind::Failed, LifecycleKind::Suspended}));
    QVERIFY(dialog.suspensionListHtml().contains(QStringLiteral("黄河")));
    QVERIFY(!dialog.suspensionListHtml().contains(QStringLiteral("黄山")));
    // Filter to the suspension list and confirm it whole.
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("actionsKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("suspended")));
    QCOMPARE(dialog.table()->rowCount(), 1);
    dialog.findChild<QPushButton *>(QStringLiteral("confirmAll"))->click();
    QVERIFY(answer(dialog.question(), QMessageBox::AcceptRole));
    QCOMPARE(m_d.status(m_reminded), QStringLiteral("suspended"));
    QCOMPARE(dialog.table()->rowCount(), 0);
    // Nothing selected: nothing recorded, and the user is told.
    QVERIFY(!dialog.confirmSelected());
    QVERIFY(!dialog.lastError().isEmpty());
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("lifecycleMessage"))
            w->close();
    }
}

// Issue 17: one click confirmed 36 suspensions without a question, a result or an
// audit entry. Every bulk confirmation says what it will do to how many people,
// asks, records nothing on "no", names a refused step, and on "yes" records each
// step with its audit entry and says so.
void TestLifecycleDialogs::bulkConfirmAsksReportsAndAudits()
{
    District d; // a database of its own: the counts below are this test's alone
    QVERIFY(d.open());
    QList<qint64> failing;
    for (const QString &name :
         {QStringLiteral("孙一"), QStringLiteral("孙二"), QStringLiteral("孙三")}) {
        failing << d.person(name, QDate(2025, 12, 31), 200000);
        QVERIFY(d.remind(failing.last(), QDate(2026, 12, 20)));
    }
    const qint64 dead = d.person(QStringLiteral("孙四"), QDate(2026, 6, 30), 180000);
    d.setToday(kToday);
    QVERIFY(d.check(dead, QDate(2027, 1, 10), LivingStatus::Deceased, QDate(2027, 1, 5)));
    const QString steps = QStringLiteral("SELECT count(*) FROM lifecycle_event");
    const QString audited =
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'payment-step'");

    LifecycleActionsDialog dialog(*d.m_db, *d.m_lifecycle, kToday, QString(),
                                  QStringLiteral("市南区"), QStringLiteral("李主任"));
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 4);
    auto *confirmAll = dialog.findChild<QPushButton *>(QStringLiteral("confirmAll"));

    // The question names the count of each kind; "no" records nothing.
    confirmAll->click();
    QMessageBox *question = dialog.question();
    QVERIFY2(question, "confirming all shown steps did not ask first");
    const QString asked = question->text();
    QVERIFY2(asked.contains(
                 QStringLiteral("%1: 3").arg(BenefitLifecycle::displayName(LifecycleKind::Failed))),
             qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("%1: 1").arg(
                 BenefitLifecycle::displayName(LifecycleKind::Suspended))),
             qPrintable(asked));
    QVERIFY(answer(question, QMessageBox::RejectRole));
    QCOMPARE(d.scalar(steps), 0);
    QCOMPARE(d.scalar(audited), 0);
    QCOMPARE(dialog.table()->rowCount(), 4);
    QVERIFY(dialog.lastResult().isEmpty());

    // A step refused when the answer comes (recorded elsewhere meanwhile): nothing
    // is recorded (all or nothing) and the message names the person and why.
    confirmAll->click();
    QVERIFY(dialog.question());
    LifecycleEvent meanwhile =
        failure(failing.first(), kToday, QStringLiteral("王芳"), QStringLiteral("无法联系"));
    QVERIFY(d.m_lifecycle->record(meanwhile));
    QVERIFY(answer(dialog.question(), QMessageBox::AcceptRole));
    QCOMPARE(d.scalar(steps), 1);
    QCOMPARE(d.scalar(audited), 1);
    QVERIFY2(dialog.lastResult().contains(QStringLiteral("孙一")), qPrintable(dialog.lastResult()));
    QVERIFY2(dialog.lastResult().contains(QStringLiteral("Only a person in normal status")),
             qPrintable(dialog.lastResult()));
    QCOMPARE(shownMessage(&dialog), dialog.lastResult());
    closeMessages(&dialog);

    // "Yes": every step recorded, the result reported, one audit entry per person.
    dialog.reload();
    QCOMPARE(dialog.table()->rowCount(), 4); // two failures; 孙一's and 孙四's suspensions
    confirmAll->click();
    QVERIFY(answer(dialog.question(), QMessageBox::AcceptRole));
    QCOMPARE(d.scalar(steps), 5);
    for (qint64 id : {failing.at(1), failing.at(2)})
        QCOMPARE(d.status(id), QStringLiteral("failed"));
    for (qint64 id : {failing.at(0), dead})
        QCOMPARE(d.status(id), QStringLiteral("suspended"));
    const QString result = dialog.lastResult();
    QVERIFY2(result.contains(QStringLiteral("4 payment step")), qPrintable(result));
    for (LifecycleKind k : {LifecycleKind::Failed, LifecycleKind::Suspended})
        QVERIFY2(result.contains(QStringLiteral("%1: 2").arg(BenefitLifecycle::displayName(k))),
                 qPrintable(result));
    QCOMPARE(shownMessage(&dialog), result);
    closeMessages(&dialog);
    QCOMPARE(d.scalar(audited), 5);
    for (qint64 id : {failing.at(0), failing.at(1), failing.at(2), dead}) {
        const LifecycleEvent step = d.m_lifecycle->events(id).last();
        QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'payment-step' AND target = '%1' AND detail = '%2 %3'")
                              .arg(IdNumber::mask(d.idNumber(id)), step.uuid,
                                   BenefitLifecycle::key(step.kind))),
                 1);
    }
    // Nothing shown: nothing asked.
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("actionsKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("sealed")));
    QVERIFY(!dialog.confirmAllShown());
    QVERIFY(!dialog.question());
    closeMessages(&dialog);
}

void TestLifecycleDialogs::personStepsAndTimeline()
{
    QCOMPARE(m_d.status(m_reminded), QStringLiteral("suspended"));
    LifecycleStepDialog dialog(*m_d.m_lifecycle, m_reminded, QStringLiteral("黄河"),
                               m_d.idNumber(m_reminded), 200000, QStringLiteral("王芳"),
                               QStringLiteral("太平角社区"));
    dialog.show();
    QVERIFY(dialog.stateLabel()->text().contains(
        BenefitLifecycle::displayName(BenefitStatus::Suspended)));
    dialog.setKind(LifecycleKind::Objection);
    dialog.objectorField()->setText(QStringLiteral("女儿 黄丽"));
    dialog.reasonField()->setText(QStringLiteral("在外地住院"));
    dialog.findChild<QPushButton *>(QStringLiteral("recordStep"))->click();
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QVERIFY(m_d.m_lifecycle->state(m_reminded).objectionOpen());
    QVERIFY(dialog.stateLabel()->text().contains(QStringLiteral("Objection made on 2027-01-20")));
    // Unsealing an account that is not sealed is refused with the rule's message.
    dialog.setKind(LifecycleKind::Unsealed);
    dialog.approverField()->setText(QStringLiteral("李主任"));
    dialog.reasonField()->setText(QStringLiteral("x"));
    QVERIFY(!dialog.recordStep());
    QVERIFY2(dialog.lastError().contains(QStringLiteral("Only a sealed account")),
             qPrintable(dialog.lastError()));
    QCOMPARE(m_d.m_lifecycle->events(m_reminded).size(), 3);
    QVERIFY(dialog.repaymentNoticeHtml().isEmpty()); // no notice issued
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("lifecycleMessage"))
            w->close();
    }

    TimelinePanel timeline(*m_d.m_checks, *m_d.m_store);
    timeline.setLifecycle(m_d.m_lifecycle.get());
    timeline.show();
    timeline.showRecipient(m_reminded);
    const QString history = timeline.statusHistoryText();
    QVERIFY2(history.startsWith(QStringLiteral("Payment status: Suspended")), qPrintable(history));
    // Newest first, each with who and why.
    const QStringList lines = history.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).contains(QStringLiteral("Objection — 王芳: 在外地住院")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("Certification failed — 李主任")),
             qPrintable(lines.at(3)));
}

void TestLifecycleDialogs::listsShowAndFilterStatus()
{
    RecipientListModel model(*m_d.m_db);
    LedgerQuery overdue(Ledger::Overdue, Scope{1, QStringLiteral("370202")}, kToday);
    model.setQuery(overdue, kToday);
    QCOMPARE(model.rowCount(), 2);
    const int statusColumn = int(model.columns().indexOf(RecipientListModel::StatusColumn));
    QVERIFY(statusColumn >= 0);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, statusColumn).data().toString();
    shown.sort();
    QCOMPARE(shown, (QStringList{BenefitLifecycle::displayName(BenefitStatus::Normal),
                                 BenefitLifecycle::displayName(BenefitStatus::Suspended)}));
    overdue.setStatusFilter(QStringLiteral("suspended"));
    model.setQuery(overdue, kToday);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.recipientId(0), m_reminded);
    QCOMPARE(overdue.count(m_d.m_db->connection()), 1);
    overdue.setStatusFilter(QStringLiteral("sealed"));
    QCOMPARE(overdue.count(m_d.m_db->connection()), 0);
    // The home-visit list counts through its own path; the filter applies there too.
    LedgerQuery visits(Ledger::HomeVisit, Scope{1, QStringLiteral("370202")}, kToday);
    visits.setHomeVisitAge(70);
    const qint64 all = visits.count(m_d.m_db->connection());
    visits.setStatusFilter(QStringLiteral("suspended"));
    QCOMPARE(visits.count(m_d.m_db->connection()), all > 0 ? 1 : 0);
    // The person's detail says it too.
    RecipientDetailPanel detail(*m_d.m_db, *m_d.m_profile, Session::commandLine(), kToday);
    detail.showRecipient(m_reminded);
    QCOMPARE(detail.fieldText(QStringLiteral("benefitStatus")),
             BenefitLifecycle::displayName(BenefitStatus::Suspended));
    detail.showRecipient(m_other);
    QCOMPARE(detail.fieldText(QStringLiteral("benefitStatus")),
             BenefitLifecycle::displayName(BenefitStatus::Normal));
}

void TestLifecycleDialogs::mainWindowPayments()
{
    // Remembered layout goes to the temporary folder, not the user's settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_d.m_dir.filePath(QStringLiteral("settings")));
    MainWindow window(*m_d.m_db, *m_d.m_profile, kToday, securitytest::administrator());
    window.show();
    QVERIFY(window.findChild<QAction *>(QStringLiteral("monthlyActionsAction")));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("personStepsAction"))
                 ->isEnabled()); // nobody selected
    // The Payments menu opens this month's actions for the selected node; confirming refreshes the
    // lists.
    LifecycleActionsDialog *dialog = window.payments()->openMonthlyActions();
    QVERIFY(dialog);
    QCOMPARE(dialog->shown().size(), 1); // the second person's failure
    QCOMPARE(dialog->shown().first().event.recipientId, m_other);
    QVERIFY(dialog->confirmAllShown());
    QVERIFY(answer(dialog->question(), QMessageBox::AcceptRole));
    QCOMPARE(m_d.status(m_other), QStringLiteral("failed"));
    // Audited under the signed-in user's name, as a step recorded one by one.
    QCOMPARE(m_d.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'payment-step' AND username = '%1'")
                            .arg(securitytest::administrator().user().username)),
             1);
    closeMessages(dialog);
    dialog->close();
    LedgerPanel *lists = window.ledgers();
    lists->showList(Ledger::Overdue);
    QComboBox *filter = lists->statusFilter();
    filter->setCurrentIndex(filter->findData(QStringLiteral("failed")));
    QCOMPARE(lists->model()->rowCount(), 1);
    QCOMPARE(lists->model()->recipientId(0), m_other);
    filter->setCurrentIndex(0); // everyone
    QCOMPARE(lists->model()->rowCount(), 2);
    lists->table()->selectRow(0);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("personStepsAction"))->isEnabled());
}

QTEST_MAIN(TestLifecycleDialogs)
#include "tst_lifecycledialogs.moc"
