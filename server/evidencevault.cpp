#include "evidencevault.h"
#include "evidencefiles.h"
#include "evidencehash.h"
#include "unorderedwrite.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <array>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <sys/statvfs.h>
#include <unistd.h>

#include "faultinjection.h"

namespace certdesk
{

namespace evidencefiles
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
// Bytes free on the disk that holds `dir`, read at most once a second
// (issue 19: QStorageInfo read /proc/self/mountinfo on every upload; a
// community's sync makes 12). Between readings the bytes this server writes
// there are taken off the last reading (`written`), so a second's uploads do
// not pass the bound together on one reading. -1 when unknown.
qint64 freeBytes(const QString &dir, qint64 written)
{
    struct Reading {
        qint64 atMs = 0;
        qint64 bytes = -1;
    };
    static std::mutex mutex;
    static QHash<QString, Reading> readings;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        std::lock_guard<std::mutex> lock(mutex);
        const auto it = readings.find(dir);
        if (it != readings.end() && now >= it->atMs && now - it->atMs < 1000) {
            if (it->bytes >= 0)
                it->bytes -= written;
            return it->bytes;
        }
    }
    if (written > 0)
        return -1; // read anew on the next check
    struct statvfs disk {
    };
    const qint64 bytes = ::statvfs(QFile::encodeName(dir).constData(), &disk) == 0
                             ? qint64(disk.f_bavail) * qint64(disk.f_frsize)
                             : -1;
    std::lock_guard<std::mutex> lock(mutex);
    readings.insert(dir, {now, bytes});
    return bytes;
}
} // namespace evidencefiles

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
    return QStringLiteral("%1/partial/%2.%3.part").arg(m_dir, sha, evidencefiles::fileTag(user));
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
    std::lock_guard<std::mutex> lock(evidencefiles::fileMutex(sha));
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
        std::lock_guard<std::mutex> opening(evidencefiles::openMutex(caller.user));
        const QString tag =
            QLatin1Char('.') + evidencefiles::fileTag(caller.user) + QStringLiteral(".part");
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
    const qint64 free = evidencefiles::freeBytes(m_dir);
    if (free >= 0 && free - total + held < MinFreeBytes)
        return refuse({507, QStringLiteral("insufficient-storage"),
                       QStringLiteral("The server's evidence disk is full; try again later."), held,
                       false});
    // The daily quota, checked and counted by one statement (countWithin: no
    // other upload comes between). The chunk that completes the file is counted
    // in the transaction that records the file (finish); any other chunk here,
    // before its bytes are written, and given back when they are not kept.
    const bool completes = held + bytes.size() == total;
    const qint64 counting = m_dailyQuota > 0 ? bytes.size() : 0;
    bool counted = false;
    if (counting > 0 && !completes) {
        const Quota quota = countWithin(db, caller.user, counting, &error);
        if (quota != Quota::Counted)
            return refuse(quotaRefusal(db, caller.user, quota, held));
        counted = true;
    }
    const auto giveBack = [&]() {
        if (counted)
            countSent(db, caller.user, -counting);
    };
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
    evidencefiles::freeBytes(m_dir, bytes.size());
    FaultInjection::evidenceBytesWritten(bytes.size());
    r.received = held + bytes.size();
    if (r.received < total)
        return r;
    Finish outcome = Finish::Failed;
    if (!finish(sha, partial, caller.user, completes ? counting : 0, &error, &outcome)) {
        if (outcome == Finish::Mismatch)
            return {422, QStringLiteral("hash-mismatch"), error, 0, false};
        if (outcome == Finish::OverQuota || outcome == Finish::Unavailable) {
            // This chunk's bytes are not kept: the partial file as it was.
            if (starting)
                QFile::remove(partial);
            else
                QFile::resize(partial, held);
            return quotaRefusal(db, caller.user,
                                outcome == Finish::OverQuota ? Quota::Exceeded : Quota::Unavailable,
                                held);
        }
        std::fprintf(stderr, "evidence store failed: %s\n", qPrintable(error));
        return {500, QStringLiteral("server-error"),
                QStringLiteral("The server could not store the upload; try again later."),
                r.received, false};
    }
    r.complete = true;
    return r;
}

bool EvidenceVault::finish(const QString &sha, const QString &partial, const QString &user,
                           qint64 counting, QString *error, Finish *outcome) const
{
    const QString actual = EvidenceHash::ofFile(partial);
    if (actual.isEmpty()) {
        *error = QStringLiteral("cannot read the upload back");
        return false;
    }
    if (actual != sha) {
        QFile::remove(partial);
        *outcome = Finish::Mismatch;
        *error = QStringLiteral(
                     "The uploaded bytes hash to %1, not to %2; the partial file was discarded.")
                     .arg(actual, sha);
        return false;
    }
    QSqlDatabase db = m_store.connection(error);
    if (!db.isValid()) {
        *outcome = Finish::Unavailable;
        return false;
    }
    const QString target = finalPath(sha);
    const qint64 size = QFileInfo(partial).size();
    if (m_store.driver() == UpstreamStore::Driver::Postgres)
        return recordAtOnce(db, sha, partial, user, counting, size, error, outcome);
    // SQLite: the upload's rows in one transaction (issue 19): the day's
    // count, the file and its holder. The file goes into place inside it,
    // after the count: a file in place without its row (the commit failed) is
    // taken as the same bytes by the next upload of it.
    return unorderedWrite(
        m_store, db,
        [&](QSqlQuery &q, QString *error) {
            if (counting > 0) {
                const Quota quota = countWithin(db, user, counting, error);
                if (quota != Quota::Counted) {
                    *outcome = quota == Quota::Exceeded ? Finish::OverQuota : Finish::Unavailable;
                    return false;
                }
            }
            bool placed = false;
            return putInPlace(partial, target, size, &placed, error) &&
                   execQuery(q,
                             QStringLiteral("INSERT INTO evidence (sha256, bytes, stored_at) "
                                            "VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
                             {sha, size, UpstreamStore::nowIso()}, error) &&
                   execQuery(q,
                             QStringLiteral("INSERT INTO evidence_holder (sha256, user_name) "
                                            "VALUES (?, ?) ON CONFLICT (sha256, user_name) DO "
                                            "NOTHING"),
                             {sha, user}, error);
        },
        error);
}

bool EvidenceVault::putInPlace(const QString &partial, const QString &target, qint64 size,
                               bool *placed, QString *error)
{
    *placed = false;
    if (QFileInfo::exists(target) && QFileInfo(target).size() == size) {
        // Someone else sent the same bytes before: this user has shown them too.
        QFile::remove(partial);
        return true;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        *error = QStringLiteral("cannot move the upload into place");
        return false;
    }
    *placed = true;
    return true;
}

bool EvidenceVault::recordAtOnce(QSqlDatabase &db, const QString &sha, const QString &partial,
                                 const QString &user, qint64 counting, qint64 size, QString *error,
                                 Finish *outcome) const
{
    // PostgreSQL (issue 19 point 2): the day's count, the file's row and its
    // holder in one statement, data-modifying CTEs that SQLite lacks. A
    // statement is atomic on its own, so no BEGIN and COMMIT: an upload is the
    // token, the "held already?" read and this, where it was seven statements.
    // The rows are written only when the count passes (or nothing is counted).
    if (counting > m_dailyQuota) {
        *outcome = Finish::OverQuota;
        return false;
    }
    // The file goes into place first (the same bytes sent before by someone
    // else stay as they are): never a row without its file. When the quota
    // refuses, it goes back to being this user's partial upload, as the
    // caller expects of a refused chunk (evidencefiles::fileMutex(sha) is held: no other
    // upload of these bytes comes between).
    const QString target = finalPath(sha);
    const bool there = QFileInfo::exists(target) && QFileInfo(target).size() == size;
    if (!there) {
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::rename(partial, target)) {
            *error = QStringLiteral("cannot move the upload into place");
            return false;
        }
    }
    const QString count =
        counting > 0
            ? QStringLiteral("INSERT INTO upload_day (user_name, day, bytes) VALUES (?, ?, "
                             "?) ON CONFLICT (user_name, day) DO UPDATE SET bytes = "
                             "upload_day.bytes + excluded.bytes WHERE upload_day.bytes + "
                             "excluded.bytes <= ? RETURNING bytes")
            : QStringLiteral("SELECT 1 AS bytes");
    QVariantList values;
    if (counting > 0)
        values << user << evidencefiles::utcDay() << counting << m_dailyQuota;
    values << sha << size << UpstreamStore::nowIso() << sha << user;
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("WITH counted AS (%1), file AS (INSERT INTO evidence (sha256, "
                                  "bytes, stored_at) SELECT ?, CAST(? AS BIGINT), ? FROM counted "
                                  "ON CONFLICT (sha256) DO NOTHING), holder AS (INSERT INTO "
                                  "evidence_holder (sha256, user_name) SELECT ?, ? FROM counted "
                                  "ON CONFLICT (sha256, user_name) DO NOTHING) SELECT count(*) "
                                  "FROM counted")
                       .arg(count),
                   values, error)) {
        // Whether it was stored is not known (the answer may be what was
        // lost): the file stays in place, as the next upload of it expects.
        *outcome = Finish::Unavailable;
        return false;
    }
    const bool counted = q.next() && q.value(0).toLongLong() > 0;
    q.finish();
    if (counted) {
        if (there)
            QFile::remove(partial);
        return true;
    }
    // Over the quota, nothing written: the chunk's bytes go back.
    *outcome = Finish::OverQuota;
    if (!there)
        QFile::rename(target, partial);
    return false;
}

qint64 EvidenceVault::sentToday(QSqlDatabase &db, const QString &user) const
{
    QSqlQuery q(db);
    QString error;
    if (!execQuery(q,
                   QStringLiteral("SELECT bytes FROM upload_day WHERE user_name = ? AND day = ?"),
                   {user, evidencefiles::utcDay()}, &error))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

EvidenceVault::Quota EvidenceVault::countWithin(QSqlDatabase &db, const QString &user, qint64 bytes,
                                                QString *error) const
{
    if (bytes > m_dailyQuota)
        return Quota::Exceeded;
    // The check and the count in one statement: the row is counted only while
    // the sum stays within the quota (a new row: bytes alone, checked above).
    // Atomic among uploads running at once on both stores, where a read and
    // then a write needed a lock around them.
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("INSERT INTO upload_day (user_name, day, bytes) VALUES (?, ?, "
                                  "?) ON CONFLICT (user_name, day) DO UPDATE SET bytes = "
                                  "upload_day.bytes + excluded.bytes WHERE upload_day.bytes + "
                                  "excluded.bytes <= ? RETURNING bytes"),
                   {user, evidencefiles::utcDay(), bytes, m_dailyQuota}, error))
        return Quota::Unavailable;
    const bool counted = q.next();
    q.finish();
    return counted ? Quota::Counted : Quota::Exceeded;
}

EvidenceVault::AppendResult EvidenceVault::quotaRefusal(QSqlDatabase &db, const QString &user,
                                                        Quota quota, qint64 held) const
{
    const qint64 sent = quota == Quota::Exceeded ? sentToday(db, user) : -1;
    if (sent < 0)
        return {503, QStringLiteral("unavailable"),
                QStringLiteral("The server cannot reach its store; try again later."), held, false};
    return {429, QStringLiteral("quota-exceeded"),
            QStringLiteral("%1 has sent %2 MiB of evidence today; the daily quota is %3 MiB per "
                           "user. The upload continues tomorrow (UTC).")
                .arg(user)
                .arg(sent >> 20)
                .arg(m_dailyQuota >> 20),
            held, false};
}

bool EvidenceVault::countSent(QSqlDatabase &db, const QString &user, qint64 bytes) const
{
    // Bytes given back (negative): one statement, its own transaction.
    QSqlQuery q(db);
    QString error;
    return execQuery(q,
                     QStringLiteral("INSERT INTO upload_day (user_name, day, bytes) VALUES (?, ?, "
                                    "?) ON CONFLICT (user_name, day) DO UPDATE SET bytes = "
                                    "upload_day.bytes + excluded.bytes"),
                     {user, evidencefiles::utcDay(), bytes}, &error);
}

bool EvidenceVault::storeFile(const QString &sha, const QString &path, const QString &user,
                              QString *error) const
{
    std::lock_guard<std::mutex> lock(evidencefiles::fileMutex(sha));
    const QString partial = partialPath(sha, user);
    QFile::remove(partial);
    if (!QFile::copy(path, partial)) {
        *error = QStringLiteral("cannot copy %1 into the evidence folder").arg(path);
        return false;
    }
    Finish outcome = Finish::Failed;
    return finish(sha, partial, user, 0, error, &outcome);
}

} // namespace certdesk
