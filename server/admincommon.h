#pragma once

#include "upstreamstore.h"

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace certdesk
{

// What the certdesk-upstream admin commands share: output, the store, one write
// transaction under the process-wide write mutex.
namespace AdminCommon
{
void printError(const QString &message);
void printJson(const QJsonValue &value);
// Checks the options a command needs and opens (and creates) the store.
std::optional<UpstreamStore> openStore(const QHash<QString, QString> &options,
                                       const QStringList &required);

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
} // namespace AdminCommon

} // namespace certdesk
