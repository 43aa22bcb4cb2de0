#pragma once

// Fixed keys of the fuzz targets and of the seeds made for them
// (tests/fuzz/makeseeds.cpp): a package in the corpus is signed with the device
// key below, and the harness re-signs what the fuzzer changed, so both the
// refusals before the signature check and the reading after it are explored.
#include <QByteArray>

#include <sodium.h>

namespace fuzz
{

inline QByteArray deviceKey()
{
    return QByteArray(crypto_auth_hmacsha256_KEYBYTES, '\x42');
}

// The server's X25519 key pair, from a fixed seed.
inline void serverKeys(QByteArray *publicKey, QByteArray *secretKey)
{
    if (sodium_init() < 0)
        return;
    const QByteArray seed(crypto_box_SEEDBYTES, '\x17');
    publicKey->resize(crypto_box_PUBLICKEYBYTES);
    secretKey->resize(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(publicKey->data()),
                            reinterpret_cast<unsigned char *>(secretKey->data()),
                            reinterpret_cast<const unsigned char *>(seed.constData()));
}

inline QByteArray hmacHex(const QByteArray &data, const QByteArray &key)
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char *>(data.constData()),
                           static_cast<unsigned long long>(data.size()),
                           reinterpret_cast<const unsigned char *>(key.constData()));
    return QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex();
}

} // namespace fuzz
