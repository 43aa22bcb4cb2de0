#pragma once

#include "domain/policyprofile.h"
#include "security/accessgate.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace certdesk
{

class EvidenceStore;
class WorkspaceChanges;

// How to open a desk's data.
struct WorkspaceOptions {
    QString databasePath;
    Database::OpenMode mode = Database::OpenMode::OpenExisting;
    // Forces a profile (the window's --profile); otherwise the database's own
    // (setting "profile", qingdao when unset).
    std::optional<PolicyProfile> profile;
    // Used when the database names a profile this build does not know; without
    // one that is an error (the command line).
    std::optional<PolicyProfile> fallbackProfile;
};

// The one way in (docs/decisions.md, "One way in"): the database, its policy
// profile, the evidence store, the audit trail and the session of whoever is
// working — always present; the command line's local "cli" actor is a session
// chosen on purpose (Session::commandLine()). Both front ends open one, build
// their services from it and ask authorize() before anything is done or leaves
// the machine; the services announce their committed changes through changes().
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    // Decides who is acting once the database and profile are open: the window's
    // sign-in dialog, the CLI's --user/--password-file, or the local actor. Returns
    // std::nullopt to refuse (with *error) or cancel (empty *error).
    using SignIn = std::function<std::optional<Session>(
        const Database &db, const PolicyProfile &profile, const AuditTrail &audit, QString *error)>;
    // A sign-in that is always this session (Session::commandLine(), tests).
    static SignIn as(const Session &session);

    // Opens the database, picks its profile and signs in. nullptr with *error when
    // any step fails; with an empty *error when the sign-in was cancelled.
    static std::unique_ptr<Workspace> open(const WorkspaceOptions &options, const SignIn &signIn,
                                           QString *error);
    // The same over a database opened already (the window's first start fills it
    // with demo data before anyone can sign in).
    static std::unique_ptr<Workspace> open(std::unique_ptr<Database> db,
                                           const WorkspaceOptions &options, const SignIn &signIn,
                                           QString *error);
    // Over a database someone else owns and keeps open for longer (tests, tools).
    Workspace(const Database &db, const PolicyProfile &profile, const Session &session);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    const Database &database() const { return *m_db; }
    const PolicyProfile &profile() const { return m_profile; }
    EvidenceStore &evidence() const { return *m_evidence; }
    const AuditTrail &audit() const { return *m_audit; }
    AuditTrail &audit() { return *m_audit; }
    const Session &session() const { return m_session; }
    WorkspaceChanges *changes() const { return m_changes.get(); }

    // The gate (AccessGate): role, duty, jurisdiction of the target, then the
    // target's audit entry. False with *error, a message for the user, otherwise.
    bool authorize(Action action, const AccessTarget &target = AccessTarget::none(),
                   QString *error = nullptr) const;

private:
    Workspace(std::unique_ptr<Database> owned, const PolicyProfile &profile,
              const Session &session);

    std::unique_ptr<Database> m_owned; // empty when the database is borrowed
    const Database *m_db;
    PolicyProfile m_profile;
    Session m_session;
    std::unique_ptr<EvidenceStore> m_evidence;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<WorkspaceChanges> m_changes;
};

} // namespace certdesk
