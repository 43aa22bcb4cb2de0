#include "zipfile.h"

#include <QFile>
#include <QFileInfo>

#include <zip.h> // libzip (not minizip, which zipfile.cpp includes as <minizip/zip.h>)

namespace certdesk
{

namespace
{
constexpr qint64 kChunk = 1 << 20;
// The ratio bound starts after this much output: small entries (a manifest, a
// row of shared strings) may compress far better than any real large file.
constexpr qint64 kRatioFloor = 1 << 20;
} // namespace

ZipReader::ZipReader(const QString &path) : ZipReader(path, Limits()) {}

ZipReader::ZipReader(const QString &path, const Limits &limits)
    : m_fileName(QFileInfo(path).fileName()), m_limits(limits)
{
    // Not ZIP_CHECKCONS: it calls minizip's own zips (ours, libxlsxwriter's XLSX)
    // inconsistent for their zip64 local headers. Damage is still caught: a file
    // without its central directory does not open, and every entry's CRC and
    // size are checked as it is read.
    int error = 0;
    auto *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!zip)
        return; // the callers say what the file should have been

    // The bounds on the whole file are checked before any entry is read.
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    if (count > m_limits.maxEntries) {
        m_error = tr("%1 has %2 entries; at most %3 are accepted.")
                      .arg(m_fileName)
                      .arg(count)
                      .arg(m_limits.maxEntries);
        zip_discard(zip);
        return;
    }
    if (m_limits.maxTotalBytes < std::numeric_limits<qint64>::max()) {
        qint64 total = 0;
        for (zip_int64_t i = 0; i < count; ++i) {
            zip_stat_t st;
            zip_stat_init(&st);
            if (zip_stat_index(zip, zip_uint64_t(i), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
                total += qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(1) << 62));
            if (total > m_limits.maxTotalBytes) {
                m_error = tr("%1 unpacks to more than %2 bytes, the most accepted for it.")
                              .arg(m_fileName)
                              .arg(m_limits.maxTotalBytes);
                zip_discard(zip);
                return;
            }
        }
    }
    m_zip = zip;
}

bool ZipReader::tooLarge(const QString &name, qint64 size, qint64 limit)
{
    m_error = tr("The entry %2 of %1 unpacks to %3 bytes; at most %4 are accepted.")
                  .arg(m_fileName, name)
                  .arg(size)
                  .arg(limit);
    return false;
}

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(static_cast<zip_t *>(m_zip));
}

bool ZipReader::readEntry(qint64 index, const QString &name, qint64 size, qint64 stored,
                          const std::function<void(const QByteArray &)> &sink)
{
    if (size > m_limits.maxEntryBytes)
        return tooLarge(name, size, m_limits.maxEntryBytes);
    auto *zip = static_cast<zip_t *>(m_zip);
    // Encrypted entries are not ours: without a password libzip refuses them.
    zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(index), 0);
    if (!file)
        return false;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 produced = 0;
    bool ok = true;
    for (;;) {
        // libzip checks the CRC and the declared size when the entry ends and
        // answers -1 for damage; more data than declared is stopped here too,
        // so a zip bomb never feeds the sink without end.
        const zip_int64_t n = zip_fread(file, buffer.data(), zip_uint64_t(buffer.size()));
        if (n < 0) {
            ok = false;
            break;
        }
        if (n == 0)
            break;
        produced += n;
        if (produced > size) {
            ok = false;
            break;
        }
        // A declared size can lie about the ratio as well: the bound is on what
        // comes out, checked as it comes.
        if (m_limits.maxRatio > 0 && produced > kRatioFloor &&
            produced > qMax<qint64>(stored, 1) * m_limits.maxRatio) {
            m_error = tr("The entry %2 of %1 unpacks to more than %3 times its stored size (a "
                         "zip bomb?); it is not read.")
                          .arg(m_fileName, name)
                          .arg(m_limits.maxRatio);
            ok = false;
            break;
        }
        sink(QByteArray(buffer.constData(), qsizetype(n)));
    }
    zip_fclose(file);
    return ok && produced == size;
}

bool ZipReader::forEach(const std::function<void(const QString &, qint64, const ReadFn &)> &visit)
{
    if (!m_zip)
        return false;
    auto *zip = static_cast<zip_t *>(m_zip);
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    if (count < 0)
        return false;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        // Names as UTF-8: flag bit 11 is honoured, other names are guessed (CP437).
        if (zip_stat_index(zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS, &st) != 0 ||
            !(st.valid & ZIP_STAT_NAME) || !(st.valid & ZIP_STAT_SIZE))
            return false;
        const qint64 size = qint64(st.size);
        if (size < 0)
            return false;
        const qint64 stored = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : size;
        const QString name = QString::fromUtf8(st.name);
        const ReadFn read = [this, i, name, size,
                             stored](const std::function<void(const QByteArray &)> &sink) {
            return readEntry(i, name, size, stored, sink);
        };
        visit(name, size, read);
    }
    return true;
}

QByteArray ZipReader::read(const QString &name, bool *ok, qint64 limit)
{
    QByteArray out;
    bool found = false;
    bool good = false;
    forEach([&](const QString &entry, qint64 size, const ReadFn &readEntry) {
        if (found || entry != name)
            return;
        found = true;
        if (size > limit) {
            tooLarge(name, size, limit);
            return;
        }
        good = readEntry([&out](const QByteArray &chunk) { out += chunk; });
    });
    if (ok)
        *ok = found && good;
    return out;
}

} // namespace certdesk
