#pragma once

#include <QDialog>

class QTableWidget;

namespace certdesk
{

class AuditTrail;
class Database;
class PolicyProfile;
class Session;

// The district administrator's account list: create users, reset a password,
// deactivate or reactivate an account. Every change is audited.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(const Database &db, const PolicyProfile &profile, const Session &session,
                const AuditTrail &audit, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void reload();
    void newUser();
    void resetPassword();
    void toggleActive();

private:
    qint64 selectedId() const;
    static QString dutyName(const QString &key); // "certify" -> "records checks"

    const Database &m_db;
    const PolicyProfile &m_profile;
    const Session &m_session;
    const AuditTrail &m_audit;
    QTableWidget *m_table;
};

} // namespace certdesk
