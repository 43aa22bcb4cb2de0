#pragma once

#include "lifecycle/lifecycleproposals.h"

#include <QDate>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>

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
    // Asks whether to record the selected rows' (or all shown rows') steps, saying
    // how many people each kind of step concerns; on "yes" records them all or
    // nothing and reports the outcome in a message. False (with a message) when
    // there is nothing to confirm or a question is already open.
    bool confirmSelected();
    bool confirmAllShown();
    // The open question (window-modal, no nested event loop), else null.
    QMessageBox *question() const { return m_question; }
    QString lastError() const { return m_lastError; }
    // The last outcome reported (steps recorded, or why nothing was).
    QString lastResult() const { return m_lastResult; }
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
    bool ask(const QList<LifecycleProposal> &proposals);
    bool confirm(const QList<LifecycleProposal> &proposals);
    QStringList kindLines(const QList<LifecycleProposal> &proposals) const;
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
    QString m_lastResult;
    QPointer<QMessageBox> m_question;
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
