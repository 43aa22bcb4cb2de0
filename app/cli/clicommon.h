#pragma once

#include "domain/policyprofile.h"
#include "security/session.h"
#include "store/database.h"
#include "store/ledger.h"
#include "workspace/workspace.h"
#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace certdesk
{

class Database;
class PolicyProfile;
class Session;
class Workspace;
struct AccessTarget;
struct Scope;

// Shared plumbing of certdesk-cli commands: JSON lines on stdout, messages on
// stderr, exit code 0 on success, 1 on a failed operation, 2 on bad usage.
namespace cli
{

using Command = int (*)(const QStringList &args);

int runDemo(const QStringList &args);
int runCheckId(const QStringList &args);
int runPeriod(const QStringList &args);
int runVisitDue(const QStringList &args);
int runLedger(const QStringList &args);
int runRecord(const QStringList &args);
int runEvents(const QStringList &args);
int runBatchPass(const QStringList &args);
int runCleanEvidence(const QStringList &args);
int runArchive(const QStringList &args);
int runVerifyBundle(const QStringList &args);
int runPublicNotice(const QStringList &args);
int runPrintList(const QStringList &args);
int runExport(const QStringList &args);
int runImport(const QStringList &args);
int runImportApprove(const QStringList &args);
int runVerifyAudit(const QStringList &args);
int runAudit(const QStringList &args);
int runAddUser(const QStringList &args);
int runLifecycle(const QStringList &args);
int runLifecycleRecord(const QStringList &args);
int runLifecycleEvents(const QStringList &args);
int runLifecyclePaper(const QStringList &args);
int runOverpay(const QStringList &args);
int runSync(const QStringList &args);
int runSyncStatus(const QStringList &args);
int runSyncExport(const QStringList &args);
int runSyncImportRoster(const QStringList &args);
int runSyncConflicts(const QStringList &args);
int runSyncResolve(const QStringList &args);
int runBackup(const QStringList &args);
int runVerifyBackup(const QStringList &args);
int runRestore(const QStringList &args);
int runCheckApprovals(const QStringList &args);
int runApproveCheck(const QStringList &args);
int runApproveStep(const QStringList &args);

void printJson(const QJsonObject &object);
void printError(const QString &message);
// Parses args (args[0] is the command name); on error prints it and returns false.
bool parse(QCommandLineParser &parser, const QStringList &args);
// Parses a YYYY-MM-DD option value; prints an error naming the option when bad.
bool parseDate(const QString &value, const QString &option, QDate *out);
// --today, or the system date when absent.
bool todayOption(const QCommandLineParser &parser, QDate *out);
QString isoOrNull(const QDate &d);
// The scope of --node CODE, or the only district when `code` is empty; prints an
// error naming the code when there is no such node.
bool scopeFor(const Database &db, const QString &code, Scope *scope);

// Who runs the command (docs/cli.md, "Who is acting"): --user NAME with
// --password-file FILE (or CERTDESK_USER / CERTDESK_PASSWORD) signs in as that
// user, whose role and node then apply and whose sign-in is audited; without
// them the command acts as the local "cli" actor. Adds the two options.
void addUserOptions(QCommandLineParser &parser);
// Fills *session; false (after printing why and auditing a failed sign-in) when
// the name or password is wrong.
bool signIn(const QCommandLineParser &parser, const Database &db, const PolicyProfile &profile,
            Session *session);
// The database's policy profile (setting "profile"); prints the error when unknown.
std::optional<PolicyProfile> databaseProfile(const Database &db);
// --person takes an ID number; the row id is what the services need. Prints the error.
// A 15-digit number is refused naming its 18-digit form unless
// `acceptFirstGeneration` (--accept-15) takes that form.
bool findPerson(const Database &db, const PolicyProfile &profile, const QString &text, qint64 *id,
                bool acceptFirstGeneration = false);
// Every option in `names` is set; otherwise prints "COMMAND: --NAME is required" and returns false.
bool requireOptions(const QCommandLineParser &parser, const QString &command,
                    const QStringList &names);
// The --db and --person options most commands share.
QCommandLineOption dbOption();
QCommandLineOption personOption();
// --list L: a work list (overdue, 1, 2, 3, within3, to-verify, bigdata, home-visit)
// for ledger, print-list and export alike; --band is the same option under the
// name `ledger` first had.
QCommandLineOption listOption();
// The list --list names (not the search list); prints the error when it is none.
std::optional<Ledger> listOptionValue(const QCommandLineParser &parser);
// A person named by --person in the database named by --db, with its profile.
struct PersonContext {
    std::unique_ptr<Workspace> workspace; // --user, else the local "cli" actor
    const Database *db = nullptr;
    const PolicyProfile *profile = nullptr;
    qint64 id = 0;
};
// Opens the workspace of --db as who is acting (the user options, which the
// command adds) and finds --person; prints the problem and returns false otherwise.
bool openPerson(const QCommandLineParser &parser, const QString &command, PersonContext *out);
// The database named by --db, its profile and who is acting (--user, else the
// local "cli" actor).
struct Acting {
    std::unique_ptr<Workspace> workspace;
    const Database *db = nullptr;
    const PolicyProfile *profile = nullptr;
    Session session;
};
// openWorkspace() with the user options; prints the problem and returns false otherwise.
bool openActing(const QCommandLineParser &parser, const QString &command, Acting *out);
// The one way in (docs/decisions.md): opens --db (required), reads its profile and
// decides who acts — with `signIn` the --user/--password-file options (else the
// local "cli" actor), without it the local "cli" actor on purpose (commands
// that take no user options). Prints the problem and returns nullptr otherwise.
std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, const QString &command,
                                         bool signIn = true);
// Workspace::authorize, printing the refusal.
bool authorize(const Workspace &workspace, Action action,
               const AccessTarget &target = AccessTarget::none());
// Writes `bytes` to `path` whole (QSaveFile) or prints "--OPTION: cannot write …" and returns
// false.
bool writeFile(const QString &option, const QString &path, const QByteArray &bytes);
// Parses a YYYY-MM option value into the 1st of that month; prints an error naming the option.
bool parseMonth(const QString &value, const QString &option, QDate *out);
// The district server's password: --server-password-file FILE, else the
// environment's CERTDESK_SERVER_PASSWORD (sync, verify-audit --server).
QString serverPassword(const QCommandLineParser &parser);

} // namespace cli

} // namespace certdesk
