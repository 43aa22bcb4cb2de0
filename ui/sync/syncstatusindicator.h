#pragma once

#include "sync/syncstatus.h"

#include <QWidget>

class QLabel;

namespace certdesk
{

// The status bar's sync field: a coloured dot and one short line ("在线 · 上次同步
// 14:05 · 待上传 3 · 冲突 1"), the details and the last message in the tooltip.
// A click opens the sync window.
class SyncStatusIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusIndicator(QWidget *parent = nullptr);

    QString text() const;
    SyncStatus status() const { return m_status; }
    // The one line for a status, as shown; `now` decides whether a time needs its date.
    static QString summary(const SyncStatus &status,
                           const QDateTime &now = QDateTime::currentDateTime());
    static QString details(const SyncStatus &status);
    static QColor colour(const SyncStatus &status);

public slots:
    void setStatus(const SyncStatus &status);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    SyncStatus m_status;
    QLabel *m_dot;
    QLabel *m_text;
};

} // namespace certdesk
