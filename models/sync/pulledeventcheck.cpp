#include "pulledeventcheck.h"

#include "incomingevent.h"

namespace certdesk
{

PulledEventCheck::PulledEventCheck(const PolicyProfile &profile, const QDate &today)
    : m_profile(profile), m_today(today)
{
}

QString PulledEventCheck::checkProblem(const QJsonObject &event, const Recipient &person) const
{
    QString why = IncomingEvent::textProblem(event);
    if (!why.isEmpty())
        return why;
    const auto e = IncomingEvent::verification(event, &why);
    if (!e)
        return why;
    // The evidence files need not be here yet: they are fetched after the pull.
    return IncomingEvent::checkProblem(*e, person, m_profile, m_today.addDays(1));
}

QString PulledEventCheck::stepProblem(const QJsonObject &event, const Recipient &person,
                                      const LifecycleState &state) const
{
    QString why = IncomingEvent::textProblem(event);
    if (!why.isEmpty())
        return why;
    const auto e = IncomingEvent::lifecycle(event, &why);
    if (!e)
        return why;
    return IncomingEvent::stepProblem(state, *e, person, m_today.addDays(1));
}

} // namespace certdesk
