// Issue 20 point 6: F1 in every window of the window tour (windowtour.cpp) opens the
// manual page for that window, the page exists, and its title and the window's
// share the word that names the work. A window of ours with no page fails, so a
// new dialog cannot ship without its place in the manual.
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "translations.h"
#include "windowtour.h"

#include <QApplication>
#include <QDialog>
#include <QMainWindow>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using windowtour::WindowTour;

namespace
{
const HelpTopic *topicOf(const QWidget *window)
{
    static const QList<HelpTopic> topics = HelpTopics::all();
    for (const HelpTopic &t : topics) {
        if (qstrcmp(t.className, window->metaObject()->className()) == 0)
            return &t;
    }
    return nullptr;
}
} // namespace

class TestHelpTour : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void f1InEveryWindowOpensItsPage();

private:
    QTemporaryDir m_dir;
};

void TestHelpTour::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
}

void TestHelpTour::f1InEveryWindowOpensItsPage()
{
    WindowTour tour(m_dir.path());
    QVERIFY2(tour.window(), qPrintable(tour.error()));
    QStringList problems;
    QSet<QString> checked;
    const bool ran = tour.run([&](const QString &stop, QWidget *window) {
        const QString cls = QString::fromLatin1(window->metaObject()->className());
        // Ours are in namespace certdesk; Qt's own (file dialogs, message boxes,
        // print preview) are opened from one of ours, whose page speaks of them.
        if (!cls.startsWith(QLatin1String("certdesk::")) ||
            cls == QLatin1String("certdesk::HelpWindow") || checked.contains(cls))
            return;
        checked << cls;
        const HelpTopic *topic = topicOf(window);
        if (!topic) {
            problems << QStringLiteral("%1 (%2): no manual page").arg(cls, stop);
            return;
        }
        const QString word = QString::fromUtf8(topic->word);
        if (topic->windowTitleHasWord && !window->windowTitle().contains(word))
            problems << QStringLiteral("%1: title '%2' lacks '%3'")
                            .arg(cls, window->windowTitle(), word);
        QWidget *focus = window->focusWidget() ? window->focusWidget() : window;
        QTest::keyClick(focus, Qt::Key_F1);
        HelpWindow *help = HelpWindow::current();
        // The page of the panel in focus (the main window's ledger, tree, detail),
        // else of the window.
        const QString expected = HelpTopics::pageFor(
            QApplication::focusWidget() && QApplication::focusWidget()->window() == window
                ? QApplication::focusWidget()
                : window);
        if (!help || !help->isVisible()) {
            problems << QStringLiteral("%1: F1 opened no help").arg(cls);
            return;
        }
        if (help->page() != expected || help->pageTitle() != HelpTopics::titleOf(expected))
            problems << QStringLiteral("%1: F1 opened '%2' (%3), not '%4'")
                            .arg(cls, help->page(), help->pageTitle(), expected);
        if (expected == QLatin1String(topic->page) && !help->pageTitle().contains(word))
            problems << QStringLiteral("%1: page title '%2' lacks '%3'")
                            .arg(cls, help->pageTitle(), word);
        help->close();
    });
    QVERIFY2(ran, qPrintable(tour.error()));
    QVERIFY2(checked.size() >= 20,
             qPrintable(QStringList(checked.values()).join(QLatin1Char(' '))));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestHelpTour)
#include "tst_helptour.moc"
