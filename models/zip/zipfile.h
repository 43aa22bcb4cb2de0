#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

class QIODevice;

namespace certdesk
{

// Zip files through Debian's minizip (zlib's contrib, libminizip-dev), the same
// library libxlsxwriter writes XLSX with. One zip library per process: QuaZip
// bundles a modified minizip that exports the same symbols (zipOpen3 …), and
// with both loaded libxlsxwriter crashed inside QuaZip's copy (docs/decisions.md).
class ZipWriter
{
public:
    enum Method { Stored = 0, Deflated = 8 };
    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // Streams `source` into a new entry (UTF-8 name); *sha256 gets the hex SHA-256
    // (computed only when asked for) and *bytes the size of what was written.
    bool add(const QString &name, QIODevice &source, Method method, QString *sha256 = nullptr,
             qint64 *bytes = nullptr);
    bool addBytes(const QString &name, const QByteArray &data, Method method,
                  QString *sha256 = nullptr);
    bool close();

private:
    void *m_zip = nullptr;
};

// Reads zips through Debian's libzip (libzip-dev), a reader kept up and fuzzed
// upstream, rather than by hand: backups, sync packages, archive bundles and XLSX
// files from outside are all read here and may be crafted. libzip reads zip64
// fields, which Debian 12's minizip 1.1 reader ignores on 64-bit Linux (it
// compares the 32-bit marker with (unsigned long)-1), so an entry beyond 4 GB of
// a large desk backup is readable (docs/decisions.md, "Backups").
class ZipReader
{
public:
    explicit ZipReader(const QString &path);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // False for a missing, truncated or foreign file (no central directory).
    bool isOpen() const { return m_zip != nullptr; }
    // Calls `visit` for every entry with its name and a reader that streams the
    // content (returns false on damaged data: a bad checksum, a short entry, or
    // more data than the entry declares). Returns false when the list of entries
    // itself cannot be walked.
    using ReadFn = std::function<bool(const std::function<void(const QByteArray &chunk)> &sink)>;
    bool
    forEach(const std::function<void(const QString &name, qint64 size, const ReadFn &read)> &visit);
    // One entry's whole content; empty optional-like: ok=false when absent or damaged.
    QByteArray read(const QString &name, bool *ok = nullptr, qint64 limit = 64 << 20);

private:
    bool readEntry(qint64 index, qint64 size, const std::function<void(const QByteArray &)> &sink);

    void *m_zip = nullptr; // zip_t *
};

} // namespace certdesk
