#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace certdesk
{

// How this device trusts the district server (issue 16, point 4): HTTPS, and
// the server's public key pinned on first sign-in after a person compared its
// fingerprint with the district's notice, or a certificate issued by the
// district's own certificate authority. Plain http:// is for this computer
// only unless a person allowed it on purpose.
struct ServerTrust {
    QString pin;                 // SHA-256 of the server's public key (hex); empty: none yet
    QString caFile;              // the district's CA certificates (PEM); empty: none
    bool allowPlainHttp = false; // plain http:// to a host beyond loopback
};

// What went wrong with the server's identity, for the caller to act on.
struct TrustProblem {
    enum class Kind {
        None,
        PlainHttp,  // http:// to another computer, not allowed
        NotPinned,  // first contact: a person must compare and accept `presented`
        KeyChanged, // the server shows another key than the pinned one
        Untrusted,  // the certificate does not verify with the CA file
        CaFile,     // the CA file cannot be read
    };
    Kind kind = Kind::None;
    QString presented; // fingerprint the server showed (display form)
    QString pinned;    // fingerprint that was pinned (display form)
    QString detail;    // TLS errors, the file's problem

    explicit operator bool() const { return kind != Kind::None; }
};

class ServerTrustCheck
{
    Q_DECLARE_TR_FUNCTIONS(ServerTrustCheck)
public:
    // SHA-256 of the certificate's SubjectPublicKeyInfo (DER), lower-case hex: the
    // same as `openssl x509 -in cert.pem -pubkey -noout | openssl pkey -pubin
    // -outform der | openssl dgst -sha256`. A key, not a certificate, so a
    // renewed certificate with the same key keeps working.
    static QString keyFingerprint(const QSslCertificate &certificate);
    // "AB:CD:…" (32 pairs), as the district's notice prints it.
    static QString display(const QString &fingerprint);
    // What a person typed or pasted (colons, spaces, either case, "SHA256:"
    // prefix) as the stored form; empty when it is not 64 hex digits.
    static QString normalise(const QString &typed);
    // localhost, 127.0.0.0/8, ::1.
    static bool isLoopback(const QUrl &url);
    // Why this address may not be used under `trust` before any byte is sent
    // (plain http:// beyond loopback, a scheme other than http/https).
    static TrustProblem transportProblem(const QUrl &server, const ServerTrust &trust);
    // The CA certificates of `trust.caFile`; *error when it cannot be read or
    // holds no certificate.
    static QList<QSslCertificate> caCertificates(const QString &file, QString *error);
    // Decides on the certificate a server presented during the handshake.
    // `verified`: the chain verified (with the CA file when one is given).
    static TrustProblem judge(const ServerTrust &trust, const QSslCertificate &presented,
                              bool verified, const QString &tlsErrors);
    // A sentence for a person: what happened and what to do.
    static QString message(const TrustProblem &problem, const QUrl &server);
};

} // namespace certdesk
