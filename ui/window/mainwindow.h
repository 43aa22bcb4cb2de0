#pragma once

#include "domain/policyprofile.h"
#include "security/session.h"
#include "store/ledgerquery.h"
#include "workspace/workspacechanges.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class QAction;
class QSplitter;

namespace certdesk
{

class AuditTrail;
class BackupActions;
struct RestoreRequest;
class ConflictsDialog;
class Database;
class IdleLock;
class EvidenceStore;
class JurisdictionPanel;
class LifecycleService;
class PaymentActions;
class RecipientDetailPanel;
class RecordVerificationDialog;
class SyncController;
class SyncDialog;
class SyncStatusIndicator;
class TimelinePanel;
class VerificationService;
class LedgerPanel;
class Workspace;

// The work window: jurisdiction tree | work lists | person detail. Composed of
// small panels; this class only wires them, adds menus and shortcuts and
// remembers the layout.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `session` is the signed-in user: their node limits every list, their role
    // what they may do, and their name is the worker of recorded checks.
    MainWindow(const Database &db, const PolicyProfile &profile, const QDate &today,
               const Session &session, QWidget *parent = nullptr);
    // The program's way: the Workspace opened at startup (Workspace::open), which
    // must outlive the window. The constructor above makes one over `db` (tests).
    MainWindow(Workspace &workspace, const QDate &today, QWidget *parent = nullptr);
    ~MainWindow() override;

    JurisdictionPanel *jurisdiction() const { return m_jurisdiction; }
    LedgerPanel *ledgers() const { return m_ledgers; }
    RecipientDetailPanel *detail() const { return m_detail; }
    TimelinePanel *timeline() const { return m_timeline; }
    QAction *recordAction() const { return m_recordAction; }
    // Who records checks: the signed-in user's full name.
    QString workerName() const { return m_worker; }
    const Session &session() const { return m_session; }
    const AuditTrail &auditTrail() const;
    IdleLock *idleLock() const;
    EvidenceStore &evidenceStore() const;
    Workspace &workspace() const { return m_workspace; }
    PaymentActions *payments() const { return m_payments; }

    // Opens the record dialog (window-modal, not blocking) for a person; after a
    // save the lists, the detail and the timeline show the new state.
    RecordVerificationDialog *recordVerification(qint64 recipientId);
    // Opens (or raises) the dashboard of the selected node; a bar clicked there
    // selects its node here and opens its list.
    class DashboardPanel *openDashboard();
    // The sync window and the conflicts window (one of each, raised when open).
    SyncDialog *openSyncDialog();
    ConflictsDialog *openConflicts();
    SyncController *syncController() const { return m_sync.get(); }
    SyncStatusIndicator *syncIndicator() const { return m_syncIndicator; }
    QAction *syncNowAction() const { return m_syncNowAction; }
    BackupActions *backupActions() const { return m_backup; }
    // Set when the user confirmed a restore: the window has closed for it, and the
    // program restores once the database is closed, then opens the desk again.
    const RestoreRequest *pendingRestore() const { return m_pendingRestore.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createSyncMenu();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();
    MainWindow(std::unique_ptr<Workspace> own, Workspace *borrowed, const QDate &today,
               QWidget *parent);

    std::unique_ptr<Workspace> m_ownWorkspace; // only with the (db, profile, session) constructor
    Workspace &m_workspace;
    const Database &m_db;
    const PolicyProfile &m_profile;
    QDate m_today;
    Session m_session;
    QString m_worker;
    // Owned by the workspace, declared before the panels: the timeline holds references to both.
    AuditTrail *m_audit;
    EvidenceStore *m_evidence;
    std::unique_ptr<VerificationService> m_verification;
    std::unique_ptr<LifecycleService> m_lifecycle;
    // Declared after the evidence store: destroyed first, so its worker (which
    // reads evidence files) has stopped before the store goes.
    std::unique_ptr<SyncController> m_sync;
    JurisdictionPanel *m_jurisdiction;
    LedgerPanel *m_ledgers;
    RecipientDetailPanel *m_detail;
    TimelinePanel *m_timeline;
    QSplitter *m_splitter;
    QAction *m_recordAction = nullptr;
    class WorkActions *m_work = nullptr;
    class PrintActions *m_print = nullptr;
    class QDialog *m_dashboard = nullptr;
    class SecurityActions *m_security = nullptr;
    PaymentActions *m_payments = nullptr;
    SyncStatusIndicator *m_syncIndicator = nullptr;
    QAction *m_syncNowAction = nullptr;
    QPointer<SyncDialog> m_syncDialog;
    QPointer<ConflictsDialog> m_conflictsDialog;
    BackupActions *m_backup = nullptr;
    std::unique_ptr<RestoreRequest> m_pendingRestore;
};

} // namespace certdesk
