// Issue 17.2: every window and dialog at the office screen sizes. CTest runs this
// twice: at 1366x768 and at 1920x1080 with 150 % scaling (1280x720 logical
// pixels), through the offscreen platform's screen configuration
// (tests/data/screen-*.json) and QT_SCALE_FACTOR. A window larger than the
// screen, a text elided or cut, a splitter pane below its minimum fails, each
// offender named by object path and text. CERTDESK_SHOTS=dir saves each window.
#include "lists/jurisdictionpanel.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientdetailpanel.h"
#include "screencheck.h"
#include "store/database.h"
#include "translations.h"
#include "window/mainwindow.h"
#include "windowtour.h"

#include "dashboard/dashboardpanel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLineEdit>
#include <QScreen>
#include <QSplitter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using windowtour::WindowTour;

class TestScreens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_tour.reset(); }
    void firstStartFitsTheScreen();
    void splitterSizesAreKept();
    void rememberedGeometryIsFitted();
    void everyWindowFits();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WindowTour> m_tour;
};

void TestScreens::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The window's language: Chinese by default, English when CTest says so
    // (--lang en is shipped too; its texts are longer).
    const QString language = qEnvironmentVariable("CERTDESK_TOUR_LANG", QStringLiteral("zh_CN"));
    QVERIFY(installTranslations(*qApp, language));
    const QScreen *screen = QGuiApplication::primaryScreen();
    qInfo("screen %dx%d logical (device pixel ratio %.2f), available %dx%d",
          screen->geometry().width(), screen->geometry().height(), screen->devicePixelRatio(),
          screen->availableGeometry().width(), screen->availableGeometry().height());
    // Text widths depend on the font: the Chinese glyphs come from fonts-noto-cjk
    // (scripts/setup.sh) where it is installed, as on the office PCs' Linux builds.
    const QFontInfo shown(QApplication::font());
    qInfo("application font %s %d pt; Noto Sans CJK installed: %s", qPrintable(shown.family()),
          shown.pointSize(),
          QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")) ? "yes" : "no");
    m_tour = std::make_unique<WindowTour>(m_dir.path());
    QVERIFY2(m_tour->window(), qPrintable(m_tour->error()));
}

void TestScreens::firstStartFitsTheScreen()
{
    // First start (no remembered layout): the window is inside the available area.
    MainWindow *window = m_tour->window();
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(available.contains(window->frameGeometry()),
             qPrintable(QStringLiteral("%1x%2 at %3,%4 on %5x%6")
                            .arg(window->frameGeometry().width())
                            .arg(window->frameGeometry().height())
                            .arg(window->frameGeometry().x())
                            .arg(window->frameGeometry().y())
                            .arg(available.width())
                            .arg(available.height())));
}

// Opening the search tab or a list from the dashboard keeps the panes where the
// user put them (issue 17: they squeezed the tree and cut the detail panel).
void TestScreens::splitterSizesAreKept()
{
    MainWindow *window = m_tour->window();
    auto *main = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QSplitter *detail = window->detail()->splitter();
    QVERIFY(main && detail);
    // In a community: the search then offers the whole district beside its result line.
    QSqlQuery q(m_tour->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM jurisdiction WHERE level = 3 ORDER BY code")));
    QVERIFY(q.next());
    window->jurisdiction()->selectCode(q.value(0).toString());
    QApplication::processEvents();
    const QList<int> mainBefore = main->sizes();
    const QList<int> detailBefore = detail->sizes();
    LedgerPanel *lists = window->ledgers();
    lists->searchField()->setText(QStringLiteral("王"));
    QTest::keyClick(lists->searchField(), Qt::Key_Return);
    QTRY_COMPARE(lists->currentList(), Ledger::Search);
    QApplication::processEvents();
    QCOMPARE(main->sizes(), mainBefore);
    QCOMPARE(detail->sizes(), detailBefore);
    lists->searchField()->clear();
    QTRY_VERIFY(lists->currentList() != Ledger::Search);

    DashboardPanel *dashboard = window->openDashboard();
    emit dashboard->openList(window->ledgers()->scope(), QString(), Ledger::Overdue);
    QTRY_COMPARE(lists->currentList(), Ledger::Overdue);
    QApplication::processEvents();
    QCOMPARE(main->sizes(), mainBefore);
    QCOMPARE(detail->sizes(), detailBefore);
    dashboard->window()->close();
}

// A layout remembered on a bigger screen opens inside this one.
void TestScreens::rememberedGeometryIsFitted()
{
    const Session session = m_tour->window()->session();
    const QRect available = m_tour->window()->screen()->availableGeometry();
    {
        MainWindow big(m_tour->database(), m_tour->profile(), windowtour::kToday, session);
        big.setGeometry(0, 0, 2400, 1400); // as saved at 2560x1440
        big.close();                       // remembers it
    }
    MainWindow again(m_tour->database(), m_tour->profile(), windowtour::kToday, session);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(available.contains(again.frameGeometry()),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(again.frameGeometry().width())
                            .arg(again.frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
    again.close();
}

void TestScreens::everyWindowFits()
{
    QStringList problems;
    QStringList stops;
    const QString shots = qEnvironmentVariable("CERTDESK_SHOTS");
    if (!shots.isEmpty())
        m_tour->setShotsFolder(shots);
    const bool ran = m_tour->run([&](const QString &stop, QWidget *window) {
        stops << stop;
        const QStringList found = screencheck::layoutProblems(window);
        for (const QString &p : found) {
            const QString line = QStringLiteral("[%1] %2").arg(stop, p);
            if (!problems.contains(line))
                problems << line;
        }
    });
    QVERIFY2(ran, qPrintable(m_tour->error()));
    qInfo("%d windows checked at %d stops", int(stops.size()),
          int(QSet<QString>(stops.cbegin(), stops.cend()).size()));
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p)); // all of them: a failure message is cut at 1,000 bytes
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, listed above; the first: %2")
                            .arg(problems.size())
                            .arg(problems.value(0))));
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
