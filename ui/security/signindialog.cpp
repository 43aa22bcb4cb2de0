#include "security/signindialog.h"

#include "security/audittrail.h"
#include "security/userrepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk
{

SignInDialog::SignInDialog(const Database &db, const PolicyProfile &profile,
                           const AuditTrail &audit, Mode mode, const QString &username,
                           QWidget *parent)
    : QDialog(parent), m_db(db), m_profile(profile), m_audit(audit), m_mode(mode),
      m_username(new QLineEdit(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(mode == Mode::Unlock ? QStringLiteral("unlockDialog")
                                       : QStringLiteral("signInDialog"));
    setWindowTitle(mode == Mode::Unlock ? tr("CertDesk is locked") : tr("Sign in to CertDesk"));
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setText(username);
    m_username->setReadOnly(mode == Mode::Unlock);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(mode == Mode::Unlock ? tr("&Unlock") : tr("&Sign in"),
                       QDialogButtonBox::AcceptRole);
    // A locked window offers no way back in but the password; quitting is allowed.
    buttons->addButton(mode == Mode::Unlock ? tr("&Quit CertDesk") : tr("Cancel"),
                       QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_mode == Mode::Unlock)
            QApplication::quit();
        else
            QDialog::reject();
    });
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Unlock)
        layout->addWidget(new QLabel(
            tr("The screen was locked. Enter the password of %1 to go on.").arg(username), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->text();
}

void SignInDialog::accept()
{
    QString error;
    const QString name = m_username->text().trimmed();
    const auto user =
        UserRepository(m_db, m_profile).authenticate(name, m_password->text(), &error);
    m_password->clear();
    QString ignored;
    if (!user) {
        User attempted;
        attempted.username = name;
        m_audit.record(Session(attempted, Session::machineName()), AuditAction::SignInFailed, name,
                       QString(), &ignored);
        m_error->setText(error);
        return;
    }
    const Session session(*user, Session::machineName());
    if (!m_audit.record(session, m_mode == Mode::Unlock ? AuditAction::Unlock : AuditAction::SignIn,
                        name, QString(), &error)) {
        // No entry, no way in: the trail must show who is working.
        m_error->setText(error);
        return;
    }
    m_session = session;
    QDialog::accept();
}

void SignInDialog::reject()
{
    if (m_mode != Mode::Unlock) // Escape does not unlock
        QDialog::reject();
}

} // namespace certdesk
