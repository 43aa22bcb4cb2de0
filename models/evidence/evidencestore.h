#pragma once

#include "evidenceitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace certdesk
{

// Evidence files beside the database, immutable and named by SHA-256:
//   <folder>/<first two hex>/<sha256>.orig.<ext>  the original (unless turned off)
//   <folder>/<first two hex>/<sha256>.jpg         archive copy: long edge <= 2048 px,
//                                                 JPEG quality 85, EXIF orientation applied
//   <folder>/<first two hex>/<sha256>.thumb.jpg   thumbnail, long edge 256 px
// Each file is written under a temporary name, flushed to disk and renamed, so a
// file that exists is complete. The database row (table `evidence`) is written by
// the caller in the transaction that records the event; files whose hash no row
// references are orphans of an interrupted save and removeOrphans() deletes them.
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)
public:
    // Bounds of what is taken in (docs/robustness.md). A photo, even a
    // 200-megapixel one, is below MaxFileBytes. The pixels are those the file's
    // header states, checked before decoding: JPEG is decoded scaled down to the
    // archive size, other formats whole (100 megapixels are 400 MB of RGB32).
    static constexpr qint64 MaxFileBytes = 200 * 1024 * 1024;
    static constexpr qint64 MaxPixels = 250 * 1000 * 1000;
    static constexpr qint64 MaxFullDecodePixels = 100 * 1000 * 1000;

    explicit EvidenceStore(const QString &folder);
    // "<folder of the database>/evidence".
    static QString folderFor(const QString &databasePath);
    static QStringList acceptedFormats(); // jpeg, png, bmp, webp (those Qt can read here)

    QString folder() const { return m_folder; }
    void setKeepOriginals(bool keep) { m_keepOriginals = keep; }
    bool keepOriginals() const { return m_keepOriginals; }

    // Checks and stores a file. Refuses (nullopt, *error naming the file and the
    // reason) anything that is not a readable JPEG/PNG/BMP/WebP image: HEIC, PDF,
    // a renamed text file, a truncated image. Storing the same content twice
    // stores it once and returns the same item.
    std::optional<EvidenceItem> intakeFile(const QString &path, QString *error = nullptr);
    std::optional<EvidenceItem> intakeBytes(const QByteArray &bytes, const QString &name,
                                            QString *error = nullptr);
    // A pasted image (clipboard): stored as PNG.
    std::optional<EvidenceItem> intakeImage(const QImage &image, const QString &name,
                                            QString *error = nullptr);

    bool contains(const QString &sha256) const;        // archive copy present
    QString originalPath(const QString &sha256) const; // empty when not kept
    QString archivePath(const QString &sha256) const;
    QString thumbnailPath(const QString &sha256) const;

    // Deletes stored files (and leftover temporary files) whose hash is not in
    // `referenced`. Files modified at or after `notAfter` (when valid) are left
    // alone: they may belong to a save still in progress in another window or
    // process. Returns how many hashes were removed.
    int removeOrphans(const QSet<QString> &referenced, const QDateTime &notAfter = QDateTime());

    // "ab/<sha256>.jpg" and the like: a path (relative to the folder) of a file
    // the store made. Backups carry only these and restore accepts only these.
    static bool isStoredFile(const QString &relativePath);
    // Every stored file now in the folder, relative, sorted; temporary files of a
    // save in progress and anything else are left out.
    QStringList storedFiles() const;

private:
    QString m_folder;
    bool m_keepOriginals = true;
};

} // namespace certdesk
