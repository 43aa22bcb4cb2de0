#include "evidencehash.h"

#include <QFile>
#include <memory>
#include <openssl/evp.h>

namespace certdesk
{

namespace EvidenceHash
{

namespace
{
using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

QString hexOf(EVP_MD_CTX *context)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context, digest, &length) != 1)
        return QString();
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}
} // namespace

QString ofBytes(QByteArrayView bytes)
{
    Context context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1 ||
        EVP_DigestUpdate(context.get(), bytes.data(), size_t(bytes.size())) != 1)
        return QString();
    return hexOf(context.get());
}

QString ofFile(const QString &path)
{
    QFile f(path);
    Context context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!f.open(QIODevice::ReadOnly) || !context ||
        EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return QString();
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return QString();
        if (n == 0)
            break;
        if (EVP_DigestUpdate(context.get(), buffer.constData(), size_t(n)) != 1)
            return QString();
    }
    return hexOf(context.get());
}

} // namespace EvidenceHash

} // namespace certdesk
