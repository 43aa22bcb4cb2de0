#pragma once

#include "servertrust.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>

class QNetworkReply;

namespace certdesk
{

// One answer of the server, or why there is none.
struct HttpReply {
    int status = 0; // HTTP status; 0 when the request never got an answer
    QByteArray body;
    QJsonObject json;             // the body, when it is a JSON object
    bool transportFailed = false; // refused, dropped, timed out
    bool cancelled = false;
    TrustProblem trust; // the server's identity was refused (nothing was sent)
    QString errorCode;  // the protocol's "error" code, when the server gave one
    QString message;    // for a person: the server's message or the network error

    bool ok() const
    {
        return !transportFailed && !cancelled && !trust && status >= 200 && status < 300;
    }
};

// Blocking calls to the upstream server, for the sync worker thread (and the
// command line): each call runs a local event loop until its reply is complete,
// aborts when the cancel flag is raised, and gives up after a quiet minute.
// Every request is held to `trust` (ServerTrust): plain http:// beyond loopback
// is refused before connecting, and a TLS server must show the pinned key (or a
// certificate of the CA file) before the request is written.
// Create and use it in one thread.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
public:
    // The largest answer read (docs/robustness.md): a page of 5,000 changes is a
    // few MB. Evidence downloads pass their own bound (EvidenceStore::MaxFileBytes).
    static constexpr qint64 MaxReplyBytes = 64 << 20;

    explicit SyncClient(const QUrl &server, const ServerTrust &trust = {});

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    const ServerTrust &trust() const { return m_trust; }

    HttpReply get(const QString &path, const QUrlQuery &query = QUrlQuery(),
                  qint64 maxBytes = MaxReplyBytes);
    // A GET sent now and read later with finish() (or dropped with abandon()):
    // the pull asks for its next page while it applies the one it has, so the
    // server reads and sends it meanwhile. Null when no request may be sent
    // (finish() then answers why).
    QNetworkReply *start(const QString &path, const QUrlQuery &query = QUrlQuery());
    HttpReply finish(QNetworkReply *reply);
    void abandon(QNetworkReply *reply);
    HttpReply post(const QString &path, const QJsonObject &body);
    // A POST sent now and read later with finish(): the push reads its next
    // batch of events while the server stores this one.
    QNetworkReply *startPost(const QString &path, const QJsonObject &body);
    // Runs this thread's event loop once: what a request started here needs to
    // go on (its body is handed over to QNetworkAccessManager's thread through
    // it) while the caller works between steps.
    static void handOver();
    HttpReply put(const QString &path, const QUrlQuery &query, const QByteArray &bytes);

    // Several PUTs at once (up to `parallel` in flight), answers in order: many
    // small uploads are bound by round trips, not by bytes.
    struct Put {
        QString path;
        QUrlQuery query;
        QByteArray bytes;
        bool post = false; // POST (an evidence batch) rather than PUT
    };
    QList<HttpReply> putAll(const QList<Put> &puts, int parallel);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    HttpReply wait(QNetworkReply *reply, qint64 maxBytes = MaxReplyBytes);
    HttpReply answer(QNetworkReply *reply);
    HttpReply refused() const;
    void guard(QNetworkReply *reply);
    static void bound(QNetworkReply *reply, qint64 maxBytes);

    QUrl m_server;
    ServerTrust m_trust;
    TrustProblem m_before; // refused before any request (plain http, CA file)
    QList<QSslCertificate> m_ca;
    QHash<QNetworkReply *, TrustProblem> m_judged;
    QString m_token;
    const std::atomic_bool *m_cancel = nullptr;
    int m_timeoutMs = 60000;
    QNetworkAccessManager m_network;
};

} // namespace certdesk
