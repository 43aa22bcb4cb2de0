#include "clicommon.h"

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
                       "(national holidays and make-up working days)."));
    p.addOption({QStringLiteral("requested"), QStringLiteral("date the visit was requested"),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("days"), QStringLiteral("working days allowed (Urumqi: 5)"),
                 QStringLiteral("N"), QStringLiteral("5")});
    if (!parse(p, args))
        return 2;
    QDate requested;
    if (!p.isSet(QStringLiteral("requested"))) {
        printError(QStringLiteral("visit-due: --requested is required"));
        return 2;
    }
    if (!parseDate(p.value(QStringLiteral("requested")), QStringLiteral("requested"), &requested))
        return 2;
    bool ok = false;
    const int days = p.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 0 || days > 366) {
        printError(QStringLiteral("--days: '%1' is not a number between 0 and 366")
                       .arg(p.value(QStringLiteral("days"))));
        return 2;
    }
    QList<int> uncovered;
    const QDate due = WorkingCalendar::builtin().addWorkingDays(requested, days, &uncovered);
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
