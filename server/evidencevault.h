#pragma once

#include "upstreamstore.h"

#include <QByteArray>
#include <QString>

namespace certdesk
{

// Evidence files on disk, named by the SHA-256 of their bytes: DIR/<2 hex>/<sha>.
// Uploads in progress are DIR/partial/<sha>.part, appended and fsync'ed chunk by
// chunk, so what a client sent survives a dropped connection or a server
// restart and the upload resumes where the file ends. The `evidence` table
// lists the complete files; a file counts only once its row is committed.
class EvidenceVault
{
public:
    EvidenceVault(const UpstreamStore &store, const QString &dir);

    static bool isHash(const QString &text);
    QString finalPath(const QString &sha) const;
    QString partialPath(const QString &sha) const;

    bool isComplete(QSqlDatabase &db, const QString &sha) const;
    // Bytes held: the complete size, or the partial file's size.
    qint64 received(QSqlDatabase &db, const QString &sha) const;

    struct AppendResult {
        int status = 200; // 200, 400, 409, 422, 500
        QString error;    // error code when status != 200
        QString message;
        qint64 received = 0;
        bool complete = false;
    };
    AppendResult append(const QString &sha, qint64 offset, qint64 total,
                        const QByteArray &bytes) const;
    // Takes a file whose bytes must hash to sha (package import): copied in and
    // recorded. False with *error on a mismatch or I/O failure.
    bool storeFile(const QString &sha, const QString &path, QString *error) const;

private:
    bool finish(const QString &sha, const QString &partial, QString *error, bool *mismatch) const;
    bool record(const QString &sha, qint64 bytes, QString *error) const;

    const UpstreamStore &m_store;
    QString m_dir;
};

} // namespace certdesk
