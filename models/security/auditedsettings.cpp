#include "auditedsettings.h"

#include "audittrail.h"
#include "session.h"
#include "store/database.h"

namespace certdesk
{

bool AuditedSettings::set(const Session &session, const QString &key, const QString &value,
                          QString *error) const
{
    if (!session.allows(Action::ChangeSettings)) {
        if (error)
            *error = session.refusal(Action::ChangeSettings);
        return false;
    }
    const QString before = m_db.setting(key);
    return inWriteTransaction(m_db, error, [&] {
        return m_db.setSetting(key, value, error) &&
               m_audit.recordWithin(session, AuditAction::SettingChange, key,
                                    QStringLiteral("%1 -> %2").arg(before, value), error);
    });
}

} // namespace certdesk
