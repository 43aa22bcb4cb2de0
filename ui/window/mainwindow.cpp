#include "window/mainwindow.h"

#include "backup/backupactions.h"

#include "security/auditedsettings.h"
#include "security/audittrail.h"
#include "security/securityactions.h"
#include "sync/conflictsdialog.h"
#include "sync/synccontroller.h"
#include "sync/syncdialog.h"
#include "sync/syncstatusindicator.h"

#include "dashboard/dashboardpanel.h"
#include "documents/printactions.h"
#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "io/importdialog.h"
#include "io/pendingimportsdialog.h"
#include "lifecycle/lifecycleservice.h"
#include "lists/jurisdictionpanel.h"
#include "lists/ledgerpanel.h"
#include "lists/recipientdetailpanel.h"
#include "lists/recipientlistmodel.h"
#include "lists/timelinepanel.h"
#include "lists/workactions.h"
#include "payments/paymentactions.h"
#include "record/recordverificationdialog.h"
#include "store/database.h"
#include "store/recipientrepository.h"
#include "verification/verificationservice.h"
#include "window/screenfit.h"
#include "workspace/workspace.h"
#include "workspace/workspacechanges.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace certdesk
{

MainWindow::MainWindow(const Database &db, const PolicyProfile &profile, const QDate &today,
                       const Session &session, QWidget *parent)
    : MainWindow(std::make_unique<Workspace>(db, profile, session), nullptr, today, parent)
{
}

MainWindow::MainWindow(Workspace &workspace, const QDate &today, QWidget *parent)
    : MainWindow(nullptr, &workspace, today, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<Workspace> own, Workspace *borrowed, const QDate &today,
                       QWidget *parent)
    : QMainWindow(parent), m_ownWorkspace(std::move(own)),
      m_workspace(borrowed ? *borrowed : *m_ownWorkspace), m_db(m_workspace.database()),
      m_profile(m_workspace.profile()), m_today(today), m_session(m_workspace.session()),
      m_worker(m_session.user().displayName), m_audit(&m_workspace.audit()),
      m_evidence(&m_workspace.evidence()), m_verification(std::make_unique<VerificationService>(
                                               m_db, m_profile, *m_evidence, m_session)),
      m_lifecycle(std::make_unique<LifecycleService>(m_db, m_profile, m_session)),
      m_sync(std::make_unique<SyncController>(m_db, m_profile, *m_evidence)),
      m_jurisdiction(new JurisdictionPanel(m_db, this)),
      m_ledgers(new LedgerPanel(m_db, today, this)),
      m_detail(new RecipientDetailPanel(m_db, m_profile, m_session, today, this)),
      m_timeline(new TimelinePanel(*m_verification, *m_evidence, this)),
      m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_verification->setToday(today);
    // The services announce what they commit; each view follows by itself, so
    // nothing here refreshes a view after a save (docs/decisions.md, "One way in").
    m_verification->setChanges(m_workspace.changes());
    m_lifecycle->setChanges(m_workspace.changes());
    m_ledgers->follow(m_workspace.changes());
    m_detail->follow(m_workspace.changes());
    m_sync->follow(m_workspace.changes()); // the status bar's counts
    m_sync->setSession(m_session);         // audit entries written by a sync name the user
    // The user's node bounds everything shown; set before the first list loads.
    m_ledgers->setAccessLimit(m_session.accessScope());
    m_jurisdiction->setRootCode(m_session.user().nodeCode);
    m_ledgers->setWidestScope(m_jurisdiction->rootCode(), m_jurisdiction->rootName());
    connect(m_ledgers, &LedgerPanel::searchEverywhereRequested, this,
            [this] { m_jurisdiction->selectCode(m_jurisdiction->rootCode()); });
    m_detail->setAudit(m_audit);
    m_lifecycle->setToday(today);
    m_timeline->setLifecycle(m_lifecycle.get());
    setWindowTitle(tr("CertDesk — benefit eligibility certification"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_jurisdiction);
    m_splitter->addWidget(m_ledgers);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({260, 900, 340});
    m_detail->setTimeline(m_timeline);
    // Double-clicking a person in any list opens the record form, as Ctrl+R does;
    // Enter on the row is the Person menu's "selected row" action (createMenus()).
    connect(m_ledgers->table(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                recordVerification(m_ledgers->model()->recipientId(index.row()));
            });
    connect(m_timeline, &TimelinePanel::correctRequested, this,
            [this](const VerificationEvent &earlier) {
                if (RecordVerificationDialog *dialog = recordVerification(earlier.recipientId))
                    dialog->correct(earlier);
            });
    setCentralWidget(m_splitter);

    connect(m_jurisdiction, &JurisdictionPanel::scopeChanged, m_ledgers, &LedgerPanel::setScope);
    connect(m_ledgers, &LedgerPanel::recipientSelected, m_detail,
            &RecipientDetailPanel::showRecipient);
    connect(m_ledgers, &LedgerPanel::shownPersonLeftList, m_detail,
            &RecipientDetailPanel::noteLeftList);
    // The person actions follow the person in the panel, also when a change
    // makes them invisible.
    connect(m_detail, &RecipientDetailPanel::personChanged, this, [this](qint64 id) {
        m_recordAction->setEnabled(id > 0);
        if (m_work)
            m_work->updateEnabled();
        if (m_payments)
            m_payments->updateEnabled();
    });
    connect(m_detail, &RecipientDetailPanel::recordRequested, this,
            &MainWindow::recordVerification);

    createMenus();
    auto *profileLabel = new QLabel(tr("Policy: %1").arg(m_profile.displayName()), this);
    auto *todayLabel = new QLabel(tr("Today: %1").arg(today.toString(Qt::ISODate)), this);
    auto *dbLabel = new QLabel(QDir::toNativeSeparators(m_db.path()), this);
    auto *userLabel = new QLabel(
        tr("Signed in: %1 (%2)")
            .arg(m_session.user().displayName, Permissions::roleName(m_session.user().role)),
        this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(userLabel);
    statusBar()->addWidget(profileLabel);
    statusBar()->addWidget(todayLabel);
    if (!m_profile.calendar().covers(today.year())) {
        auto *warning =
            new QLabel(tr("The holiday calendar does not cover %1: home-visit due dates "
                          "count weekends only. Update the calendar.")
                           .arg(today.year()),
                       this);
        warning->setObjectName(QStringLiteral("calendarWarning"));
        warning->setStyleSheet(QStringLiteral("color: #b02020;"));
        statusBar()->addWidget(warning);
    }
    m_syncIndicator = new SyncStatusIndicator(this);
    m_syncIndicator->setStatus(m_sync->status());
    connect(m_sync.get(), &SyncController::statusChanged, m_syncIndicator,
            &SyncStatusIndicator::setStatus);
    connect(m_syncIndicator, &SyncStatusIndicator::clicked, this, &MainWindow::openSyncDialog);
    statusBar()->addPermanentWidget(m_syncIndicator);
    statusBar()->addPermanentWidget(dbLabel);
    restoreLayout();
}

DashboardPanel *MainWindow::openDashboard()
{
    // One dashboard window, following the node selected when it is opened.
    if (!m_dashboard) {
        m_dashboard = new QDialog(this);
        m_dashboard->setObjectName(QStringLiteral("dashboardWindow"));
        ScreenFit::resize(m_dashboard, {900, 600});
        auto *panel =
            new DashboardPanel(m_db, m_profile, m_today, m_session.accessScope(), m_dashboard);
        auto *layout = new QVBoxLayout(m_dashboard);
        layout->addWidget(panel);
        panel->follow(m_workspace.changes());
        // The dashboard stays above this window (its dialog): it steps aside for
        // the list a bar opens, and Ctrl+D brings it back as it was.
        auto stepAside = [this] {
            m_dashboard->hide();
            activateWindow();
            statusBar()->showMessage(
                tr("The dashboard was put aside to show the list; Ctrl+D brings it back."), 10000);
        };
        connect(panel, &DashboardPanel::openList, this,
                [this, stepAside](const Scope &scope, const QString &, Ledger list) {
                    m_jurisdiction->selectCode(scope.code);
                    m_ledgers->showList(list);
                    stepAside();
                });
        connect(panel, &DashboardPanel::openPaymentActions, this,
                [this] { m_payments->openMonthlyActions(); });
        connect(panel, &DashboardPanel::openDrillDown, this,
                [this, stepAside](const Scope &scope, const QString &,
                                  const LedgerQuery::DrillDown &drill, const QString &title) {
                    m_jurisdiction->selectCode(scope.code);
                    m_ledgers->showDrillDown(drill, title);
                    stepAside();
                });
    }
    auto *panel = m_dashboard->findChild<DashboardPanel *>();
    const QString code = m_jurisdiction->currentCode();
    m_dashboard->setWindowTitle(tr("Dashboard"));
    panel->setNode(code);
    m_dashboard->show();
    m_dashboard->raise();
    return panel;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_print = new PrintActions(m_db, *m_evidence, m_today, m_worker, m_ledgers, this);
    m_print->setSecurity(&m_session, m_audit);
    QAction *import = file->addAction(tr("&Import big-data results…"), this, [this] {
        auto *dialog = new ImportDialog(m_db, m_profile, m_today, m_session, *m_audit, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setChanges(m_workspace.changes()); // the import announces itself
        dialog->open();
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("importAction"));
    import->setEnabled(m_session.allows(Action::Import));
    QAction *pending = file->addAction(tr("Import batches waiting for &approval…"), this, [this] {
        auto *importer = new BigDataImport(m_db, m_profile);
        importer->setChanges(m_workspace.changes()); // the last approval announces the import
        auto *dialog = new PendingImportsDialog(*importer, m_session, *m_audit, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QObject::destroyed, this, [importer] { delete importer; });
        dialog->open();
    });
    pending->setObjectName(QStringLiteral("pendingImportsAction"));
    pending->setVisible(m_profile.qualifiedImportApprovals() > 0);
    m_print->addTo(file);
    file->addSeparator();
    m_backup = new BackupActions(this, m_db, m_session, *m_audit);
    m_backup->addTo(file);
    connect(m_backup, &BackupActions::restoreRequested, this,
            [this](const RestoreRequest &request) {
                m_pendingRestore = std::make_unique<RestoreRequest>(request);
                close();
            });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Search"), m_ledgers, &LedgerPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);
    view->addAction(m_ledgers->searchEverywhereAction()); // Ctrl+Shift+F
    QAction *refresh = view->addAction(tr("&Refresh"), m_ledgers, &LedgerPanel::refresh);
    // GNOME and macOS bind Refresh to Ctrl+R too; that is "Record verification"
    // here, and an ambiguous shortcut would fire neither.
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    refreshKeys.removeAll(QKeySequence(Qt::CTRL | Qt::Key_R));
    refresh->setShortcuts(refreshKeys);
    QAction *tree = view->addAction(tr("&Jurisdiction tree"), this,
                                    [this] { m_jurisdiction->view()->setFocus(); });
    tree->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    QAction *dashboard = view->addAction(tr("&Dashboard…"), this, &MainWindow::openDashboard);
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    dashboard->setObjectName(QStringLiteral("dashboardAction"));
    view->addSeparator();
    int n = 1;
    for (Ledger w : Ledgers::tabs()) {
        QAction *a =
            view->addAction(Ledgers::displayName(w), this, [this, w] { m_ledgers->showList(w); });
        if (n <= 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        ++n;
    }

    QMenu *person = menuBar()->addMenu(tr("&Person"));
    m_recordAction = person->addAction(tr("&Record verification…"), this,
                                       [this] { recordVerification(m_detail->recipientId()); });
    m_recordAction->setObjectName(QStringLiteral("recordAction"));
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_recordAction->setStatusTip(
        tr("Record a check of the selected person: method, result, evidence"));
    m_recordAction->setEnabled(false);
    // Enter on a list row opens the record form too; shown here so the key is found
    // in a menu. Only while the list has the focus (elsewhere Enter is the field's).
    QAction *openRow =
        person->addAction(tr("Record verification of the &selected row…"), this, [this] {
            const QModelIndex row = m_ledgers->table()->currentIndex();
            if (row.isValid())
                recordVerification(m_ledgers->model()->recipientId(row.row()));
        });
    openRow->setObjectName(QStringLiteral("recordRowAction"));
    openRow->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openRow->setShortcutContext(Qt::WidgetShortcut);
    m_ledgers->table()->addAction(openRow);
    m_work = new WorkActions(m_db, m_profile, m_today, m_worker, *m_evidence, *m_verification,
                             m_ledgers, m_detail, this);
    m_work->setSecurity(m_session, m_audit, m_workspace.changes());
    m_work->addTo(person);
    person->addSeparator();
    // Originals can be large; an office short of disc keeps only the archive copy
    // (2048 px) and the thumbnail. Stored per database, like the profile.
    QAction *originals = person->addAction(tr("&Keep original photos"));
    originals->setObjectName(QStringLiteral("keepOriginalsAction"));
    originals->setCheckable(true);
    originals->setChecked(m_db.setting(QStringLiteral("evidence.keepOriginals"),
                                       QStringLiteral("1")) == QLatin1String("1"));
    originals->setEnabled(m_session.allows(Action::ChangeSettings));
    m_evidence->setKeepOriginals(originals->isChecked());
    connect(originals, &QAction::toggled, this, [this](bool keep) {
        QString error;
        if (!AuditedSettings(m_db, *m_audit)
                 .set(m_session, QStringLiteral("evidence.keepOriginals"),
                      keep ? QStringLiteral("1") : QStringLiteral("0"), &error)) {
            statusBar()->showMessage(tr("The setting was not saved: %1").arg(error), 8000);
            return;
        }
        m_evidence->setKeepOriginals(keep);
    });

    QMenu *payments = menuBar()->addMenu(tr("Pa&yments"));
    m_payments =
        new PaymentActions(m_db, m_profile, *m_lifecycle, m_worker, m_jurisdiction, m_detail, this);
    m_payments->setSecurity(&m_session, m_audit);
    m_payments->addTo(payments);
    createSyncMenu();
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    m_security = new SecurityActions(this, m_db, m_profile, m_session, *m_audit);
    m_security->addTo(account);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    // F1 elsewhere (a dialog in front) is HelpKey's: it opens the page of that window.
    HelpKey::install();
    help->addAction(tr("User &manual"), this,
                    [this] { HelpWindow::showPage(HelpTopics::contentsPage(), this); });
    QAction *context = help->addAction(tr("&Help for this window"), this, [this] {
        QWidget *focus = QApplication::focusWidget();
        HelpWindow::showPage(HelpTopics::pageFor(focus ? focus : this), this);
    });
    context->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About CertDesk"), this, &MainWindow::showAbout);
}

void MainWindow::createSyncMenu()
{
    // Mnemonic S is free among File, View, Person, Payments (Y), Account, Help.
    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    sync->setObjectName(QStringLiteral("syncMenu"));
    m_syncNowAction = sync->addAction(tr("Sync &now"), this, [this] {
        // Without a server or a sign-in there is nothing to run: the sync window
        // is where the user fixes that.
        if (!m_sync->settings().isConfigured() || !m_sync->isSignedIn()) {
            openSyncDialog()->explainNoSync();
            return;
        }
        m_sync->syncNow();
    });
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    // F9 for one hand on a laptop, first so the menu shows it (a menu shows only the
    // first shortcut); Ctrl+Shift+S as in other programs' "sync".
    m_syncNowAction->setShortcuts(
        {QKeySequence(Qt::Key_F9), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    m_syncNowAction->setStatusTip(
        tr("Upload the checks recorded here and receive the changes from the district server"));
    m_syncNowAction->setEnabled(m_session.allows(Action::Sync));
    QAction *settings = sync->addAction(tr("Sync &settings…"), this, &MainWindow::openSyncDialog);
    settings->setObjectName(QStringLiteral("syncSettingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    QAction *conflicts = sync->addAction(tr("&Conflicts…"), this, &MainWindow::openConflicts);
    conflicts->setObjectName(QStringLiteral("conflictsAction"));
    conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    conflicts->setStatusTip(
        tr("Records of one person that disagree between devices, for a supervisor to decide"));
}

SyncDialog *MainWindow::openSyncDialog()
{
    if (!m_syncDialog) {
        m_syncDialog = new SyncDialog(*m_sync, m_db, m_session, m_audit, this);
        m_syncDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_syncDialog->setSyncAction(m_syncNowAction);
    }
    m_syncDialog->show();
    m_syncDialog->raise();
    m_syncDialog->activateWindow();
    return m_syncDialog;
}

ConflictsDialog *MainWindow::openConflicts()
{
    if (!m_conflictsDialog) {
        m_conflictsDialog = new ConflictsDialog(m_db, m_session, m_audit, this);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_conflictsDialog->setChanges(m_workspace.changes()); // decisions announce themselves
        // A pull may bring new conflicts or resolve open ones while the window is open.
        connect(m_sync.get(), &SyncController::finished, m_conflictsDialog,
                &ConflictsDialog::reload);
    }
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
    return m_conflictsDialog;
}

MainWindow::~MainWindow()
{
    // Before the audit trail and the services go: an automatic backup may still be
    // running on them, and this stops it and waits.
    delete m_backup;
    // The dashboard counts on worker threads that read the workspace's profile;
    // its panel waits for them when deleted, which as a child widget would be only
    // after the workspace (a member) had gone (AddressSanitizer, tst_dashboard).
    delete m_dashboard;
}

IdleLock *MainWindow::idleLock() const
{
    return m_security->idleLock();
}

RecordVerificationDialog *MainWindow::recordVerification(qint64 recipientId)
{
    if (recipientId <= 0)
        return nullptr;
    if (!m_session.allows(Action::RecordCheck)) {
        statusBar()->showMessage(m_session.refusal(Action::RecordCheck), 8000);
        return nullptr;
    }
    const auto person = RecipientRepository(m_db, m_profile).detail(recipientId);
    if (!person) {
        statusBar()->showMessage(tr("This person is no longer in the database."), 5000);
        return nullptr;
    }
    auto *dialog = new RecordVerificationDialog(*person, *m_verification, *m_evidence, m_worker,
                                                m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = person->recipient.name;
    // The lists, detail and counts follow the service's announcement; only the message is said
    // here.
    connect(dialog, &QDialog::accepted, this, [this, name] {
        statusBar()->showMessage(tr("Check of %1 recorded.").arg(name), 8000);
    });
    dialog->open(); // window-modal without a nested event loop
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CertDesk"),
                       tr("<h3>CertDesk %1</h3><p>Benefit eligibility certification workbench for "
                          "street and community social-insurance staff.</p><p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_db.path()).toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    // First start: as much of 1500x860 as the screen has room for (a 1366x768
    // office screen cut off the record button and the status bar); a geometry
    // remembered on a larger screen is fitted into this one.
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        ScreenFit::resize(this, {1500, 860});
    ScreenFit::keepInside(this);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_detail->splitter()->restoreState(
        settings.value(QStringLiteral("window/detailSplitter")).toByteArray());
    m_jurisdiction->selectCode(settings.value(QStringLiteral("window/node")).toString());
    const auto list = Ledgers::fromKey(settings.value(QStringLiteral("window/list")).toString());
    if (list && *list != Ledger::Search)
        m_ledgers->showList(*list);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/detailSplitter"), m_detail->splitter()->saveState());
    settings.setValue(QStringLiteral("window/node"), m_jurisdiction->currentCode());
    if (m_ledgers->currentList() != Ledger::Search)
        settings.setValue(QStringLiteral("window/list"), Ledgers::key(m_ledgers->currentList()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QString ignored;
    m_audit->record(m_session, AuditAction::SignOut, m_session.user().username, QString(),
                    &ignored);
    event->accept();
}

const AuditTrail &MainWindow::auditTrail() const
{
    return *m_audit;
}

EvidenceStore &MainWindow::evidenceStore() const
{
    return *m_evidence;
}

} // namespace certdesk
