#include "requestguard.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace certdesk
{

namespace
{
using Clock = std::chrono::steady_clock;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Error");
    }
}

bool ipAndPort(const sockaddr_storage &addr, std::string &ip, int &port)
{
    char host[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&addr);
        port = ntohs(in->sin_port);
        inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
    } else if (addr.ss_family == AF_INET6) {
        const auto *in = reinterpret_cast<const sockaddr_in6 *>(&addr);
        port = ntohs(in->sin6_port);
        inet_ntop(AF_INET6, &in->sin6_addr, host, sizeof host);
    } else {
        return false;
    }
    ip = host;
    return true;
}

// Reads one connection for cpp-httplib, request by request: at most
// MaxHeadBytes of head, within HeadSeconds of its first byte; then at most the
// body the head declared (already checked against MaxBodyBytes by refuseHead),
// within BodyBaseSeconds plus one second per BodyBytesPerSecond. A head over
// its bounds is answered here (431 or 408) and the connection ends; a body too
// slow ends the connection. Nothing here grows with what the peer sends.
class GuardedStream final : public httplib::Stream
{
public:
    GuardedStream(int fd, SSL *ssl) : m_fd(fd), m_ssl(ssl) {}

    bool mustClose() const { return m_dead || m_closeAfter; }
    // A request was refused (by the guard or from its head) while its peer may
    // still be sending.
    bool refused() const { return m_answered || m_closeAfter; }
    void closeAfter() { m_closeAfter = true; }

    // Waits up to `seconds` for the first byte of the next request. Between
    // two requests (`yieldable`) it gives up early once idle for YieldAfterMs
    // while another connection waits for a pool thread; the client reconnects.
    bool waitForRequest(int seconds, bool yieldable = false)
    {
        if (m_pos < m_len)
            return true;
        m_deadline = Clock::now() + std::chrono::seconds(seconds);
        m_yieldAt = yieldable
                        ? Clock::now() + std::chrono::milliseconds(RequestLimits::YieldAfterMs)
                        : Clock::time_point::max();
        const bool got = fill(false);
        m_yieldAt = Clock::time_point::max();
        return got;
    }

    void startRequest()
    {
        m_head.clear();
        m_tail = 0;
        m_inHead = true;
        m_bodyLeft = 0;
        m_deadline = Clock::now() + std::chrono::seconds(RequestLimits::HeadSeconds);
    }

    // After refusing a request whose body was not read: the answer must reach
    // a peer that is still sending, so stop writing, then read and drop what
    // comes for a moment (a close with unread data would reset the connection
    // and lose the answer). Bounded in time and bytes.
    void linger()
    {
        ::shutdown(m_fd, SHUT_WR);
        m_deadline = Clock::now() + std::chrono::seconds(2);
        qint64 dropped = 0;
        while (dropped < 64 * 1024 * 1024 && fill(false)) {
            dropped += qint64(m_len - m_pos);
            m_pos = m_len;
        }
    }

    bool is_readable() const override
    {
        if (m_pos < m_len || (m_ssl && SSL_pending(m_ssl) > 0))
            return true;
        pollfd p{m_fd, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0;
    }

    bool is_writable() const override
    {
        pollfd p{m_fd, POLLOUT, 0};
        return ::poll(&p, 1, RequestLimits::WriteSeconds * 1000) > 0;
    }

    ssize_t read(char *ptr, size_t size) override
    {
        if (m_dead || size == 0)
            return -1;
        if (m_pos == m_len && !fill(true))
            return -1;
        if (m_inHead)
            return readHead(ptr, size);
        if (m_bodyLeft <= 0)
            return -1; // the library never reads past the declared body
        const size_t n = std::min({size, m_len - m_pos, size_t(m_bodyLeft)});
        std::memcpy(ptr, m_buf + m_pos, n);
        m_pos += n;
        m_bodyLeft -= qint64(n);
        return ssize_t(n);
    }

    ssize_t write(const char *ptr, size_t size) override
    {
        if (m_answered)
            return ssize_t(size); // the guard has answered; the library's answer is dropped
        return writeAll(ptr, size) ? ssize_t(size) : -1;
    }

    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        sockaddr_storage addr{};
        socklen_t len = sizeof addr;
        if (::getpeername(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            ipAndPort(addr, ip, port);
    }

    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        sockaddr_storage addr{};
        socklen_t len = sizeof addr;
        if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            ipAndPort(addr, ip, port);
    }

    socket_t socket() const override { return m_fd; }

private:
    // Hands out head bytes up to the blank line that ends the head, no further.
    ssize_t readHead(char *ptr, size_t size)
    {
        size_t n = 0;
        while (n < size && m_pos < m_len && m_inHead) {
            const char c = m_buf[m_pos++];
            ptr[n++] = c;
            m_head.append(c);
            // "\r\n\r\n" or a bare "\n\n" ends the head.
            m_tail = (m_tail << 8) | quint32(quint8(c));
            if ((m_tail & 0xffffffffu) == 0x0d0a0d0au || (m_tail & 0xffffu) == 0x0a0au)
                endHead();
        }
        if (m_inHead && m_head.size() > RequestLimits::MaxHeadBytes) {
            answer(431, QStringLiteral("headers-too-large"),
                   QStringLiteral("The request line and headers are at most %1 bytes.")
                       .arg(RequestLimits::MaxHeadBytes));
            return -1;
        }
        return ssize_t(n);
    }

    void endHead()
    {
        m_inHead = false;
        // The body the head declares; refuseHead() has refused every other form.
        qint64 length = 0;
        for (const QByteArray &line : m_head.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
                bool ok = false;
                length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                if (!ok || length < 0)
                    length = 0;
            }
        }
        m_bodyLeft = std::min(length, RequestLimits::MaxBodyBytes);
        m_head.clear();
        m_deadline =
            Clock::now() + std::chrono::seconds(RequestLimits::BodyBaseSeconds +
                                                m_bodyLeft / RequestLimits::BodyBytesPerSecond);
    }

    // Reads more into the buffer before the deadline. `answerTimeout`: a head
    // that does not come in time is answered 408.
    bool fill(bool answerTimeout)
    {
        m_pos = m_len = 0;
        for (;;) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now())
                    .count();
            if (left <= 0) {
                if (answerTimeout && m_inHead)
                    answer(408, QStringLiteral("timeout"),
                           QStringLiteral("The request did not arrive within %1 seconds.")
                               .arg(RequestLimits::HeadSeconds));
                m_dead = true;
                return false;
            }
            if (!(m_ssl && SSL_pending(m_ssl) > 0)) {
                pollfd p{m_fd, POLLIN, 0};
                const bool yieldable = m_yieldAt != Clock::time_point::max();
                const int ready = ::poll(&p, 1, int(std::min<qint64>(left, yieldable ? 20 : 1000)));
                if (ready < 0 && errno != EINTR) {
                    m_dead = true;
                    return false;
                }
                if (ready == 0 && yieldable && Clock::now() >= m_yieldAt &&
                    GuardedServer::waitingConnections() > 0) {
                    m_dead = true;
                    return false;
                }
                if (ready <= 0)
                    continue;
            }
            ssize_t got = 0;
            if (m_ssl) {
                ERR_clear_error();
                got = SSL_read(m_ssl, m_buf, int(sizeof m_buf));
                if (got <= 0) {
                    const int e = SSL_get_error(m_ssl, int(got));
                    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
                        continue;
                    m_dead = true;
                    return false;
                }
            } else {
                got = ::recv(m_fd, m_buf, sizeof m_buf, 0);
                if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
                    continue;
                if (got <= 0) {
                    m_dead = true;
                    return false;
                }
            }
            m_len = size_t(got);
            return true;
        }
    }

    bool writeAll(const char *ptr, size_t size)
    {
        const auto deadline = Clock::now() + std::chrono::seconds(RequestLimits::WriteSeconds);
        while (size > 0) {
            if (Clock::now() >= deadline)
                return false;
            ssize_t sent = 0;
            if (m_ssl) {
                ERR_clear_error();
                sent = SSL_write(m_ssl, ptr, int(std::min<size_t>(size, 1 << 20)));
                if (sent <= 0) {
                    const int e = SSL_get_error(m_ssl, int(sent));
                    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
                        continue;
                    return false;
                }
            } else {
                sent = ::send(m_fd, ptr, size, MSG_NOSIGNAL);
                if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
                    pollfd p{m_fd, POLLOUT, 0};
                    ::poll(&p, 1, 1000);
                    continue;
                }
                if (sent <= 0)
                    return false;
            }
            ptr += sent;
            size -= size_t(sent);
        }
        return true;
    }

    void answer(int status, const QString &code, const QString &message)
    {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), code},
                                                          {QStringLiteral("message"), message}})
                                    .toJson(QJsonDocument::Compact);
        const QByteArray head =
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
            "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        const QByteArray all = head + body;
        writeAll(all.constData(), size_t(all.size()));
        m_answered = true;
        m_dead = true;
    }

    int m_fd;
    SSL *m_ssl;
    char m_buf[16384];
    size_t m_pos = 0;
    size_t m_len = 0;
    bool m_inHead = true;
    QByteArray m_head;
    quint32 m_tail = 0;
    qint64 m_bodyLeft = 0;
    Clock::time_point m_deadline = Clock::now();
    Clock::time_point m_yieldAt = Clock::time_point::max();
    bool m_dead = false;
    bool m_answered = false;
    bool m_closeAfter = false;
};

thread_local GuardedStream *t_current = nullptr;

std::atomic<int> g_waiting{0}; // connections accepted, not yet on a pool thread

// cpp-httplib's pool, counting what waits in it.
class CountingPool final : public httplib::TaskQueue
{
public:
    explicit CountingPool(int threads) : m_pool(size_t(threads)) {}
    void enqueue(std::function<void()> fn) override
    {
        ++g_waiting;
        m_pool.enqueue([fn = std::move(fn)] {
            --g_waiting;
            fn();
        });
    }
    void shutdown() override { m_pool.shutdown(); }

private:
    httplib::ThreadPool m_pool;
};

bool isDecimal(const std::string &s)
{
    return !s.empty() && s.size() <= 18 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

std::optional<HeadRefusal> refuseHead(const httplib::Request &req)
{
    if (req.has_header("Transfer-Encoding"))
        return HeadRefusal{411, QStringLiteral("length-required"),
                           QStringLiteral("Send the body with a Content-Length; chunked or "
                                          "otherwise encoded transfers are not accepted.")};
    if (req.has_header("Content-Encoding") &&
        req.get_header_value("Content-Encoding") != "identity")
        return HeadRefusal{415, QStringLiteral("unsupported-encoding"),
                           QStringLiteral("Request bodies are not accepted compressed "
                                          "(Content-Encoding must be absent).")};
    if (req.get_header_value_count("Content-Length") > 1)
        return HeadRefusal{400, QStringLiteral("bad-request"),
                           QStringLiteral("Content-Length is given more than once.")};
    const bool carriesBody =
        req.method == "POST" || req.method == "PUT" || req.method == "PATCH" || req.method == "PRI";
    if (!req.has_header("Content-Length")) {
        if (carriesBody)
            return HeadRefusal{411, QStringLiteral("length-required"),
                               QStringLiteral("A %1 request needs a Content-Length.")
                                   .arg(QString::fromStdString(req.method))};
        return std::nullopt;
    }
    const std::string length = req.get_header_value("Content-Length");
    if (!isDecimal(length))
        return HeadRefusal{400, QStringLiteral("bad-request"),
                           QStringLiteral("Content-Length is not a number of bytes.")};
    if (std::stoll(length) > RequestLimits::MaxBodyBytes)
        return HeadRefusal{413, QStringLiteral("too-large"),
                           QStringLiteral("A body is at most 8 MiB (this one declares %1 bytes).")
                               .arg(QString::fromStdString(length))};
    if (!carriesBody && std::stoll(length) > 0)
        return HeadRefusal{400, QStringLiteral("bad-request"),
                           QStringLiteral("A %1 request carries no body.")
                               .arg(QString::fromStdString(req.method))};
    return std::nullopt;
}

GuardedServer::GuardedServer()
{
    // The listening socket, seen as the library makes it (before bind and
    // listen), so widenBacklog() can find it again.
    set_socket_options([this](socket_t sock) {
        httplib::default_socket_options(sock);
        m_listening = sock;
    });
}

httplib::TaskQueue *GuardedServer::makePool(int threads)
{
    return new CountingPool(threads);
}

int GuardedServer::waitingConnections()
{
    return g_waiting.load();
}

bool GuardedServer::widenBacklog(int backlog)
{
    // Linux takes a second listen() on a listening socket as a new backlog.
    int accepting = 0;
    socklen_t size = sizeof accepting;
    return m_listening >= 0 &&
           ::getsockopt(m_listening, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &size) == 0 &&
           accepting == 1 && ::listen(m_listening, backlog) == 0;
}

GuardedServer::~GuardedServer()
{
    if (m_tls)
        SSL_CTX_free(m_tls);
}

bool GuardedServer::useTls(const QString &certFile, const QString &keyFile, QString *error)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx) {
        *error = QStringLiteral("OpenSSL could not make a TLS context");
        return false;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    const QByteArray cert = QFile::encodeName(certFile);
    const QByteArray key = QFile::encodeName(keyFile);
    if (SSL_CTX_use_certificate_chain_file(ctx, cert.constData()) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, key.constData(), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(ctx) != 1) {
        *error = QStringLiteral("cannot load the certificate %1 or the key %2 (PEM files that "
                                "belong together)")
                     .arg(certFile, keyFile);
        SSL_CTX_free(ctx);
        return false;
    }
    if (m_tls)
        SSL_CTX_free(m_tls);
    m_tls = ctx;
    return true;
}

void GuardedServer::closeAfterThisRequest()
{
    if (t_current)
        t_current->closeAfter();
}

bool GuardedServer::process_and_close_socket(socket_t sock)
{
    // Blocking reads wake up every second, so a deadline is noticed even inside
    // a TLS record that arrives a byte at a time.
    timeval slice{1, 0};
    ::setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &slice, sizeof slice);
    ::setsockopt(sock, SOL_SOCKET, SO_SNDTIMEO, &slice, sizeof slice);
    // Answers go out as headers, then body: with Nagle's algorithm on, the body
    // waits for the client's delayed ACK (40 ms a request).
    const int one = 1;
    ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    SSL *ssl = nullptr;
    bool ready = true;
    if (m_tls) {
        ssl = SSL_new(m_tls);
        ready = ssl && SSL_set_fd(ssl, sock) == 1;
        const auto deadline = Clock::now() + std::chrono::seconds(RequestLimits::HeadSeconds);
        while (ready) {
            ERR_clear_error();
            const int r = SSL_accept(ssl);
            if (r == 1)
                break;
            const int e = SSL_get_error(ssl, r);
            ready =
                (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) && Clock::now() < deadline;
        }
    }
    if (ready) {
        GuardedStream stream(sock, ssl);
        t_current = &stream;
        for (int i = 0; i < RequestLimits::MaxRequestsPerConnection; ++i) {
            if (!stream.waitForRequest(
                    i == 0 ? RequestLimits::HeadSeconds : RequestLimits::IdleSeconds, i > 0))
                break;
            stream.startRequest();
            bool closed = false;
            const bool last = i + 1 == RequestLimits::MaxRequestsPerConnection;
            const bool ok = process_request(stream, last, closed, nullptr);
            if (!ok || closed || stream.mustClose()) {
                // A refused request may still be arriving: let the answer reach the peer.
                if (stream.refused())
                    stream.linger();
                break;
            }
        }
        t_current = nullptr;
    }
    if (ssl) {
        SSL_shutdown(ssl);
        SSL_free(ssl);
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return true;
}

} // namespace certdesk
