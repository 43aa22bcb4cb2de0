#include "clicommon.h"

#include "domain/ledgerband.h"
#include "domain/serviceperiod.h"

#include <QJsonObject>

namespace certdesk
{

int cli::runPeriod(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Compute a certification service period and its ledger band."));
    p.addOption({QStringLiteral("profile"),
                 QStringLiteral("policy profile: %1")
                     .arg(PolicyProfile::builtinIds().join(QStringLiteral(", "))),
                 QStringLiteral("P"), PolicyProfile::defaultId()});
    p.addOption(
        {QStringLiteral("category"),
         QStringLiteral("enterprise, institution, resident, work-injury, unemployment, dependent"),
         QStringLiteral("C")});
    p.addOption(
        {QStringLiteral("birth"), QStringLiteral("date of birth"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("last-cert"), QStringLiteral("latest certification date"),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("benefit-start"), QStringLiteral("date the benefit was confirmed"),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("months"),
                 QStringLiteral("individual period set by the agency (1 - 24)"),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("today"), QStringLiteral("reference date (default: today)"),
                 QStringLiteral("YYYY-MM-DD")});
    if (!parse(p, args))
        return 2;
    QString error;
    const auto profile = PolicyProfile::builtin(p.value(QStringLiteral("profile")), &error);
    if (!profile) {
        printError(error);
        return 2;
    }
    const auto category = BenefitCategories::fromKey(p.value(QStringLiteral("category")));
    if (!category) {
        printError(QStringLiteral("--category: '%1' is not one of enterprise, institution, "
                                  "resident, work-injury, unemployment, dependent")
                       .arg(p.value(QStringLiteral("category"))));
        return 2;
    }
    PeriodFacts facts;
    facts.category = *category;
    if (!p.isSet(QStringLiteral("birth"))) {
        printError(QStringLiteral("period: --birth is required"));
        return 2;
    }
    if (!parseDate(p.value(QStringLiteral("birth")), QStringLiteral("birth"), &facts.birth))
        return 2;
    if (p.isSet(QStringLiteral("last-cert")) &&
        !parseDate(p.value(QStringLiteral("last-cert")), QStringLiteral("last-cert"),
                   &facts.lastCertification))
        return 2;
    if (p.isSet(QStringLiteral("benefit-start")) &&
        !parseDate(p.value(QStringLiteral("benefit-start")), QStringLiteral("benefit-start"),
                   &facts.benefitStart))
        return 2;
    if (!facts.lastCertification.isValid() && !facts.benefitStart.isValid() &&
        facts.category != BenefitCategory::Dependent) {
        printError(QStringLiteral("period: give --last-cert or --benefit-start"));
        return 2;
    }
    if (p.isSet(QStringLiteral("months"))) {
        bool ok = false;
        facts.individualMonths = p.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || !profile->validateIndividualMonths(facts.individualMonths, &error)) {
            printError(QStringLiteral("--months: %1")
                           .arg(ok ? error
                                   : QStringLiteral("'%1' is not a number")
                                         .arg(p.value(QStringLiteral("months")))));
            return 2;
        }
    }
    QDate today;
    if (!todayOption(p, &today))
        return 2;
    const ServicePeriod period = ServicePeriod::compute(*profile, facts, today);
    const LedgerBand band = LedgerBands::bandFor(period.end, today);
    QJsonObject o{{QStringLiteral("profile"), profile->id()},
                  {QStringLiteral("category"), BenefitCategories::key(facts.category)},
                  {QStringLiteral("today"), today.toString(Qt::ISODate)}};
    o.insert(QStringLiteral("start"), period.applies() && period.start.isValid()
                                          ? QJsonValue(period.start.toString(Qt::ISODate))
                                          : QJsonValue());
    o.insert(QStringLiteral("end"),
             period.applies() ? QJsonValue(period.end.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("band"),
             period.applies() ? QJsonValue(LedgerBands::key(band)) : QJsonValue());
    if (!period.note.isEmpty())
        o.insert(QStringLiteral("note"), period.note);
    printJson(o);
    return 0;
}

} // namespace certdesk
