#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace certdesk
{

class AuditTrail;
class Database;
class IdleLock;
class PolicyProfile;
class Session;

// The Account menu: lock the screen now, the idle-lock timeout, user
// management (administrators) and the audit trail (auditors, administrators).
// Owns the idle lock. Kept apart from MainWindow so that stays a thin composition.
class SecurityActions : public QObject
{
    Q_OBJECT
public:
    SecurityActions(QMainWindow *window, const Database &db, const PolicyProfile &profile,
                    const Session &session, const AuditTrail &audit);
    void addTo(QMenu *menu);
    IdleLock *idleLock() const { return m_lock; }
    void showUsers();
    void showAudit();
    void setLockMinutes();

private:
    QMainWindow *m_window;
    const Database &m_db;
    const PolicyProfile &m_profile;
    const Session &m_session;
    const AuditTrail &m_audit;
    IdleLock *m_lock;
};

} // namespace certdesk
