#include "privacy.h"

#include "audittrail.h"
#include "domain/idnumber.h"
#include "session.h"

namespace certdesk
{

QString Privacy::idNumber(const QString &canonical, const Session &session, bool revealed,
                          Audience audience)
{
    const bool full =
        revealed && audience != Audience::PublicNotice && session.allows(Action::RevealIdNumber);
    return full ? canonical : IdNumber::mask(canonical);
}

QString Privacy::phone(const QString &phone, Audience audience)
{
    if (audience != Audience::PublicNotice || phone.size() < 7)
        return audience == Audience::PublicNotice ? QString(phone.size(), QLatin1Char('*')) : phone;
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

QString Privacy::address(const QString &address, Audience audience)
{
    return audience == Audience::PublicNotice ? QString() : address;
}

bool Privacy::requestReveal(const AuditTrail &audit, const Session &session,
                            const QString &canonicalId, const QString &context, QString *error)
{
    if (!session.allows(Action::RevealIdNumber)) {
        if (error)
            *error = session.refusal(Action::RevealIdNumber);
        return false;
    }
    return audit.record(session, AuditAction::RevealIdNumber, IdNumber::mask(canonicalId), context,
                        error);
}

} // namespace certdesk
