#include "signinthrottle.h"

#include "audittrail.h"
#include "logging.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

int SignInThrottle::delayAfter(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = qMin(failures - FreeAttempts, 10);
    return qMin(FirstDelaySeconds << doublings, MaxDelaySeconds);
}

int SignInThrottle::failures(const QString &username) const
{
    return failures(username, nullptr);
}

int SignInThrottle::failures(const QString &username, QDateTime *latest) const
{
    if (username.isEmpty())
        return 0;
    QSqlQuery q(m_audit.database().connection());
    q.prepare(QStringLiteral(
        "SELECT count(*), max(at) FROM audit_log WHERE username = ? AND action = ? AND id > "
        "coalesce((SELECT max(id) FROM audit_log WHERE username = ? AND action IN (?, ?)), 0)"));
    for (const QString &v :
         {username, AuditTrail::actionKey(AuditAction::SignInFailed), username,
          AuditTrail::actionKey(AuditAction::SignIn), AuditTrail::actionKey(AuditAction::Unlock)})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "failed sign-ins not counted:" << q.lastError().text();
        return 0;
    }
    if (latest)
        *latest = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    return q.value(0).toInt();
}

int SignInThrottle::secondsToWait(const QString &username) const
{
    QDateTime latest;
    const int n = failures(username, &latest);
    const int delay = delayAfter(n);
    if (delay == 0 || !latest.isValid())
        return 0;
    const qint64 passed = latest.secsTo(m_audit.now());
    return int(qBound(qint64(0), qint64(delay) - passed, qint64(delay)));
}

} // namespace certdesk
