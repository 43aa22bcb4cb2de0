import sys, re
p = sys.argv[1]
s = open(p).read()
def rep(old, new, count=1):
    global s
    if s.count(old) != count:
        raise SystemExit('pattern count %d != %d: %r' % (s.count(old), count, old[:80]))
    s = s.replace(old, new)
def cutfn(start_marker, end_marker):
    global s
    a = s.index(start_marker)
    b = s.index(end_marker, a) + len(end_marker)
    s = s[:a] + s[b:]

rep('#include "admincommands.h"\n', '#include "admincommands.h"\n\n#include "accesstables.h"\n#include "commandsupport.h"\n#include "domain/policyprofile.h"\n', 1)
# remove local helpers now in CommandSupport
cutfn('void printError(const QString &message)\n{', '\n}\n\n')
cutfn('void printJson(const QJsonValue &value)\n{', '\n}\n\n')
cutfn('// Checks the options a command needs and opens (and creates) the store.\nstd::optional<UpstreamStore> openStore(', '    return store;\n}\n\n')
cutfn('// Runs `work` in one write transaction; prints the error and returns 1 on failure.\ntemplate <typename Work> int writeTransaction(', '    return 0;\n}\n\n')
# the old devices listing moves to accesscommands.cpp
cutfn('int devices(const QHash<QString, QString> &o)\n{', '    printJson(list);\n    return 0;\n}\n\n')
rep('namespace\n{\n', 'using namespace CommandSupport;\n\nnamespace\n{\n', 1)

# add-jurisdiction --profile
rep('''    if ((level == 1) != parent.isEmpty()) {''', '''    const QString profile = o.value(QStringLiteral("profile"));
    if (!profile.isEmpty() && !PolicyProfile::builtinIds().contains(profile)) {
        printError(QStringLiteral("--profile: one of %1")
                       .arg(PolicyProfile::builtinIds().join(QStringLiteral(", "))));
        return 2;
    }
    if ((level == 1) != parent.isEmpty()) {''')
rep('''        QSqlQuery q(db);
        const QVariant parentValue =''', '''        QSqlQuery q(db);
        // The rules of a region (issue 16: the server checks pushed events with
        // the profile of the person's region).
        if (!profile.isEmpty() &&
            !execQuery(q,
                       QStringLiteral("INSERT INTO region_profile (code, profile) VALUES (?, ?) "
                                      "ON CONFLICT (code) DO UPDATE SET profile = "
                                      "excluded.profile"),
                       {code, profile}, error))
            return false;
        const QVariant parentValue =''')

# add-user: duties, and a changed account ends its tokens
rep('''    const QString user = o.value(QStringLiteral("user"));
    const QString scope = o.value(QStringLiteral("scope"));''', '''    const QString user = o.value(QStringLiteral("user"));
    const QString scope = o.value(QStringLiteral("scope"));
    const QStringList duties =
        o.value(QStringLiteral("duties")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &duty : duties) {
        if (duty != QLatin1String("certify") && duty != QLatin1String("approve-benefit")) {
            printError(QStringLiteral("--duties: certify and/or approve-benefit, comma-separated"));
            return 2;
        }
    }''')
rep('''        QSqlQuery q(db);
        return execQuery(
            q,
            QStringLiteral(
                "INSERT INTO users (name, display_name, password_hash, role, scope_code, "''', '''        QSqlQuery q(db);
        // A new password, role or node ends every token of the user (issue 16
        // point 6); duties are replaced when given.
        if (!execQuery(q, QStringLiteral("DELETE FROM token WHERE user_name = ?"), {user},
                       error) ||
            !auditServer(db, QStringLiteral("cli"), QStringLiteral("user-set"), user,
                         QStringLiteral("role %1, node %2").arg(role, scope), error))
            return false;
        if (o.contains(QStringLiteral("duties"))) {
            if (!execQuery(q, QStringLiteral("DELETE FROM user_duty WHERE user_name = ?"), {user},
                           error))
                return false;
            for (const QString &duty : duties) {
                if (!execQuery(q,
                               QStringLiteral(
                                   "INSERT INTO user_duty (user_name, duty) VALUES (?, ?)"),
                               {user, duty}, error))
                    return false;
            }
        }
        return execQuery(
            q,
            QStringLiteral(
                "INSERT INTO users (name, display_name, password_hash, role, scope_code, "''')
# ingest-bigdata: masked ID numbers in what it prints
rep('''                problems.append({row.row, QStringLiteral("row %1: %2 is not on the roster")
                                              .arg(row.row)
                                              .arg(row.idNumber)});''', '''                problems.append({row.row, QStringLiteral("row %1: %2 is not on the roster")
                                              .arg(row.row)
                                              .arg(Redaction::maskIdNumbers(row.idNumber))});''')
rep('''        for (const ImportProblem &p : read.problems)
            problems.append({p.row, QStringLiteral("row %1: %2").arg(p.row).arg(p.reason)});''', '''        for (const ImportProblem &p : read.problems)
            problems.append({p.row, QStringLiteral("row %1: %2")
                                        .arg(p.row)
                                        .arg(Redaction::maskIdNumbers(p.reason))});''')
# usage and command table
rep('''        "  add-jurisdiction --db URL --code C --name N --level 1|2|3 [--parent P]\\n"
        "  add-user --db URL --user U --password P --role worker|supervisor|admin --scope CODE "
        "[--name DISPLAY]\\n"''', '''        "  add-jurisdiction --db URL --code C --name N --level 1|2|3 [--parent P] [--profile ID]\\n"
        "  add-user --db URL --user U --password P --role worker|supervisor|admin --scope CODE "
        "[--name DISPLAY]\\n"
        "           [--duties certify,approve-benefit]   (a changed account's tokens end)\\n"
        "  disable-user --db URL --user U | enable-user --db URL --user U\\n"''')
rep('''        "  devices --db URL | conflicts --db URL | count --db URL\\n"''', '''        "  devices --db URL [--revoke D | --rotate D | --reassign D --user U]\\n"
        "  audit --db URL | conflicts --db URL | count --db URL\\n"''')
rep('''        {QStringLiteral("devices"), devices},''', '''        {QStringLiteral("devices"), devices},
        {QStringLiteral("audit"), audit},
        {QStringLiteral("disable-user"),
         +[](const QHash<QString, QString> &o) { return setUserEnabled(o, false); }},
        {QStringLiteral("enable-user"),
         +[](const QHash<QString, QString> &o) { return setUserEnabled(o, true); }},''')
open(p, 'w').write(s)
