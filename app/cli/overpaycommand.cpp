#include "clicommon.h"

#include "domain/money.h"

#include <QJsonObject>

namespace certdesk
{

int cli::runOverpay(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Months and amount overpaid after a death or imprisonment: benefits are due "
                       "up to and including the event's month."));
    p.addOptions({
        {QStringLiteral("monthly-fen"), QStringLiteral("monthly benefit in fen"),
         QStringLiteral("N")},
        {QStringLiteral("event"), QStringLiteral("date of death or imprisonment"),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("paid-through"), QStringLiteral("last month paid"),
         QStringLiteral("YYYY-MM")},
    });
    if (!parse(p, args))
        return 2;
    if (!requireOptions(p, QStringLiteral("overpay"),
                        {QStringLiteral("monthly-fen"), QStringLiteral("event"),
                         QStringLiteral("paid-through")}))
        return 2;
    bool ok = false;
    const qint64 monthly = p.value(QStringLiteral("monthly-fen")).toLongLong(&ok);
    if (!ok || monthly <= 0) {
        printError(QStringLiteral("--monthly-fen: '%1' is not a positive whole number of fen")
                       .arg(p.value(QStringLiteral("monthly-fen"))));
        return 2;
    }
    QDate event, paidThrough;
    if (!parseDate(p.value(QStringLiteral("event")), QStringLiteral("event"), &event) ||
        !parseMonth(p.value(QStringLiteral("paid-through")), QStringLiteral("paid-through"),
                    &paidThrough))
        return 2;
    const Overpayment o = Overpayment::compute(Money(monthly), event, paidThrough);
    auto month = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(QStringLiteral("yyyy-MM"))) : QJsonValue();
    };
    printJson({{QStringLiteral("event"), event.toString(Qt::ISODate)},
               {QStringLiteral("paidThrough"), paidThrough.toString(QStringLiteral("yyyy-MM"))},
               {QStringLiteral("firstMonth"), month(o.firstMonth)},
               {QStringLiteral("lastMonth"), month(o.lastMonth)},
               {QStringLiteral("months"), o.months},
               {QStringLiteral("amountFen"), o.amount.fen()},
               {QStringLiteral("amountYuan"), o.amount.toYuanString()}});
    return 0;
}

} // namespace certdesk
