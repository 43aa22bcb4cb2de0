#include "servertrust.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslKey>

namespace certdesk
{

QString ServerTrustCheck::keyFingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo.
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
}

QString ServerTrustCheck::display(const QString &fingerprint)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < fingerprint.size(); i += 2)
        pairs << fingerprint.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QString ServerTrustCheck::normalise(const QString &typed)
{
    QString s = typed.trimmed();
    if (s.startsWith(QLatin1String("sha256"), Qt::CaseInsensitive)) {
        s = s.mid(6);
        if (s.startsWith(QLatin1Char(':')) || s.startsWith(QLatin1Char('=')))
            s = s.mid(1);
    }
    s.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(s).hasMatch() ? s.toLower() : QString();
}

bool ServerTrustCheck::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

TrustProblem ServerTrustCheck::transportProblem(const QUrl &server, const ServerTrust &trust)
{
    TrustProblem p;
    const QString scheme = server.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return p;
    // Plain HTTP only to this computer (the demo of scripts/run-upstream.sh), or
    // where a person allowed it on purpose: otherwise passwords, tokens and
    // records cross the office network readable by anyone on it.
    if (scheme == QLatin1String("http") && (isLoopback(server) || trust.allowPlainHttp))
        return p;
    p.kind = TrustProblem::Kind::PlainHttp;
    return p;
}

QList<QSslCertificate> ServerTrustCheck::caCertificates(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    if (f.size() > 1024 * 1024) {
        *error = tr("the file is larger than 1 MiB; a CA file holds a few certificates");
        return {};
    }
    const QByteArray bytes = f.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(bytes, QSsl::Der);
    if (certificates.isEmpty())
        *error = tr("it holds no certificate (PEM or DER)");
    return certificates;
}

TrustProblem ServerTrustCheck::judge(const ServerTrust &trust, const QSslCertificate &presented,
                                     bool verified, const QString &tlsErrors)
{
    TrustProblem p;
    p.presented = display(keyFingerprint(presented));
    p.detail = tlsErrors;
    if (!trust.pin.isEmpty()) {
        // A pinned key is the whole trust: a self-signed certificate is fine,
        // any other key is refused even when a CA vouches for it.
        if (keyFingerprint(presented) != trust.pin) {
            p.kind = TrustProblem::Kind::KeyChanged;
            p.pinned = display(trust.pin);
        }
        return p;
    }
    if (!trust.caFile.isEmpty()) {
        if (!verified)
            p.kind = TrustProblem::Kind::Untrusted;
        return p;
    }
    p.kind = TrustProblem::Kind::NotPinned;
    return p;
}

QString ServerTrustCheck::message(const TrustProblem &p, const QUrl &server)
{
    const QString where = server.toDisplayString();
    switch (p.kind) {
    case TrustProblem::Kind::None:
        return {};
    case TrustProblem::Kind::PlainHttp:
        return tr("The server address %1 uses plain http:// to another computer: the password and "
                  "the records would cross the network unencrypted. Use the https:// address "
                  "from the district's notice, or allow plain HTTP on purpose (Sync settings, or "
                  "certdesk-cli sync --allow-http) only inside a network you trust.")
            .arg(where);
    case TrustProblem::Kind::NotPinned:
        return tr("First sign-in to %1. The server's key fingerprint (SHA-256) is %2. Compare "
                  "it with the fingerprint in the district's notice and accept it only if they "
                  "are the same (in the window when asked, or certdesk-cli sync --fingerprint).")
            .arg(where, p.presented);
    case TrustProblem::Kind::KeyChanged:
        return tr("Sync stopped: the server %1 presents the key %2, but this device pinned the "
                  "key %3 at its first sign-in. Someone may be between this computer and the "
                  "server. Ask the district whether the server's key was changed; only if its "
                  "notice gives the new fingerprint, forget the pinned key in the sync settings "
                  "(or run certdesk-cli sync --fingerprint with the new one) and sign in again.")
            .arg(where, p.presented, p.pinned);
    case TrustProblem::Kind::Untrusted:
        return tr("The certificate of %1 is not issued by the district's certificate authority "
                  "(CA file) or does not name this address: %2")
            .arg(where, p.detail);
    case TrustProblem::Kind::CaFile:
        return tr("The district's CA file cannot be used: %1").arg(p.detail);
    }
    return {};
}

} // namespace certdesk
