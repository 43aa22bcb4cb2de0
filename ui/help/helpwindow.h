#pragma once

#include <QWidget>

class QTextBrowser;

namespace certdesk
{

// The user manual (docs/manual, built in) in a window of its own: F1 opens the
// page for the window in focus, Help → 用户操作手册 the contents (issue 20).
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    // Shows `page` in the one help window, made a child window of `over`'s
    // window so that a modal dialog in front does not block it.
    static HelpWindow *showPage(const QString &page, QWidget *over);
    // The help window now open, or null.
    static HelpWindow *current();

    QString page() const;
    // The shown page's title (its first heading).
    QString pageTitle() const;

private:
    explicit HelpWindow(QWidget *parent);
    void open(const QString &page);

    QTextBrowser *m_browser = nullptr;
};

// F1 anywhere in the program: the page of the window or panel in focus.
class HelpKey : public QObject
{
    Q_OBJECT
public:
    // Installs the filter on the application once.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace certdesk
