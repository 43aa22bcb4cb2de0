#include "clicommon.h"

#include "domain/idnumber.h"
#include "domain/policyprofile.h"
#include "domain/workingcalendar.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "security/userrepository.h"
#include "store/database.h"
#include "store/jurisdictionrepository.h"
#include "store/ledgerquery.h"
#include "store/recipientrepository.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>

namespace certdesk
{

namespace cli
{

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

void printError(const QString &message)
{
    const QByteArray text = message.toUtf8();
    std::fprintf(stderr, "certdesk-cli: %s\n", text.constData());
}

bool parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        std::exit(0);
    }
    return true;
}

bool parseDate(const QString &value, const QString &option, QDate *out)
{
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10) {
        printError(
            QStringLiteral("--%1: '%2' is not a date in the form YYYY-MM-DD").arg(option, value));
        return false;
    }
    *out = d;
    return true;
}

bool todayOption(const QCommandLineParser &parser, QDate *out)
{
    if (!parser.isSet(QStringLiteral("today"))) {
        *out = QDate::currentDate();
        return true;
    }
    return parseDate(parser.value(QStringLiteral("today")), QStringLiteral("today"), out);
}

QString isoOrNull(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

bool scopeFor(const Database &db, const QString &code, Scope *scope)
{
    JurisdictionRepository jurisdictions(db);
    if (!code.isEmpty()) {
        const auto node = jurisdictions.find(code);
        if (!node) {
            printError(QStringLiteral("--node: no jurisdiction with code '%1' in %2")
                           .arg(code, db.path()));
            return false;
        }
        *scope = {node->level, node->code};
        return true;
    }
    QList<JurisdictionNode> districts;
    for (const JurisdictionNode &n : jurisdictions.all()) {
        if (n.level == JurisdictionNode::District)
            districts << n;
    }
    if (districts.size() == 1)
        *scope = {districts.first().level, districts.first().code};
    return true;
}

// --person takes an ID number; the row id is what the service needs.
bool findPerson(const Database &db, const PolicyProfile &profile, const QString &text, qint64 *id)
{
    const IdNumber number = IdNumber::parse(text);
    if (!number.isValid()) {
        printError(
            QStringLiteral("--person: %1 is not a valid ID number: %2").arg(text, number.reason()));
        return false;
    }
    const auto found = RecipientRepository(db, profile).idForNumber(number.canonical());
    if (!found) {
        printError(QStringLiteral("--person: nobody with ID number %1 in %2")
                       .arg(number.canonical(), db.path()));
        return false;
    }
    *id = *found;
    return true;
}

std::optional<PolicyProfile> databaseProfile(const Database &db)
{
    QString error;
    auto profile = PolicyProfile::builtin(
        db.setting(QStringLiteral("profile"), PolicyProfile::defaultId()), &error);
    if (!profile)
        printError(error);
    return profile;
}

void addUserOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("user"),
         QStringLiteral(
             "act as this user (default: env CERTDESK_USER, else the local \"cli\" actor)"),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("password-file"),
         QStringLiteral(
             "file whose first line is the user's password (default: env CERTDESK_PASSWORD)"),
         QStringLiteral("FILE")});
}

bool signIn(const QCommandLineParser &parser, const Database &db, const PolicyProfile &profile,
            Session *session)
{
    const QString user = parser.isSet(QStringLiteral("user"))
                             ? parser.value(QStringLiteral("user"))
                             : qEnvironmentVariable("CERTDESK_USER");
    if (user.isEmpty()) {
        *session = Session::commandLine();
        return true;
    }
    QString password = qEnvironmentVariable("CERTDESK_PASSWORD");
    if (parser.isSet(QStringLiteral("password-file"))) {
        QFile f(parser.value(QStringLiteral("password-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("--password-file: cannot read %1: %2")
                           .arg(f.fileName(), f.errorString()));
            return false;
        }
        password =
            QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    QString error;
    const AuditTrail audit(db, profile, WorkingCalendar::builtin());
    const auto found = UserRepository(db, profile).authenticate(user, password, &error);
    if (!found) {
        User attempted;
        attempted.username = user;
        attempted.role = Role::Auditor; // no rights: only a name to log
        QString ignored;
        audit.record(Session(attempted, QStringLiteral("cli")), AuditAction::SignInFailed, user,
                     QString(), &ignored);
        printError(QStringLiteral("--user %1: %2").arg(user, error));
        return false;
    }
    *session = Session(*found, QStringLiteral("cli"));
    if (!audit.record(*session, AuditAction::SignIn, user, QString(), &error)) {
        printError(error);
        return false;
    }
    return true;
}

bool requireOptions(const QCommandLineParser &parser, const QString &command,
                    const QStringList &names)
{
    for (const QString &name : names) {
        if (!parser.isSet(name)) {
            printError(QStringLiteral("%1: --%2 is required").arg(command, name));
            return false;
        }
    }
    return true;
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")};
}

QCommandLineOption listOption()
{
    return {{QStringLiteral("list"), QStringLiteral("band")},
            QStringLiteral(
                "overdue, 1, 2, 3, within3, to-verify, bigdata, home-visit (--band: the same)"),
            QStringLiteral("L")};
}

std::optional<Ledger> listOptionValue(const QCommandLineParser &parser)
{
    const auto list = Ledgers::fromKey(parser.value(QStringLiteral("list")));
    if (!list || *list == Ledger::Search) {
        printError(QStringLiteral("--list (--band): '%1' is not one of overdue, 1, 2, 3, within3, "
                                  "to-verify, bigdata, home-visit")
                       .arg(parser.value(QStringLiteral("list"))));
        return std::nullopt;
    }
    return list;
}

QCommandLineOption personOption()
{
    return {QStringLiteral("person"), QStringLiteral("the person's ID number"),
            QStringLiteral("ID")};
}

bool openPerson(const QCommandLineParser &parser, const QString &command, PersonContext *out)
{
    if (!parser.isSet(QStringLiteral("person"))) {
        printError(QStringLiteral("%1: --person is required").arg(command));
        return false;
    }
    out->workspace = openWorkspace(parser, command);
    if (!out->workspace)
        return false;
    out->db = &out->workspace->database();
    out->profile = &out->workspace->profile();
    return findPerson(*out->db, *out->profile, parser.value(QStringLiteral("person")), &out->id);
}

bool openActing(const QCommandLineParser &parser, const QString &command, Acting *out)
{
    out->workspace = openWorkspace(parser, command);
    if (!out->workspace)
        return false;
    out->db = &out->workspace->database();
    out->profile = &out->workspace->profile();
    out->session = out->workspace->session();
    return true;
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, const QString &command,
                                         bool withSignIn)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        printError(QStringLiteral("%1: --db is required").arg(command));
        return nullptr;
    }
    WorkspaceOptions options;
    options.databasePath = parser.value(QStringLiteral("db"));
    // signIn() prints its own messages; the others are printed here.
    bool printed = false;
    const Workspace::SignIn who = [&](const Database &db, const PolicyProfile &profile,
                                      const AuditTrail &, QString *) -> std::optional<Session> {
        if (!withSignIn)
            return Session::commandLine();
        Session session;
        printed = true;
        if (!signIn(parser, db, profile, &session))
            return std::nullopt;
        return session;
    };
    QString error;
    auto workspace = Workspace::open(options, who, &error);
    if (!workspace && !printed)
        printError(error);
    return workspace;
}

bool authorize(const Workspace &workspace, Action action, const AccessTarget &target)
{
    QString error;
    if (workspace.authorize(action, target, &error))
        return true;
    printError(error);
    return false;
}

bool writeFile(const QString &option, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    printError(QStringLiteral("--%1: cannot write %2: %3").arg(option, path, file.errorString()));
    return false;
}

bool parseMonth(const QString &value, const QString &option, QDate *out)
{
    const QDate d = QDate::fromString(value, QStringLiteral("yyyy-MM"));
    if (!d.isValid() || value.size() != 7) {
        printError(
            QStringLiteral("--%1: '%2' is not a month in the form YYYY-MM").arg(option, value));
        return false;
    }
    *out = d;
    return true;
}

} // namespace cli

} // namespace certdesk
