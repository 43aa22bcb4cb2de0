// verify-audit, audit and add-user: the audit trail and user accounts from the
// command line.
#include "clicommon.h"

#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "security/userrepository.h"
#include "store/database.h"

#include <QFile>
#include <QJsonObject>
#include <cstdio>

namespace certdesk
{

namespace
{
bool readPassword(const QString &file, QString *password)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        cli::printError(
            QStringLiteral("--new-password-file: cannot read %1: %2").arg(file, f.errorString()));
        return false;
    }
    *password = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    return true;
}
} // namespace

int cli::runVerifyAudit(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Check the audit trail's hash chain; names the first altered or deleted entry."));
    p.addOption({QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")});
    if (!parse(p, args))
        return 2;
    if (!p.isSet(QStringLiteral("db"))) {
        printError(QStringLiteral("verify-audit: --db is required"));
        return 2;
    }
    // Reading the chain is not personal data: the local "cli" actor, as documented.
    const auto workspace = openWorkspace(p, QStringLiteral("verify-audit"), false);
    if (!workspace)
        return 1;
    const AuditCheck check = workspace->audit().verify();
    if (check.ok) {
        printJson({{QStringLiteral("ok"), true}, {QStringLiteral("entries"), check.entries}});
        return 0;
    }
    printJson({{QStringLiteral("ok"), false},
               {QStringLiteral("entry"), check.badId},
               {QStringLiteral("verifiedBefore"), check.entries},
               {QStringLiteral("message"), check.message}});
    printError(check.message);
    return 1;
}

int cli::runAudit(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Audit trail entries as JSON lines (or CSV with --csv)."));
    p.addOption({QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("by"), QStringLiteral("only entries of this user"),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("action"),
                 QStringLiteral("only this action (sign-in, record, export, ...)"),
                 QStringLiteral("KEY")});
    p.addOption(
        {QStringLiteral("from"), QStringLiteral("first day"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), QStringLiteral("last day"), QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("off-hours"), QStringLiteral("only entries outside working hours")});
    p.addOption({QStringLiteral("csv"), QStringLiteral("write CSV instead of JSON lines")});
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    AuditFilter filter;
    filter.username = p.value(QStringLiteral("by"));
    filter.action = p.value(QStringLiteral("action"));
    filter.offHoursOnly = p.isSet(QStringLiteral("off-hours"));
    if ((p.isSet(QStringLiteral("from")) &&
         !parseDate(p.value(QStringLiteral("from")), QStringLiteral("from"), &filter.from)) ||
        (p.isSet(QStringLiteral("to")) &&
         !parseDate(p.value(QStringLiteral("to")), QStringLiteral("to"), &filter.to)))
        return 2;
    Acting o;
    if (!openActing(p, QStringLiteral("audit"), &o))
        return 1;
    if (!authorize(*o.workspace, Action::ViewAudit))
        return 1;
    const AuditTrail audit(*o.db, *o.profile, WorkingCalendar::builtin());
    QString error;
    const QList<AuditEntry> entries = audit.entries(filter, &error);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    // Reading the trail out is itself an export, and logged.
    if (!audit.record(o.session, AuditAction::Export, QStringLiteral("audit trail"),
                      QStringLiteral("%1 entries").arg(entries.size()), &error)) {
        printError(error);
        return 1;
    }
    if (p.isSet(QStringLiteral("csv"))) {
        const QByteArray csv = AuditTrail::toCsv(entries).toUtf8();
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        return 0;
    }
    for (const AuditEntry &e : entries)
        printJson({{QStringLiteral("id"), e.id},
                   {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                   {QStringLiteral("user"), e.username},
                   {QStringLiteral("role"), e.role},
                   {QStringLiteral("action"), e.action},
                   {QStringLiteral("target"), e.target},
                   {QStringLiteral("detail"), e.detail},
                   {QStringLiteral("place"), e.place},
                   {QStringLiteral("offHours"), e.offHours}});
    return 0;
}

int cli::runAddUser(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Create a user account."));
    p.addOption({QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("name"), QStringLiteral("user name (letters, digits, . _ -)"),
                 QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("display-name"), QStringLiteral("full name"), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("role"),
                 QStringLiteral("community-worker, street-supervisor, district-admin or auditor"),
                 QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("node"),
                 QStringLiteral("jurisdiction code (community, street or district per role)"),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("duty"),
                 QStringLiteral("certify or approve-benefit; repeatable (default: certify for "
                                "workers and supervisors)"),
                 QStringLiteral("DUTY")});
    p.addOption({QStringLiteral("new-password-file"),
                 QStringLiteral("file whose first line is the new user's password"),
                 QStringLiteral("FILE")});
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    for (const char *required :
         {"db", "name", "display-name", "role", "node", "new-password-file"}) {
        if (!p.isSet(QString::fromLatin1(required))) {
            printError(
                QStringLiteral("add-user: --%1 is required").arg(QString::fromLatin1(required)));
            return 2;
        }
    }
    const auto role = Permissions::roleFromKey(p.value(QStringLiteral("role")));
    if (!role) {
        printError(
            QStringLiteral("--role: unknown role '%1'").arg(p.value(QStringLiteral("role"))));
        return 2;
    }
    QString password;
    if (!readPassword(p.value(QStringLiteral("new-password-file")), &password))
        return 2;
    Acting o;
    if (!openActing(p, QStringLiteral("add-user"), &o))
        return 1;
    if (!authorize(*o.workspace, Action::ManageUsers))
        return 1;
    User u;
    u.username = p.value(QStringLiteral("name"));
    u.displayName = p.value(QStringLiteral("display-name"));
    u.role = *role;
    u.nodeCode = p.value(QStringLiteral("node"));
    u.duties = p.isSet(QStringLiteral("duty")) ? p.values(QStringLiteral("duty"))
               : (*role == Role::CommunityWorker || *role == Role::StreetSupervisor)
                   ? QStringList{QStringLiteral("certify")}
                   : QStringList{};
    QString error;
    if (!UserRepository(*o.db, *o.profile).create(u, password, &error)) {
        printError(error);
        return 1;
    }
    AuditTrail(*o.db, *o.profile, WorkingCalendar::builtin())
        .record(o.session, AuditAction::UserChange, u.username,
                QStringLiteral("created %1 at %2").arg(Permissions::roleKey(u.role), u.nodeCode));
    printJson({{QStringLiteral("id"), u.id},
               {QStringLiteral("name"), u.username},
               {QStringLiteral("role"), Permissions::roleKey(u.role)},
               {QStringLiteral("node"), u.nodeCode}});
    return 0;
}

} // namespace certdesk
