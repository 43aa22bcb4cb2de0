#include "syncclient.h"

#include "logging.h"
#include "protocolfields.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace certdesk
{

namespace
{
const char *const kTooLarge = "certdesk.tooLarge";
}

SyncClient::SyncClient(const QUrl &server, const ServerTrust &trust)
    : m_server(server), m_trust(trust)
{
    // Each call is complete in itself; keeping idle connections would hide a
    // restarted server behind a dead socket.
    m_network.setAutoDeleteReplies(false);
    m_before = ServerTrustCheck::transportProblem(server, trust);
    if (!m_before && !trust.caFile.isEmpty()) {
        QString why;
        m_ca = ServerTrustCheck::caCertificates(trust.caFile, &why);
        if (m_ca.isEmpty()) {
            m_before.kind = TrustProblem::Kind::CaFile;
            m_before.detail = QStringLiteral("%1: %2").arg(trust.caFile, why);
        }
    }
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
    if (!m_ca.isEmpty()) {
        // The district's CA alone: a certificate from any other CA is refused.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_ca);
        r.setSslConfiguration(tls);
    }
    return r;
}

HttpReply SyncClient::refused() const
{
    HttpReply out;
    out.trust = m_before;
    out.message = ServerTrustCheck::message(m_before, m_server);
    return out;
}

// Judges the server's certificate during the handshake, before Qt writes the
// request: a refused server never sees the password or a record.
void SyncClient::guard(QNetworkReply *reply)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [this, reply](const QList<QSslError> &errors) {
                         QStringList texts;
                         QSslCertificate presented = reply->sslConfiguration().peerCertificate();
                         for (const QSslError &e : errors) {
                             texts << e.errorString();
                             if (presented.isNull())
                                 presented = e.certificate();
                         }
                         const TrustProblem p = ServerTrustCheck::judge(
                             m_trust, presented, false, texts.join(QStringLiteral("; ")));
                         if (p) {
                             m_judged.insert(reply, p);
                             reply->abort();
                         } else {
                             reply->ignoreSslErrors(errors);
                         }
                     });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [this, reply] {
        const TrustProblem p = ServerTrustCheck::judge(
            m_trust, reply->sslConfiguration().peerCertificate(), true, QString());
        if (p) {
            m_judged.insert(reply, p);
            reply->abort();
        }
    });
}

HttpReply SyncClient::get(const QString &path, const QUrlQuery &query, qint64 maxBytes)
{
    if (m_before)
        return refused();
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
    return finish(startPost(path, body));
}

QNetworkReply *SyncClient::startPost(const QString &path, const QJsonObject &body)
{
    if (m_before)
        return nullptr;
    QNetworkRequest r = request(path, {});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    bound(reply, MaxReplyBytes);
    guard(reply);
    handOver();
    return reply;
}

void SyncClient::handOver()
{
    // QNetworkAccessManager starts a request from this thread's event loop
    // (a queued call) and then runs it on its own thread: one pass of the
    // loop, and the request goes out while the caller works.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

HttpReply SyncClient::put(const QString &path, const QUrlQuery &query, const QByteArray &bytes)
{
    if (m_before)
        return refused();
    QNetworkRequest r = request(path, query);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
    return wait(m_network.put(r, bytes));
}

QList<HttpReply> SyncClient::putAll(const QList<Put> &puts, int parallel)
{
    QList<HttpReply> out(puts.size());
    if (m_before) {
        for (HttpReply &r : out)
            r = refused();
        return out;
    }
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
            replies[i].reset(puts.at(i).post ? m_network.post(r, puts.at(i).bytes)
                                             : m_network.put(r, puts.at(i).bytes));
            guard(replies[i].get());
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

QNetworkReply *SyncClient::start(const QString &path, const QUrlQuery &query)
{
    if (m_before)
        return nullptr;
    QNetworkReply *reply = m_network.get(request(path, query));
    bound(reply, MaxReplyBytes);
    guard(reply);
    handOver();
    return reply;
}

void SyncClient::abandon(QNetworkReply *reply)
{
    if (!reply)
        return;
    m_judged.remove(reply);
    reply->abort();
    delete reply;
}

HttpReply SyncClient::wait(QNetworkReply *reply, qint64 maxBytes)
{
    bound(reply, maxBytes);
    guard(reply);
    return finish(reply);
}

HttpReply SyncClient::finish(QNetworkReply *reply)
{
    if (!reply)
        return refused();
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

HttpReply SyncClient::answer(QNetworkReply *reply)
{
    HttpReply out;
    out.trust = m_judged.take(reply);
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
    if (out.trust) {
        // Refused during the handshake: the request was never written.
        out.message = ServerTrustCheck::message(out.trust, m_server);
    } else if (m_cancel && m_cancel->load()) {
        out.cancelled = true;
    } else if (out.status == 0 || (reply->error() != QNetworkReply::NoError &&
                                   reply->error() <= QNetworkReply::UnknownNetworkError)) {
        // No HTTP answer (refused, reset, timed out, TLS failure), or an answer
        // cut off by the connection (a server stopped while sending): retried,
        // never read as what the server meant.
        out.transportFailed = true;
        out.message = reply->errorString();
    } else if (out.message.isEmpty() && !out.ok()) {
        out.message = QStringLiteral("HTTP %1").arg(out.status);
    }
    qCDebug(lcSync) << reply->operation() << reply->url().path() << out.status << out.errorCode;
    return out;
}

} // namespace certdesk
