#include "security/signindialog.h"

#include "security/audittrail.h"
#include "security/signinthrottle.h"
#include "security/userrepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace certdesk
{

SignInDialog::SignInDialog(const Database &db, const PolicyProfile &profile,
                           const AuditTrail &audit, Mode mode, const QString &username,
                           QWidget *parent)
    : QDialog(parent), m_db(db), m_profile(profile), m_audit(audit), m_mode(mode),
      m_username(new QLineEdit(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this)),
      m_countdown(new QTimer(this))
{
    setObjectName(mode == Mode::Unlock ? QStringLiteral("unlockDialog")
                                       : QStringLiteral("signInDialog"));
    setWindowTitle(mode == Mode::Unlock ? tr("CertDesk is locked") : tr("Sign in to CertDesk"));
    m_username->setObjectName(QStringLiteral("username"));
    // The last name signed in with is typed already; the password is what is asked.
    const QString remembered = mode == Mode::SignIn && username.isEmpty()
                                   ? QSettings().value(QStringLiteral("signIn/lastUser")).toString()
                                   : username;
    m_username->setText(remembered);
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
    m_signIn = buttons->addButton(mode == Mode::Unlock ? tr("&Unlock") : tr("&Sign in"),
                                  QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SignInDialog::updateWait);
    connect(m_username, &QLineEdit::textChanged, this, [this] {
        m_lastError.clear();
        m_error->clear();
        updateWait();
    });
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
    (remembered.isEmpty() ? m_username : m_password)->setFocus();
    updateWait();
}

void SignInDialog::updateWait()
{
    m_wait = SignInThrottle(m_audit).secondsToWait(m_username->text().trimmed());
    m_signIn->setEnabled(m_wait == 0);
    if (m_wait == 0) {
        m_countdown->stop();
        if (m_error->text() != m_lastError)
            m_error->setText(m_lastError);
        return;
    }
    const int failures = SignInThrottle(m_audit).failures(m_username->text().trimmed());
    const QString wait =
        tr("%n wrong password(s) in a row: the next try is possible in %1 s.", "", failures)
            .arg(m_wait);
    m_error->setText(
        m_lastError.isEmpty() ? wait : tr("%1\n%2", "error, then the wait").arg(m_lastError, wait));
    if (!m_countdown->isActive())
        m_countdown->start();
}

QString SignInDialog::errorText() const
{
    return m_error->text();
}

void SignInDialog::accept()
{
    QString error;
    const QString name = m_username->text().trimmed();
    updateWait();
    if (m_wait > 0) // the wait after wrong passwords: no attempt, none counted
        return;
    const auto user =
        UserRepository(m_db, m_profile).authenticate(name, m_password->text(), &error);
    m_password->clear();
    QString ignored;
    if (!user) {
        User attempted;
        attempted.username = name;
        m_audit.record(Session(attempted, Session::machineName()), AuditAction::SignInFailed, name,
                       QString(), &ignored);
        // From the second wrong password on, the count shows that something is wrong.
        const int failures = SignInThrottle(m_audit).failures(name);
        m_lastError =
            failures > 1
                ? tr("%1 (attempt %2)", "error, wrong tries in a row").arg(error).arg(failures)
                : error;
        m_error->setText(m_lastError);
        updateWait();
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
    if (m_mode == Mode::SignIn)
        QSettings().setValue(QStringLiteral("signIn/lastUser"), name);
    QDialog::accept();
}

void SignInDialog::reject()
{
    if (m_mode != Mode::Unlock) // Escape does not unlock
        QDialog::reject();
}

} // namespace certdesk
