#include "admincommon.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace certdesk
{

void AdminCommon::printError(const QString &message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(message));
}

void AdminCommon::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

std::optional<UpstreamStore> AdminCommon::openStore(const QHash<QString, QString> &options,
                                                    const QStringList &required)
{
    for (const QString &name : required) {
        if (options.value(name).isEmpty()) {
            printError(QStringLiteral("--%1 is required").arg(name));
            return std::nullopt;
        }
    }
    QString error;
    auto store = UpstreamStore::open(options.value(QStringLiteral("db")), &error);
    if (!store || !store->createSchema(&error)) {
        printError(error);
        return std::nullopt;
    }
    return store;
}

} // namespace certdesk
