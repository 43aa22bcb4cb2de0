#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <limits>

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
    Q_DECLARE_TR_FUNCTIONS(ZipReader)
public:
    // Bounds a crafted zip cannot get past (issue 18, docs/robustness.md). The
    // defaults fit the largest zip we read, a desk backup (zip64, single entries
    // over 4 GB, an entry per evidence file); readers of smaller things (XLSX,
    // packages, bundles) set tighter ones. Every refusal names the file, the
    // entry and the bound (errorString()).
    struct Limits {
        qint64 maxEntries = 4000000;
        qint64 maxEntryBytes = std::numeric_limits<qint64>::max(); // one entry, unpacked
        qint64 maxTotalBytes = std::numeric_limits<qint64>::max(); // all entries, as declared
        // Unpacked / stored size of an entry past its first MiB (deflate reaches
        // about 1000:1 on zeros, real XML about 20:1); 0 = unbounded.
        int maxRatio = 0;
    };

    explicit ZipReader(const QString &path);
    ZipReader(const QString &path, const Limits &limits);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // False for a missing, truncated or foreign file (no central directory),
    // and for one past the bounds on entries or total size (errorString() says which).
    bool isOpen() const { return m_zip != nullptr; }
    // Why the file was refused or the last entry read stopped at a bound (names
    // the file, the entry and the bound). Empty when no bound was met: a file
    // that is no zip at all is for the caller to describe.
    QString errorString() const { return m_error; }
    // Calls `visit` for every entry with its name and a reader that streams the
    // content (returns false on damaged data: a bad checksum, a short entry,
    // more data than the entry declares, or an entry past the bounds). Returns
    // false when the list of entries itself cannot be walked.
    using ReadFn = std::function<bool(const std::function<void(const QByteArray &chunk)> &sink)>;
    bool
    forEach(const std::function<void(const QString &name, qint64 size, const ReadFn &read)> &visit);
    // One entry's whole content; empty optional-like: ok=false when absent,
    // damaged or larger than `limit` (then errorString() names the limit).
    QByteArray read(const QString &name, bool *ok = nullptr, qint64 limit = 64 << 20);

private:
    bool readEntry(qint64 index, const QString &name, qint64 size, qint64 stored,
                   const std::function<void(const QByteArray &)> &sink);
    bool tooLarge(const QString &name, qint64 size, qint64 limit);

    void *m_zip = nullptr; // zip_t *
    QString m_fileName;
    Limits m_limits;
    QString m_error;
};

} // namespace certdesk
