#pragma once

#include "security/session.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace certdesk
{

class AuditTrail;
class Database;
class PolicyProfile;

// Sign-in at start, and the lock screen's unlock (the same user only; it cannot
// be dismissed, only unlocked or the program quit). Every attempt, right or
// wrong, goes to the audit trail.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { SignIn, Unlock };
    SignInDialog(const Database &db, const PolicyProfile &profile, const AuditTrail &audit,
                 Mode mode, const QString &username = QString(), QWidget *parent = nullptr);

    std::optional<Session> session() const { return m_session; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QString errorText() const;
    QPushButton *signInButton() const { return m_signIn; }
    // After three wrong passwords in a row for the name typed: the seconds left
    // before the next try (SignInThrottle); the button waits and a countdown shows.
    int secondsToWait() const { return m_wait; }
    // Re-reads the wait for the name typed (each second while waiting, and when
    // the name changes).
    void updateWait();

    void accept() override; // checks the password; stays open when wrong
    void reject() override; // ignored when unlocking

private:
    const Database &m_db;
    const PolicyProfile &m_profile;
    const AuditTrail &m_audit;
    Mode m_mode;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QTimer *m_countdown;
    int m_wait = 0;
    QString m_lastError; // the last wrong-password message, shown above the countdown
    std::optional<Session> m_session;
};

} // namespace certdesk
