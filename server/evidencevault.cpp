#include "evidencevault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <mutex>
#include <unistd.h>

#include "faultinjection.h"

namespace certdesk
{

namespace
{
// One upload writes at a time: two clients sending the same file must not
// interleave their chunks in one partial file.
std::mutex &fileMutex()
{
    static std::mutex mutex;
    return mutex;
}

QByteArray hashFile(const QString &path, bool *ok)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *ok = f.open(QIODevice::ReadOnly) && hash.addData(&f);
    return hash.result().toHex();
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

QString EvidenceVault::partialPath(const QString &sha) const
{
    return QStringLiteral("%1/partial/%2.part").arg(m_dir, sha);
}

bool EvidenceVault::isComplete(QSqlDatabase &db, const QString &sha) const
{
    QSqlQuery q(db);
    QString error;
    return execQuery(q, QStringLiteral("SELECT 1 FROM evidence WHERE sha256 = ?"), {sha}, &error) &&
           q.next();
}

qint64 EvidenceVault::received(QSqlDatabase &db, const QString &sha) const
{
    if (isComplete(db, sha))
        return QFileInfo(finalPath(sha)).size();
    return QFileInfo::exists(partialPath(sha)) ? QFileInfo(partialPath(sha)).size() : 0;
}

EvidenceVault::AppendResult EvidenceVault::append(const QString &sha, qint64 offset, qint64 total,
                                                  const QByteArray &bytes) const
{
    AppendResult r;
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return {500, QStringLiteral("server-error"), error, 0, false};
    std::lock_guard<std::mutex> lock(fileMutex());
    if (isComplete(db, sha)) {
        r.received = QFileInfo(finalPath(sha)).size();
        r.complete = true;
        return r;
    }
    const QString partial = partialPath(sha);
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
    QFile f(partial);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(bytes) != bytes.size() ||
        !f.flush() || ::fsync(f.handle()) != 0) {
        return {500, QStringLiteral("server-error"),
                QStringLiteral("cannot write the upload: %1").arg(f.errorString()), held, false};
    }
    f.close();
    FaultInjection::evidenceBytesWritten(bytes.size());
    r.received = held + bytes.size();
    if (r.received < total)
        return r;
    bool mismatch = false;
    if (!finish(sha, partial, &error, &mismatch)) {
        if (mismatch)
            return {422, QStringLiteral("hash-mismatch"), error, 0, false};
        return {500, QStringLiteral("server-error"), error, r.received, false};
    }
    r.complete = true;
    return r;
}

bool EvidenceVault::finish(const QString &sha, const QString &partial, QString *error,
                           bool *mismatch) const
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
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    const qint64 size = QFileInfo(partial).size();
    if (!QFile::rename(partial, target)) {
        *error = QStringLiteral("cannot move the upload into place");
        return false;
    }
    return record(sha, size, error);
}

bool EvidenceVault::record(const QString &sha, qint64 bytes, QString *error) const
{
    QSqlDatabase db = m_store.connection(error);
    if (!db.isValid())
        return false;
    std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
    if (!m_store.begin(db, error))
        return false;
    QSqlQuery q(db);
    if (!execQuery(
            q,
            QStringLiteral("INSERT INTO evidence (sha256, bytes, stored_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (sha256) DO NOTHING"),
            {sha, bytes, UpstreamStore::nowIso()}, error)) {
        UpstreamStore::rollback(db);
        return false;
    }
    return UpstreamStore::commit(db, error);
}

bool EvidenceVault::storeFile(const QString &sha, const QString &path, QString *error) const
{
    std::lock_guard<std::mutex> lock(fileMutex());
    const QString partial = partialPath(sha);
    QFile::remove(partial);
    if (!QFile::copy(path, partial)) {
        *error = QStringLiteral("cannot copy %1 into the evidence folder").arg(path);
        return false;
    }
    bool mismatch = false;
    return finish(sha, partial, error, &mismatch);
}

} // namespace certdesk
