#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk
{

class AuditTrail;
class Session;

// What personal data may show where. Every screen, export and print that shows
// an ID number, a phone or an address goes through here, so the rule lives in
// one place:
//  - ID numbers are masked (370202********123X) unless the role allows the full
//    number AND the user asked for it (revealed = true) - a reveal that
//    requestReveal() has written to the audit trail;
//  - public notices (公示) never show full ID numbers, phones or addresses,
//    whatever the role.
class Privacy
{
    Q_DECLARE_TR_FUNCTIONS(Privacy)
public:
    enum class Audience { Screen, Export, Print, PublicNotice };

    static QString idNumber(const QString &canonical, const Session &session, bool revealed,
                            Audience audience);
    static QString phone(const QString &phone, Audience audience);     // public notice: 138****5678
    static QString address(const QString &address, Audience audience); // public notice: empty

    // The user asks to see a full number: refused (with *error) when the role does
    // not allow it; otherwise logged (what, whose, where from) and allowed. False
    // also when the log cannot be written - no reveal without its trace.
    static bool requestReveal(const AuditTrail &audit, const Session &session,
                              const QString &canonicalId, const QString &context,
                              QString *error = nullptr);
};

} // namespace certdesk
