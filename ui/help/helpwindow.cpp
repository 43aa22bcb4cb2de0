#include "helpwindow.h"

#include "helptopics.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QKeyEvent>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{

QPointer<HelpWindow> s_window;

// Screenshots are taken at 1366 pixels: shown narrower than the window so a page
// never needs a horizontal scroll bar.
class ManualBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant data = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource || data.isNull())
            return data;
        QImage image = data.userType() == QMetaType::QImage ? data.value<QImage>()
                                                            : QImage::fromData(data.toByteArray());
        const int room = qMax(320, viewport()->width() - 40);
        if (image.width() > room)
            image = image.scaledToWidth(room, Qt::SmoothTransformation);
        return image;
    }
};

} // namespace

HelpWindow::HelpWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("helpWindow"));
    m_browser = new ManualBrowser(this);
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setOpenExternalLinks(false);
    auto *bar = new QToolBar(this);
    QAction *contents =
        bar->addAction(tr("Contents"), this, [this] { open(HelpTopics::contentsPage()); });
    contents->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    QAction *back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = bar->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this,
            [this] { setWindowTitle(tr("User manual — %1").arg(pageTitle())); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_browser);
    resize(860, 640);
}

HelpWindow *HelpWindow::current()
{
    return s_window.data();
}

HelpWindow *HelpWindow::showPage(const QString &page, QWidget *over)
{
    QWidget *owner = over ? over->window() : nullptr;
    if (owner && owner == s_window.data())
        owner = s_window->parentWidget(); // F1 in the help window itself
    if (s_window && s_window->parentWidget() != owner)
        delete s_window.data();
    if (!s_window)
        s_window = new HelpWindow(owner);
    s_window->open(page);
    s_window->show();
    s_window->raise();
    s_window->activateWindow();
    return s_window.data();
}

void HelpWindow::open(const QString &page)
{
    m_browser->setSource(QUrl(QStringLiteral("qrc") + HelpTopics::resourcePath(page)),
                         QTextDocument::MarkdownResource);
    m_browser->verticalScrollBar()->setValue(0);
}

QString HelpWindow::page() const
{
    return m_browser->source().fileName();
}

QString HelpWindow::pageTitle() const
{
    return m_browser->document()->firstBlock().text().trimmed();
}

void HelpKey::install()
{
    if (qApp->findChild<HelpKey *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new HelpKey(qApp));
}

bool HelpKey::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_F1 || key->modifiers() != Qt::NoModifier)
        return false;
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        focus = qobject_cast<QWidget *>(watched);
    if (!focus)
        return false;
    HelpWindow::showPage(HelpTopics::pageFor(focus), focus);
    return true;
}

} // namespace certdesk
