#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace certdesk
{

class AuditTrail;
class ContactLog;
class Session;
class Database;
class EvidenceStore;
class HomeVisitService;
class WorkspaceChanges;
class PolicyProfile;
class RecipientDetailPanel;
class VerificationService;
class LedgerPanel;

// The Person menu's daily work beside recording one check: reminders, home-visit
// requests, batch pass of the selected rows, paper-register entry and the visit
// route sheet. Opens the dialogs and refreshes the lists after a change; kept
// apart from MainWindow so that stays a thin composition.
class WorkActions : public QObject
{
    Q_OBJECT
public:
    WorkActions(const Database &db, const PolicyProfile &profile, const QDate &today,
                const QString &worker, EvidenceStore &evidence,
                const VerificationService &verification, LedgerPanel *lists,
                RecipientDetailPanel *detail, QWidget *window);
    ~WorkActions() override;

    // The signed-in user: home visits are limited to their node, prints need the
    // role's permission and are written to the audit trail.
    void setSecurity(const Session &session, const AuditTrail *audit, WorkspaceChanges *changes);
    void addTo(QMenu *menu);
    // Enables the actions that need one selected person.
    void updateEnabled();

    void logReminder();
    void homeVisit();
    void batchPassSelection();
    void paperRegister();
    void checkApprovals();
    void printRouteSheet();
    void exportRouteSheet();

private:
    QList<struct RouteStop> routeStops();

    const Database &m_db;
    const PolicyProfile &m_profile;
    QDate m_today;
    QString m_worker;
    EvidenceStore &m_evidence;
    const VerificationService &m_verification;
    LedgerPanel *m_lists;
    RecipientDetailPanel *m_detail;
    QWidget *m_window;
    std::unique_ptr<ContactLog> m_contacts;
    std::unique_ptr<HomeVisitService> m_visits;
    const Session *m_session = nullptr;
    const AuditTrail *m_audit = nullptr;
    WorkspaceChanges *m_changes = nullptr;
    QAction *m_reminder = nullptr;
    QAction *m_visit = nullptr;
    QAction *m_batch = nullptr;
};

} // namespace certdesk
