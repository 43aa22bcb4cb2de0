#pragma once
// Shared by tst_screens and tst_chinesewalk: a tour of every window and dialog a
// district administrator can reach, on a demo workspace (issue 17, points 2-3).
// Each stop opens a window the way the user does (a menu action, a button, a
// selection); every top-level widget visible then is handed to a check callback,
// and the windows the stop opened are closed again. Dialogs shown with exec()
// (file dialogs, question boxes, the user form) are checked from inside their
// event loop and rejected.
#include "domain/policyprofile.h"

#include <QDate>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

namespace certdesk
{
class Database;
class MainWindow;
} // namespace certdesk

namespace windowtour
{

inline const QDate kToday(2026, 11, 23);

class WindowTour
{
public:
    // Called once for each visible top-level widget at each stop; `stop` names the
    // stop ("main: overdue list", "record form", ...).
    using Check = std::function<void(const QString &stop, QWidget *window)>;

    // A demo database, accounts and settings in `folder`; the current QSettings
    // path is redirected there too. error() says what failed.
    explicit WindowTour(const QString &folder);
    ~WindowTour();
    QString error() const { return m_error; }

    // The main window of a district administrator (made on first use, shown).
    certdesk::MainWindow *window();
    certdesk::Database &database() { return *m_db; }
    const certdesk::PolicyProfile &profile() const { return *m_profile; }

    // Visits every stop; false (with error()) when a stop could not be reached.
    bool run(const Check &check);

    // Saves each window checked as a PNG into `folder` (CERTDESK_SHOTS).
    void setShotsFolder(const QString &folder) { m_shots = folder; }

private:
    bool stop(const QString &name, const std::function<void()> &open, bool expectWindow = true,
              bool answerModals = true);
    bool mainStops();
    bool personStops();
    bool menuStops();
    bool closingStops();
    bool trigger(const QString &stopName, const QString &action, bool expectWindow = true);
    void visit(const QString &name, QWidget *window);
    QString writePhoto();
    QString writeImportFile();

    QString m_folder;
    QString m_shots;
    QString m_error;
    std::unique_ptr<certdesk::Database> m_db;
    std::optional<certdesk::PolicyProfile> m_profile;
    std::unique_ptr<certdesk::MainWindow> m_window;
    Check m_check;
    QSet<QWidget *> m_seen;
    qint64 m_person = 0;
};

} // namespace windowtour
