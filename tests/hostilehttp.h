#pragma once

// What tst_upstream_hostile needs beside upstreamtest.h: a raw TCP client that
// sends what no well-behaved client sends (chunked, compressed, lengthless or
// endless requests, a byte at a time) and streams its body from a generator,
// so a 2 GB body never exists in the test's memory; the server's peak resident
// memory from /proc; builders of payment steps and evidence.
#include "upstreamtest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <functional>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

namespace hostile
{

struct Exchange {
    QByteArray answer; // what the server sent back (head and body)
    qint64 sent = 0;   // body bytes sent before the server answered or closed
    bool closed = false;
    int status() const
    {
        static const QRegularExpression line(QStringLiteral("^HTTP/1\\.[01] ([0-9]{3})"));
        const auto m = line.match(QString::fromLatin1(answer.left(20)));
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }
    QJsonObject json() const
    {
        const qsizetype at = answer.indexOf("\r\n\r\n");
        return at < 0 ? QJsonObject() : QJsonDocument::fromJson(answer.mid(at + 4)).object();
    }
};

// Sends `head`, then up to `bodyBytes` from `chunk` (called with the offset,
// returning the next piece), `pauseMs` between pieces, until the server has
// answered (a complete head and Content-Length body) or closed, or
// `giveUpSeconds` passed. Reads while it writes, as a real peer would.
inline Exchange exchange(quint16 port, const QByteArray &head, qint64 bodyBytes,
                         const std::function<QByteArray(qint64)> &chunk, int pauseMs = 0,
                         int giveUpSeconds = 120)
{
    Exchange out;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        if (fd >= 0)
            ::close(fd);
        out.closed = true;
        return out;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    QByteArray pending = head;
    qint64 offset = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 nextWrite = 0;
    const auto complete = [&out] {
        const qsizetype at = out.answer.indexOf("\r\n\r\n");
        if (at < 0)
            return false;
        static const QRegularExpression length(QStringLiteral("(?i)content-length:\\s*([0-9]+)"));
        const auto m = length.match(QString::fromLatin1(out.answer.left(at)));
        return !m.hasMatch() || out.answer.size() - at - 4 >= m.captured(1).toLongLong();
    };
    while (timer.elapsed() < giveUpSeconds * 1000LL) {
        const bool wantWrite =
            (!pending.isEmpty() || offset < bodyBytes) && timer.elapsed() >= nextWrite;
        pollfd p{fd, short(POLLIN | (wantWrite ? POLLOUT : 0)), 0};
        if (::poll(&p, 1, 50) < 0)
            break;
        if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
            char buf[65536];
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n > 0) {
                out.answer.append(buf, n);
                if (complete())
                    break;
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                out.closed = true;
                break;
            }
        }
        if (wantWrite && (p.revents & POLLOUT)) {
            if (pending.isEmpty()) {
                pending = chunk(offset);
                if (pending.size() > bodyBytes - offset)
                    pending.truncate(bodyBytes - offset);
                offset += pending.size();
            }
            const ssize_t n = ::send(fd, pending.constData(), size_t(pending.size()), MSG_NOSIGNAL);
            if (n > 0) {
                pending.remove(0, n);
                out.sent = offset - pending.size();
                if (pauseMs > 0)
                    nextWrite = timer.elapsed() + pauseMs;
            } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
                // Reset by the server: read what it answered before.
                char buf[65536];
                ssize_t r = 0;
                while ((r = ::recv(fd, buf, sizeof buf, 0)) > 0)
                    out.answer.append(buf, r);
                out.closed = true;
                break;
            }
        }
    }
    ::close(fd);
    return out;
}

// Zeros, 64 KiB at a time.
inline QByteArray zeros(qint64)
{
    static const QByteArray block(64 * 1024, '\0');
    return block;
}

// A gzip stream of `inflated` zero bytes (a "zip bomb": about a thousand times
// smaller than what it inflates to).
inline QByteArray gzipOfZeros(qint64 inflated)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    static const QByteArray block(1 << 20, '\0');
    QByteArray out;
    QByteArray buf(1 << 16, Qt::Uninitialized);
    for (qint64 done = 0; done <= inflated; done += block.size()) {
        const bool last = done + block.size() > inflated;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(block.constData()));
        z.avail_in = last ? uInt(inflated - done) : uInt(block.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(buf.data());
            z.avail_out = uInt(buf.size());
            deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(buf.constData(), buf.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
        if (last)
            break;
    }
    deflateEnd(&z);
    return out;
}

// Whether a process's resident memory says anything about the server's bounds:
// not in a sanitizer build (cmake/sanitize.cmake), where AddressSanitizer's shadow
// memory and quarantine add their own hundreds of MiB. The normal build measures.
#ifdef CERTDESK_SANITIZED
constexpr bool memoryIsMeasured = false;
#else
constexpr bool memoryIsMeasured = true;
#endif

// The peak resident memory of a process (VmHWM), in MiB; -1 when unknown.
inline qint64 peakMiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

// NLMSG_OK without its comparison of the unsigned length with an int.
inline bool messageFits(const nlmsghdr *h, int left)
{
    return left >= int(sizeof(nlmsghdr)) && h->nlmsg_len >= sizeof(nlmsghdr) &&
           h->nlmsg_len <= unsigned(left);
}

// The backlog of the TCP socket listening on 127.0.0.1:`port` (what `ss -lt`
// shows as Send-Q), asked of the kernel by sock_diag netlink; -1 when unknown.
inline int listenBacklog(quint16 port)
{
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0)
        return -1;
    struct {
        nlmsghdr head;
        inet_diag_req_v2 body;
    } request{};
    request.head.nlmsg_len = sizeof request;
    request.head.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    request.head.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    request.body.sdiag_family = AF_INET;
    request.body.sdiag_protocol = IPPROTO_TCP;
    request.body.idiag_states = 1u << 10; // TCP_LISTEN
    int backlog = -1;
    if (::send(fd, &request, sizeof request, 0) == ssize_t(sizeof request)) {
        alignas(nlmsghdr) char buffer[32768];
        for (bool done = false; !done;) {
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                break;
            int left = int(got);
            for (auto *h = reinterpret_cast<nlmsghdr *>(buffer); messageFits(h, left);
                 h = NLMSG_NEXT(h, left)) {
                if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
                    done = true;
                    break;
                }
                const auto *m = static_cast<const inet_diag_msg *>(NLMSG_DATA(h));
                if (ntohs(m->id.idiag_sport) == port)
                    backlog = int(m->idiag_wqueue); // a listener's maximum backlog
            }
        }
    }
    ::close(fd);
    return backlog;
}

// Opens `count` connections at once, then asks each for /v1/health; the
// statuses (0 for a connection that failed or was reset).
inline QList<int> healthBurst(quint16 port, int count)
{
    QList<int> fds;
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to);
        fds << fd;
    }
    QList<int> statuses;
    const QByteArray request = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Connection: close\r\n\r\n";
    for (const int fd : std::as_const(fds)) {
        QByteArray answer;
        QElapsedTimer clock;
        clock.start();
        bool sent = false;
        while (clock.elapsed() < 30000) {
            pollfd p{fd, short(sent ? POLLIN : POLLOUT), 0};
            if (::poll(&p, 1, 1000) <= 0)
                continue;
            if (!sent) {
                sent = ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) ==
                       request.size();
                if (!sent)
                    break;
                continue;
            }
            char chunk[4096];
            const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
            if (got <= 0)
                break;
            answer.append(chunk, got);
        }
        ::close(fd);
        statuses << (answer.startsWith("HTTP/1.1 200") ? 200 : 0);
    }
    return statuses;
}

// A kept-alive loopback connection asking /v1/health, one answer at a time.
class HealthConnection
{
public:
    explicit HealthConnection(quint16 port)
    {
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~HealthConnection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool ask()
    {
        static const QByteArray request = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        return m_fd >= 0 && ::send(m_fd, request.constData(), size_t(request.size()),
                                   MSG_NOSIGNAL) == request.size();
    }
    // The status of the next whole answer, waiting up to `ms`; 0 when none came
    // (or the connection was closed), -1 when it is still to come.
    int answer(int ms)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_fd >= 0) {
            const qsizetype head = m_in.indexOf("\r\n\r\n");
            if (head >= 0) {
                static const QRegularExpression length(
                    QStringLiteral("(?i)content-length:\\s*(\\d+)"));
                const auto m = length.match(QString::fromLatin1(m_in.left(head)));
                const qsizetype total = head + 4 + (m.hasMatch() ? m.captured(1).toInt() : 0);
                if (m_in.size() >= total) {
                    const int status = m_in.mid(9, 3).toInt();
                    m_in.remove(0, total);
                    return status;
                }
            }
            const qint64 left = ms - clock.elapsed();
            pollfd p{m_fd, POLLIN, 0};
            if (left <= 0 || ::poll(&p, 1, int(left)) <= 0)
                return -1;
            char chunk[4096];
            const ssize_t got = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (got <= 0)
                return 0;
            m_in.append(chunk, got);
        }
        return 0;
    }

private:
    int m_fd = -1;
    QByteArray m_in;
};

// A payment step of `idNumber` on `date`.
inline QJsonObject step(const QString &idNumber, const QString &kind, const QDate &date,
                        const QJsonObject &extra = {})
{
    QJsonObject e{{QStringLiteral("uuid"), upstreamtest::newUuid()},
                  {QStringLiteral("kind"), QStringLiteral("lifecycle")},
                  {QStringLiteral("idNumber"), idNumber},
                  {QStringLiteral("step"), kind},
                  {QStringLiteral("eventDate"), date.toString(Qt::ISODate)},
                  {QStringLiteral("actor"), QStringLiteral("wang")},
                  {QStringLiteral("recordedAt"),
                   date.toString(Qt::ISODate) + QStringLiteral("T10:00:00.000Z")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        e.insert(it.key(), it.value());
    return e;
}

// Uploads `bytes` in chunks of at most 8 MiB; the last answer.
inline JsonHttp::Reply upload(const UpstreamFixture &up, const QString &token,
                              const QByteArray &bytes)
{
    const QString hash = upstreamtest::sha256(bytes);
    JsonHttp::Reply r;
    for (qint64 offset = 0; offset < bytes.size(); offset += 8 << 20) {
        r = JsonHttp::put(up.url(QStringLiteral("/v1/evidence/%1?offset=%2&total=%3")
                                     .arg(hash)
                                     .arg(offset)
                                     .arg(bytes.size())),
                          bytes.mid(offset, 8 << 20), token);
        if (r.status != 200)
            break;
    }
    return r;
}

// The evidence list entry of a photo of the person.
inline QJsonArray photoOf(const QByteArray &bytes)
{
    const QString hash = upstreamtest::sha256(bytes);
    return {QJsonObject{{QStringLiteral("sha256"), hash},
                        {QStringLiteral("content"), hash},
                        {QStringLiteral("kind"), QStringLiteral("person")},
                        {QStringLiteral("bytes"), bytes.size()}}};
}

} // namespace hostile
