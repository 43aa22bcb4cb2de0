#pragma once

#include "security/audittrail.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace certdesk
{

class Session;

// The auditor's view of the audit trail: filters by user, action, date range
// and "outside working hours only", the chain's check, and CSV export (itself
// audited).
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    AuditDialog(const AuditTrail &audit, const Session &session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QCheckBox *offHoursBox() const { return m_offHours; }
    QLineEdit *userEdit() const { return m_user; }
    QLabel *chainLabel() const { return m_chain; }
    void reload();
    // Writes the rows shown to `path`; false with *error when refused or unwritable.
    bool exportCsv(const QString &path, QString *error = nullptr);

private:
    AuditFilter filter() const;

    const AuditTrail &m_audit;
    const Session &m_session;
    QLineEdit *m_user;
    QComboBox *m_action;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_offHours;
    QLabel *m_chain;
    QTableWidget *m_table;
};

} // namespace certdesk
