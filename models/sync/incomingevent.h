#pragma once

#include "domain/benefitlifecycle.h"
#include "domain/policyprofile.h"
#include "store/recipient.h"
#include "verification/verificationevent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace certdesk
{

// An event that was recorded on another machine (pushed to the server, or
// pulled by a desk), read from its protocol JSON (docs/sync-protocol.md, "Event
// kinds") into the types the desk records, and checked with the same rules the
// desk applies when it records one (issue 16: the same rules on both sides):
// VerificationService's check rules, BenefitLifecycle's state machine and
// StepAmounts. Pure: the caller supplies the person, the steps before this one,
// the profile of the person's region and today's date.
class IncomingEvent
{
    Q_DECLARE_TR_FUNCTIONS(IncomingEvent)
public:
    // Every string of the event: no control characters; the names (worker,
    // actor, approvedBy, objector) without markup. Empty when fine.
    static QString textProblem(const QJsonObject &event);

    // A `verification` event; nullopt with *problem naming the field.
    static std::optional<VerificationEvent> verification(const QJsonObject &event,
                                                         QString *problem);
    // A `lifecycle` event; nullopt with *problem naming the field.
    static std::optional<LifecycleEvent> lifecycle(const QJsonObject &event, QString *problem);
    // A person from a `recipient` change's data (the roster row).
    static Recipient person(const QJsonObject &rosterData);

    // The rule a check breaks for `person`, or empty. The evidence files are
    // not looked at (the server counts them itself; a desk fetches them later).
    static QString checkProblem(const VerificationEvent &e, const Recipient &person,
                                const PolicyProfile &profile, const QDate &today);
    // The rule a payment step breaks after the steps that came `before` it, or
    // empty: the state machine, the amounts from the person's monthly amount,
    // no date in the future. `history`: the monthly amounts in force month by
    // month (StepAmounts::problem), when known.
    static QString stepProblem(const LifecycleState &before, const LifecycleEvent &e,
                               const Recipient &person, const QDate &today,
                               const QMap<QDate, Money> &history = {});
    // A resumption's back pay covers no more months than the suspension withheld.
    static QString backPayBound(const LifecycleState &before, const LifecycleEvent &e);
    // The order in which a person's steps are replayed: step date, then when
    // it was recorded (LifecycleEventRows::order() on a desk).
    static bool stepsInOrder(const LifecycleEvent &a, const LifecycleEvent &b);
};

} // namespace certdesk
