#include "zipfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QIODevice>

#include <QtEndian>
#include <zip.h>
#include <zlib.h>

namespace
{
constexpr uLong kUtf8Names = 1 << 11; // general-purpose flag bit 11: names are UTF-8
}

ZipWriter::ZipWriter(const QString &path)
    : m_zip(zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE))
{
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(static_cast<zipFile>(m_zip), nullptr);
}

bool ZipWriter::add(const QString &name, QIODevice &source, Method method, QString *sha256,
                    qint64 *bytes)
{
    if (!m_zip)
        return false;
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date = {uInt(now.time().second()),    uInt(now.time().minute()),
                     uInt(now.time().hour()),      uInt(now.date().day()),
                     uInt(now.date().month() - 1), uInt(now.date().year())};
    info.external_fa = 0644u << 16;
    const QByteArray utf8 = name.toUtf8();
    auto *zip = static_cast<zipFile>(m_zip);
    if (zipOpenNewFileInZip4_64(zip, utf8.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                method, method == Stored ? 0 : 6, 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                Z_DEFAULT_STRATEGY, nullptr, 0, 0x031E /* made by Unix, zip 3.0 */,
                                kUtf8Names, 1) != ZIP_OK)
        return false;
    QCryptographicHash h(QCryptographicHash::Sha256);
    qint64 total = 0;
    bool ok = true;
    while (ok && !source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty()) {
            ok = false; // a read error before the end
            break;
        }
        if (sha256)
            h.addData(chunk);
        total += chunk.size();
        ok = zipWriteInFileInZip(zip, chunk.constData(), unsigned(chunk.size())) == ZIP_OK;
    }
    ok = zipCloseFileInZip(zip) == ZIP_OK && ok;
    if (sha256)
        *sha256 = QString::fromLatin1(h.result().toHex());
    if (bytes)
        *bytes = total;
    return ok;
}

bool ZipWriter::addBytes(const QString &name, const QByteArray &data, Method method,
                         QString *sha256)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return add(name, buffer, method, sha256);
}

bool ZipWriter::close()
{
    if (!m_zip)
        return false;
    const int status = zipClose(static_cast<zipFile>(m_zip), nullptr);
    m_zip = nullptr;
    return status == ZIP_OK;
}

namespace
{
// Little-endian fields of zip records.
quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint64 u64(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint64>(b.constData() + at);
}

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kZip64End = 0x06064b50;
constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kMaxDirectory = 512 << 20; // far beyond any zip we write or read
} // namespace

ZipReader::ZipReader(const QString &path) : m_file(new QFile(path))
{
    m_open = m_file->open(QIODevice::ReadOnly) && readDirectory();
}

ZipReader::~ZipReader()
{
    delete m_file;
}

bool ZipReader::readDirectory()
{
    const qint64 size = m_file->size();
    if (size < 22)
        return false;
    // The end-of-directory record is the last thing in the file, before a comment of up to 64 KB.
    const qint64 tailLength = qMin<qint64>(size, 22 + 0xFFFF);
    if (!m_file->seek(size - tailLength))
        return false;
    const QByteArray tail = m_file->read(tailLength);
    if (tail.size() != tailLength)
        return false;
    qsizetype at = -1;
    for (qsizetype i = tail.size() - 22; i >= 0 && at < 0; --i) {
        if (u32(tail, i) == kEndOfDirectory && i + 22 + u16(tail, i + 20) == tail.size())
            at = i;
    }
    if (at < 0)
        return false;
    quint64 count = u16(tail, at + 10);
    quint64 directorySize = u32(tail, at + 12);
    quint64 directoryOffset = u32(tail, at + 16);
    const qint64 endPosition = size - tailLength + at;
    if (count == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) {
        if (endPosition < 20 || !m_file->seek(endPosition - 20))
            return false;
        const QByteArray locator = m_file->read(20);
        if (locator.size() != 20 || u32(locator, 0) != kZip64Locator)
            return false;
        const quint64 recordAt = u64(locator, 8);
        if (recordAt + 56 > quint64(size) || !m_file->seek(qint64(recordAt)))
            return false;
        const QByteArray record = m_file->read(56);
        if (record.size() != 56 || u32(record, 0) != kZip64End)
            return false;
        count = u64(record, 32);
        directorySize = u64(record, 40);
        directoryOffset = u64(record, 48);
    }
    // A truncated file (a pulled USB stick) has no directory where it says.
    if (directorySize > quint64(kMaxDirectory) || directoryOffset + directorySize > quint64(size) ||
        !m_file->seek(qint64(directoryOffset)))
        return false;
    const QByteArray directory = m_file->read(qint64(directorySize));
    if (directory.size() != qint64(directorySize))
        return false;
    qsizetype pos = 0;
    for (quint64 n = 0; n < count; ++n) {
        if (pos + 46 > directory.size() || u32(directory, pos) != kCentralHeader)
            return true; // what was parsed can be read; m_complete stays false
        Entry e;
        e.flags = u16(directory, pos + 8);
        e.method = u16(directory, pos + 10);
        e.crc = u32(directory, pos + 16);
        e.compressedSize = u32(directory, pos + 20);
        e.size = u32(directory, pos + 24);
        const int nameLength = u16(directory, pos + 28);
        const int extraLength = u16(directory, pos + 30);
        const int commentLength = u16(directory, pos + 32);
        e.localOffset = u32(directory, pos + 42);
        if (pos + 46 + nameLength + extraLength + commentLength > directory.size())
            return true;
        const QByteArray name = directory.mid(pos + 46, nameLength);
        e.name = (e.flags & (1 << 11)) ? QString::fromUtf8(name) : QString::fromLocal8Bit(name);
        // Zip64: the 32-bit fields that say 0xFFFFFFFF are in the extra block 0x0001, in this
        // order.
        const QByteArray extra = directory.mid(pos + 46 + nameLength, extraLength);
        for (qsizetype x = 0; x + 4 <= extra.size();) {
            const quint16 id = u16(extra, x);
            const quint16 length = u16(extra, x + 2);
            if (x + 4 + length > extra.size())
                break;
            if (id == 0x0001) {
                qsizetype k = x + 4;
                const qsizetype endOfBlock = x + 4 + length;
                for (qint64 *field : {&e.size, &e.compressedSize, &e.localOffset}) {
                    if (*field == 0xFFFFFFFF && k + 8 <= endOfBlock) {
                        *field = qint64(u64(extra, k));
                        k += 8;
                    }
                }
            }
            x += 4 + length;
        }
        if (e.size < 0 || e.compressedSize < 0 || e.localOffset < 0 || e.localOffset + 30 > size)
            return true;
        m_entries << e;
        pos += 46 + nameLength + extraLength + commentLength;
    }
    m_complete = true;
    return true;
}

bool ZipReader::readEntry(const Entry &entry, const std::function<void(const QByteArray &)> &sink)
{
    if ((entry.flags & 1) || !m_file->seek(entry.localOffset))
        return false; // encrypted entries are not ours
    const QByteArray header = m_file->read(30);
    if (header.size() != 30 || u32(header, 0) != kLocalHeader)
        return false;
    const qint64 start = entry.localOffset + 30 + u16(header, 26) + u16(header, 28);
    if (start + entry.compressedSize > m_file->size() || !m_file->seek(start))
        return false; // cut short
    uLong crc = crc32(0L, Z_NULL, 0);
    qint64 produced = 0;
    qint64 remaining = entry.compressedSize;
    // More data than the directory declares is damage or a zip bomb: stop
    // instead of feeding the sink without end.
    auto deliver = [&](const char *data, qint64 n) {
        produced += n;
        if (produced > entry.size)
            return false;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data), uInt(n));
        sink(QByteArray(data, n));
        return true;
    };
    if (entry.method == 0) {
        if (entry.compressedSize != entry.size)
            return false;
        while (remaining > 0) {
            const QByteArray chunk = m_file->read(qMin(kChunk, remaining));
            if (chunk.isEmpty() || !deliver(chunk.constData(), chunk.size()))
                return false;
            remaining -= chunk.size();
        }
    } else if (entry.method == 8) {
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return false;
        QByteArray out(kChunk, Qt::Uninitialized);
        int status = Z_OK;
        bool ok = true;
        while (ok && status != Z_STREAM_END) {
            const QByteArray in = m_file->read(qMin(kChunk, remaining));
            if (in.isEmpty()) {
                ok = false; // the deflate stream ends before its end marker
                break;
            }
            remaining -= in.size();
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
            z.avail_in = uInt(in.size());
            do {
                z.next_out = reinterpret_cast<Bytef *>(out.data());
                z.avail_out = uInt(out.size());
                status = inflate(&z, Z_NO_FLUSH);
                if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
                    ok = false;
                    break;
                }
                const qint64 n = out.size() - qint64(z.avail_out);
                if (n > 0 && !deliver(out.constData(), n)) {
                    ok = false;
                    break;
                }
            } while (status != Z_STREAM_END && (z.avail_in > 0 || z.avail_out == 0));
        }
        inflateEnd(&z);
        if (!ok)
            return false;
    } else {
        return false;
    }
    return produced == entry.size && quint32(crc) == entry.crc;
}

bool ZipReader::forEach(const std::function<void(const QString &, qint64, const ReadFn &)> &visit)
{
    if (!m_open)
        return false;
    for (const Entry &entry : std::as_const(m_entries)) {
        const ReadFn read = [this, &entry](const std::function<void(const QByteArray &)> &sink) {
            return readEntry(entry, sink);
        };
        visit(entry.name, entry.size, read);
    }
    return m_complete;
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
