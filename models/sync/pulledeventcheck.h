#pragma once

#include "domain/benefitlifecycle.h"
#include "domain/policyprofile.h"
#include "store/recipient.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace certdesk
{

// Whether this device's rules accept a pulled event (a check or a payment step
// recorded on another device; issue 16, point 1). The server is not trusted to
// have checked: an event that breaks a rule is not applied (ChangeApplier keeps
// it aside and reports it). The reading and the rules are IncomingEvent's, the
// same the district server runs on a pushed event.
class PulledEventCheck
{
public:
    // `today`: this device's date. A check dated up to one day after it is
    // accepted, since the other device's clock and time zone may be ahead.
    PulledEventCheck(const PolicyProfile &profile, const QDate &today);

    // Why the rules refuse the check for `person`; empty when it may be applied.
    QString checkProblem(const QJsonObject &event, const Recipient &person) const;
    // Why the rules refuse the payment step after the person's steps so far
    // (`state`); empty when it may be applied.
    QString stepProblem(const QJsonObject &event, const Recipient &person,
                        const LifecycleState &state) const;

private:
    const PolicyProfile &m_profile;
    QDate m_today;
};

} // namespace certdesk
