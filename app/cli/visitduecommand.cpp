#include "clicommon.h"

#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk
{

int cli::runVisitDue(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Due date of a home visit, counted in working days after the request "
                       "(national holidays and make-up working days, and the profile's regional "
                       "days off)."));
    p.addOption({QStringLiteral("profile"),
                 QStringLiteral("policy profile whose calendar and deadline apply: %1")
                     .arg(PolicyProfile::builtinIds().join(QStringLiteral(", "))),
                 QStringLiteral("P"), PolicyProfile::defaultId()});
    p.addOption({QStringLiteral("requested"), QStringLiteral("date the visit was requested"),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("days"),
                 QStringLiteral("working days allowed (default: the profile's; Urumqi 5)"),
                 QStringLiteral("N")});
    if (!parse(p, args))
        return 2;
    QDate requested;
    if (!p.isSet(QStringLiteral("requested"))) {
        printError(QStringLiteral("visit-due: --requested is required"));
        return 2;
    }
    if (!parseDate(p.value(QStringLiteral("requested")), QStringLiteral("requested"), &requested))
        return 2;
    QString error;
    const auto profile = PolicyProfile::builtin(p.value(QStringLiteral("profile")), &error);
    if (!profile) {
        printError(error);
        return 2;
    }
    bool ok = false;
    int days = p.value(QStringLiteral("days")).toInt(&ok);
    if (!p.isSet(QStringLiteral("days"))) {
        // UR 七(三): 5 working days; the other seeds set no deadline for a home visit.
        if (!profile->homeVisitWorkingDays()) {
            printError(QStringLiteral("visit-due: the home-visit deadline is not set by the rules "
                                      "of %1; give --days")
                           .arg(profile->id()));
            return 2;
        }
        days = *profile->homeVisitWorkingDays();
        ok = true;
    }
    if (!ok || days < 0 || days > 366) {
        printError(QStringLiteral("--days: '%1' is not a number between 0 and 366")
                       .arg(p.value(QStringLiteral("days"))));
        return 2;
    }
    QList<int> uncovered;
    const QDate due = profile->calendar().addWorkingDays(requested, days, &uncovered);
    QJsonArray years;
    for (int y : std::as_const(uncovered)) {
        years.append(y);
        printError(QStringLiteral("warning: the holiday calendar does not cover %1; only weekends "
                                  "were treated as days off. "
                                  "Update the calendar.")
                       .arg(y));
    }
    QJsonObject o{{QStringLiteral("requested"), requested.toString(Qt::ISODate)},
                  {QStringLiteral("days"), days},
                  {QStringLiteral("due"), due.toString(Qt::ISODate)}};
    if (!years.isEmpty())
        o.insert(QStringLiteral("uncoveredYears"), years);
    printJson(o);
    return 0;
}

} // namespace certdesk
