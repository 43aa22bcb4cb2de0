#include "workspace.h"

#include "domain/workingcalendar.h"
#include "evidence/evidencestore.h"
#include "store/derivedrepair.h"
#include "workspacechanges.h"

#include <QCoreApplication>

namespace certdesk
{

Workspace::SignIn Workspace::as(const Session &session)
{
    return [session](const Database &, const PolicyProfile &, const AuditTrail &, QString *) {
        return std::optional<Session>(session);
    };
}

std::unique_ptr<Workspace> Workspace::open(const WorkspaceOptions &options, const SignIn &signIn,
                                           QString *error)
{
    QString why;
    auto db = Database::open(options.databasePath, options.mode, &why);
    if (!db) {
        if (error)
            *error = why;
        return nullptr;
    }
    return open(std::move(db), options, signIn, error);
}

std::unique_ptr<Workspace> Workspace::open(std::unique_ptr<Database> db,
                                           const WorkspaceOptions &options, const SignIn &signIn,
                                           QString *error)
{
    QString why;
    std::optional<PolicyProfile> profile = options.profile;
    if (!profile) {
        profile = PolicyProfile::builtin(
            db->setting(QStringLiteral("profile"), PolicyProfile::defaultId()), &why);
        if (!profile && options.fallbackProfile) {
            profile = options.fallbackProfile;
            why.clear();
        }
    }
    // A file an older version wrote under a rule since corrected: its derived
    // columns are laid again once (DerivedRepair), before anyone reads them.
    int repaired = 0;
    if (profile && !DerivedRepair::run(*db, *profile, &repaired, &why)) {
        if (error)
            *error = QCoreApplication::translate("Workspace",
                                                 "Cannot update %1 to this version's rules: %2")
                         .arg(db->path(), why);
        return nullptr;
    }
    std::optional<Session> session;
    if (profile) {
        const AuditTrail audit(*db, *profile, profile->calendar());
        session = signIn(*db, *profile, audit, &why);
    }
    if (!session) {
        if (error)
            *error = why;
        return nullptr;
    }
    return std::unique_ptr<Workspace>(new Workspace(std::move(db), *profile, *session));
}

Workspace::Workspace(const Database &db, const PolicyProfile &profile, const Session &session)
    : m_db(&db), m_profile(profile), m_session(session),
      m_evidence(std::make_unique<EvidenceStore>(EvidenceStore::folderFor(db.path()))),
      m_audit(std::make_unique<AuditTrail>(db, m_profile, m_profile.calendar())),
      m_changes(std::make_unique<WorkspaceChanges>())
{
}

Workspace::Workspace(std::unique_ptr<Database> owned, const PolicyProfile &profile,
                     const Session &session)
    : Workspace(*owned, profile, session)
{
    m_owned = std::move(owned);
}

Workspace::~Workspace() = default;

bool Workspace::authorize(Action action, const AccessTarget &target, QString *error) const
{
    return AccessGate::authorize(*m_db, m_profile, *m_audit, m_session, action, target, error);
}

} // namespace certdesk
