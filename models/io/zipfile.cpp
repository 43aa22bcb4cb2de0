#include "zipfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QBuffer>
#include <QIODevice>

#include <unzip.h>
#include <zip.h>

namespace {
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

bool ZipWriter::add(const QString &name, QIODevice &source, Method method, QString *sha256, qint64 *bytes)
{
    if (!m_zip)
        return false;
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()), uInt(now.time().hour()),
                     uInt(now.date().day()), uInt(now.date().month() - 1), uInt(now.date().year())};
    info.external_fa = 0644u << 16;
    const QByteArray utf8 = name.toUtf8();
    auto *zip = static_cast<zipFile>(m_zip);
    if (zipOpenNewFileInZip4_64(zip, utf8.constData(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                                method == Stored ? 0 : 6, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0,
                                0x031E /* made by Unix, zip 3.0 */, kUtf8Names, 1)
        != ZIP_OK)
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

bool ZipWriter::addBytes(const QString &name, const QByteArray &data, Method method, QString *sha256)
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

ZipReader::ZipReader(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())) {}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(static_cast<unzFile>(m_zip));
}

bool ZipReader::forEach(const std::function<void(const QString &, qint64, const ReadFn &)> &visit)
{
    if (!m_zip)
        return false;
    auto *zip = static_cast<unzFile>(m_zip);
    int status = unzGoToFirstFile(zip);
    while (status == UNZ_OK) {
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return false;
        // A longer name would arrive cut short, as the name of some other entry.
        if (info.size_filename >= sizeof name)
            return false;
        const QString entry = (info.flag & kUtf8Names) ? QString::fromUtf8(name) : QString::fromLocal8Bit(name);
        const qint64 declared = qint64(info.uncompressed_size);
        const ReadFn read = [zip, declared](const std::function<void(const QByteArray &)> &sink) {
            if (unzOpenCurrentFile(zip) != UNZ_OK)
                return false;
            QByteArray buffer(1 << 20, Qt::Uninitialized);
            int n = 0;
            qint64 total = 0;
            while ((n = unzReadCurrentFile(zip, buffer.data(), unsigned(buffer.size()))) > 0) {
                // More data than the directory declares is damage or a zip bomb:
                // stop inflating instead of feeding the sink without end.
                total += n;
                if (total > declared) {
                    unzCloseCurrentFile(zip);
                    return false;
                }
                sink(QByteArray(buffer.constData(), n));
            }
            // unzCloseCurrentFile reports a CRC mismatch once the entry was read to the end.
            return unzCloseCurrentFile(zip) == UNZ_OK && n == 0 && total == declared;
        };
        visit(entry, qint64(info.uncompressed_size), read);
        status = unzGoToNextFile(zip);
    }
    return status == UNZ_END_OF_LIST_OF_FILE;
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
