#include "passwordhasher.h"

#include <sodium.h>

namespace certdesk
{

namespace
{
bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

unsigned long long PasswordHasher::opsLimit()
{
    return crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t PasswordHasher::memLimit()
{
    return crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

QString PasswordHasher::weakness(const QString &password)
{
    if (password.size() < MinimumLength)
        return tr("A password needs at least %1 characters.").arg(MinimumLength);
    if (password.trimmed() != password)
        return tr("A password may not begin or end with a space.");
    return {};
}

QByteArray PasswordHasher::hash(const QString &password, QString *error)
{
    const QString weak = weakness(password);
    if (!weak.isEmpty() || !initialised()) {
        if (error)
            *error = weak.isEmpty() ? tr("The password library could not start.") : weak;
        return {};
    }
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), utf8.size(), opsLimit(), memLimit(),
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        if (error)
            *error = tr("Not enough memory to hash the password.");
        return {};
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &stored, const QString &password)
{
    if (!initialised() || stored.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), utf8.size()) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &stored)
{
    return !initialised() ||
           crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit(), memLimit()) != 0;
}

} // namespace certdesk
