#include "window/screenfit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
#include <QRect>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>

namespace certdesk
{

namespace
{
QRect availableFor(const QWidget *w)
{
    // A dialog not shown yet has no screen of its own: its parent's window has.
    const QWidget *shown = w->parentWidget() ? w->parentWidget()->window() : w;
    const QScreen *screen = shown->screen() ? shown->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 700);
}

// The borders and title bar: measured once shown, assumed before.
QSize frameOf(const QWidget *w)
{
    const QSize measured = w->frameGeometry().size() - w->geometry().size();
    return w->isVisible() && !measured.isEmpty() ? measured : ScreenFit::Frame;
}
// Sets the scroll area's widget's minimum height from its layout's height for the
// viewport's width, whenever the viewport is resized.
class WrappedHeight : public QObject
{
public:
    explicit WrappedHeight(QScrollArea *area) : QObject(area), m_area(area) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
            apply();
        return QObject::eventFilter(watched, event);
    }
    void apply()
    {
        QWidget *inner = m_area->widget();
        if (!inner || !inner->layout() || !inner->layout()->hasHeightForWidth())
            return;
        const int height = inner->layout()->totalHeightForWidth(m_area->viewport()->width());
        if (height > 0 && height != inner->minimumHeight())
            inner->setMinimumHeight(height);
    }

private:
    QScrollArea *m_area;
};
} // namespace

void ScreenFit::followWrappedHeight(QScrollArea *area)
{
    auto *follow = new WrappedHeight(area);
    area->viewport()->installEventFilter(follow);
    if (area->widget())
        area->widget()->installEventFilter(follow);
    follow->apply();
}

QSize ScreenFit::fitted(const QWidget *w, const QSize &wanted)
{
    const QSize room = availableFor(w).size() - frameOf(w);
    return wanted.boundedTo(room).expandedTo(w->minimumSize());
}

void ScreenFit::resize(QWidget *w, const QSize &wanted)
{
    w->resize(fitted(w, wanted));
}

void ScreenFit::keepInside(QWidget *w)
{
    const QRect available = availableFor(w);
    const QSize frame = frameOf(w);
    const QSize size = fitted(w, w->size());
    if (size != w->size())
        w->resize(size);
    // The frame's top-left inside the area, and as much of the window as fits.
    QPoint at = w->pos();
    at.setX(qBound(available.left(), at.x(), available.right() + 1 - size.width() - frame.width()));
    at.setY(
        qBound(available.top(), at.y(), available.bottom() + 1 - size.height() - frame.height()));
    if (at != w->pos())
        w->move(at);
}

} // namespace certdesk
