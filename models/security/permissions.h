#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk
{

// The four roles of the regulations' staff (RULES.md §6).
enum class Role { CommunityWorker, StreetSupervisor, DistrictAdministrator, Auditor };

// What a user can ask the program to do; each is allowed or refused per role.
enum class Action {
    ViewLists,       // ledgers, search, person detail (always within the user's node)
    RecordCheck,     // record a verification
    CorrectCheck,    // record a correction of an earlier check
    BatchPass,       // pass a page of people at once
    RevealIdNumber,  // show a full ID number (logged)
    Export,          // lists and evidence leaving the machine
    Print,           // route sheets, registers, notices
    Import,          // big-data and roster imports
    Sync,            // exchange with the district server
    ChangeSettings,  // database settings
    ManageUsers,     // create users, reset passwords, deactivate
    ViewAudit,       // read and export the audit trail
    ResolveConflict, // decide a sync conflict flagged by the server
    Backup,          // copy the whole desk (database and evidence) to a backup file
    RestoreBackup,   // replace the desk's data with a backup
    // A benefit lifecycle or payment step (failure, suspension, back pay, …): the
    // same roles as a check, but not the duty "certify" (docs/decisions.md, "One way in").
    RecordPaymentStep,
    // A reminder logged, a home visit requested, assigned or attempted: work on a
    // person's case that certifies nothing, so the roles of a check without its duty.
    RecordContact,
};

// The role x action matrix. Pure data: no database, no session.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static bool allows(Role role, Action action);
    // The message shown when a role may not do something.
    static QString refusal(Role role, Action action);

    static QList<Role> roles();
    static QList<Action> actions();
    static QString roleKey(Role role); // "community-worker", ... (stored in app_user.role)
    static std::optional<Role> roleFromKey(const QString &key);
    static QString roleName(Role role); // translated
    static QString actionKey(Action action);
    static QString actionName(Action action); // translated
    // The jurisdiction level a role's node must have: 3 community, 2 street, 1 district.
    static int nodeLevel(Role role);
};

} // namespace certdesk
