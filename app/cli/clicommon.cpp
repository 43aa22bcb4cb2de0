#include "clicommon.h"

#include "store/database.h"
#include "store/jurisdictionrepository.h"
#include "store/worklistquery.h"

#include <QJsonDocument>
#include <cstdio>

namespace cli {

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

void printError(const QString &message)
{
    const QByteArray text = message.toUtf8();
    std::fprintf(stderr, "certdesk-cli: %s\n", text.constData());
}

bool parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        std::exit(0);
    }
    return true;
}

bool parseDate(const QString &value, const QString &option, QDate *out)
{
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10) {
        printError(QStringLiteral("--%1: '%2' is not a date in the form YYYY-MM-DD").arg(option, value));
        return false;
    }
    *out = d;
    return true;
}

bool todayOption(const QCommandLineParser &parser, QDate *out)
{
    if (!parser.isSet(QStringLiteral("today"))) {
        *out = QDate::currentDate();
        return true;
    }
    return parseDate(parser.value(QStringLiteral("today")), QStringLiteral("today"), out);
}

QString isoOrNull(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

bool scopeFor(const Database &db, const QString &code, Scope *scope)
{
    JurisdictionRepository jurisdictions(db);
    if (!code.isEmpty()) {
        const auto node = jurisdictions.find(code);
        if (!node) {
            printError(QStringLiteral("--node: no jurisdiction with code '%1' in %2").arg(code, db.path()));
            return false;
        }
        *scope = {node->level, node->code};
        return true;
    }
    QList<JurisdictionNode> districts;
    for (const JurisdictionNode &n : jurisdictions.all()) {
        if (n.level == JurisdictionNode::District)
            districts << n;
    }
    if (districts.size() == 1)
        *scope = {districts.first().level, districts.first().code};
    return true;
}

bool parseMonth(const QString &value, QDate *out)
{
    const QDate d = QDate::fromString(value + QStringLiteral("-01"), Qt::ISODate);
    if (value.size() != 7 || !d.isValid()) {
        printError(QStringLiteral("--month: '%1' is not a month in the form YYYY-MM").arg(value));
        return false;
    }
    *out = d;
    return true;
}

} // namespace cli
