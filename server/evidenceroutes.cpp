// The evidence calls of docs/sync-protocol.md ("Evidence"): which files are
// missing, upload state, chunks, downloads (streamed from the file).
#include "httpreplies.h"
#include "redaction.h"
#include "upstreamserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <memory>
#include <string>

namespace certdesk
{

using namespace http;

namespace
{
// The quota counts per UTC day: try again after midnight UTC.
void setRetryAfterMidnight(httplib::Response &res)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0), Qt::UTC);
    res.set_header("Retry-After", std::to_string(now.secsTo(midnight) + 1));
}
} // namespace

void UpstreamServer::evidenceMissing(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    const auto body = parseObject(req, res);
    if (!body)
        return;
    if (!body->value(QStringLiteral("hashes")).isArray())
        return sendError(res, 400, QStringLiteral("malformed-json"),
                         QStringLiteral("hashes: missing or not a list."));
    const QJsonArray hashes = body->value(QStringLiteral("hashes")).toArray();
    if (hashes.size() > MaxHashes)
        return sendError(res, 413, QStringLiteral("too-large"),
                         QStringLiteral("At most 10000 hashes per question."));
    auto connection = connectionOr503(m_store, res, QStringLiteral("evidence/missing"));
    if (!connection)
        return;
    QSqlDatabase db = *connection;
    QStringList asked;
    for (const QJsonValue &h : hashes) {
        const QString sha = h.toString();
        if (!EvidenceVault::isHash(sha))
            return sendError(res, 400, QStringLiteral("malformed-json"),
                             QStringLiteral("hashes: an entry is not a lower-case SHA-256."));
        asked.append(sha);
    }
    // Held for this caller, not merely somewhere on the server; asked for all
    // the hashes at once (issue 19).
    QString error;
    const auto held = m_vault.heldAmong(db, *caller, asked, &error);
    if (!held)
        return sendError(res, 503, QStringLiteral("unavailable"),
                         Redaction::storeFailure(QStringLiteral("evidence/missing"), error));
    QJsonArray missing;
    for (const QString &sha : std::as_const(asked)) {
        if (!held->contains(sha))
            missing.append(sha);
    }
    sendJson(res, 200, {{ProtocolField::missing, missing}});
}

void UpstreamServer::uploadState(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    const QString sha = QString::fromStdString(req.matches[1]);
    auto connection = connectionOr503(m_store, res, QStringLiteral("upload state"));
    if (!connection)
        return;
    QSqlDatabase db = *connection;
    sendJson(res, 200,
             {{ProtocolField::received, m_vault.received(db, *caller, sha)},
              {ProtocolField::complete, m_vault.heldFor(db, *caller, sha)}});
}

void UpstreamServer::uploadChunk(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    bool present = false, ok = false;
    const qint64 offset = queryNumber(req, "offset", &present, &ok);
    if (!present || !ok || offset < 0)
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("offset: a byte offset >= 0 is required."));
    const qint64 total = queryNumber(req, "total", &present, &ok);
    if (!present || !ok || total < 1)
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("total: the file's size is required."));
    if (qint64(req.body.size()) > MaxJsonBody)
        return sendError(res, 413, QStringLiteral("too-large"),
                         QStringLiteral("An evidence chunk is at most 8 MiB."));
    const auto r = m_vault.append(*caller, QString::fromStdString(req.matches[1]), offset, total,
                                  QByteArray::fromStdString(req.body));
    if (r.status == 429)
        setRetryAfterMidnight(res);
    if (r.status != 200 && r.status != 409)
        return sendError(res, r.status, r.error, r.message);
    QJsonObject body{{ProtocolField::received, r.received}, {ProtocolField::complete, r.complete}};
    if (r.status == 409) {
        body.insert(ProtocolField::error, r.error);
        body.insert(ProtocolField::message, r.message);
    }
    sendJson(res, r.status, body);
}

void UpstreamServer::uploadBatch(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    if (qint64(req.body.size()) > MaxJsonBody)
        return sendError(res, 413, QStringLiteral("too-large"),
                         QStringLiteral("A batch of evidence files is at most 8 MiB."));
    // files=<sha256>:<bytes>,… names the body's slices, end to end.
    const QStringList entries = QString::fromStdString(req.get_param_value("files"))
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (entries.isEmpty())
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("files: a list of <sha256>:<bytes> is required."));
    if (entries.size() > EvidenceVault::MaxBatchFiles)
        return sendError(
            res, 413, QStringLiteral("too-large"),
            QStringLiteral("At most %1 files per batch.").arg(EvidenceVault::MaxBatchFiles));
    QList<EvidenceVault::BatchFile> files;
    QSet<QString> seen;
    qint64 total = 0;
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        bool ok = false;
        const qint64 bytes = parts.size() == 2 ? parts.at(1).toLongLong(&ok) : 0;
        if (parts.size() != 2 || !EvidenceVault::isHash(parts.at(0)) || !ok || bytes < 1 ||
            bytes > MaxJsonBody)
            return sendError(
                res, 400, QStringLiteral("bad-request"),
                QStringLiteral("files: \"%1\" is not <sha256>:<bytes>.").arg(entry.left(80)));
        if (seen.contains(parts.at(0)))
            return sendError(res, 400, QStringLiteral("bad-request"),
                             QStringLiteral("files: %1 is named twice.").arg(parts.at(0)));
        seen.insert(parts.at(0));
        files.append({parts.at(0), bytes});
        total += bytes;
    }
    if (total != qint64(req.body.size()))
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("files: the sizes add up to %1 bytes but the body has %2.")
                             .arg(total)
                             .arg(req.body.size()));
    const auto r = m_vault.storeBatch(*caller, files,
                                      QByteArrayView(req.body.data(), qsizetype(req.body.size())));
    if (r.status == 429)
        setRetryAfterMidnight(res);
    if (r.status != 200)
        return sendError(res, r.status, r.error, r.message);
    QJsonArray complete;
    for (const EvidenceVault::BatchFile &f : std::as_const(files))
        complete.append(f.sha);
    sendJson(res, 200, {{ProtocolField::complete, complete}});
}

void UpstreamServer::download(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    const QString sha = QString::fromStdString(req.matches[1]);
    auto connection = connectionOr503(m_store, res, QStringLiteral("download"));
    if (!connection)
        return;
    QSqlDatabase db = *connection;
    // One answer for "not here" and "not yours": the server is no oracle of
    // which files others hold.
    if (!m_vault.isComplete(db, sha) || !m_vault.usedInScope(db, caller->scope, sha))
        return sendError(res, 404, QStringLiteral("not-found"),
                         QStringLiteral("No event of your jurisdiction uses this file."));
    auto file = std::make_shared<QFile>(m_vault.finalPath(sha));
    if (!file->open(QIODevice::ReadOnly))
        return sendError(res, 500, QStringLiteral("server-error"),
                         Redaction::storeFailure(QStringLiteral("download"), file->errorString()));
    // Streamed in pieces: a file is never held in memory whole.
    res.status = 200;
    res.set_content_provider(
        size_t(file->size()), "application/octet-stream",
        [file](size_t offset, size_t length, httplib::DataSink &sink) {
            if (!file->seek(qint64(offset)))
                return false;
            const QByteArray piece = file->read(qint64(std::min<size_t>(length, 256 * 1024)));
            if (piece.isEmpty())
                return false;
            return sink.write(piece.constData(), size_t(piece.size()));
        },
        [file](bool) { file->close(); });
}

} // namespace certdesk
