// USB packages (docs/sync-protocol.md, "USB packages"): import-package takes a
// device's outbox exactly like a push over HTTP; export-roster writes what a
// pull would return for a device.
#include "admincommands.h"
#include "commandsupport.h"
#include "eventingest.h"
#include "evidencevault.h"
#include "sync/protocolfields.h"
#include "sync/syncpackage.h"
#include "upstreamstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>

namespace certdesk
{

using namespace CommandSupport;

namespace
{
// The device's key and its user as a caller; nullopt with *error when unknown.
std::optional<Caller> deviceCaller(QSqlDatabase &db, const QString &device, QByteArray *deviceKey,
                                   QString *error)
{
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("SELECT d.device_key, d.user_name, u.display_name, u.role, "
                                  "u.scope_code, b.revoked_at FROM device d "
                                  "JOIN users u ON u.name = d.user_name LEFT JOIN device_binding "
                                  "b ON b.device = d.id WHERE d.id = ?"),
                   {device}, error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("device %1 has never signed in to this server, so it has no key")
                     .arg(device);
        return std::nullopt;
    }
    // A revoked device's packages are refused like its sign-ins (issue 16 point 2).
    if (!q.value(5).isNull() && !q.value(5).toString().isEmpty()) {
        *error = QStringLiteral("device %1 was revoked on %2; its packages are not taken")
                     .arg(device, q.value(5).toString());
        return std::nullopt;
    }
    *deviceKey = QByteArray::fromBase64(q.value(0).toString().toLatin1());
    Caller caller{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), device, {}};
    const auto scope = UpstreamStore::scopeOf(db, q.value(4).toString());
    if (!scope) {
        *error = QStringLiteral("the user's node %1 is not in the jurisdiction tree")
                     .arg(q.value(4).toString());
        return std::nullopt;
    }
    caller.scope = *scope;
    return caller;
}
} // namespace

int AdminCommands::importPackage(const QHash<QString, QString> &o)
{
    auto store =
        openStore(o, {QStringLiteral("db"), QStringLiteral("evidence"), QStringLiteral("file")});
    if (!store)
        return 1;
    const QString path = o.value(QStringLiteral("file"));
    QString error;
    const auto manifest = SyncPackage::peekManifest(path, &error);
    if (!manifest) {
        printError(error);
        return 1;
    }
    QSqlDatabase db = store->connection(&error);
    if (!db.isValid()) {
        printError(error);
        return 1;
    }
    QByteArray deviceKey, publicKey, secretKey;
    const auto caller =
        deviceCaller(db, manifest->value(QStringLiteral("device")).toString(), &deviceKey, &error);
    if (!caller || !serverKeyPair(*store, &publicKey, &secretKey, &error)) {
        printError(error);
        return 1;
    }
    QTemporaryDir out;
    const auto content =
        SyncPackage::readOutbox(path, deviceKey, publicKey, secretKey, out.path(), &error);
    if (!content) {
        printError(QStringLiteral("package refused, nothing stored: %1").arg(error));
        return 1;
    }
    EvidenceVault vault(*store, o.value(QStringLiteral("evidence")));
    for (auto it = content->evidenceFiles.cbegin(); it != content->evidenceFiles.cend(); ++it) {
        if (!vault.storeFile(it.key(), it.value(), caller->user, &error)) {
            printError(error);
            return 1;
        }
    }
    const EventIngest ingest(*store, vault);
    const EventIngest::Outcome outcome = ingest.push(*caller, content->pushBody);
    if (outcome.status != 200) {
        printError(QStringLiteral("%1: %2").arg(outcome.error, outcome.message));
        return 1;
    }
    const QByteArray results = QJsonDocument(outcome.body).toJson(QJsonDocument::Indented);
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    {
        std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
        QSqlQuery q(db);
        if (store->begin(db, &error)) {
            if (execQuery(
                    q,
                    QStringLiteral(
                        "INSERT INTO package_import (file_sha256, device, imported_at, results) "
                        "VALUES (?, ?, ?, ?)"),
                    {QString::fromLatin1(hash.result().toHex()), caller->device,
                     UpstreamStore::nowIso(),
                     QString::fromUtf8(QJsonDocument(outcome.body).toJson(QJsonDocument::Compact))},
                    &error))
                UpstreamStore::commit(db, &error);
            else
                UpstreamStore::rollback(db);
        }
    }
    // The result list beside the package, for the office that carried it.
    QFile beside(path + QStringLiteral(".results.json"));
    if (beside.open(QIODevice::WriteOnly | QIODevice::Truncate))
        beside.write(results);
    std::fputs(results.constData(), stdout);
    return 0;
}

int AdminCommands::exportRoster(const QHash<QString, QString> &o)
{
    auto store =
        openStore(o, {QStringLiteral("db"), QStringLiteral("device"), QStringLiteral("out")});
    if (!store)
        return 1;
    bool ok = true;
    const qint64 since = o.value(QStringLiteral("since"), QStringLiteral("0")).toLongLong(&ok);
    if (!ok || since < 0) {
        printError(QStringLiteral("--since: a change number >= 0"));
        return 2;
    }
    QString error;
    QSqlDatabase db = store->connection(&error);
    QByteArray deviceKey;
    const auto caller =
        db.isValid() ? deviceCaller(db, o.value(QStringLiteral("device")), &deviceKey, &error)
                     : std::nullopt;
    if (!caller) {
        printError(error);
        return 1;
    }
    const auto page = changesSince(db, caller->scope, since, 0, &error);
    if (!page || !SyncPackage::writeRoster(o.value(QStringLiteral("out")), caller->device,
                                           caller->scope.code, since, page->next, page->changes(),
                                           deviceKey, &error)) {
        printError(error);
        return 1;
    }
    const QJsonObject summary{{QStringLiteral("out"), o.value(QStringLiteral("out"))},
                              {ProtocolField::device, caller->device},
                              {ProtocolField::scope, caller->scope.code},
                              {ProtocolField::since, since},
                              {ProtocolField::next, page->next},
                              {ProtocolField::changes, page->size()}};
    std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

} // namespace certdesk
