// The main window as a user meets it (offscreen): Chinese by default, select a
// community and a band, search by pinyin initials, open a person's detail.
#include "domain/idnumber.h"
#include "domain/pinyininitials.h"
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "lists/jurisdictionpanel.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientdetailpanel.h"
#include "lists/recipientlistmodel.h"
#include "record/batchpassdialog.h"
#include "record/photoviewer.h"
#include "record/recordverificationdialog.h"
#include "securitytest.h"
#include "store/database.h"
#include "store/demogenerator.h"
#include "translations.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace certdesk;

namespace
{
const QDate kToday(2026, 11, 23);
}

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void chineseByDefault();
    void selectCommunityAndBand();
    void searchByPinyinInitials();
    void searchByLastFourAcrossTheDistrict();
    void detailPanelMasksId();
    void personMenuOpensWorkDialogs();
    void photoViewerZoomsAndRotates();
    void keepOriginalsSetting();
    void layoutIsRemembered();
    void warnsWhenCalendarLacksYear();

private:
    qint64 sqlCount(const QString &sql, const QVariantList &binds) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<PolicyProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
    QString m_community;
};

qint64 TestMainWindow::sqlCount(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Remembered layout goes to the temporary folder, not the user's settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    QString error;
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_db = Database::open(m_dir.filePath(QStringLiteral("gui.sqlite")),
                          Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_db, qPrintable(error));
    DemoOptions options;
    options.persons = 4000;
    options.seed = 5;
    options.today = kToday;
    QVERIFY2(DemoGenerator::generate(*m_db, *m_profile, options, &error), qPrintable(error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT code FROM jurisdiction WHERE level = 3 ORDER BY code LIMIT 1 OFFSET 5")));
    QVERIFY(q.next());
    m_community = q.value(0).toString();
    m_window =
        std::make_unique<MainWindow>(*m_db, *m_profile, kToday, securitytest::administrator());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::chineseByDefault()
{
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("资格认证")),
             qPrintable(m_window->windowTitle()));
    QTabBar *tabs = m_window->ledgers()->tabBar();
    QVERIFY2(tabs->tabText(0).startsWith(QStringLiteral("逾期")), qPrintable(tabs->tabText(0)));
    // The tree starts at the district with all 4,000 people.
    QTreeView *tree = m_window->jurisdiction()->view();
    QCOMPARE(tree->model()->index(0, 1).data().toString(), QStringLiteral("4000"));
}

void TestMainWindow::selectCommunityAndBand()
{
    // Click the community in the tree, as a user would.
    QTreeView *tree = m_window->jurisdiction()->view();
    const QModelIndexList hits =
        tree->model()->match(tree->model()->index(0, 0), Qt::UserRole + 1, m_community, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(hits.size(), 1);
    tree->scrollTo(hits.first());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualRect(hits.first()).center());
    QCOMPARE(m_window->jurisdiction()->currentCode(), m_community);

    LedgerPanel *lists = m_window->ledgers();
    QTabBar *tabs = lists->tabBar();
    int tab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (Ledger(tabs->tabData(i).toInt()) == Ledger::Within1)
            tab = i;
    }
    QVERIFY(tab >= 0);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(tab).center());
    QCOMPARE(lists->currentList(), Ledger::Within1);

    const qint64 expected =
        sqlCount(QStringLiteral("SELECT count(*) FROM recipient WHERE community_code = ? "
                                "AND period_end BETWEEN '2026-11-23' AND '2026-12-23'"),
                 {m_community});
    QVERIFY(expected > 0);
    QTRY_COMPARE(lists->shownCount(Ledger::Within1), expected);
    // The count is visible on the tab itself.
    QVERIFY2(tabs->tabText(tab).contains(QString::number(expected)),
             qPrintable(tabs->tabText(tab)));
    QCOMPARE(qint64(lists->table()->model()->rowCount()), expected); // fewer than one page
    // Every row shown belongs to the community and ends within a month.
    auto *model = lists->model();
    const int communityCol = int(model->columns().indexOf(RecipientListModel::CommunityColumn));
    const int endCol = int(model->columns().indexOf(RecipientListModel::PeriodEndColumn));
    const QString communityName = model->index(0, communityCol).data().toString();
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, communityCol).data().toString(), communityName);
        const QString end = model->index(r, endCol).data().toString();
        QVERIFY(end >= QLatin1String("2026-11-23") && end <= QLatin1String("2026-12-23"));
    }
    QVERIFY(
        lists->findChild<QLabel *>(QStringLiteral("listSummary"))->text().contains(communityName));
}

void TestMainWindow::searchByPinyinInitials()
{
    LedgerPanel *lists = m_window->ledgers();
    // Pick initials that exist in this community.
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT substr(name_initials, 1, 2) FROM recipient WHERE community_code = ? "
                       "AND length(name_initials) >= 2 ORDER BY id LIMIT 1"));
    q.addBindValue(m_community);
    QVERIFY(q.exec() && q.next());
    const QString initials = q.value(0).toString();
    const qint64 expected =
        sqlCount(QStringLiteral("SELECT count(*) FROM recipient WHERE community_code = ? "
                                "AND substr(name_initials, 1, 2) = ?"),
                 {m_community, initials});
    QVERIFY(expected > 0);

    QTest::keyClick(m_window.get(), Qt::Key_F,
                    Qt::ControlModifier); // Ctrl+F focuses the search field
    QTRY_VERIFY(lists->searchField()->hasFocus());
    QTest::keyClicks(lists->searchField(), initials);
    QTRY_COMPARE(lists->currentList(), Ledger::Search);
    QTRY_COMPARE(qint64(lists->table()->model()->rowCount()), expected);
    auto *model = lists->model();
    const int nameCol = int(model->columns().indexOf(RecipientListModel::NameColumn));
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString name = model->index(r, nameCol).data().toString();
        QVERIFY2(PinyinInitials::of(name).startsWith(initials), qPrintable(name));
    }
    QCOMPARE(lists->shownCount(Ledger::Search), expected);
}

// Workers are often given only the last four of an ID number. The search says
// where it looked and that it found nobody there; one key searches the whole
// district; Enter on the row found opens the record form.
void TestMainWindow::searchByLastFourAcrossTheDistrict()
{
    LedgerPanel *lists = m_window->ledgers();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT substr(id_number, 15) AS tail FROM recipient GROUP BY tail HAVING count(*) = 1 "
        "AND sum(community_code = ?) = 0 ORDER BY tail LIMIT 1"));
    q.addBindValue(m_community);
    QVERIFY(q.exec() && q.next());
    const QString tail = q.value(0).toString();
    QCOMPARE(m_window->jurisdiction()->currentCode(), m_community);
    lists->searchField()->setText(tail);
    QTest::keyClick(lists->searchField(), Qt::Key_Return);
    QTRY_COMPARE(lists->currentList(), Ledger::Search);
    QTRY_COMPARE(lists->shownCount(Ledger::Search), qint64(0));
    auto *summary = lists->findChild<QLabel *>(QStringLiteral("listSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("没有")) &&
                 summary->text().contains(lists->scopeName()),
             qPrintable(summary->text()));
    QToolButton *everywhere = lists->searchEverywhereButton();
    QVERIFY(everywhere->isVisible());
    const QString shots = qEnvironmentVariable("CERTDESK_SHOTS"); // to look at, not asserted
    if (!shots.isEmpty())
        QVERIFY(lists->grab().save(QDir(shots).filePath(QStringLiteral("search-empty.png"))));
    QVERIFY2(everywhere->text().contains(m_window->jurisdiction()->rootName()),
             qPrintable(everywhere->text()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_window->jurisdiction()->currentCode(), m_window->jurisdiction()->rootCode());
    QTRY_COMPARE(lists->shownCount(Ledger::Search), qint64(1));
    QCOMPARE(lists->currentList(), Ledger::Search); // the search stayed
    QVERIFY(!everywhere->isVisible());
    QTableView *table = lists->table();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const int idCol = int(lists->model()->columns().indexOf(RecipientListModel::IdNumberColumn));
    QVERIFY(table->model()->index(0, idCol).data().toString().endsWith(tail));
    // Enter on the row opens the record form, as a double-click does.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    RecordVerificationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RecordVerificationDialog *>()) != nullptr);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<RecordVerificationDialog *>());
    // Back where the next cases expect to be.
    lists->searchField()->clear();
    m_window->jurisdiction()->selectCode(m_community);
    QTRY_COMPARE(lists->currentList(), Ledger::Within1);
}

void TestMainWindow::detailPanelMasksId()
{
    LedgerPanel *lists = m_window->ledgers();
    QTableView *table = lists->table();
    QVERIFY(table->model()->rowCount() > 0);
    const QModelIndex first = table->model()->index(0, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    RecipientDetailPanel *detail = m_window->detail();
    const QString name = first.data().toString();
    QTRY_COMPARE(detail->fieldText(QStringLiteral("title")), name);
    static const QRegularExpression masked(QStringLiteral("^\\d{6}\\*{8}\\d{3}[\\dX]$"));
    QVERIFY2(masked.match(detail->fieldText(QStringLiteral("idNumber"))).hasMatch(),
             qPrintable(detail->fieldText(QStringLiteral("idNumber"))));
    // The service period and the band are shown in Chinese.
    QVERIFY2(detail->fieldText(QStringLiteral("period")).contains(QStringLiteral("至")),
             qPrintable(detail->fieldText(QStringLiteral("period"))));
    QVERIFY(!detail->fieldText(QStringLiteral("jurisdiction")).isEmpty());

    // Escape from the search: clearing the field returns to the band list.
    lists->searchField()->clear();
    QTRY_COMPARE(lists->currentList(), Ledger::Within1);
}

void TestMainWindow::personMenuOpensWorkDialogs()
{
    LedgerPanel *lists = m_window->ledgers();
    QTableView *table = lists->table();
    QVERIFY(table->model()->rowCount() >= 3);
    // Three rows selected at once go to the batch pass dialog together.
    table->selectionModel()->select(
        QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *batch = m_window->findChild<QAction *>(QStringLiteral("batchPassAction"));
    QVERIFY(batch);
    batch->trigger();
    BatchPassDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BatchPassDialog *>()) != nullptr);
    QVERIFY(!dialog->okButton()->isEnabled()); // no shared evidence yet
    dialog->reject();
    // One person selected: reminders and home visits are offered for them.
    table->setCurrentIndex(table->model()->index(1, 0));
    QTRY_VERIFY(m_window->findChild<QAction *>(QStringLiteral("reminderAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("homeVisitAction"))->isEnabled());
}

void TestMainWindow::photoViewerZoomsAndRotates()
{
    QImage wide(400, 200, QImage::Format_RGB32);
    wide.fill(Qt::darkCyan);
    const QString path = m_dir.filePath(QStringLiteral("wide.png"));
    QVERIFY(wide.save(path));
    PhotoViewer viewer(path, QStringLiteral("wide.png"));
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.isLoaded());
    auto *image = viewer.findChildren<QLabel *>().first();
    // Opened fitted: a photo smaller than the window at 100 % (it opened at 4 %).
    QCOMPARE(viewer.zoom(), 1.0);
    {
        // A camera photo larger than the window fills it along one side.
        QImage big(3000, 2000, QImage::Format_RGB32);
        big.fill(Qt::darkGreen);
        const QString bigPath = m_dir.filePath(QStringLiteral("big.png"));
        QVERIFY(big.save(bigPath));
        PhotoViewer large(bigPath, QStringLiteral("big.png"));
        large.show();
        QVERIFY(QTest::qWaitForWindowExposed(&large));
        const QSize shown = large.findChildren<QLabel *>().first()->pixmap().size();
        const QSize room = large.findChild<QScrollArea *>()->viewport()->size();
        QVERIFY2(shown.width() <= room.width() && shown.height() <= room.height() &&
                     (shown.width() >= room.width() - 8 || shown.height() >= room.height() - 8),
                 qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                .arg(shown.width())
                                .arg(shown.height())
                                .arg(room.width())
                                .arg(room.height())));
    }
    viewer.zoomBy(1.0 / viewer.zoom()); // 100 %
    QCOMPARE(image->pixmap().size(), QSize(400, 200));
    viewer.rotate(90);
    QCOMPARE(viewer.rotation(), 90);
    QCOMPARE(image->pixmap().size(), QSize(200, 400)); // turned on screen...
    viewer.zoomBy(0.5);
    QCOMPARE(image->pixmap().size(), QSize(100, 200));
    viewer.rotate(-180);
    QCOMPARE(viewer.rotation(), 270);
    QCOMPARE(QImage(path).size(), QSize(400, 200)); // ...never on disc
    PhotoViewer missing(m_dir.filePath(QStringLiteral("none.png")), QStringLiteral("none"));
    QVERIFY(!missing.isLoaded());
}

void TestMainWindow::keepOriginalsSetting()
{
    auto *keep = m_window->findChild<QAction *>(QStringLiteral("keepOriginalsAction"));
    QVERIFY(keep && keep->isCheckable());
    QVERIFY(keep->isChecked()); // originals are kept by default
    QVERIFY(m_window->evidenceStore().keepOriginals());
    keep->setChecked(false);
    QVERIFY(!m_window->evidenceStore().keepOriginals());
    QCOMPARE(m_db->setting(QStringLiteral("evidence.keepOriginals")), QStringLiteral("0"));
    keep->setChecked(true); // as the next tests expect
    QCOMPARE(m_db->setting(QStringLiteral("evidence.keepOriginals")), QStringLiteral("1"));
}

void TestMainWindow::layoutIsRemembered()
{
    // A size that fits the screen (a larger one is fitted to it: tst_screens).
    const QSize size =
        QSize(1234, 777).boundedTo(m_window->screen()->availableGeometry().size() - QSize(60, 80));
    m_window->resize(size);
    m_window->close();
    MainWindow again(*m_db, *m_profile, kToday, securitytest::administrator());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.jurisdiction()->currentCode(), m_community);
    QCOMPARE(again.ledgers()->currentList(), Ledger::Within1);
    QCOMPARE(again.size(), size);
}

void TestMainWindow::warnsWhenCalendarLacksYear()
{
    // The shipped calendar covers 2025-2026: no warning in 2026, a visible one in 2030.
    MainWindow covered(*m_db, *m_profile, kToday, securitytest::administrator());
    QVERIFY(!covered.findChild<QLabel *>(QStringLiteral("calendarWarning")));
    MainWindow uncovered(*m_db, *m_profile, QDate(2030, 3, 1), securitytest::administrator());
    uncovered.show();
    QVERIFY(QTest::qWaitForWindowExposed(&uncovered));
    auto *warning = uncovered.findChild<QLabel *>(QStringLiteral("calendarWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("2030")) &&
                 warning->text().contains(QStringLiteral("节假日")),
             qPrintable(warning->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
