#pragma once

// JSON answers of the HTTP handlers (docs/sync-protocol.md, "Errors"), shared
// by the files that implement UpstreamServer's routes.
#include "redaction.h"
#include "sync/protocolfields.h"
#include "upstreamstore.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace certdesk
{
namespace http
{
constexpr qint64 MaxJsonBody = 8 << 20;

inline void sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    // With the charset named, cpp-httplib leaves the body uncompressed: Debian's
    // build answers "Accept-Encoding: br" (which Qt sends) with Brotli at its
    // slowest quality, 25 s of server time for a 100,000-person pull.
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json; charset=utf-8");
}

inline void sendError(httplib::Response &res, int status, const QString &code,
                      const QString &message)
{
    sendJson(res, status, {{ProtocolField::error, code}, {ProtocolField::message, message}});
}

inline std::optional<QJsonObject> parseObject(const httplib::Request &req, httplib::Response &res)
{
    if (qint64(req.body.size()) > MaxJsonBody) {
        sendError(res, 413, QStringLiteral("too-large"),
                  QStringLiteral("A JSON body is at most 8 MiB."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        sendError(res, 400, QStringLiteral("malformed-json"),
                  QStringLiteral("The body is not JSON: %1 at offset %2.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        sendError(res, 400, QStringLiteral("malformed-json"),
                  QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

// This thread's connection to the store, or a 503 answer (the failure goes to
// the log without SQL text or ID numbers).
inline std::optional<QSqlDatabase> connectionOr503(const UpstreamStore &store,
                                                   httplib::Response &res, const QString &where)
{
    QString error;
    QSqlDatabase db = store.connection(&error);
    if (db.isValid())
        return db;
    sendError(res, 503, QStringLiteral("unavailable"), Redaction::storeFailure(where, error));
    return std::nullopt;
}

// What a route's work inside its write transaction answers: 200 commits and
// sends `body`; anything else rolls back and sends the error.
struct RouteAnswer {
    int status = 200;
    QString code;
    QString message;
    QJsonObject body;
};

// Runs `work` in one write transaction of this thread's connection, under the
// store's write lock: 503 when the store cannot be reached or begun, 500 (the
// failure logged without SQL or ID numbers) when `work` or the commit sets the
// error.
inline void writeRoute(const UpstreamStore &store, httplib::Response &res, const QString &where,
                       const std::function<RouteAnswer(QSqlDatabase &db, QString *error)> &work)
{
    auto connection = connectionOr503(store, res, where);
    if (!connection)
        return;
    QSqlDatabase db = *connection;
    QString error;
    std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
    if (!store.begin(db, &error))
        return sendError(res, 503, QStringLiteral("unavailable"),
                         Redaction::storeFailure(where, error));
    const RouteAnswer answer = work(db, &error);
    if (!error.isEmpty() || (answer.status == 200 && !UpstreamStore::commit(db, &error))) {
        UpstreamStore::rollback(db);
        return sendError(res, 500, QStringLiteral("server-error"),
                         Redaction::storeFailure(where, error));
    }
    if (answer.status != 200) {
        UpstreamStore::rollback(db);
        return sendError(res, answer.status, answer.code, answer.message);
    }
    sendJson(res, 200, answer.body);
}

inline qint64 queryNumber(const httplib::Request &req, const char *name, bool *present, bool *ok)
{
    *present = req.has_param(name);
    *ok = true;
    if (!*present)
        return 0;
    return QString::fromStdString(req.get_param_value(name)).toLongLong(ok);
}
} // namespace http
} // namespace certdesk
