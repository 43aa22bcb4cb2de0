#pragma once

#include <httplib.h>

#include <QString>
#include <openssl/ssl.h>
#include <optional>

namespace certdesk
{

// The fixed bounds of one request (docs/sync-protocol.md, "Limits of a request").
// Debian's cpp-httplib 0.11.4 applies its payload limit only to bodies with a
// Content-Length, decompresses gzip/brotli bodies without a cap, reads a header
// line until its newline however long it is, and times out only between two
// reads. So the library reads through a stream of ours (RequestGuard) that counts
// and times every byte, and a request whose head says the body is chunked,
// compressed, of unknown length or too long is refused before its body is read.
struct RequestLimits {
    static constexpr qint64 MaxHeadBytes = 16 * 1024;       // request line + headers
    static constexpr qint64 MaxBodyBytes = 9 * 1024 * 1024; // JSON and evidence chunks: 8 MiB
    static constexpr int HeadSeconds = 10;                  // first byte to the end of the head
    static constexpr int BodyBaseSeconds = 30;              // plus 1 s per BodyBytesPerSecond
    static constexpr qint64 BodyBytesPerSecond = 32 * 1024;
    static constexpr int IdleSeconds = 5;   // between requests on a kept-alive connection
    static constexpr int WriteSeconds = 60; // an answer must leave within this
    static constexpr int MaxRequestsPerConnection = 100;
    // An idle kept-alive connection gives its pool thread up after this long
    // when another connection waits for one (issue 19: a desk's six upload
    // connections held threads idle for IdleSeconds while others queued).
    static constexpr int YieldAfterMs = 1000;
};

// Why a request's head is refused before its body is read: status, error code,
// message. Used by the pre-routing handler.
struct HeadRefusal {
    int status = 0;
    QString code;
    QString message;
};
std::optional<HeadRefusal> refuseHead(const httplib::Request &req);

// The HTTP server, reading each connection through the guard. With a
// certificate it speaks TLS itself (OpenSSL), so the same bounds hold for HTTPS.
class GuardedServer : public httplib::Server
{
public:
    GuardedServer();
    ~GuardedServer() override;
    // Loads a PEM certificate chain and key; false with *error.
    bool useTls(const QString &certFile, const QString &keyFile, QString *error);
    bool isTls() const { return m_tls != nullptr; }

    // Debian's libcpp-httplib listens with a backlog of 5 (its
    // CPPHTTPLIB_LISTEN_BACKLOG is compiled into the library): 26 devices
    // signing in at once overflowed it, and connections that SYN cookies could
    // not restore were reset (bench_city, issue 19). After binding, listens
    // again with `backlog` (the kernel caps it at net.core.somaxconn).
    // False when there is no listening socket.
    bool widenBacklog(int backlog = SOMAXCONN);

    // The pool the connections are served on (cpp-httplib's, counting the
    // connections that wait for a thread: see RequestLimits::YieldAfterMs).
    static httplib::TaskQueue *makePool(int threads);
    static int waitingConnections();

    // Called by a handler or the pre-routing handler: the connection is closed
    // after the current answer (its body was not read, so the stream cannot go on).
    static void closeAfterThisRequest();

private:
    bool process_and_close_socket(socket_t sock) override;

    SSL_CTX *m_tls = nullptr;
    socket_t m_listening = -1;
};

} // namespace certdesk
