#include "zipfile.h"

#include <QFile>

#include <zip.h> // libzip (not minizip, which zipfile.cpp includes as <minizip/zip.h>)

namespace certdesk
{

namespace
{
constexpr qint64 kChunk = 1 << 20;
}

ZipReader::ZipReader(const QString &path)
{
    // Not ZIP_CHECKCONS: it calls minizip's own zips (ours, libxlsxwriter's XLSX)
    // inconsistent for their zip64 local headers. Damage is still caught: a file
    // without its central directory does not open, and every entry's CRC and
    // size are checked as it is read.
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
}

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(static_cast<zip_t *>(m_zip));
}

bool ZipReader::readEntry(qint64 index, qint64 size,
                          const std::function<void(const QByteArray &)> &sink)
{
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
        const ReadFn read = [this, i, size](const std::function<void(const QByteArray &)> &sink) {
            return readEntry(i, size, sink);
        };
        visit(QString::fromUtf8(st.name), size, read);
    }
    return true;
}

QByteArray ZipReader::read(const QString &name, bool *ok, qint64 limit)
{
    QByteArray out;
    bool found = false;
    bool good = false;
    forEach([&](const QString &entry, qint64 size, const ReadFn &readEntry) {
        if (found || entry != name || size > limit)
            return;
        found = true;
        good = readEntry([&out](const QByteArray &chunk) { out += chunk; });
    });
    if (ok)
        *ok = found && good;
    return out;
}

} // namespace certdesk
