#pragma once

#include "upstreamstore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>

namespace certdesk
{

// Evidence files on disk, named by the SHA-256 of their bytes: DIR/<2 hex>/<sha>.
// Uploads in progress are DIR/partial/<sha>.<uploader>.part, one per user,
// appended and fsync'ed chunk by chunk, so what a client sent survives a
// dropped connection or a server restart and the upload resumes where the file
// ends. The `evidence` table lists the complete files; a file counts only once
// its row is committed.
//
// Knowing a hash proves nothing (issue 16 point 6): a file counts as held for a
// user only when that user has sent its bytes (evidence_holder) or an event of
// the user's jurisdiction uses it. Everything else answers as if the server had
// never seen the file, so the server is no oracle of what others uploaded.
class EvidenceVault
{
public:
    static constexpr qint64 MaxFileBytes = 64 << 20;    // one evidence file
    static constexpr int MaxOpenUploads = 32;           // partial files per user
    static constexpr qint64 MinFreeBytes = 256LL << 20; // left free on the disk
    static constexpr int PartialExpiryHours = 48;       // an unfinished upload is dropped
    // Bytes one user may send in a day (UTC), unless the server is configured
    // otherwise (serve --upload-quota-mb): a stolen or looping desk cannot fill
    // the disk that every community's photos share.
    static constexpr qint64 DefaultDailyQuotaBytes = 2048LL << 20;

    EvidenceVault(const UpstreamStore &store, const QString &dir);
    // Bytes per user and day; 0 for no quota.
    void setDailyQuota(qint64 bytes) { m_dailyQuota = bytes; }
    qint64 dailyQuota() const { return m_dailyQuota; }

    static bool isHash(const QString &text);
    QString finalPath(const QString &sha) const;
    QString partialPath(const QString &sha, const QString &user) const;

    bool isComplete(QSqlDatabase &db, const QString &sha) const;
    // Complete, and sent by `caller` or used by an event of the caller's jurisdiction.
    bool heldFor(QSqlDatabase &db, const Caller &caller, const QString &sha) const;
    // Those of `shas` held for `caller`, in three statements for all of them
    // (a push or a "missing" question asks for thousands); nullopt with *error
    // when the store fails.
    std::optional<QSet<QString>> heldAmong(QSqlDatabase &db, const Caller &caller,
                                           const QStringList &shas, QString *error) const;
    // Whether an event of `scope` uses the file (downloads need that).
    bool usedInScope(QSqlDatabase &db, const TokenScope &scope, const QString &sha) const;
    // Bytes held for the caller: the complete size, or the caller's partial file's size.
    qint64 received(QSqlDatabase &db, const Caller &caller, const QString &sha) const;

    struct AppendResult {
        int status = 200; // 200, 400, 409, 413, 422, 429, 500, 507
        QString error;    // error code when status != 200
        QString message;
        qint64 received = 0;
        bool complete = false;
    };
    AppendResult append(const Caller &caller, const QString &sha, qint64 offset, qint64 total,
                        const QByteArray &bytes) const;
    // A batch of whole small files in one request (issue 19: a community's
    // day of photos was 12 uploads, each its own token check and statements).
    // `files` name slices of `body`, laid end to end. All or nothing: every
    // slice is hashed before anything is written, the quota is counted for the
    // files not held yet in one statement before their bytes go to disk, and
    // their rows are written together (evidencebatch.cpp).
    struct BatchFile {
        QString sha;
        qint64 bytes = 0;
    };
    static constexpr int MaxBatchFiles = 64;
    AppendResult storeBatch(const Caller &caller, const QList<BatchFile> &files,
                            QByteArrayView body) const;
    // Takes a file whose bytes must hash to sha (package import) for `user`:
    // copied in and recorded. False with *error on a mismatch or I/O failure.
    bool storeFile(const QString &sha, const QString &path, const QString &user,
                   QString *error) const;
    // Deletes partial uploads not written to for PartialExpiryHours (at start
    // and then at most hourly from append()). Returns how many went.
    int sweepPartials() const;

private:
    enum class Finish { Failed, Mismatch, OverQuota, Unavailable };
    enum class Quota { Counted, Exceeded, Unavailable };
    // Checks the bytes against `sha`, then in one transaction counts
    // `counting` bytes against the day's quota (0: not counted), puts the file
    // in place and records it for `user`. False with *error and *outcome.
    bool finish(const QString &sha, const QString &partial, const QString &user, qint64 counting,
                QString *error, Finish *outcome) const;
    // PostgreSQL's part of finish: the file in place, then its rows and the
    // count in one statement.
    bool recordAtOnce(QSqlDatabase &db, const QString &sha, const QString &partial,
                      const QString &user, qint64 counting, qint64 size, QString *error,
                      Finish *outcome) const;
    // Writes `bytes` to a file of its own in partial/, fsyncs it and moves it
    // to the file's place, unless the same bytes are there already.
    bool placeWhole(const QString &sha, const QString &user, QByteArrayView bytes,
                    QString *error) const;
    // The rows of files put in place: evidence and evidence_holder, together.
    bool recordBatch(QSqlDatabase &db, const QList<BatchFile> &files, const QString &user,
                     QString *error) const;
    // Moves the checked upload to `target` (*placed), or drops it when the same
    // bytes are there already.
    static bool putInPlace(const QString &partial, const QString &target, qint64 size, bool *placed,
                           QString *error);
    // Bytes `user` has sent today (UTC); -1 when the store cannot say.
    qint64 sentToday(QSqlDatabase &db, const QString &user) const;
    // Counts `bytes` for today unless that passes the quota, in one statement.
    Quota countWithin(QSqlDatabase &db, const QString &user, qint64 bytes, QString *error) const;
    // The answer to an upload the quota (or the store) refused.
    AppendResult quotaRefusal(QSqlDatabase &db, const QString &user, Quota quota,
                              qint64 held) const;
    // Adds to (or, negative, takes from) today's count, unchecked.
    bool countSent(QSqlDatabase &db, const QString &user, qint64 bytes) const;

    const UpstreamStore &m_store;
    QString m_dir;
    qint64 m_dailyQuota = DefaultDailyQuotaBytes;
};

} // namespace certdesk
