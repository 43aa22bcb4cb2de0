#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace certdesk
{

class AuditTrail;
class BigDataImport;
class Session;

// Import batches waiting for approval (profiles with two-level approval of
// "qualified" results): who submitted what, who approved; Approve adds the signed-in
// user's approval, and the last one needed applies the batch.
class PendingImportsDialog : public QDialog
{
    Q_OBJECT
public:
    PendingImportsDialog(const BigDataImport &importer, const Session &session,
                         const AuditTrail &audit, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QPushButton *approveButton() const { return m_approve; }

signals:
    void applied();

private:
    void reload();
    void approveSelected();

    const BigDataImport &m_importer;
    const Session &m_session;
    const AuditTrail &m_audit; // every approval is authorized and audited
    QTableWidget *m_table;
    QPushButton *m_approve;
};

} // namespace certdesk
