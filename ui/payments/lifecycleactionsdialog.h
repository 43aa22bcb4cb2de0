#pragma once

#include "lifecycle/lifecycleproposals.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace certdesk
{

class AuditTrail;
class Database;
class LifecycleService;
class Session;

// "This month's actions": the lifecycle steps due in a month for a node (failed,
// suspended, resumed, stopped, sealed) with their reasons, confirmed one by one
// (selected rows) or all at once; the suspension list can be printed and exported.
// The rules live in LifecycleProposals; this dialog only shows and confirms.
class LifecycleActionsDialog : public QDialog
{
    Q_OBJECT
public:
    LifecycleActionsDialog(const Database &db, const LifecycleService &service, const QDate &today,
                           const QString &nodeCode, const QString &nodeName, const QString &actor,
                           QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<LifecycleProposal> &shown() const { return m_shown; }
    void setMonth(const QDate &month);
    void reload();
    // Records the selected rows' steps (all or nothing); false with a message shown otherwise.
    bool confirmSelected();
    bool confirmAllShown();
    QString lastError() const { return m_lastError; }
    QString suspensionListHtml() const;

    // The signed-in user: printing and saving papers needs the right and is audited.
    void setSecurity(const Session *session, const AuditTrail *audit)
    {
        m_session = session;
        m_audit = audit;
    }

signals:
    void changed(); // steps were recorded

private:
    bool confirm(const QList<LifecycleProposal> &proposals);
    void exportSuspensionList();
    void printSuspensionList();

    const Database &m_db;
    const LifecycleService &m_service;
    QDate m_today;
    QString m_node;
    QString m_nodeName;
    QString m_actor;
    QList<LifecycleProposal> m_all;
    QList<LifecycleProposal> m_shown;
    QString m_lastError;
    QDateEdit *m_month;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_confirmSelected;
    QPushButton *m_confirmAll;
    const Session *m_session = nullptr;
    const AuditTrail *m_audit = nullptr;
};

} // namespace certdesk
