#pragma once

#include "domain/policyprofile.h"
#include "security/session.h"
#include "store/database.h"

#include <QDate>
#include <QDialog>

class QTableWidget;
class QLabel;
class QLineEdit;

namespace certdesk
{

class WorkspaceChanges;

// The county's approval queue (GD 21-22): on-site and home checks waiting for an
// approval within 1 working day, oldest due first, the overdue ones marked. A
// district administrator approves or refuses the selected check; others see the
// list and why they may not decide. A refusal needs its reason (the line under
// the list); the refused check then certifies nothing.
class CheckApprovalsDialog : public QDialog
{
    Q_OBJECT
public:
    CheckApprovalsDialog(const Database &db, const PolicyProfile &profile, const Session &session,
                         const QDate &today, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLineEdit *reason() const { return m_reason; }
    // Where decisions are announced (the window's views follow).
    void setChanges(WorkspaceChanges *changes) { m_changes = changes; }
    void reload();
    // Decides the selected row; false with a message box when refused.
    bool decideSelected(bool approve);

signals:
    void decided(qint64 recipientId);

private:
    const Database &m_db;
    const PolicyProfile &m_profile;
    Session m_session;
    QDate m_today;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLineEdit *m_reason;
    WorkspaceChanges *m_changes = nullptr;
};

} // namespace certdesk
