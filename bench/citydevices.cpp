#include "citydevices.h"

#include "verification/verificationevent.h"

#include <httplib.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace certdesk::city
{

void Recorder::add(const QString &call, double ms)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_ms[call].append(ms);
    if (!call.startsWith(QLatin1String("whole ")))
        ++m_requests;
}

void Recorder::error(const QString &what)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ++m_errorCount;
    if (m_errors.size() < 20)
        m_errors << what;
}

int Recorder::errors() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_errorCount;
}

QStringList Recorder::firstErrors() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_errors;
}

QHash<QString, QList<double>> Recorder::latencies() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_ms;
}

void Recorder::resent()
{
    ++m_resent;
}

qint64 Recorder::requests() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_requests;
}

double quantile(QList<double> &values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = qsizetype(q * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(i, 0, values.size() - 1));
}

Photo makePhoto(quint32 seed, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator gen(seed);
    for (int y = 0; y < height; y += 8) {
        for (int x = 0; x < width; x += 8) {
            const QRgb colour = gen.generate() | 0xff000000u;
            for (int dy = 0; dy < 8 && y + dy < height; ++dy) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y + dy));
                std::fill(line + x, line + std::min(x + 8, width), colour);
            }
        }
    }
    Photo photo;
    QBuffer buffer(&photo.bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    photo.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(photo.bytes, QCryptographicHash::Sha256).toHex());
    photo.width = width;
    photo.height = height;
    return photo;
}

namespace
{
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// One device's connection (kept alive, as QNetworkAccessManager keeps it) and
// its token.
class Session
{
public:
    Session(const Endpoint &at, Recorder &recorder, const QString &who,
            const QString &token = QString())
        : m_client(at.host.toStdString(), at.port), m_recorder(recorder), m_who(who),
          m_token(token.toStdString())
    {
        m_client.set_keep_alive(true);
        // cpp-httplib writes a request's headers and its body in two writes;
        // with Nagle the body waited for the server's delayed ACK, 40 ms on
        // every POST and PUT (an upload took 48 ms, a pull page 8). Qt's
        // client hands both to the kernel in one write (QAbstractSocket's
        // write buffer), so it never waits so: no delay here either.
        m_client.set_tcp_nodelay(true);
        m_client.set_connection_timeout(30);
        m_client.set_read_timeout(600);
        m_client.set_write_timeout(60);
    }

    // Sends one request and times it under `call`; the body of a 200, or
    // nullopt after recording the error.
    std::optional<std::string> send(const QString &call, const char *method,
                                    const std::string &path, const std::string &body = {},
                                    const char *type = "application/json")
    {
        httplib::Headers headers;
        if (!m_token.empty())
            headers.emplace("Authorization", "Bearer " + m_token);
        const auto start = Clock::now();
        const auto once = [&] {
            return std::string(method) == "GET"   ? m_client.Get(path, headers)
                   : std::string(method) == "PUT" ? m_client.Put(path, headers, body, type)
                                                  : m_client.Post(path, headers, body, type);
        };
        httplib::Result res = once();
        // The server closes a kept-alive connection that idles while others
        // wait; a request sent as it did so goes again on a new connection, as
        // QNetworkAccessManager does (every call here may be repeated).
        if (!res && m_used &&
            (res.error() == httplib::Error::Read || res.error() == httplib::Error::Write)) {
            m_recorder.resent();
            res = once();
        }
        m_used = true;
        const double ms = msSince(start);
        if (!res) {
            m_recorder.error(
                QStringLiteral("%1 %2: %3 (%4)")
                    .arg(m_who, call, QString::fromStdString(httplib::to_string(res.error())))
                    .arg(ms / 1000.0));
            return std::nullopt;
        }
        m_recorder.add(call, ms);
        if (res->status != 200) {
            m_recorder.error(QStringLiteral("%1 %2: HTTP %3 %4")
                                 .arg(m_who, call)
                                 .arg(res->status)
                                 .arg(QString::fromStdString(res->body.substr(0, 200))));
            return std::nullopt;
        }
        return std::move(res->body);
    }

    QString token() const { return QString::fromStdString(m_token); }

    bool signIn(const QString &user, const QString &device, const QString &password)
    {
        const QJsonObject body{{QStringLiteral("user"), user},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("device"), device}};
        const auto answer = send(QStringLiteral("sign-in"), "POST", "/v1/session",
                                 QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
        if (!answer)
            return false;
        m_token = QJsonDocument::fromJson(QByteArray::fromStdString(*answer))
                      .object()
                      .value(QStringLiteral("token"))
                      .toString()
                      .toStdString();
        return !m_token.empty();
    }

private:
    httplib::Client m_client;
    Recorder &m_recorder;
    QString m_who;
    std::string m_token;
    bool m_used = false; // the connection served a request before
};

std::string changesPath(qint64 since, int limit)
{
    return "/v1/changes?since=" + std::to_string(since) + "&limit=" + std::to_string(limit);
}

// "next" and "more" of a page without parsing its thousands of changes (the
// server writes compact JSON with sorted keys: "changes", "more", "next").
bool pageTail(const std::string &page, qint64 *next, bool *more, qint64 *count)
{
    const auto nextAt = page.rfind("\"next\":");
    const auto moreAt = page.rfind("\"more\":");
    if (nextAt == std::string::npos || moreAt == std::string::npos)
        return false;
    *next = std::strtoll(page.c_str() + nextAt + 7, nullptr, 10);
    *more = page.compare(moreAt + 7, 4, "true") == 0;
    qint64 n = 0;
    for (auto at = page.find("\"seq\":"); at != std::string::npos;
         at = page.find("\"seq\":", at + 6))
        ++n;
    *count = n;
    return true;
}
} // namespace

QString signIn(const Endpoint &at, const QString &user, const QString &device, Recorder &recorder)
{
    Session session(at, recorder, user);
    return session.signIn(user, device, at.password) ? session.token() : QString();
}

CommunityOutcome runCommunity(const Endpoint &at, const CommunityDevice &device,
                              const QString &token, Recorder &recorder)
{
    CommunityOutcome out;
    const auto start = Clock::now();
    Session session(at, recorder, device.user, token);
    // The community since the device's cursor (0: a device set up anew).
    qint64 cursor = device.cursor;
    QStringList people = device.people;
    for (bool more = true; more;) {
        const auto page = session.send(QStringLiteral("pull page (community)"), "GET",
                                       changesPath(cursor, device.pageSize));
        if (!page)
            return out;
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(*page)).object();
        const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &c : changes) {
            const QJsonObject change = c.toObject();
            if (change.value(QStringLiteral("type")).toString() == QLatin1String("recipient"))
                people << change.value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("idNumber"))
                              .toString();
        }
        out.pulled += changes.size();
        const qint64 next = o.value(QStringLiteral("next")).toInteger(cursor);
        more = o.value(QStringLiteral("more")).toBool() && next > cursor;
        cursor = next;
    }
    out.cursor = cursor;
    out.people = people;
    if (device.pullOnly) {
        out.ok = true;
        return out;
    }
    if (people.size() < device.photos.size()) {
        recorder.error(
            QStringLiteral("%1: only %2 people pulled").arg(device.user).arg(people.size()));
        return out;
    }
    // Which photos the server lacks, then each one in a single chunk.
    QJsonArray hashes;
    for (const Photo &p : device.photos)
        hashes.append(p.sha256);
    const auto missing =
        session.send(QStringLiteral("evidence missing"), "POST", "/v1/evidence/missing",
                     QJsonDocument(QJsonObject{{QStringLiteral("hashes"), hashes}})
                         .toJson(QJsonDocument::Compact)
                         .toStdString());
    if (!missing)
        return out;
    const QJsonArray lacking = QJsonDocument::fromJson(QByteArray::fromStdString(*missing))
                                   .object()
                                   .value(QStringLiteral("missing"))
                                   .toArray();
    // Up to parallelUploads at once, each further one on a connection of its
    // own (the desk's SyncRun sends 6: QNetworkAccessManager's connections per host).
    QList<const Photo *> toSend;
    for (const Photo &p : device.photos) {
        if (lacking.contains(p.sha256))
            toSend << &p;
    }
    std::mutex sentMutex;
    std::atomic<bool> uploadsOk{true};
    const auto upload = [&](Session &via, int lane, int lanes) {
        for (qsizetype i = lane; i < toSend.size() && uploadsOk; i += lanes) {
            const Photo &p = *toSend.at(i);
            const std::string path = "/v1/evidence/" + p.sha256.toStdString() +
                                     "?offset=0&total=" + std::to_string(p.bytes.size());
            if (!via.send(QStringLiteral("upload photo"), "PUT", path, p.bytes.toStdString(),
                          "application/octet-stream")) {
                uploadsOk = false;
                return;
            }
            std::lock_guard<std::mutex> lock(sentMutex);
            out.uploaded << p.sha256;
        }
    };
    if (device.batchUploads && !toSend.isEmpty()) {
        std::string files, body;
        for (const Photo *p : std::as_const(toSend)) {
            files += (files.empty() ? "" : ",") + p->sha256.toStdString() + ":" +
                     std::to_string(p->bytes.size());
            body += p->bytes.toStdString();
        }
        if (!session.send(QStringLiteral("upload batch"), "POST",
                          "/v1/evidence/batch?files=" + files, body, "application/octet-stream"))
            return out;
        for (const Photo *p : std::as_const(toSend))
            out.uploaded << p->sha256;
        toSend.clear();
    }
    const int lanes = int(std::min<qsizetype>(qMax(1, device.parallelUploads), toSend.size()));
    std::vector<std::thread> helpers;
    for (int lane = 1; lane < lanes; ++lane) {
        helpers.emplace_back([&, lane] {
            Session more(at, recorder, device.user, token);
            upload(more, lane, lanes);
        });
    }
    if (lanes > 0)
        upload(session, 0, lanes);
    for (std::thread &helper : helpers)
        helper.join();
    if (!uploadsOk)
        return out;
    // One check a photo: people spread over the community, checked today.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonArray events;
    QStringList uuids;
    const qsizetype stride = people.size() / device.photos.size();
    for (int i = 0; i < device.photos.size(); ++i) {
        const Photo &p = device.photos.at(i);
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        uuids << uuid;
        const QJsonObject evidence{
            {QStringLiteral("sha256"), p.sha256},
            {QStringLiteral("content"), p.sha256},
            {QStringLiteral("kind"), VerificationTerms::key(EvidenceKind::Person)},
            {QStringLiteral("name"), QStringLiteral("photo-%1.jpg").arg(i + 1)},
            {QStringLiteral("format"), QStringLiteral("jpeg")},
            {QStringLiteral("width"), p.width},
            {QStringLiteral("height"), p.height},
            {QStringLiteral("bytes"), qint64(p.bytes.size())},
            {QStringLiteral("capturedAt"), now}};
        events.append(QJsonObject{
            {QStringLiteral("uuid"), uuid},
            {QStringLiteral("kind"), QStringLiteral("verification")},
            {QStringLiteral("idNumber"), people.at((i * stride + device.day) % people.size())},
            {QStringLiteral("checkDate"), today},
            {QStringLiteral("occurredAt"), now},
            {QStringLiteral("recordedAt"), now},
            {QStringLiteral("method"), VerificationTerms::key(VerificationMethod::HomeVisit)},
            {QStringLiteral("status"), VerificationTerms::key(LivingStatus::Alive)},
            {QStringLiteral("worker"), device.user},
            {QStringLiteral("evidence"), QJsonArray{evidence}}});
    }
    const QJsonObject push{{QStringLiteral("device"), device.device},
                           {QStringLiteral("since"), cursor},
                           {QStringLiteral("events"), events}};
    const auto answer =
        session.send(QStringLiteral("push"), "POST", "/v1/events",
                     QJsonDocument(push).toJson(QJsonDocument::Compact).toStdString());
    if (!answer)
        return out;
    const QJsonArray results = QJsonDocument::fromJson(QByteArray::fromStdString(*answer))
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    for (int i = 0; i < uuids.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        const QString status = r.value(QStringLiteral("status")).toString();
        if ((status == QLatin1String("accepted") || status == QLatin1String("conflict")) &&
            r.value(QStringLiteral("uuid")).toString() == uuids.at(i)) {
            out.pushedUuids << uuids.at(i);
        } else {
            recorder.error(QStringLiteral("%1 push: %2 %3 %4")
                               .arg(device.user, status, r.value(QStringLiteral("code")).toString(),
                                    r.value(QStringLiteral("reason")).toString()));
        }
    }
    recorder.add(QStringLiteral("whole sync (community)"), msSince(start));
    out.ok = out.pushedUuids.size() == uuids.size();
    return out;
}

DeskOutcome runDesk(const Endpoint &at, const QString &user, const QString &token,
                    const QString &label, qint64 cursor, Recorder &recorder)
{
    DeskOutcome out;
    const auto start = Clock::now();
    Session session(at, recorder, user, token);
    for (bool more = true; more;) {
        const auto page = session.send(QStringLiteral("pull page (%1, 5000)").arg(label), "GET",
                                       changesPath(cursor, 5000));
        if (!page)
            return out;
        qint64 next = 0, count = 0;
        if (!pageTail(*page, &next, &more, &count)) {
            recorder.error(QStringLiteral("%1: a page without next/more").arg(user));
            return out;
        }
        out.pulled += count;
        more = more && next > cursor;
        cursor = next;
    }
    recorder.add(QStringLiteral("whole pull (%1)").arg(label), msSince(start));
    out.cursor = cursor;
    out.ok = true;
    return out;
}

} // namespace certdesk::city
