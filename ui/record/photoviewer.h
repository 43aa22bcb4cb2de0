#pragma once

#include <QDialog>
#include <QPixmap>

class QLabel;
class QScrollArea;

namespace certdesk
{

// Looks at one evidence photo: zoom (Ctrl++ / Ctrl+- / fit), rotate by quarter
// turns. Only the view turns; the stored files are immutable.
class PhotoViewer : public QDialog
{
    Q_OBJECT
public:
    PhotoViewer(const QString &path, const QString &title, QWidget *parent = nullptr);

    bool isLoaded() const { return !m_original.isNull(); }
    double zoom() const { return m_zoom; }
    int rotation() const { return m_rotation; } // degrees, 0/90/180/270
    void zoomBy(double factor);
    void fitToWindow();
    void rotate(int degrees);

protected:
    // Fits the photo once the window has its real size (issue 17: it opened at 4 %,
    // fitted to the viewport before it was laid out).
    void showEvent(QShowEvent *event) override;

private:
    void render();

    QPixmap m_original;
    QLabel *m_image;
    QScrollArea *m_scroll;
    QLabel *m_status;
    bool m_fittedOnShow = false;
    double m_zoom = 1.0;
    int m_rotation = 0;
};

} // namespace certdesk
