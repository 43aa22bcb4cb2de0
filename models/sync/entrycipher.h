#pragma once

// The encryption of one package entry (docs/sync-protocol.md, "USB packages"):
// libsodium's crypto_secretstream (XChaCha20-Poly1305) in 64 KiB messages,
// each bound to the entry's name, streamed so a 20 MB video is never held twice.
// Used only by syncpackage.cpp; kept apart so the package layout and the
// cryptography can be read (and reviewed) on their own.
#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>
#include <QString>

#include <sodium.h>

#include <cstring>
#include <functional>

namespace certdesk
{

namespace entrycipher
{

// Plaintext bytes per secretstream message: small enough to stream a 20 MB
// photo without holding it twice, large enough that the 17-byte tag per chunk
// does not matter.
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kCipherChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;

// Wipes a key when it goes out of scope, whatever path leaves the function.
struct SecretBytes {
    QByteArray bytes;
    explicit SecretBytes(qsizetype size) : bytes(size, '\0') {}
    ~SecretBytes() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    unsigned char *data() { return reinterpret_cast<unsigned char *>(bytes.data()); }
};

// Reads a source device and hands out its secretstream ciphertext, chunk by
// chunk, so ZipWriter::add can stream an evidence file straight into the zip.
// Each chunk carries the entry's name as additional data: an entry renamed
// inside the package does not decrypt.
class EncryptingReader : public QIODevice
{
public:
    EncryptingReader(QIODevice &source, const unsigned char *key, const QByteArray &entryName)
        : m_source(source), m_ad(entryName)
    {
        m_out.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
        crypto_secretstream_xchacha20poly1305_init_push(
            &m_state, reinterpret_cast<unsigned char *>(m_out.data()), key);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    ~EncryptingReader() override { sodium_memzero(&m_state, sizeof m_state); }

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_finished && m_pos == m_out.size(); }
    bool failed() const { return m_failed; }
    QString plainSha256() const { return QString::fromLatin1(m_hash.result().toHex()); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        // Drop what was handed out already, so only about one read's worth of
        // ciphertext is held, not the whole entry.
        if (m_pos > 0) {
            m_out.remove(0, m_pos);
            m_pos = 0;
        }
        while (m_out.size() - m_pos < maxSize && !m_finished) {
            if (!encryptNext()) {
                m_failed = true;
                return -1;
            }
        }
        const qint64 n = qMin<qint64>(maxSize, m_out.size() - m_pos);
        std::memcpy(data, m_out.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool encryptNext()
    {
        QByteArray plain(kChunk, Qt::Uninitialized);
        qint64 got = 0;
        while (got < kChunk && !m_source.atEnd()) {
            const qint64 n = m_source.read(plain.data() + got, kChunk - got);
            if (n <= 0)
                return false; // a read error before the end of the source
            got += n;
        }
        m_hash.addData(QByteArrayView(plain.constData(), got));
        // The last chunk is the one after which the source is at its end (an
        // empty source still gets one empty final chunk, so truncation shows).
        const unsigned char tag =
            m_source.atEnd() ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        const qsizetype at = m_out.size();
        m_out.resize(at + got + crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &m_state, reinterpret_cast<unsigned char *>(m_out.data() + at), &written,
            reinterpret_cast<const unsigned char *>(plain.constData()),
            static_cast<unsigned long long>(got),
            reinterpret_cast<const unsigned char *>(m_ad.constData()),
            static_cast<unsigned long long>(m_ad.size()), tag);
        m_out.resize(at + qsizetype(written));
        m_finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        return true;
    }

    QIODevice &m_source;
    QByteArray m_ad;
    crypto_secretstream_xchacha20poly1305_state m_state{};
    QByteArray m_out;
    qint64 m_pos = 0;
    bool m_finished = false;
    bool m_failed = false;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

// The reverse: fed the stored bytes of an entry in whatever pieces the zip
// reader hands out, passes the plaintext on. Fails on a bad header, a chunk
// that does not authenticate, data after the final chunk or a stream that ends
// without one (a truncated entry).
class StreamDecryptor
{
public:
    using Sink = std::function<bool(const char *data, qint64 size)>;
    StreamDecryptor(const unsigned char *key, const QByteArray &entryName, Sink sink)
        : m_key(key), m_ad(entryName), m_sink(std::move(sink))
    {
    }
    ~StreamDecryptor() { sodium_memzero(&m_state, sizeof m_state); }

    void feed(const QByteArray &data)
    {
        if (m_failed)
            return;
        m_buffer += data;
        if (!m_started) {
            if (m_buffer.size() < crypto_secretstream_xchacha20poly1305_HEADERBYTES)
                return;
            if (crypto_secretstream_xchacha20poly1305_init_pull(
                    &m_state, reinterpret_cast<const unsigned char *>(m_buffer.constData()),
                    m_key) != 0) {
                m_failed = true;
                return;
            }
            m_buffer.remove(0, crypto_secretstream_xchacha20poly1305_HEADERBYTES);
            m_started = true;
        }
        // Keep the last chunk back until the end: only then is it known to be last.
        qsizetype at = 0;
        while (!m_failed && m_buffer.size() - at > kCipherChunk) {
            m_failed = !pull(m_buffer.constData() + at, kCipherChunk, false);
            at += kCipherChunk;
        }
        m_buffer.remove(0, at);
    }

    bool finish()
    {
        if (m_failed || !m_started ||
            m_buffer.size() < crypto_secretstream_xchacha20poly1305_ABYTES)
            return false;
        return pull(m_buffer.constData(), m_buffer.size(), true);
    }

private:
    bool pull(const char *cipher, qint64 size, bool last)
    {
        QByteArray plain(size, Qt::Uninitialized);
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &m_state, reinterpret_cast<unsigned char *>(plain.data()), &plainSize, &tag,
                reinterpret_cast<const unsigned char *>(cipher),
                static_cast<unsigned long long>(size),
                reinterpret_cast<const unsigned char *>(m_ad.constData()),
                static_cast<unsigned long long>(m_ad.size())) != 0)
            return false;
        const bool isFinal = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (isFinal != last)
            return false;
        return m_sink(plain.constData(), qint64(plainSize));
    }

    const unsigned char *m_key;
    QByteArray m_ad;
    Sink m_sink;
    crypto_secretstream_xchacha20poly1305_state m_state{};
    QByteArray m_buffer;
    bool m_started = false;
    bool m_failed = false;
};

} // namespace entrycipher

} // namespace certdesk
