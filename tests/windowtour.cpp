#include "windowtour.h"

#include "dashboard/dashboardpanel.h"
#include "help/firstdayguide.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "io/bigdataimport.h"
#include "io/importdialog.h"
#include "io/pendingimportsdialog.h"
#include "lists/jurisdictionpanel.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientdetailpanel.h"
#include "lists/recipientlistmodel.h"
#include "lists/timelinepanel.h"
#include "record/checkapprovalsdialog.h"
#include "record/recordverificationdialog.h"
#include "security/audittrail.h"
#include "security/signindialog.h"
#include "security/userrepository.h"
#include "securitytest.h"
#include "store/database.h"
#include "sync/servertrustbox.h"
#include "verification/verificationevent.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace certdesk;

namespace windowtour
{

namespace
{
const char *const Visited = "windowtour.visited";

// What a user sees as a window: no menus, tool tips or combo box pop-ups, and no
// progress box (it shows or not depending on how long the work takes).
QList<QWidget *> visibleWindows()
{
    QList<QWidget *> out;
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (!w->isVisible() || w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip ||
            qobject_cast<QProgressDialog *>(w))
            continue;
        out << w;
    }
    return out;
}

void closeWindow(QWidget *w)
{
    // done(), not reject(): a filled-in form asks before reject() throws it away.
    if (auto *dialog = qobject_cast<QDialog *>(w))
        dialog->done(QDialog::Rejected);
    else
        w->close();
}

void settle(QWidget *w)
{
    if (!QTest::qWaitForWindowExposed(w, 2000))
        qWarning("windowtour: %s was not exposed", qPrintable(w->objectName()));
    if (w->layout())
        w->layout()->activate();
    QApplication::processEvents();
}
} // namespace

WindowTour::WindowTour(const QString &folder) : m_folder(folder)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       QDir(folder).filePath(QStringLiteral("settings")));
    QSettings().clear(); // a first start: nothing remembered
    m_profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &m_error);
    if (!m_profile)
        return;
    m_db = securitytest::demoDatabase(QDir(folder).filePath(QStringLiteral("tour.sqlite")),
                                      *m_profile, 1500, 7, kToday, &m_error);
    if (!m_db)
        return;
    // Accounts at each level, so the users list has rows with nodes and duties.
    const QStringList streets = securitytest::nodes(*m_db, 2);
    const QStringList communities = securitytest::nodes(*m_db, 3);
    User street = securitytest::account(QStringLiteral("jiedao"), QStringLiteral("街道审核员"),
                                        Role::StreetSupervisor, streets.value(0));
    User worker = securitytest::account(QStringLiteral("shequ"), QStringLiteral("社区工作人员"),
                                        Role::CommunityWorker, communities.value(0));
    const UserRepository users(*m_db, *m_profile);
    if (!users.create(street, QStringLiteral("street-pass-1"), &m_error) ||
        !users.create(worker, QStringLiteral("worker-pass-1"), &m_error))
        m_db.reset();
}

WindowTour::~WindowTour() = default;

MainWindow *WindowTour::window()
{
    if (!m_window && m_db) {
        m_window =
            std::make_unique<MainWindow>(*m_db, *m_profile, kToday, securitytest::administrator());
        m_window->show();
        settle(m_window.get());
    }
    return m_window.get();
}

void WindowTour::visit(const QString &name, QWidget *window)
{
    settle(window);
    m_check(name, window);
    if (m_shots.isEmpty())
        return;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    QString file = name;
    file.replace(unsafe, QStringLiteral("-"));
    window->grab().save(QDir(m_shots).filePath(file + QStringLiteral(".png")));
}

bool WindowTour::stop(const QString &name, const std::function<void()> &open, bool expectWindow,
                      bool answerModals)
{
    const QList<QWidget *> before = visibleWindows();
    int answered = 0;
    // A dialog run with exec() (file dialogs, question boxes) is checked and
    // rejected from inside its own event loop.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || before.contains(modal) || modal->property(Visited).toBool() ||
            !modal->isVisible())
            return;
        modal->setProperty(Visited, true);
        ++answered;
        visit(name, modal);
        closeWindow(modal);
    });
    if (answerModals)
        poll.start(20);
    open();
    auto opened = [&] {
        QList<QWidget *> now = visibleWindows();
        now.removeIf([&](QWidget *w) { return before.contains(w); });
        return now;
    };
    if (expectWindow &&
        !QTest::qWaitFor([&] { return answered > 0 || !opened().isEmpty(); }, 20000)) {
        m_error = QStringLiteral("%1: no window opened").arg(name);
        return false;
    }
    poll.stop();
    const QList<QWidget *> windows = opened();
    for (QWidget *w : windows)
        visit(name, w);
    for (auto it = windows.crbegin(); it != windows.crend(); ++it)
        closeWindow(*it);
    QApplication::processEvents();
    return true;
}

bool WindowTour::trigger(const QString &stopName, const QString &action, bool expectWindow)
{
    auto *a = m_window->findChild<QAction *>(action);
    if (!a || !a->isEnabled()) {
        m_error = QStringLiteral("%1: action %2 missing or disabled").arg(stopName, action);
        return false;
    }
    return stop(
        stopName, [a] { a->trigger(); }, expectWindow);
}

bool WindowTour::run(const Check &check)
{
    if (!m_db || !window())
        return false;
    m_check = check;
    return mainStops() && personStops() && menuStops() && closingStops();
}

bool WindowTour::mainStops()
{
    LedgerPanel *lists = m_window->ledgers();
    // The whole district, whatever a test selected before.
    m_window->jurisdiction()->selectCode(m_window->jurisdiction()->rootCode());
    visit(QStringLiteral("main first start"), m_window.get());
    for (Ledger list : Ledgers::tabs()) {
        lists->showList(list);
        (void)QTest::qWaitFor([lists, list] { return lists->shownCount(list) >= 0; }, 10000);
        visit(QStringLiteral("main list %1").arg(Ledgers::key(list)), m_window.get());
    }
    lists->showList(Ledger::Overdue);
    (void)QTest::qWaitFor([lists] { return lists->model()->rowCount() > 0; }, 10000);
    if (lists->model()->rowCount() < 3) {
        m_error = QStringLiteral("the overdue list has fewer than three people");
        return false;
    }
    m_person = lists->model()->recipientId(0);
    lists->table()->selectRow(0);
    if (!QTest::qWaitFor([this] { return m_window->detail()->recipientId() == m_person; })) {
        m_error = QStringLiteral("selecting a row did not show the person");
        return false;
    }
    visit(QStringLiteral("main detail"), m_window.get());
    // A search by a common surname in the whole district.
    lists->searchField()->setText(QStringLiteral("王"));
    QTest::keyClick(lists->searchField(), Qt::Key_Return);
    (void)QTest::qWaitFor([lists] { return lists->currentList() == Ledger::Search; });
    visit(QStringLiteral("main search"), m_window.get());
    lists->searchField()->clear();
    (void)QTest::qWaitFor([lists] { return lists->currentList() == Ledger::Overdue; });
    lists->table()->selectRow(0);
    return true;
}

QString WindowTour::writePhoto()
{
    QImage photo(1600, 1200, QImage::Format_RGB32);
    photo.fill(QColor(90, 120, 150));
    const QString path = QDir(m_folder).filePath(QStringLiteral("window-visit.jpg"));
    return photo.save(path) ? path : QString();
}

QString WindowTour::writeImportFile()
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT id_number, name FROM recipient ORDER BY id LIMIT 12"));
    QString csv = QStringLiteral("姓名,比对结论,公民身份号码,详情\n");
    while (q.next())
        csv += QStringLiteral("%1,待核实,%2,窗口巡检\n")
                   .arg(q.value(1).toString(), q.value(0).toString());
    // One wrong check character: the report shows its reason.
    csv += QStringLiteral("错号,待核实,370202194501011235,窗口巡检\n");
    const QString path = QDir(m_folder).filePath(QStringLiteral("results.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(QStringEncoder(QStringEncoder::Utf8)(csv));
    return path;
}

bool WindowTour::personStops()
{
    // The record form with a photo; saved, so the timeline shows a check with evidence.
    const QString photo = writePhoto();
    const auto fill = [photo](RecordVerificationDialog *form) {
        form->addEvidenceFiles({photo});
        auto *method = form->findChild<QComboBox *>(QStringLiteral("method"));
        method->setCurrentIndex(method->findData(int(VerificationMethod::HomeVisit)));
        auto *status = form->findChild<QComboBox *>(QStringLiteral("livingStatus"));
        status->setCurrentIndex(status->findData(int(LivingStatus::Alive)));
        form->findChild<QPlainTextEdit *>(QStringLiteral("note"))
            ->setPlainText(QStringLiteral("入户见到本人，精神状态良好。"));
    };
    // Filled in by hand: not answered from the poll while it is being filled.
    bool ok = stop(
        QStringLiteral("record form"),
        [&] {
            if (RecordVerificationDialog *form = m_window->recordVerification(m_person))
                fill(form);
        },
        true, false);
    // Cancel on a filled-in form asks first (answered "keep editing" by the poll).
    ok = ok && stop(QStringLiteral("record form discard question"), [&] {
             if (RecordVerificationDialog *form = m_window->recordVerification(m_person)) {
                 fill(form);
                 form->reject();
             }
         });
    if (!ok)
        return false;
    // The stop closed it unsaved; the same check is recorded for the timeline.
    RecordVerificationDialog *form = m_window->recordVerification(m_person);
    fill(form);
    const QPointer<RecordVerificationDialog> saved(form);
    form->save();
    if (!QTest::qWaitFor([&] { return saved.isNull() || !saved->isVisible(); }, 5000)) {
        m_error = QStringLiteral("record form: not saved: %1").arg(saved->errorText());
        saved->done(QDialog::Rejected);
        return false;
    }
    (void)QTest::qWaitFor([this] { return m_window->timeline()->count() > 0; }, 5000);
    visit(QStringLiteral("main detail with timeline"), m_window.get());
    auto *thumb = m_window->timeline()->findChild<QLabel *>(QStringLiteral("timelineThumb"));
    if (!thumb) {
        m_error = QStringLiteral("the timeline shows no photo");
        return false;
    }
    bool shown = stop(QStringLiteral("photo viewer"), [thumb] {
        QTest::mouseClick(thumb, Qt::LeftButton, {}, thumb->rect().center());
    });
    // Several people selected for a batch pass, then one again.
    QTableView *table = m_window->ledgers()->table();
    table->selectionModel()->select(
        QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    shown = shown && trigger(QStringLiteral("batch pass"), QStringLiteral("batchPassAction"));
    table->selectRow(1);
    (void)QTest::qWaitFor([this] { return m_window->detail()->recipientId() > 0; });
    return shown && trigger(QStringLiteral("reminder"), QStringLiteral("reminderAction")) &&
           trigger(QStringLiteral("home visit"), QStringLiteral("homeVisitAction")) &&
           trigger(QStringLiteral("paper register"), QStringLiteral("paperRegisterAction")) &&
           trigger(QStringLiteral("payment steps"), QStringLiteral("personStepsAction")) &&
           trigger(QStringLiteral("monthly payment actions"),
                   QStringLiteral("monthlyActionsAction")) &&
           trigger(QStringLiteral("server approvals"), QStringLiteral("serverApprovalsAction"));
}

bool WindowTour::menuStops()
{
    const QString file = writeImportFile();
    bool ok = stop(
        QStringLiteral("import"),
        [&] {
            m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
            auto *dialog = m_window->findChild<ImportDialog *>();
            if (!dialog || !dialog->setFile(file))
                return;
            QSignalSpy validated(dialog, &ImportDialog::validated);
            dialog->checkButton()->click();
            (void)validated.wait(30000);
        },
        true, false);
    ok = ok && trigger(QStringLiteral("print preview"), QStringLiteral("printListAction")) &&
         trigger(QStringLiteral("export PDF"), QStringLiteral("exportListPdfAction")) &&
         trigger(QStringLiteral("export Excel"), QStringLiteral("exportListXlsxAction")) &&
         trigger(QStringLiteral("public notice"), QStringLiteral("publicNoticeAction")) &&
         trigger(QStringLiteral("archive"), QStringLiteral("monthlyArchiveAction")) &&
         trigger(QStringLiteral("route sheet preview"), QStringLiteral("printRouteSheetAction")) &&
         trigger(QStringLiteral("backup"), QStringLiteral("backupAction")) &&
         trigger(QStringLiteral("restore"), QStringLiteral("restoreAction")) &&
         trigger(QStringLiteral("backup settings"), QStringLiteral("backupSettingsAction")) &&
         trigger(QStringLiteral("sync settings"), QStringLiteral("syncSettingsAction")) &&
         trigger(QStringLiteral("conflicts"), QStringLiteral("conflictsAction")) &&
         trigger(QStringLiteral("audit"), QStringLiteral("auditAction"));
    if (!ok)
        return false;
    ok = stop(QStringLiteral("users"),
              [this] { m_window->findChild<QAction *>(QStringLiteral("usersAction"))->trigger(); });
    // The new-user form runs with exec(): checked from its own loop.
    ok = ok && stop(QStringLiteral("user form"), [this] {
             m_window->findChild<QAction *>(QStringLiteral("usersAction"))->trigger();
             QApplication::processEvents();
             if (auto *users = m_window->findChild<QDialog *>(QStringLiteral("usersDialog")))
                 if (auto *add = users->findChild<QPushButton *>(QStringLiteral("newUser")))
                     add->click();
         });
    const auto menuAction = [this](const QString &text) -> QAction * {
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };
    QAction *minutes = menuAction(
        QCoreApplication::translate("certdesk::SecurityActions", "Lock after idle &minutes…"));
    QAction *about =
        menuAction(QCoreApplication::translate("certdesk::MainWindow", "&About CertDesk"));
    if (!minutes || !about) {
        m_error = QStringLiteral("the lock minutes or about action is missing");
        return false;
    }
    return ok && stop(QStringLiteral("lock minutes"), [minutes] { minutes->trigger(); }) &&
           stop(QStringLiteral("about"), [about] { about->trigger(); });
}

bool WindowTour::closingStops()
{
    bool ok = stop(QStringLiteral("dashboard"), [this] { m_window->openDashboard(); });
    // A list opened from the dashboard, the dashboard still open.
    DashboardPanel *panel = m_window->openDashboard();
    emit panel->openList(Scope{}, QString(), Ledger::Within1);
    QApplication::processEvents();
    visit(QStringLiteral("main list from dashboard"), m_window.get());
    closeWindow(panel->window());
    const AuditTrail &audit = m_window->auditTrail();
    ok = ok && stop(QStringLiteral("pending imports"), [&] {
             auto *importer = new BigDataImport(*m_db, *m_profile);
             auto *dialog =
                 new PendingImportsDialog(*importer, m_window->session(), audit, m_window.get());
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             QObject::connect(dialog, &QObject::destroyed, [importer] { delete importer; });
             dialog->open();
         });
    // The manual (F1) and the first-day guide the program offers a new user.
    ok = ok && stop(QStringLiteral("help"),
                    [this] { HelpWindow::showPage(HelpTopics::contentsPage(), m_window.get()); });
    ok = ok && stop(QStringLiteral("first-day guide"), [this] {
             FirstDayGuide::offer(*m_db, QStringLiteral("tour-newcomer"), m_window.get());
         });
    // Shown for regions whose county approves on-site checks (GD 21-22); made here
    // so that the tour sees it under every profile.
    ok = ok && stop(QStringLiteral("check approvals"), [&] {
             auto *dialog = new CheckApprovalsDialog(*m_db, *m_profile, m_window->session(), kToday,
                                                     m_window.get());
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->open();
         });
    // The first contact with a server: its key fingerprint, to compare with the notice.
    ok = ok && stop(QStringLiteral("server key question"), [this] {
             ServerTrustBox::askToAccept(
                 m_window.get(), QStringLiteral("https://upstream.example:8470"),
                 QStringLiteral("3F:2A:91:0C:7B:55:E4:18:AD:60:2F:9B:C1:07:3E:D2:"
                                "88:14:6A:F0:5C:B3:29:7D:E6:41:0F:A8:93:5E:C7:12"));
         });
    ok = ok && stop(QStringLiteral("sign in"), [&] {
             auto *dialog =
                 new SignInDialog(*m_db, *m_profile, audit, SignInDialog::Mode::SignIn, QString());
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
         });
    // Last: the lock screen cannot be left without a stored account's password.
    return ok && trigger(QStringLiteral("lock screen"), QStringLiteral("lockAction"));
}

} // namespace windowtour
