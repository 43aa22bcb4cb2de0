#pragma once

#include "domain/benefitlifecycle.h"
#include "store/recipient.h"
#include "verification/verificationevent.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>

#include "domain/policyprofile.h"

namespace certdesk
{

// A pulled event (a check or a payment step recorded on another device) as
// the rules see it, and whether this device's rules accept it (issue 16, point
// 1): the same rule code that recording here runs — VerificationService's
// rules for checks, BenefitLifecycle's state machine and the back-pay amount
// for payment steps. The server is not trusted to have checked: an event that
// breaks a rule is not applied (ChangeApplier keeps it aside and reports it).
class PulledEventCheck
{
    Q_DECLARE_TR_FUNCTIONS(PulledEventCheck)
public:
    // `today`: this device's date. A check dated up to one day after it is
    // accepted, since the other device's clock and time zone may be ahead.
    PulledEventCheck(const PolicyProfile &profile, const QDate &today);

    // The event decoded strictly: unknown keys and unreadable dates are refused
    // (the store's readers would otherwise fall back to defaults).
    std::optional<VerificationEvent> decodeCheck(const QJsonObject &event, QString *why) const;
    std::optional<LifecycleEvent> decodeStep(const QJsonObject &event, QString *why) const;

    // Why the rules refuse the check for `person`; empty when it may be applied.
    QString checkProblem(const QJsonObject &event, const Recipient &person) const;
    // Why the rules refuse the payment step after the person's steps so far
    // (`state`); empty when it may be applied.
    QString stepProblem(const QJsonObject &event, const Recipient &person,
                        const LifecycleState &state) const;

    // The back pay a resumption carries is the suspended months times the
    // person's recorded monthly amount (QD 26, ZB 四(二)4, UR 八(一): 补发 of what
    // was withheld, no more); empty when it is.
    static QString backPayProblem(const LifecycleEvent &step, const Recipient &person,
                                  const LifecycleState &state);

private:
    const PolicyProfile &m_profile;
    QDate m_today;
};

} // namespace certdesk
