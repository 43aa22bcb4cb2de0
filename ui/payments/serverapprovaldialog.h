#pragma once

#include "sync/serverapproval.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace certdesk
{

class Database;
class PolicyProfile;
class Session;

// Payment steps recorded on this desk that name the signed-in user as their
// approver (an unsealing), waiting to be pushed: the approver types their
// district-server password and approves the selected step on the server
// (ServerApproval, issue 16 point 1); the desk's next sync pushes it and the
// server accepts it.
class ServerApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    ServerApprovalDialog(const Database &db, const PolicyProfile &profile, const Session &session,
                         QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLineEdit *password() const { return m_password; }
    QLabel *status() const { return m_status; }
    void reload();
    // Approves the selected step on the server; false with the reason shown.
    bool approveSelected();

private:
    const Database &m_db;
    const PolicyProfile &m_profile;
    const Session &m_session;
    QList<ServerApproval::Step> m_steps;
    QTableWidget *m_table;
    QLineEdit *m_password;
    QLabel *m_status;
    QPushButton *m_approve;
};

} // namespace certdesk
