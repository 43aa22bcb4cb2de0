#include "record/photoviewer.h"
#include "window/screenfit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTransform>
#include <QVBoxLayout>

namespace certdesk
{

PhotoViewer::PhotoViewer(const QString &path, const QString &title, QWidget *parent)
    : QDialog(parent), m_original(path), m_image(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("photoViewer"));
    m_image->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_image);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto *buttons = new QHBoxLayout;
    const struct {
        QString text;
        QKeySequence key;
        std::function<void()> run;
    } actions[] = {
        {tr("Zoom in"), QKeySequence::ZoomIn, [this] { zoomBy(1.25); }},
        {tr("Zoom out"), QKeySequence::ZoomOut, [this] { zoomBy(0.8); }},
        {tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { fitToWindow(); }},
        {tr("Rotate left"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { rotate(-90); }},
        {tr("Rotate right"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { rotate(90); }},
    };
    for (const auto &a : actions) {
        auto *button = new QPushButton(a.text, this);
        button->setAutoDefault(false);
        button->setToolTip(a.key.toString(QKeySequence::NativeText));
        connect(button, &QPushButton::clicked, this, a.run);
        connect(new QShortcut(a.key, this), &QShortcut::activated, this, a.run);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    ScreenFit::resize(this, {900, 700});
    if (m_original.isNull())
        m_image->setText(tr("The photo cannot be shown: %1").arg(path));
    else
        fitToWindow();
}

void PhotoViewer::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_fittedOnShow)
        return;
    m_fittedOnShow = true;
    layout()->activate(); // the viewport's real size, before the first paint
    fitToWindow();
}

void PhotoViewer::zoomBy(double factor)
{
    m_zoom = qBound(0.05, m_zoom * factor, 8.0);
    render();
}

void PhotoViewer::fitToWindow()
{
    if (m_original.isNull())
        return;
    const bool sideways = m_rotation % 180 != 0;
    const QSize size = sideways ? m_original.size().transposed() : m_original.size();
    const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
    m_zoom =
        qMin(1.0, qMin(double(room.width()) / size.width(), double(room.height()) / size.height()));
    render();
}

void PhotoViewer::rotate(int degrees)
{
    m_rotation = ((m_rotation + degrees) % 360 + 360) % 360;
    render();
}

void PhotoViewer::render()
{
    if (m_original.isNull())
        return;
    const QPixmap turned = m_rotation ? m_original.transformed(QTransform().rotate(m_rotation),
                                                               Qt::SmoothTransformation)
                                      : m_original;
    const QSize size = turned.size() * m_zoom;
    m_image->setPixmap(turned.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_image->resize(m_image->pixmap().size());
    m_status->setText(tr("%1 × %2 px, %3 %")
                          .arg(m_original.width())
                          .arg(m_original.height())
                          .arg(qRound(m_zoom * 100)));
}

} // namespace certdesk
