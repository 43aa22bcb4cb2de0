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
