#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace certdesk
{

class AuditTrail;
class BigDataImport;
class Session;

// Import batches waiting for approval (profiles with two-level approval of
// "qualified" results): who submitted what, who approved; Approve adds the signed-in
// user's approval, and the last one needed applies the batch. Where the desk has a
// district server (GD 9), the approval is given on the server first with the
// user's server password (ServerApproval::approveBatch): the server counts only
// approvals given there when the batch's certifications are pushed.
class PendingImportsDialog : public QDialog
{
    Q_OBJECT
public:
    PendingImportsDialog(const BigDataImport &importer, const Session &session,
                         const AuditTrail &audit, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QPushButton *approveButton() const { return m_approve; }
    QLineEdit *password() const { return m_password; }

signals:
    void applied();

private:
    void reload();
    void approveSelected();
    // GD 9: the approval on the district server, where the desk has one.
    bool approveOnServer(qint64 batch, QString *error) const;

    const BigDataImport &m_importer;
    const Session &m_session;
    const AuditTrail &m_audit; // every approval is authorized and audited
    QTableWidget *m_table;
    QLineEdit *m_password;
    QLabel *m_passwordLabel;
    QPushButton *m_approve;
};

} // namespace certdesk
