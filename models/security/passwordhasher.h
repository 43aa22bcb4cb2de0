#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace certdesk
{

// Password hashing with libsodium's crypto_pwhash (Argon2id, memory-hard). The
// stored string ($argon2id$v=19$m=...,t=...,p=1$salt$hash) carries its own random
// salt and the opslimit/memlimit it was made with, so raising the cost later
// still verifies old hashes (needsRehash tells when to re-hash at sign-in).
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    static constexpr int MinimumLength = 8;
    // Parameters used for new hashes: libsodium's "interactive" limits
    // (2 passes, 64 MiB) - a sign-in takes a fraction of a second.
    static unsigned long long opsLimit();
    static size_t memLimit();

    // Empty with *error when the password is too short or the library fails.
    static QByteArray hash(const QString &password, QString *error = nullptr);
    static bool verify(const QByteArray &stored, const QString &password);
    static bool needsRehash(const QByteArray &stored);
    // The reason a new password is refused; empty when acceptable.
    static QString weakness(const QString &password);
};

} // namespace certdesk
