// POST /v1/evidence/batch (docs/sync-protocol.md, "Evidence"): a day's small
// photos in one request. Issue 19 point 2: a community's daily sync was 15
// requests, 12 of them uploads, each with its token check, its "held
// already?" read and its statement; with 200 devices at once the server's CPU
// a sync was the bound.
#include "evidencefiles.h"
#include "evidencehash.h"
#include "evidencevault.h"
#include "faultinjection.h"
#include "unorderedwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace certdesk
{

EvidenceVault::AppendResult EvidenceVault::storeBatch(const Caller &caller,
                                                      const QList<BatchFile> &files,
                                                      QByteArrayView body) const
{
    // Every slice is checked before anything is written: a batch with one
    // wrong file stores none of them.
    QStringList shas;
    qint64 at = 0;
    for (const BatchFile &f : files) {
        const QString actual = EvidenceHash::ofBytes(body.sliced(at, f.bytes));
        if (actual.isEmpty())
            return {500, QStringLiteral("server-error"),
                    QStringLiteral("The server could not check the upload; try again later."), 0,
                    false};
        if (actual != f.sha)
            return {422, QStringLiteral("hash-mismatch"),
                    QStringLiteral("The bytes sent for %1 hash to %2; nothing of the batch was "
                                   "stored.")
                        .arg(f.sha, actual),
                    0, false};
        shas << f.sha;
        at += f.bytes;
    }
    const AppendResult unreachable{
        503, QStringLiteral("unavailable"),
        QStringLiteral("The server cannot reach its store; try again later."), 0, false};
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return unreachable;
    const auto held = heldAmong(db, caller, shas, &error);
    if (!held)
        return unreachable;
    QList<BatchFile> fresh;
    QList<qint64> offsets;
    qint64 freshBytes = 0;
    at = 0;
    for (const BatchFile &f : files) {
        if (!held->contains(f.sha)) {
            fresh << f;
            offsets << at;
            freshBytes += f.bytes;
        }
        at += f.bytes;
    }
    if (fresh.isEmpty())
        return {200, {}, {}, at, true};
    const qint64 free = evidencefiles::freeBytes(m_dir);
    if (free >= 0 && free - freshBytes < MinFreeBytes)
        return {507, QStringLiteral("insufficient-storage"),
                QStringLiteral("The server's evidence disk is full; try again later."), 0, false};
    // Counted before a byte goes to disk (files in place without their rows
    // must not pass the quota either), and given back when they are not kept.
    const qint64 counting = m_dailyQuota > 0 ? freshBytes : 0;
    if (counting > 0) {
        const Quota quota = countWithin(db, caller.user, counting, &error);
        if (quota != Quota::Counted)
            return quotaRefusal(db, caller.user, quota, 0);
    }
    const auto fail = [&](int status, const QString &code, const QString &message) {
        std::fprintf(stderr, "evidence batch failed: %s\n", qPrintable(error));
        if (counting > 0)
            countSent(db, caller.user, -counting);
        return AppendResult{status, code, message, 0, false};
    };
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (!placeWhole(fresh.at(i).sha, caller.user, body.sliced(offsets.at(i), fresh.at(i).bytes),
                        &error))
            return fail(500, QStringLiteral("server-error"),
                        QStringLiteral("The server could not write the upload; try again later."));
    }
    evidencefiles::freeBytes(m_dir, freshBytes);
    // The files are in place (never a row without its file); a batch whose
    // rows fail leaves them there, taken as the same bytes by the next upload.
    if (!recordBatch(db, fresh, caller.user, &error))
        return fail(503, QStringLiteral("unavailable"),
                    QStringLiteral("The server could not store the upload; try again later."));
    return {200, {}, {}, at, true};
}

bool EvidenceVault::placeWhole(const QString &sha, const QString &user, QByteArrayView bytes,
                               QString *error) const
{
    const QString target = finalPath(sha);
    std::lock_guard<std::mutex> lock(evidencefiles::fileMutex(sha));
    const QFileInfo there(target);
    if (there.exists() && there.size() == bytes.size())
        return true; // the same bytes, sent before by someone (their hash was checked)
    // Not the user's partial upload of the same file (a chunked upload of it
    // may be under way): a name of its own, gone or in place when this returns.
    const QString whole =
        QStringLiteral("%1/partial/%2.%3.whole").arg(m_dir, sha, evidencefiles::fileTag(user));
    QFile f(whole);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(bytes.data(), bytes.size()) != bytes.size() || !f.flush() ||
        ::fsync(f.handle()) != 0) {
        *error = f.errorString();
        f.close();
        QFile::remove(whole);
        return false;
    }
    f.close();
    FaultInjection::evidenceBytesWritten(bytes.size());
    QDir().mkpath(there.absolutePath());
    // rename(2) replaces a partial or damaged copy in one step (QFile::rename
    // refuses an existing target and costs several more system calls).
    if (::rename(QFile::encodeName(whole).constData(), QFile::encodeName(target).constData()) !=
        0) {
        *error =
            QStringLiteral("cannot move the upload into place: %1").arg(qt_error_string(errno));
        QFile::remove(whole);
        return false;
    }
    return true;
}

bool EvidenceVault::recordBatch(QSqlDatabase &db, const QList<BatchFile> &files,
                                const QString &user, QString *error) const
{
    QStringList fileRows, holderRows;
    QVariantList fileValues, holderValues;
    const QString now = UpstreamStore::nowIso();
    for (const BatchFile &f : files) {
        fileRows << QStringLiteral("(?, CAST(? AS BIGINT), ?)");
        fileValues << f.sha << f.bytes << now;
        holderRows << QStringLiteral("(?, ?)");
        holderValues << f.sha << user;
    }
    const QString intoFiles = QStringLiteral("INSERT INTO evidence (sha256, bytes, stored_at) "
                                             "VALUES %1 ON CONFLICT (sha256) DO NOTHING")
                                  .arg(fileRows.join(QLatin1String(", ")));
    const QString intoHolders = QStringLiteral("INSERT INTO evidence_holder (sha256, user_name) "
                                               "VALUES %1 ON CONFLICT (sha256, user_name) DO "
                                               "NOTHING")
                                    .arg(holderRows.join(QLatin1String(", ")));
    if (m_store.driver() == UpstreamStore::Driver::Postgres) {
        // One statement, atomic on its own: no BEGIN and COMMIT (as
        // recordAtOnce does for a single upload).
        QSqlQuery q(db);
        return execQuery(q, QStringLiteral("WITH file AS (%1) %2").arg(intoFiles, intoHolders),
                         fileValues + holderValues, error);
    }
    // SQLite has no data-modifying WITH: the two in one transaction.
    return unorderedWrite(
        m_store, db,
        [&](QSqlQuery &q, QString *error) {
            return execQuery(q, intoFiles, fileValues, error) &&
                   execQuery(q, intoHolders, holderValues, error);
        },
        error);
}

} // namespace certdesk
