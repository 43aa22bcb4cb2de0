#include "evidencevault.h"
#include "unorderedwrite.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <array>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <unistd.h>

#include "faultinjection.h"

namespace certdesk
{

namespace
{
// Two chunks of one file must not interleave, nor two finishes of one file:
// one lock per file (of a fixed set, by hash). Uploads of different files run
// at once (issue 19: one lock for all made 2,000 photos wait on each other's
// fsync).
std::mutex &fileMutex(const QString &sha)
{
    static std::array<std::mutex, 64> mutexes;
    return mutexes[qHash(sha) % mutexes.size()];
}

// Counting a user's open uploads and starting another is one step.
std::mutex &openMutex(const QString &user)
{
    static std::array<std::mutex, 16> mutexes;
    return mutexes[qHash(user) % mutexes.size()];
}

QByteArray hashFile(const QString &path, bool *ok)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *ok = f.open(QIODevice::ReadOnly) && hash.addData(&f);
    return hash.result().toHex();
}

// The day a daily quota counts in.
QString utcDay()
{
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

// A user name as part of a file name.
QString fileTag(const QString &user)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}
// The daily upload quota's check and count, one step among this server's uploads.
std::mutex &quotaMutex()
{
    static std::mutex m;
    return m;
}
} // namespace

EvidenceVault::EvidenceVault(const UpstreamStore &store, const QString &dir)
    : m_store(store), m_dir(QDir(dir).absolutePath())
{
    QDir().mkpath(m_dir + QStringLiteral("/partial"));
}

bool EvidenceVault::isHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString EvidenceVault::finalPath(const QString &sha) const
{
    return QStringLiteral("%1/%2/%3").arg(m_dir, sha.left(2), sha);
}

QString EvidenceVault::partialPath(const QString &sha, const QString &user) const
{
    return QStringLiteral("%1/partial/%2.%3.part").arg(m_dir, sha, fileTag(user));
}

bool EvidenceVault::isComplete(QSqlDatabase &db, const QString &sha) const
{
    QSqlQuery q(db);
    QString error;
    return execQuery(q, QStringLiteral("SELECT 1 FROM evidence WHERE sha256 = ?"), {sha}, &error) &&
           q.next();
}

bool EvidenceVault::usedInScope(QSqlDatabase &db, const TokenScope &scope, const QString &sha) const
{
    QSqlQuery q(db);
    QString error;
    if (!execQuery(
            q,
            QStringLiteral(
                "SELECT r.district_code, r.street_code, r.community_code FROM event_evidence ee "
                "JOIN event e ON e.uuid = ee.event_uuid JOIN recipient r ON r.id_number = "
                "e.id_number WHERE ee.content_hash = ?"),
            {sha}, &error))
        return false;
    while (q.next()) {
        if (scope.contains({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}))
            return true;
    }
    return false;
}

bool EvidenceVault::heldFor(QSqlDatabase &db, const Caller &caller, const QString &sha) const
{
    QString error;
    const auto held = heldAmong(db, caller, {sha}, &error);
    return held && held->contains(sha);
}

std::optional<QSet<QString>> EvidenceVault::heldAmong(QSqlDatabase &db, const Caller &caller,
                                                      const QStringList &shas, QString *error) const
{
    QSet<QString> complete, held;
    if (!selectIn(
            db, QStringLiteral("SELECT sha256 FROM evidence WHERE sha256 IN (%1)"), {}, shas,
            [&](const QSqlQuery &q) { complete.insert(q.value(0).toString()); }, error))
        return std::nullopt;
    const QStringList candidates(complete.cbegin(), complete.cend());
    if (!selectIn(
            db,
            QStringLiteral(
                "SELECT sha256 FROM evidence_holder WHERE user_name = ? AND sha256 IN (%1)"),
            {caller.user}, candidates,
            [&](const QSqlQuery &q) { held.insert(q.value(0).toString()); }, error))
        return std::nullopt;
    // The rest counts when an event of the caller's jurisdiction uses it
    // (usedInScope, asked for all of them at once).
    QStringList rest;
    for (const QString &sha : candidates) {
        if (!held.contains(sha))
            rest.append(sha);
    }
    const TokenScope &scope = caller.scope;
    if (rest.isEmpty() || scope.level < 1 || scope.level > 3)
        return held;
    if (!selectIn(
            db,
            QStringLiteral("SELECT DISTINCT ee.content_hash FROM event_evidence ee JOIN event e ON "
                           "e.uuid = ee.event_uuid JOIN recipient r ON r.id_number = e.id_number "
                           "WHERE r.%1 = ? AND ee.content_hash IN (%2)")
                .arg(scope.column(), QStringLiteral("%1")),
            {scope.code}, rest, [&](const QSqlQuery &q) { held.insert(q.value(0).toString()); },
            error))
        return std::nullopt;
    return held;
}

qint64 EvidenceVault::received(QSqlDatabase &db, const Caller &caller, const QString &sha) const
{
    if (heldFor(db, caller, sha))
        return QFileInfo(finalPath(sha)).size();
    const QString partial = partialPath(sha, caller.user);
    return QFileInfo::exists(partial) ? QFileInfo(partial).size() : 0;
}

int EvidenceVault::sweepPartials() const
{
    QDir partial(m_dir + QStringLiteral("/partial"));
    const QDateTime oldest = QDateTime::currentDateTime().addSecs(-PartialExpiryHours * 3600);
    int removed = 0;
    for (const QFileInfo &f : partial.entryInfoList(QDir::Files)) {
        if (f.lastModified() < oldest && QFile::remove(f.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

EvidenceVault::AppendResult EvidenceVault::append(const Caller &caller, const QString &sha,
                                                  qint64 offset, qint64 total,
                                                  const QByteArray &bytes) const
{
    AppendResult r;
    if (total > MaxFileBytes)
        return {413, QStringLiteral("too-large"),
                QStringLiteral("An evidence file is at most %1 MiB.").arg(MaxFileBytes >> 20), 0,
                false};
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return {503, QStringLiteral("unavailable"),
                QStringLiteral("The server cannot reach its store; try again later."), 0, false};
    {
        // Unfinished uploads expire; checked at most once an hour.
        static std::atomic<qint64> lastSweep{QDateTime::currentSecsSinceEpoch()};
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        qint64 last = lastSweep.load();
        if (now - last >= 3600 && lastSweep.compare_exchange_strong(last, now))
            sweepPartials();
    }
    std::lock_guard<std::mutex> lock(fileMutex(sha));
    if (heldFor(db, caller, sha)) {
        r.received = QFileInfo(finalPath(sha)).size();
        r.complete = true;
        return r;
    }
    const QString partial = partialPath(sha, caller.user);
    const qint64 held = QFileInfo::exists(partial) ? QFileInfo(partial).size() : 0;
    if (offset != held) {
        r.status = 409;
        r.error = QStringLiteral("offset-mismatch");
        r.message =
            QStringLiteral("The chunk starts at %1 but the server holds %2 bytes of this file.")
                .arg(offset)
                .arg(held);
        r.received = held;
        return r;
    }
    if (offset + bytes.size() > total) {
        r.status = 400;
        r.error = QStringLiteral("bad-request");
        r.message = QStringLiteral("offset + chunk length (%1) is more than total (%2).")
                        .arg(offset + bytes.size())
                        .arg(total);
        r.received = held;
        return r;
    }
    // A new upload: counted and started (an empty partial file) in one step,
    // so uploads running at once cannot pass the bound together. Taken back
    // below when the chunk is refused.
    const bool starting = held == 0;
    if (starting) {
        std::lock_guard<std::mutex> opening(openMutex(caller.user));
        const QString tag = QLatin1Char('.') + fileTag(caller.user) + QStringLiteral(".part");
        const QStringList open = QDir(m_dir + QStringLiteral("/partial"))
                                     .entryList({QLatin1Char('*') + tag}, QDir::Files);
        if (open.size() >= MaxOpenUploads && !open.contains(QFileInfo(partial).fileName()))
            return {413, QStringLiteral("too-large"),
                    QStringLiteral("At most %1 unfinished uploads per user; finish those first.")
                        .arg(MaxOpenUploads),
                    0, false};
        QFile start(partial);
        if (!start.open(QIODevice::WriteOnly | QIODevice::Append)) {
            std::fprintf(stderr, "evidence write failed: %s\n", qPrintable(start.errorString()));
            return {500, QStringLiteral("server-error"),
                    QStringLiteral("The server could not write the upload; try again later."), 0,
                    false};
        }
    }
    const auto refuse = [&](const AppendResult &refusal) {
        if (starting)
            QFile::remove(partial);
        return refusal;
    };
    // The daily quota: checked and counted in one step among uploads (they run at
    // once), given back when the bytes are not kept. A lock of its own, not the
    // store's write lock: uploads do not wait behind pushes (issue 19, bench_city).
    bool counted = false;
    if (m_dailyQuota > 0) {
        std::lock_guard<std::mutex> quota(quotaMutex());
        const qint64 sent = sentToday(db, caller.user);
        if (sent < 0)
            return refuse({503, QStringLiteral("unavailable"),
                           QStringLiteral("The server cannot reach its store; try again later."),
                           held, false});
        if (sent + bytes.size() > m_dailyQuota)
            return refuse({429, QStringLiteral("quota-exceeded"),
                           QStringLiteral("%1 has sent %2 MiB of evidence today; the daily quota "
                                          "is %3 MiB per user. The upload continues tomorrow "
                                          "(UTC).")
                               .arg(caller.user)
                               .arg(sent >> 20)
                               .arg(m_dailyQuota >> 20),
                           held, false});
        counted = countSent(db, caller.user, bytes.size());
        if (!counted)
            std::fprintf(stderr, "evidence quota not counted for an upload\n");
    }
    const auto giveBack = [&]() {
        if (counted) {
            std::lock_guard<std::mutex> quota(quotaMutex());
            countSent(db, caller.user, -bytes.size());
        }
    };
    const QStorageInfo disk(m_dir);
    if (disk.isValid() && disk.bytesAvailable() - total + held < MinFreeBytes) {
        giveBack();
        return refuse({507, QStringLiteral("insufficient-storage"),
                       QStringLiteral("The server's evidence disk is full; try again later."), held,
                       false});
    }
    QFile f(partial);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(bytes) != bytes.size() ||
        !f.flush() || ::fsync(f.handle()) != 0) {
        std::fprintf(stderr, "evidence write failed: %s\n", qPrintable(f.errorString()));
        giveBack();
        return {500, QStringLiteral("server-error"),
                QStringLiteral("The server could not write the upload; try again later."), held,
                false};
    }
    f.close();
    FaultInjection::evidenceBytesWritten(bytes.size());
    r.received = held + bytes.size();
    if (r.received < total)
        return r;
    bool mismatch = false;
    if (!finish(sha, partial, caller.user, &error, &mismatch)) {
        if (mismatch)
            return {422, QStringLiteral("hash-mismatch"), error, 0, false};
        std::fprintf(stderr, "evidence store failed: %s\n", qPrintable(error));
        return {500, QStringLiteral("server-error"),
                QStringLiteral("The server could not store the upload; try again later."),
                r.received, false};
    }
    r.complete = true;
    return r;
}

bool EvidenceVault::finish(const QString &sha, const QString &partial, const QString &user,
                           QString *error, bool *mismatch) const
{
    bool ok = false;
    const QByteArray actual = hashFile(partial, &ok);
    if (!ok) {
        *error = QStringLiteral("cannot read the upload back");
        return false;
    }
    if (QString::fromLatin1(actual) != sha) {
        QFile::remove(partial);
        *mismatch = true;
        *error = QStringLiteral(
                     "The uploaded bytes hash to %1, not to %2; the partial file was discarded.")
                     .arg(QString::fromLatin1(actual), sha);
        return false;
    }
    const QString target = finalPath(sha);
    const qint64 size = QFileInfo(partial).size();
    if (QFileInfo::exists(target) && QFileInfo(target).size() == size) {
        // Someone else sent the same bytes before: this user has shown them too.
        QFile::remove(partial);
    } else {
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::rename(partial, target)) {
            *error = QStringLiteral("cannot move the upload into place");
            return false;
        }
    }
    return record(sha, size, user, error);
}

bool EvidenceVault::record(const QString &sha, qint64 bytes, const QString &user,
                           QString *error) const
{
    QSqlDatabase db = m_store.connection(error);
    if (!db.isValid())
        return false;
    return unorderedWrite(
        m_store, db,
        [&](QSqlQuery &q, QString *error) {
            return execQuery(q,
                             QStringLiteral("INSERT INTO evidence (sha256, bytes, stored_at) "
                                            "VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
                             {sha, bytes, UpstreamStore::nowIso()}, error) &&
                   execQuery(q,
                             QStringLiteral("INSERT INTO evidence_holder (sha256, user_name) "
                                            "VALUES (?, ?) ON CONFLICT (sha256, user_name) DO "
                                            "NOTHING"),
                             {sha, user}, error);
        },
        error);
}

qint64 EvidenceVault::sentToday(QSqlDatabase &db, const QString &user) const
{
    QSqlQuery q(db);
    QString error;
    if (!execQuery(q,
                   QStringLiteral("SELECT bytes FROM upload_day WHERE user_name = ? AND day = ?"),
                   {user, utcDay()}, &error))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool EvidenceVault::countSent(QSqlDatabase &db, const QString &user, qint64 bytes) const
{
    // One statement, its own transaction; the caller holds quotaMutex() so that the
    // check before it and this count are one step among uploads.
    QSqlQuery q(db);
    QString error;
    return execQuery(q,
                     QStringLiteral("INSERT INTO upload_day (user_name, day, bytes) VALUES (?, ?, "
                                    "?) ON CONFLICT (user_name, day) DO UPDATE SET bytes = "
                                    "upload_day.bytes + excluded.bytes"),
                     {user, utcDay(), bytes}, &error);
}

bool EvidenceVault::storeFile(const QString &sha, const QString &path, const QString &user,
                              QString *error) const
{
    std::lock_guard<std::mutex> lock(fileMutex(sha));
    const QString partial = partialPath(sha, user);
    QFile::remove(partial);
    if (!QFile::copy(path, partial)) {
        *error = QStringLiteral("cannot copy %1 into the evidence folder").arg(path);
        return false;
    }
    bool mismatch = false;
    return finish(sha, partial, user, error, &mismatch);
}

} // namespace certdesk
