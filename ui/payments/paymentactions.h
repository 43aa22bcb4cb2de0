#pragma once

#include <QDate>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace certdesk
{

class AuditTrail;
class Session;
class Database;
class JurisdictionPanel;
class LifecycleActionsDialog;
class LifecycleService;
class LifecycleStepDialog;
class PolicyProfile;
class RecipientDetailPanel;
class ServerApprovalDialog;

// The Payments menu: "this month's actions" for the selected node and the payment
// steps of the selected person. Kept apart from MainWindow, like WorkActions.
class PaymentActions : public QObject
{
    Q_OBJECT
public:
    PaymentActions(const Database &db, const PolicyProfile &profile,
                   const LifecycleService &service, const QString &worker, JurisdictionPanel *tree,
                   RecipientDetailPanel *detail, QWidget *window);

    void addTo(QMenu *menu);
    void updateEnabled(); // the person's steps need a selected person
    LifecycleActionsDialog *openMonthlyActions();
    LifecycleStepDialog *openPersonSteps();
    // Steps naming the signed-in user as approver, approved on the district server.
    ServerApprovalDialog *openServerApprovals();

    // The signed-in user: printing and saving papers needs the right and is audited.
    void setSecurity(const Session *session, const AuditTrail *audit)
    {
        m_session = session;
        m_audit = audit;
    }

signals:
    void changed(); // steps were recorded: lists, detail and timeline need a refresh

private:
    const Database &m_db;
    const PolicyProfile &m_profile;
    const LifecycleService &m_service;
    QString m_worker;
    JurisdictionPanel *m_tree;
    RecipientDetailPanel *m_detail;
    QWidget *m_window;
    QAction *m_personSteps = nullptr;
    const Session *m_session = nullptr;
    const AuditTrail *m_audit = nullptr;
};

} // namespace certdesk
