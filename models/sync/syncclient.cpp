#include "syncclient.h"

#include "logging.h"
#include "protocolfields.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace certdesk
{

namespace
{
const char *const kTooLarge = "certdesk.tooLarge";
}

SyncClient::SyncClient(const QUrl &server) : m_server(server)
{
    // Each call is complete in itself; keeping idle connections would hide a
    // restarted server behind a dead socket.
    m_network.setAutoDeleteReplies(false);
}

QNetworkRequest SyncClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    QNetworkRequest r(url);
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    r.setTransferTimeout(m_timeoutMs);
    return r;
}

HttpReply SyncClient::get(const QString &path, const QUrlQuery &query, qint64 maxBytes)
{
    return wait(m_network.get(request(path, query)), maxBytes);
}

// A server (or whatever answers in its place) cannot make us hold more than
// `maxBytes` of one answer: the download is stopped when it passes them.
void SyncClient::bound(QNetworkReply *reply, qint64 maxBytes)
{
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, maxBytes](qint64 received, qint64) {
                         if (received > maxBytes && !reply->property(kTooLarge).isValid()) {
                             reply->setProperty(kTooLarge, maxBytes);
                             reply->abort();
                         }
                     });
}

HttpReply SyncClient::post(const QString &path, const QJsonObject &body)
{
    QNetworkRequest r = request(path, {});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return wait(m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

HttpReply SyncClient::put(const QString &path, const QUrlQuery &query, const QByteArray &bytes)
{
    QNetworkRequest r = request(path, query);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
    return wait(m_network.put(r, bytes));
}

QList<HttpReply> SyncClient::putAll(const QList<Put> &puts, int parallel)
{
    QList<HttpReply> out(puts.size());
    std::vector<std::unique_ptr<QNetworkReply>> replies(puts.size());
    qsizetype next = 0;
    int running = 0;
    QEventLoop loop;
    std::function<void()> start = [&] {
        while (running < parallel && next < puts.size()) {
            const qsizetype i = next++;
            QNetworkRequest r = request(puts.at(i).path, puts.at(i).query);
            r.setHeader(QNetworkRequest::ContentTypeHeader,
                        QStringLiteral("application/octet-stream"));
            replies[i].reset(m_network.put(r, puts.at(i).bytes));
            bound(replies[i].get(), MaxReplyBytes);
            ++running;
            QObject::connect(replies[i].get(), &QNetworkReply::finished, &loop, [&, i] {
                out[i] = answer(replies[i].get());
                --running;
                start();
                if (running == 0)
                    loop.quit();
            });
        }
    };
    start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancel && m_cancel->load()) {
            next = puts.size(); // start no more
            for (auto &reply : replies) {
                if (reply && !reply->isFinished())
                    reply->abort();
            }
        }
    });
    poll.start(100);
    if (running > 0)
        loop.exec();
    return out;
}

HttpReply SyncClient::wait(QNetworkReply *reply, qint64 maxBytes)
{
    bound(reply, maxBytes);
    std::unique_ptr<QNetworkReply> owner(reply);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (m_cancel && m_cancel->load())
                reply->abort();
        });
        poll.start(100);
        loop.exec();
    }
    return answer(reply);
}

HttpReply SyncClient::answer(QNetworkReply *reply) const
{
    HttpReply out;
    if (reply->property(kTooLarge).isValid()) {
        out.errorCode = QStringLiteral("too-large");
        out.message = tr("The server's answer to %1 is larger than %2 MB; it was not read.")
                          .arg(reply->url().path())
                          .arg(reply->property(kTooLarge).toLongLong() >> 20);
        return out; // status 0 and not a transport failure: not retried as one
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(out.body);
    if (doc.isObject())
        out.json = doc.object();
    out.errorCode = out.json.value(ProtocolField::error).toString();
    out.message = out.json.value(ProtocolField::message).toString();
    if (m_cancel && m_cancel->load()) {
        out.cancelled = true;
    } else if (out.status == 0) {
        // No HTTP answer: refused, reset, timed out, TLS failure.
        out.transportFailed = true;
        out.message = reply->errorString();
    } else if (out.message.isEmpty() && !out.ok()) {
        out.message = QStringLiteral("HTTP %1").arg(out.status);
    }
    qCDebug(lcSync) << reply->operation() << reply->url().path() << out.status << out.errorCode;
    return out;
}

} // namespace certdesk
