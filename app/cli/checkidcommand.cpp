#include "clicommon.h"

#include "domain/idnumber.h"

#include <QJsonObject>

namespace certdesk
{

int cli::runCheckId(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Validate resident ID numbers (GB 11643-1999); one JSON line each. "
                       "Exit code 1 when any number is invalid."));
    p.addOption({QStringLiteral("today"), QStringLiteral("date for the age (default: today)"),
                 QStringLiteral("YYYY-MM-DD")});
    p.addPositionalArgument(QStringLiteral("NUMBER"), QStringLiteral("ID numbers to check"),
                            QStringLiteral("NUMBER..."));
    if (!parse(p, args))
        return 2;
    QDate today;
    if (!todayOption(p, &today))
        return 2;
    if (p.positionalArguments().isEmpty()) {
        printError(QStringLiteral("check-id: give at least one NUMBER"));
        return 2;
    }
    int invalid = 0;
    for (const QString &input : p.positionalArguments()) {
        const IdNumber id = IdNumber::parse(input);
        QJsonObject o{{QStringLiteral("input"), input}, {QStringLiteral("valid"), id.isValid()}};
        if (id.isValid()) {
            o.insert(QStringLiteral("canonical"), id.canonical());
            o.insert(QStringLiteral("birth"), id.birthDate().toString(Qt::ISODate));
            o.insert(QStringLiteral("sex"),
                     id.sex() == IdNumber::Sex::Female ? QStringLiteral("F") : QStringLiteral("M"));
            o.insert(QStringLiteral("age"), id.ageOn(today));
        } else {
            ++invalid;
            o.insert(QStringLiteral("reason"), id.reason());
            o.insert(QStringLiteral("error"), id.errorKey());
            if (id.error() == IdNumber::Error::CheckCharacter)
                o.insert(QStringLiteral("expected"), QString(id.expectedCheck()));
        }
        printJson(o);
    }
    return invalid ? 1 : 0;
}

} // namespace certdesk
