#include "sync/syncstatusindicator.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>

namespace certdesk
{

namespace
{
// Local time of day, with the date when it is not today: "14:05", "11-22 14:05".
QString shortTime(const QDateTime &utc, const QDateTime &now)
{
    const QDateTime local = utc.toLocalTime();
    return local.date() == now.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("MM-dd HH:mm"));
}

QString longTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QPixmap dot(const QColor &colour, qreal dpr)
{
    const int side = 12;
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(colour.darker(130));
    p.setBrush(colour);
    p.drawEllipse(QRectF(1.5, 1.5, side - 3, side - 3));
    return pixmap;
}
} // namespace

SyncStatusIndicator::SyncStatusIndicator(QWidget *parent)
    : QWidget(parent), m_dot(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatusIndicator"));
    m_text->setObjectName(QStringLiteral("syncStatusText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(5);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    layout->addStretch(1); // the dot and the text stay together however wide the field is
    setCursor(Qt::PointingHandCursor);
    // Reachable from the keyboard too: Tab to it, Space or Enter opens the sync window.
    setFocusPolicy(Qt::TabFocus);
    setStatus(SyncStatus());
}

QString SyncStatusIndicator::text() const
{
    return m_text->text();
}

QString SyncStatusIndicator::summary(const SyncStatus &s, const QDateTime &now)
{
    switch (s.state) {
    case SyncStatus::State::NotConfigured:
        return tr("Sync not set up");
    case SyncStatus::State::SignedOut:
        return tr("Not signed in to the server · %1 to upload").arg(s.pendingEvents);
    case SyncStatus::State::Idle:
        if (s.lastSync.isValid())
            return tr("Online · last sync %1 · %2 to upload · %n conflict(s)", nullptr,
                      s.openConflicts)
                .arg(shortTime(s.lastSync, now))
                .arg(s.pendingEvents);
        return tr("Online · not synced yet · %1 to upload · %n conflict(s)", nullptr,
                  s.openConflicts)
            .arg(s.pendingEvents);
    case SyncStatus::State::Syncing:
        return tr("Syncing… · %1 to upload").arg(s.pendingEvents);
    case SyncStatus::State::Offline:
        if (s.nextAttempt.isValid())
            return tr("Offline · %n waiting to upload · next attempt %1", nullptr, s.pendingEvents)
                .arg(shortTime(s.nextAttempt, now));
        return tr("Offline · %n waiting to upload", nullptr, s.pendingEvents);
    case SyncStatus::State::NeedsPerson:
        return tr("Sync needs attention · %1 refused · %n conflict(s)", nullptr, s.openConflicts)
            .arg(s.rejectedEvents);
    }
    return {};
}

QString SyncStatusIndicator::details(const SyncStatus &s)
{
    QStringList lines;
    lines << summary(s);
    lines << (s.lastSync.isValid() ? tr("Last complete sync: %1").arg(longTime(s.lastSync))
                                   : tr("Last complete sync: never"));
    if (s.nextAttempt.isValid())
        lines << tr("Next attempt: %1").arg(longTime(s.nextAttempt));
    lines << tr("Records and decisions waiting to upload: %1").arg(s.pendingEvents);
    if (s.rejectedEvents > 0)
        lines << tr("Refused by the server, need a person: %1").arg(s.rejectedEvents);
    lines << tr("Open conflicts: %1").arg(s.openConflicts);
    if (!s.message.isEmpty())
        lines << tr("Last message: %1").arg(s.message);
    lines << tr("Click to open the sync window.");
    return lines.join(QLatin1Char('\n'));
}

QColor SyncStatusIndicator::colour(const SyncStatus &s)
{
    switch (s.state) {
    case SyncStatus::State::NotConfigured:
    case SyncStatus::State::SignedOut:
        return QColor(0x9e, 0x9e, 0x9e);
    case SyncStatus::State::Idle:
        // Conflicts wait for a supervisor: amber, not the all-clear green.
        return s.openConflicts > 0 ? QColor(0xe0, 0x9a, 0x10) : QColor(0x2e, 0x9d, 0x48);
    case SyncStatus::State::Syncing:
        return QColor(0x2b, 0x6c, 0xd6);
    case SyncStatus::State::Offline:
        return QColor(0xe0, 0x9a, 0x10);
    case SyncStatus::State::NeedsPerson:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

void SyncStatusIndicator::setStatus(const SyncStatus &status)
{
    m_status = status;
    m_text->setText(summary(status));
    m_dot->setPixmap(dot(colour(status), devicePixelRatioF()));
    setToolTip(details(status));
    setAccessibleName(summary(status));
}

void SyncStatusIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

void SyncStatusIndicator::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
        event->key() == Qt::Key_Enter) {
        emit clicked();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace certdesk
