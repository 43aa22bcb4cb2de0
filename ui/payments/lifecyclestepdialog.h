#pragma once

#include "domain/benefitlifecycle.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace certdesk
{

class AuditTrail;
class LifecycleService;
class Session;

// One person's payment steps outside the monthly run: an objection (who, when,
// what), back pay after a resumption, the repayment notice for money paid after a
// death or imprisonment, an agreement, each repayment, a refusal, and unsealing
// with approval. Shows the status and balance, and prints the back-pay form and
// the repayment notice. Every rule is LifecycleService's; refusals are shown.
class LifecycleStepDialog : public QDialog
{
    Q_OBJECT
public:
    LifecycleStepDialog(const LifecycleService &service, qint64 recipientId, const QString &name,
                        const QString &idNumber, qint64 monthlyFen, const QString &actor,
                        const QString &office, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *reasonField() const { return m_reason; }
    QLineEdit *objectorField() const { return m_objector; }
    QLineEdit *amountField() const { return m_amount; }
    QLineEdit *approverField() const { return m_approver; }
    QLabel *stateLabel() const { return m_state; }
    void setKind(LifecycleKind kind);
    // Validates and records the step; false with lastError() (also shown) otherwise.
    bool recordStep();
    QString lastError() const { return m_lastError; }
    // The printable paper for the person's latest resumption / repayment notice; empty when none.
    QString backPayFormHtml() const;
    QString repaymentNoticeHtml() const;

    // The signed-in user: printing and saving papers needs the right and is audited.
    void setSecurity(const Session *session, const AuditTrail *audit)
    {
        m_session = session;
        m_audit = audit;
    }

signals:
    void recorded();

private:
    void updateFields();
    void updateState();
    bool fail(const QString &message);

    const LifecycleService &m_service;
    qint64 m_id;
    QString m_name;
    QString m_idNumber;
    qint64 m_monthlyFen;
    QString m_actor;
    QString m_office;
    QString m_lastError;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QLineEdit *m_objector;
    QLineEdit *m_approver;
    QLineEdit *m_amount;
    QSpinBox *m_instalments;
    QDateEdit *m_paidThrough;
    QLabel *m_state;
    QPushButton *m_printBackPay;
    QPushButton *m_printNotice;
    QPushButton *m_pdfBackPay;
    QPushButton *m_pdfNotice;
    const Session *m_session = nullptr;
    const AuditTrail *m_audit = nullptr;
};

} // namespace certdesk
