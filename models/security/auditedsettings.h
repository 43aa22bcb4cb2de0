#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk
{

class AuditTrail;
class Database;
class Session;

// Database settings changed by a user: refused unless the role may change
// settings; the new value and its audit entry (key, old -> new) are written in
// one transaction.
class AuditedSettings
{
    Q_DECLARE_TR_FUNCTIONS(AuditedSettings)
public:
    AuditedSettings(const Database &db, const AuditTrail &audit) : m_db(db), m_audit(audit) {}
    bool set(const Session &session, const QString &key, const QString &value,
             QString *error = nullptr) const;

private:
    const Database &m_db;
    const AuditTrail &m_audit;
};

} // namespace certdesk
