// The work lists as a worker meets them (issue 17): the home-visit list by
// urgency with due dates and days left, big-data losses flagged in every list,
// every shortcut in a menu, the detail panel following the list.
#include "domain/policyprofile.h"
#include "domain/specialgroup.h"
#include "lists/jurisdictionpanel.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientdetailpanel.h"
#include "lists/recipientlistmodel.h"
#include "securitytest.h"
#include "store/database.h"
#include "translations.h"
#include "verification/homevisitservice.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
const QString kDistrict = QStringLiteral("370299");
// Column titles, as the worker reads them.
const QString kDue = QStringLiteral("上门期限");
const QString kDaysLeft = QStringLiteral("距上门期限");
const QString kBigData = QStringLiteral("大数据比对");
} // namespace

class TestWorklistFeedback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void homeVisitListByUrgency();
    void lossFlaggedInEveryLedger();
    void detailClearsWhenPersonLeavesList();
    void everyShortcutInAMenu();
    void exportSaysWhereAndRemembersFolder();
    void rememberedLaterListKeepsTabsInView();
    void phoneInViewAt1366();

private:
    QList<qint64> ids(const QString &sql) const;
    // A column of the list shown, by its (Chinese) title; -1 when it has none.
    int column(const QString &title) const;
    QString cell(qint64 id, const QString &title) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
};

QList<qint64> TestWorklistFeedback::ids(const QString &sql) const
{
    QList<qint64> out;
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql))
        qWarning() << q.lastError().text();
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

int TestWorklistFeedback::column(const QString &title) const
{
    const RecipientListModel *model = m_window->ledgers()->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == title)
            return c;
    }
    return -1;
}

QString TestWorklistFeedback::cell(qint64 id, const QString &title) const
{
    RecipientListModel *model = m_window->ledgers()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->recipientId(r) == id)
            return model->index(r, column(title)).data().toString();
    }
    return QStringLiteral("<not in the list>");
}

void TestWorklistFeedback::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Exports go to a home of the test's own (its Documents folder is where they start).
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home/Documents"))));
    qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home/.config"))));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    QString error;
    // Urumqi: the one seed with a home-visit deadline (UR 七(三), 5 working days).
    m_profile = PolicyProfile::builtin(QStringLiteral("urumqi"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_db = securitytest::demoDatabase(m_dir.filePath(QStringLiteral("lists.sqlite")), *m_profile,
                                      4000, 17, kToday, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_window =
        std::make_unique<MainWindow>(*m_db, *m_profile, kToday, securitytest::administrator());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorklistFeedback::cleanupTestCase()
{
    m_window.reset();
    m_db.reset();
}

void TestWorklistFeedback::homeVisitListByUrgency()
{
    // Three 80-year-olds without a request: one requested long ago (overdue), one
    // recently (days left), one under a profile whose seed sets no deadline (QD).
    const QList<qint64> elders = ids(QStringLiteral(
        "SELECT r.id FROM recipient r WHERE birth_date <= '1944-01-01' AND NOT EXISTS (SELECT 1 "
        "FROM visit_request v WHERE v.recipient_id = r.id AND v.status = 'open') ORDER BY id "
        "DESC LIMIT 3"));
    QCOMPARE(elders.size(), 3);
    QString error;
    HomeVisitService urumqi(*m_db, *m_profile, m_profile->calendar(), Session::commandLine());
    const auto overdue = urumqi.request(elders.at(0), QDate(2026, 11, 2), QStringLiteral("女儿"),
                                        QStringLiteral("phone"), QString(), &error);
    QVERIFY2(overdue, qPrintable(error));
    const auto soon = urumqi.request(elders.at(1), QDate(2026, 11, 20), QStringLiteral("本人"),
                                     QStringLiteral("phone"), QString(), &error);
    QVERIFY2(soon, qPrintable(error));
    const auto qingdao = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(qingdao, qPrintable(error));
    HomeVisitService noDeadline(*m_db, *qingdao, qingdao->calendar(), Session::commandLine());
    const auto open = noDeadline.request(elders.at(2), QDate(2026, 11, 21), QStringLiteral("邻居"),
                                         QStringLiteral("phone"), QString(), &error);
    QVERIFY2(open, qPrintable(error));
    QVERIFY(!open->dueOn.isValid());

    m_window->jurisdiction()->selectCode(kDistrict);
    m_window->ledgers()->showList(Ledger::HomeVisit);
    RecipientListModel *model = m_window->ledgers()->model();
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    QVERIFY(column(kDaysLeft) >= 0);

    // By urgency: open requests by due date (the most overdue first), those without a
    // deadline after them, then everyone else oldest first.
    const QList<qint64> open1 = ids(QStringLiteral(
        "SELECT recipient_id FROM visit_request WHERE status = 'open' ORDER BY due_on, "
        "recipient_id"));
    QVERIFY(open1.contains(elders.at(0)) && open1.contains(elders.at(2)));
    QList<qint64> shown;
    for (int r = 0; r < model->rowCount(); ++r)
        shown << model->recipientId(r);
    QTRY_VERIFY(m_window->ledgers()->shownCount(Ledger::HomeVisit) >= 0);
    QCOMPARE(shown.size(), int(m_window->ledgers()->shownCount(Ledger::HomeVisit)));
    QCOMPARE(shown.mid(0, open1.size()), open1);
    QCOMPARE(shown.at(open1.size() - 1), elders.at(2)); // no deadline: last of the requests
    const QList<qint64> rest = ids(
        QStringLiteral(
            "SELECT r.id FROM recipient r WHERE (birth_date <= '%1' OR special_flags <> 0) AND "
            "r.id NOT IN (SELECT recipient_id FROM visit_request WHERE status = 'open') ORDER BY "
            "birth_date, r.id")
            .arg(SpecialGroup::latestBirthForAge(kToday, 80).toString(Qt::ISODate)));
    QCOMPARE(shown.mid(open1.size()), rest);

    // Due date and days left in words, in Chinese; no deadline is said so, not left blank.
    QCOMPARE(cell(elders.at(0), kDue), overdue->dueOn.toString(Qt::ISODate));
    QCOMPARE(cell(elders.at(0), kDaysLeft),
             QStringLiteral("已逾期 %1 天").arg(overdue->dueOn.daysTo(kToday)));
    QCOMPARE(cell(elders.at(1), kDaysLeft),
             QStringLiteral("还剩 %1 天").arg(kToday.daysTo(soon->dueOn)));
    QCOMPARE(cell(elders.at(2), kDue), QStringLiteral("本地区规定未设定期限"));

    // Paged two rows at a time, the order is the same across both ranges.
    LedgerQuery query(Ledger::HomeVisit, {1, kDistrict}, kToday);
    QList<RecipientRow> rows;
    QList<qint64> paged;
    QVariant key;
    qint64 after = 0;
    do {
        rows.clear();
        QVERIFY2(query.fetch(m_db->connection(), key, after, 2, &rows, &error), qPrintable(error));
        for (const RecipientRow &row : std::as_const(rows))
            paged << row.id;
        if (!rows.isEmpty()) {
            key = rows.last().sortKey;
            after = rows.last().id;
        }
    } while (rows.size() == 2);
    QCOMPARE(paged, shown);
}

void TestWorklistFeedback::lossFlaggedInEveryLedger()
{
    // The people the comparison found no longer eligible (丧失资格), wherever they are listed.
    const QList<qint64> losses =
        ids(QStringLiteral("SELECT id FROM recipient WHERE bigdata_rank = 0 ORDER BY id"));
    QVERIFY(!losses.isEmpty());
    LedgerPanel *panel = m_window->ledgers();
    RecipientListModel *model = panel->model();
    m_window->jurisdiction()->selectCode(kDistrict);
    auto checkList = [&](const QString &what) {
        while (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        const int flag = column(kBigData);
        const int name = column(QStringLiteral("姓名"));
        QVERIFY2(flag >= 0, qPrintable(what));
        int flagged = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const bool loss = losses.contains(model->recipientId(r));
            const QString text = model->index(r, flag).data().toString();
            QCOMPARE(text, loss ? QStringLiteral("⚠ 丧失资格") : QString());
            QCOMPARE(model->index(r, name).data(Qt::DecorationRole).isValid(), loss);
            if (!loss)
                continue;
            ++flagged;
            const QString tip = model->index(r, name).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("丧失资格")), qPrintable(tip));
        }
        QVERIFY2(flagged > 0, qPrintable(what + QStringLiteral(": nobody flagged")));
    };
    for (Ledger list :
         {Ledger::Overdue, Ledger::Within1, Ledger::Within2, Ledger::Within3, Ledger::HomeVisit}) {
        panel->showList(list);
        QCOMPARE(panel->currentList(), list);
        checkList(Ledgers::key(list));
    }
    // A search result: the person's own ID number.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT id_number FROM recipient WHERE id = %1").arg(losses.first())));
    QVERIFY(q.next());
    panel->search(q.value(0).toString());
    QCOMPARE(panel->currentList(), Ledger::Search);
    checkList(QStringLiteral("search"));
    panel->search(QString());
}

void TestWorklistFeedback::detailClearsWhenPersonLeavesList()
{
    LedgerPanel *panel = m_window->ledgers();
    RecipientDetailPanel *detail = m_window->detail();
    m_window->jurisdiction()->selectCode(kDistrict);
    panel->showList(Ledger::Within1);
    QTableView *table = panel->table();
    QVERIFY(panel->model()->rowCount() > 1);
    // Click a person, as a worker would.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(panel->model()->index(1, 0)).center());
    const qint64 id = panel->model()->recipientId(1);
    QCOMPARE(detail->recipientId(), id);

    // Still in the list after a reload: still shown, and still selected.
    panel->refresh();
    QCOMPARE(detail->recipientId(), id);
    QCOMPARE(panel->model()->recipientId(table->currentIndex().row()), id);

    // A payment-status filter the person does not match: the detail clears.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT benefit_status FROM recipient WHERE id = %1").arg(id)));
    QVERIFY(q.next());
    const QString status = q.value(0).toString();
    QComboBox *filter = panel->statusFilter();
    int other = -1;
    for (int i = 1; i < filter->count() && other < 0; ++i) {
        if (filter->itemData(i).toString() != status)
            other = i;
    }
    QVERIFY(other > 0);
    filter->setCurrentIndex(other);
    QCOMPARE(detail->recipientId(), 0);
    auto *title = detail->findChild<QLabel *>(QStringLiteral("detailTitle"));
    QVERIFY(title);
    QVERIFY2(title->text().contains(QStringLiteral("选择人员")), qPrintable(title->text()));
    filter->setCurrentIndex(0);

    // A search that does not find the person: cleared as well.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(panel->model()->index(0, 0)).center());
    QVERIFY(detail->recipientId() > 0);
    panel->search(QStringLiteral("不存在的人"));
    QCOMPARE(detail->recipientId(), 0);
    panel->search(QString());
}

namespace
{
// Every action of the menu bar's menus and their submenus.
void collectMenuActions(const QList<QAction *> &actions, QList<QAction *> *out)
{
    for (QAction *a : actions) {
        out->append(a);
        if (a->menu())
            collectMenuActions(a->menu()->actions(), out);
    }
}
} // namespace

void TestWorklistFeedback::everyShortcutInAMenu()
{
    QList<QAction *> inMenus;
    collectMenuActions(m_window->menuBar()->actions(), &inMenus);
    // A key is found in a menu when a visible menu entry shows a key and has this one.
    auto shownInMenu = [&](const QKeySequence &key, bool asShown) {
        for (QAction *a : std::as_const(inMenus)) {
            if (a->isVisible() && !a->shortcut().isEmpty() &&
                (asShown ? a->shortcut() == key : a->shortcuts().contains(key)))
                return true;
        }
        return false;
    };
    // Whatever key the window handles: QShortcuts, actions (also of the panels'
    // widgets) and buttons' own keys (a mnemonic Alt+letter is shown underlined).
    QList<QPair<QString, QKeySequence>> handled;
    for (QShortcut *s : m_window->findChildren<QShortcut *>()) {
        auto *owner = qobject_cast<QWidget *>(s->parent());
        if (owner && owner->window() == m_window.get())
            handled.append({QStringLiteral("QShortcut"), s->key()});
    }
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (w->window() != m_window.get())
            continue;
        for (QAction *a : w->actions()) {
            for (const QKeySequence &k : a->shortcuts())
                handled.append({a->text(), k});
        }
        auto *button = qobject_cast<QAbstractButton *>(w);
        const QKeySequence key = button ? button->shortcut() : QKeySequence();
        if (!key.isEmpty() && (key.count() != 1 || key[0].keyboardModifiers() != Qt::AltModifier))
            handled.append({button->objectName(), key});
    }
    for (QAction *a : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &k : a->shortcuts())
            handled.append({a->text(), k});
    }
    QVERIFY(handled.size() > 20);
    for (const auto &[what, key] : std::as_const(handled))
        QVERIFY2(shownInMenu(key, false),
                 qPrintable(QStringLiteral("%1 (%2) is in no menu")
                                .arg(key.toString(QKeySequence::NativeText), what)));
    // The keys the issue names are the ones the menu shows.
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_F9), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
          QKeySequence(Qt::Key_Return)})
        QVERIFY2(shownInMenu(key, true), qPrintable(key.toString()));

    // Enter on a list row works through that entry and opens the record form.
    LedgerPanel *panel = m_window->ledgers();
    panel->showList(Ledger::Within1);
    QTableView *table = panel->table();
    table->setFocus();
    table->setCurrentIndex(panel->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = m_window->findChild<QDialog *>(QStringLiteral("recordVerificationDialog"))));
    dialog->reject();
}

void TestWorklistFeedback::exportSaysWhereAndRemembersFolder()
{
    QSettings().remove(QStringLiteral("print/exportFolder"));
    const QString out = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(out));
    // Answers the save dialog as a user would, noting the folder it opened in.
    QStringList openedIn;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->property("answered").toBool())
            return;
        dialog->setProperty("answered", true);
        openedIn << dialog->directory().absolutePath();
        // Typed into the name field (selectFile() is overwritten while the folder loads).
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QDir(out).filePath(QStringLiteral("list-%1.csv").arg(openedIn.size())));
        static_cast<QDialog *>(dialog)->accept();
    });
    poll.start(20);
    m_window->ledgers()->showList(Ledger::Within1);
    auto *csv = m_window->findChild<QAction *>(QStringLiteral("exportListCsvAction"));
    QVERIFY(csv);
    for (int round = 1; round <= 2; ++round) {
        csv->trigger();
        QMessageBox *done = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (done = m_window->findChild<QMessageBox *>(QStringLiteral("exportDoneBox"))), 20000);
        QVERIFY2(QFileInfo::exists(QDir(out).filePath(QStringLiteral("list-%1.csv").arg(round))),
                 qPrintable(done->text()));
        // Says where, and offers to open the folder (not clicked: it would start a file manager).
        QVERIFY2(done->text().contains(QStringLiteral("list-%1.csv").arg(round)),
                 qPrintable(done->text()));
        auto *open = done->findChild<QPushButton *>(QStringLiteral("openFolderButton"));
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("打开文件夹(&O)"));
        QCOMPARE(done->property("folder").toString(), QFileInfo(out).absoluteFilePath());
        done->close();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("exportDoneBox")));
    }
    QCOMPARE(openedIn.size(), 2);
    // The first time in the user's Documents folder (never the program's), then where
    // the last export went.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(openedIn.at(0), QFileInfo(documents).isDir() ? QFileInfo(documents).absoluteFilePath()
                                                          : QDir::homePath());
    QVERIFY(openedIn.at(0) != QFileInfo(QCoreApplication::applicationDirPath()).absoluteFilePath());
    QCOMPARE(openedIn.at(1), QFileInfo(out).absoluteFilePath());
}

QTEST_MAIN(TestWorklistFeedback)
void TestWorklistFeedback::rememberedLaterListKeepsTabsInView()
{
    // A worker who left off on a later list meets it again at the next start. With
    // the search and dashboard tabs hidden, Qt 6.4 scrolled the bar so far that the
    // first tab stood 500 px to the right and two of nine lists were in view.
    QSettings().setValue(QStringLiteral("window/list"), Ledgers::key(Ledger::Within2));
    MainWindow again(*m_db, *m_profile, kToday, securitytest::administrator());
    again.resize(1366, 740);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.ledgers()->currentList(), Ledger::Within2);
    QTabBar *bar = again.ledgers()->tabBar();
    QTRY_VERIFY(again.ledgers()->shownCount(Ledger::Overdue) >= 0); // the tabs' final texts
    const auto where = [bar](int i) {
        return QStringLiteral("tab %1 (%2) at %3..%4 in a bar of %5 px")
            .arg(i)
            .arg(bar->tabText(i))
            .arg(bar->tabRect(i).left())
            .arg(bar->tabRect(i).right())
            .arg(bar->width());
    };
    // Scrolled or not, the first tab never stands right of the bar's start.
    QVERIFY2(bar->tabRect(0).left() <= 0, qPrintable(where(0)));
    QVERIFY2(bar->rect().contains(bar->tabRect(bar->currentIndex())),
             qPrintable(where(bar->currentIndex())));
    int inView = 0;
    for (int i = 0; i < bar->count(); ++i)
        inView += bar->rect().contains(bar->tabRect(i)) ? 1 : 0;
    QVERIFY2(inView >= 4, qPrintable(QStringLiteral("%1 of %2 lists in view, %3")
                                         .arg(inView)
                                         .arg(bar->count())
                                         .arg(where(0))));
}

void TestWorklistFeedback::phoneInViewAt1366()
{
    // The worker calls the people whose period runs out: at 1366 pixels the phone
    // column was behind the horizontal scroll bar (issue 17).
    MainWindow window(*m_db, *m_profile, kToday, securitytest::administrator());
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (Ledger list : {Ledger::Within1, Ledger::HomeVisit}) {
        window.ledgers()->showList(list);
        QTableView *table = window.ledgers()->table();
        const int phone =
            int(window.ledgers()->model()->columns().indexOf(RecipientListModel::PhoneColumn));
        QVERIFY(phone >= 0);
        const int right = table->horizontalHeader()->sectionViewportPosition(phone) +
                          table->horizontalHeader()->sectionSize(phone);
        QVERIFY2(right <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1: the phone ends at %2 px, the list is %3 px wide")
                                .arg(Ledgers::displayName(list))
                                .arg(right)
                                .arg(table->viewport()->width())));
    }
}

#include "tst_worklistfeedback.moc"
