#include "clicommon.h"

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

} // namespace cli
