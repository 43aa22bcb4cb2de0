#pragma once

// What every admin command of certdesk-upstream shares: opening the store,
// printing JSON and errors (without SQL text or full ID numbers), one write
// transaction.
#include "redaction.h"
#include "upstreamstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <cstdio>
#include <optional>

namespace certdesk
{
namespace CommandSupport
{
inline void printError(const QString &message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(Redaction::withoutSql(message)));
}

inline void printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

// Checks the options a command needs and opens (and creates) the store.
inline std::optional<UpstreamStore> openStore(const QHash<QString, QString> &options,
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

// Runs `work` in one write transaction; prints the error and returns 1 on failure.
template <typename Work> int writeTransaction(const UpstreamStore &store, Work work)
{
    QString error;
    QSqlDatabase db = store.connection(&error);
    if (!db.isValid()) {
        printError(error);
        return 1;
    }
    std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
    if (!store.begin(db, &error)) {
        printError(error);
        return 1;
    }
    if (!work(db, &error) || !UpstreamStore::commit(db, &error)) {
        UpstreamStore::rollback(db);
        printError(error);
        return 1;
    }
    return 0;
}
} // namespace CommandSupport
} // namespace certdesk
