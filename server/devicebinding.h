#pragma once

#include "upstreamstore.h"

#include <QString>
#include <optional>

namespace certdesk
{

// Devices belong to someone (issue 16 point 2). A device id is not secret
// (pulls and USB manifests carry it), so it is bound on its first sign-in to
// that user and node; another user signing in with it is refused until a
// supervisor or an administrator re-assigns it. Its key (which signs its USB
// packages) is handed out once: on the first sign-in, and once more after each
// rotation or re-assignment; never to a second caller. A revoked device signs
// in no more. Every change is in the server's audit trail.
namespace DeviceBinding
{
struct SignIn {
    bool allowed = false;
    int status = 0; // when refused: 403
    QString code;   // device-taken, device-revoked
    QString message;
    QString deviceKey; // base64, only when handed out now
};
// Runs inside the sign-in's write transaction. nullopt with *error on a store failure.
std::optional<SignIn> signIn(QSqlDatabase &db, const QString &device, const QString &user,
                             const QString &scopeCode, QString *error);

// Re-assigns `device` to `user` (a new key, handed out at that user's next
// sign-in; the device's tokens end). `actor` is the supervisor or admin
// ("cli" from the admin command). False with *error (a message for a person).
bool reassign(QSqlDatabase &db, const QString &device, const QString &user, const QString &actor,
              QString *error);
// A new key for `device`, handed out at its user's next sign-in; tokens end.
bool rotate(QSqlDatabase &db, const QString &device, const QString &actor, QString *error);
// The device signs in no more; its tokens end.
bool revoke(QSqlDatabase &db, const QString &device, const QString &actor, QString *error);
// The device's user and node (nullopt when it never signed in).
struct Owner {
    QString user;
    QString scopeCode;
};
std::optional<Owner> owner(QSqlDatabase &db, const QString &device, QString *error);
} // namespace DeviceBinding

} // namespace certdesk
