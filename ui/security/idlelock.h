#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QMainWindow;

namespace certdesk
{

class AuditTrail;
class Database;
class PolicyProfile;
class Session;
class SignInDialog;

// Locks the window after some idle minutes (laptops leave the office): any key,
// click or wheel in the program restarts the count; on lock the window's
// contents are hidden and only the signed-in user's password unlocks it. Lock
// and unlock are audited. The timeout is the database setting
// "security.lockMinutes" (default 10); CERTDESK_LOCK_SECONDS overrides it (tests,
// demonstrations).
class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(QMainWindow *window, const Database &db, const PolicyProfile &profile,
             const Session &session, const AuditTrail &audit);
    static int defaultTimeoutMs(const Database &db);
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timer.interval(); }
    bool isLocked() const { return !m_dialog.isNull(); }
    SignInDialog *unlockDialog() const;
    void lockNow();

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlocked();

    QMainWindow *m_window;
    const Database &m_db;
    const PolicyProfile &m_profile;
    const Session &m_session;
    const AuditTrail &m_audit;
    QTimer m_timer;
    QPointer<SignInDialog> m_dialog;
    QList<QPointer<QWidget>> m_hidden; // dialogs that were open when the lock came
};

} // namespace certdesk
