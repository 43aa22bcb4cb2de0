#include "zipfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QIODevice>

// minizip by its folder: <zip.h> alone is libzip's, which reads (zipreader.cpp).
#include <minizip/zip.h>
#include <zlib.h>

namespace certdesk
{

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
    // One buffer for the whole entry: a new 1 MB array per read was mapped and
    // zeroed by the kernel each time (the bundle copies gigabytes of photos).
    QByteArray buffer(256 << 10, Qt::Uninitialized);
    while (ok && !source.atEnd()) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n <= 0) {
            ok = false; // a read error before the end
            break;
        }
        const QByteArrayView chunk(buffer.constData(), n);
        if (sha256)
            h.addData(chunk);
        total += n;
        ok = zipWriteInFileInZip(zip, chunk.data(), unsigned(n)) == ZIP_OK;
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

} // namespace certdesk
