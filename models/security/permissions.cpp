#include "permissions.h"

namespace certdesk
{

namespace
{
// One bit per action: the matrix is a column of masks, one per role.
constexpr unsigned bit(Action a)
{
    return 1u << unsigned(a);
}
// A community worker certifies, prints/exports their own community's lists and
// syncs what they recorded (often from a laptop after home visits). Backing up
// is open to every role that may export: a backup only copies, and the person
// at a desk must be able to save it before the old PC dies.
constexpr unsigned kWorker = bit(Action::ViewLists) | bit(Action::RecordCheck) |
                             bit(Action::CorrectCheck) | bit(Action::BatchPass) |
                             bit(Action::RevealIdNumber) | bit(Action::Export) |
                             bit(Action::Print) | bit(Action::Sync) | bit(Action::Backup) |
                             bit(Action::RecordPaymentStep) | bit(Action::RecordContact);
// A street supervisor also imports and decides the conflicts sync flags.
constexpr unsigned kSupervisor = kWorker | bit(Action::Import) | bit(Action::ResolveConflict);
// The district administrator also runs the settings and the accounts, reads the trail
// and restores backups (a restore replaces every record on the desk).
constexpr unsigned kAdministrator = kSupervisor | bit(Action::ChangeSettings) |
                                    bit(Action::ManageUsers) | bit(Action::ViewAudit) |
                                    bit(Action::RestoreBackup);
// The auditor is read-only: lists (masked) and the audit trail, nothing that changes data
// or shows a full ID number.
constexpr unsigned kAuditor = bit(Action::ViewLists) | bit(Action::ViewAudit);

unsigned maskOf(Role role)
{
    switch (role) {
    case Role::CommunityWorker:
        return kWorker;
    case Role::StreetSupervisor:
        return kSupervisor;
    case Role::DistrictAdministrator:
        return kAdministrator;
    case Role::Auditor:
        return kAuditor;
    }
    return 0;
}
} // namespace

bool Permissions::allows(Role role, Action action)
{
    return (maskOf(role) & bit(action)) != 0;
}

QString Permissions::refusal(Role role, Action action)
{
    return tr("A %1 may not %2.").arg(roleName(role), actionName(action));
}

QList<Role> Permissions::roles()
{
    return {Role::CommunityWorker, Role::StreetSupervisor, Role::DistrictAdministrator,
            Role::Auditor};
}

QList<Action> Permissions::actions()
{
    QList<Action> out;
    for (int a = int(Action::ViewLists); a <= int(Action::RecordContact); ++a)
        out << Action(a);
    return out;
}

QString Permissions::roleKey(Role role)
{
    switch (role) {
    case Role::CommunityWorker:
        return QStringLiteral("community-worker");
    case Role::StreetSupervisor:
        return QStringLiteral("street-supervisor");
    case Role::DistrictAdministrator:
        return QStringLiteral("district-admin");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> Permissions::roleFromKey(const QString &key)
{
    for (Role r : roles()) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::CommunityWorker:
        return tr("community worker");
    case Role::StreetSupervisor:
        return tr("street supervisor");
    case Role::DistrictAdministrator:
        return tr("district administrator");
    case Role::Auditor:
        return tr("auditor");
    }
    return {};
}

QString Permissions::actionKey(Action action)
{
    static const char *const keys[] = {"view-lists",
                                       "record",
                                       "correct",
                                       "batch-pass",
                                       "reveal-id",
                                       "export",
                                       "print",
                                       "import",
                                       "sync",
                                       "change-settings",
                                       "manage-users",
                                       "view-audit",
                                       "resolve-conflict",
                                       "backup",
                                       "restore-backup",
                                       "record-payment-step",
                                       "record-contact"};
    return QString::fromLatin1(keys[int(action)]);
}

QString Permissions::actionName(Action action)
{
    switch (action) {
    case Action::ViewLists:
        return tr("view the lists");
    case Action::RecordCheck:
        return tr("record a check");
    case Action::CorrectCheck:
        return tr("correct a check");
    case Action::BatchPass:
        return tr("pass a batch");
    case Action::RevealIdNumber:
        return tr("see a full ID number");
    case Action::Export:
        return tr("export");
    case Action::Print:
        return tr("print");
    case Action::Import:
        return tr("import");
    case Action::Sync:
        return tr("synchronise");
    case Action::ChangeSettings:
        return tr("change settings");
    case Action::ManageUsers:
        return tr("manage users");
    case Action::ViewAudit:
        return tr("read the audit trail");
    case Action::ResolveConflict:
        return tr("decide a sync conflict");
    case Action::Backup:
        return tr("back up the desk's data");
    case Action::RestoreBackup:
        return tr("restore a backup");
    case Action::RecordPaymentStep:
        return tr("record a payment step");
    case Action::RecordContact:
        return tr("log a reminder or a home visit");
    }
    return {};
}

int Permissions::nodeLevel(Role role)
{
    switch (role) {
    case Role::CommunityWorker:
        return 3;
    case Role::StreetSupervisor:
        return 2;
    case Role::DistrictAdministrator:
    case Role::Auditor:
        return 1;
    }
    return 1;
}

} // namespace certdesk
