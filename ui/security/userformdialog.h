#pragma once

#include "security/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace certdesk
{

class AuditTrail;
class Database;
class PolicyProfile;

// Creates one user account: name, full name, role, the node (offered at the
// level the role needs), duties and the password twice. Used for the first
// administrator (role fixed) and from the user management dialog.
class UserFormDialog : public QDialog
{
    Q_OBJECT
public:
    // `creator` is who creates the account (audited); for the first
    // administrator there is nobody yet and the new account is recorded as its own creator.
    UserFormDialog(const Database &db, const PolicyProfile &profile, const AuditTrail &audit,
                   const Session *creator, bool firstAdministrator, QWidget *parent = nullptr);

    User created() const { return m_created; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *nodeBox() const { return m_node; }
    QCheckBox *approverBox() const { return m_approver; }
    QString errorText() const;

    void accept() override;

private:
    void fillNodes();
    // A drop-down with a single choice shows as plain text (a box that cannot open
    // looks broken): the box hides and `text` shows its one entry.
    static void showSingleChoice(QComboBox *box, QLabel *text);
    // The row of a form field: the box, and the label standing in for it.
    QWidget *choiceRow(QComboBox *box, QLabel *text);
    // A checkbox with the line under it that says what the duty permits.
    QWidget *dutyRow(QCheckBox *box, const QString &explanation, const QString &name);

    const Database &m_db;
    const PolicyProfile &m_profile;
    const AuditTrail &m_audit;
    const Session *m_creator;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QComboBox *m_node;
    QLabel *m_roleText;
    QLabel *m_nodeText;
    QCheckBox *m_certify;
    QCheckBox *m_approver;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    User m_created;
};

} // namespace certdesk
