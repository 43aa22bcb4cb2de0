#pragma once

#include <QDateTime>
#include <QString>

namespace certdesk
{

class AuditTrail;

// Wrong passwords in a row for one user name, counted from the audit trail (every
// attempt is in it, RULES.md §6) since that name's last successful sign-in or
// unlock. From the third one on, the next attempt waits: 30 seconds, doubling
// with each further wrong password, at most 15 minutes. Kept in the database,
// so neither a new sign-in window nor a restart of the program skips the wait.
class SignInThrottle
{
public:
    static constexpr int FreeAttempts = 3;
    static constexpr int FirstDelaySeconds = 30;
    static constexpr int MaxDelaySeconds = 15 * 60;

    explicit SignInThrottle(const AuditTrail &audit) : m_audit(audit) {}

    // Wrong passwords for `username` since its last sign-in or unlock.
    int failures(const QString &username) const;
    // Seconds to wait before the next attempt may be made (0: now), on the trail's clock.
    int secondsToWait(const QString &username) const;
    // The wait after `failures` wrong passwords in a row.
    static int delayAfter(int failures);

private:
    // The count and the time of the latest failure.
    int failures(const QString &username, QDateTime *latest) const;

    const AuditTrail &m_audit;
};

} // namespace certdesk
