#include "admincommands.h"

#include "accesstables.h"
#include "bigdatacommands.h"
#include "commandsupport.h"
#include "domain/policyprofile.h"

#include "conflictdetector.h"
#include "domain/idnumber.h"
#include "eventingest.h"
#include "evidencevault.h"
#include "io/bigdatarows.h"
#include "io/tablereader.h"
#include "security/passwordhasher.h"
#include "serverconfig.h"
#include "sync/protocolfields.h"
#include "sync/servertrust.h"
#include "upstreamserver.h"
#include "upstreamstore.h"

#include <QDate>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QUuid>
#include <algorithm>
#include <cstdio>

namespace certdesk
{

using namespace CommandSupport;

namespace
{
int serve(const QHash<QString, QString> &o)
{
    auto store = openStore(o, {QStringLiteral("db"), QStringLiteral("evidence")});
    if (!store)
        return 1;
    QByteArray pk, sk;
    QString error;
    if (!serverKeyPair(*store, &pk, &sk, &error)) {
        printError(error);
        return 1;
    }
    UpstreamServer::Options options;
    const QString listen = o.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8443"));
    options.host = listen.section(QLatin1Char(':'), 0, -2);
    bool ok = false;
    options.port = listen.section(QLatin1Char(':'), -1).toInt(&ok);
    if (!ok || options.host.isEmpty() || options.port < 0 || options.port > 65535) {
        printError(QStringLiteral("--listen: '%1' is not HOST:PORT").arg(listen));
        return 2;
    }
    options.certFile = o.value(QStringLiteral("cert"));
    options.keyFile = o.value(QStringLiteral("key"));
    if (options.certFile.isEmpty() != options.keyFile.isEmpty()) {
        printError(QStringLiteral("--cert and --key go together"));
        return 2;
    }
    // HTTPS by default (issue 16): plain HTTP only on loopback, unless told.
    const QHostAddress address(options.host);
    const bool loopback =
        options.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        (!address.isNull() && address.isLoopback());
    if (options.certFile.isEmpty() && !loopback) {
        if (!o.contains(QStringLiteral("insecure-http"))) {
            printError(QStringLiteral(
                           "--listen %1 is reachable from other computers: give --cert and --key "
                           "(HTTPS), or --insecure-http to serve plain HTTP on purpose (passwords "
                           "and records then cross the network unencrypted)")
                           .arg(listen));
            return 2;
        }
        std::fprintf(stderr, "warning: serving plain HTTP on %s (--insecure-http)\n",
                     qPrintable(listen));
    }
    if (!options.certFile.isEmpty()) {
        // What the district's notice gives the desks to compare at their first sign-in.
        const auto certificates = QSslCertificate::fromPath(options.certFile);
        if (!certificates.isEmpty())
            std::fprintf(stderr, "server key fingerprint (SHA-256): %s\n",
                         qPrintable(ServerTrustCheck::display(
                             ServerTrustCheck::keyFingerprint(certificates.first()))));
    }
    if (o.contains(QStringLiteral("threads"))) {
        options.threads = o.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256) {
            printError(QStringLiteral("--threads: a number from 1 to 256"));
            return 2;
        }
    }
    if (o.contains(QStringLiteral("upload-quota-mb"))) {
        const qint64 mb = o.value(QStringLiteral("upload-quota-mb")).toLongLong(&ok);
        if (!ok || mb < 0 || mb > (qint64(1) << 30)) {
            printError(QStringLiteral("--upload-quota-mb: MiB of evidence one user may send in a "
                                      "day, 0 for no quota (default %1)")
                           .arg(EvidenceVault::DefaultDailyQuotaBytes >> 20));
            return 2;
        }
        options.dailyUploadBytes = mb << 20;
    }
    UpstreamServer server(*store, o.value(QStringLiteral("evidence")));
    return server.run(options);
}

int init(const QHash<QString, QString> &o)
{
    auto store = openStore(o, {QStringLiteral("db")});
    if (!store)
        return 1;
    QByteArray pk, sk;
    QString error;
    if (!serverKeyPair(*store, &pk, &sk, &error)) {
        printError(error);
        return 1;
    }
    printJson(QJsonObject{{QStringLiteral("db"), o.value(QStringLiteral("db"))},
                          {QStringLiteral("serverKey"), QString::fromLatin1(pk.toBase64())}});
    return 0;
}

int addJurisdiction(const QHash<QString, QString> &o)
{
    auto store = openStore(o, {QStringLiteral("db"), QStringLiteral("code"), QStringLiteral("name"),
                               QStringLiteral("level")});
    if (!store)
        return 1;
    const int level = o.value(QStringLiteral("level")).toInt();
    const QString code = o.value(QStringLiteral("code"));
    const QString parent = o.value(QStringLiteral("parent"));
    if (level < 1 || level > 3) {
        printError(QStringLiteral("--level: 1 (district), 2 (street) or 3 (community)"));
        return 2;
    }
    const QString profile = o.value(QStringLiteral("profile"));
    if (!profile.isEmpty() && !PolicyProfile::builtinIds().contains(profile)) {
        printError(QStringLiteral("--profile: one of %1")
                       .arg(PolicyProfile::builtinIds().join(QStringLiteral(", "))));
        return 2;
    }
    if ((level == 1) != parent.isEmpty()) {
        printError(
            QStringLiteral("--parent: a district has none, a street or community needs one"));
        return 2;
    }
    const int rc = writeTransaction(*store, [&](QSqlDatabase &db, QString *error) {
        ScopeCodes codes;
        if (!parent.isEmpty()) {
            const auto parentScope = UpstreamStore::scopeOf(db, parent);
            if (!parentScope || parentScope->level != level - 1) {
                *error = QStringLiteral("--parent: %1 is not a level-%2 node")
                             .arg(parent)
                             .arg(level - 1);
                return false;
            }
            QStringList chain = parentScope->ancestors;
            std::reverse(chain.begin(), chain.end());
            chain.append(parent);
            codes.district = chain.value(0);
            codes.street = chain.value(1);
        }
        (level == 1 ? codes.district : level == 2 ? codes.street : codes.community) = code;
        QSqlQuery q(db);
        // The rules of a region (issue 16: the server checks pushed events with
        // the profile of the person's region).
        if (!profile.isEmpty() &&
            !execQuery(q,
                       QStringLiteral("INSERT INTO region_profile (code, profile) VALUES (?, ?) "
                                      "ON CONFLICT (code) DO UPDATE SET profile = "
                                      "excluded.profile"),
                       {code, profile}, error))
            return false;
        const QVariant parentValue =
            parent.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(parent);
        return execQuery(q,
                         QStringLiteral(
                             "INSERT INTO jurisdiction (code, parent_code, level, name) VALUES (?, "
                             "?, ?, ?) "
                             "ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, "
                             "level = excluded.level, name = excluded.name"),
                         {code, parentValue, level, o.value(QStringLiteral("name"))}, error) &&
               UpstreamStore::appendChange(
                   db, ProtocolValue::jurisdiction, code, QString(), codes,
                   {{ProtocolField::code, code},
                    {ProtocolField::parent, parent.isEmpty() ? QJsonValue() : QJsonValue(parent)},
                    {ProtocolField::level, level},
                    {ProtocolField::name, o.value(QStringLiteral("name"))}},
                   error) > 0;
    });
    if (rc == 0)
        printJson(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("level"), level}});
    return rc;
}

int addUser(const QHash<QString, QString> &o)
{
    auto store =
        openStore(o, {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("password"),
                      QStringLiteral("role"), QStringLiteral("scope")});
    if (!store)
        return 1;
    const QString role = o.value(QStringLiteral("role"));
    if (role != QLatin1String("worker") && role != QLatin1String("supervisor") &&
        role != QLatin1String("admin")) {
        printError(QStringLiteral("--role: worker, supervisor or admin"));
        return 2;
    }
    QString error;
    const QByteArray hash = PasswordHasher::hash(o.value(QStringLiteral("password")), &error);
    if (hash.isEmpty()) {
        printError(QStringLiteral("--password: %1").arg(error));
        return 2;
    }
    const QString user = o.value(QStringLiteral("user"));
    const QString scope = o.value(QStringLiteral("scope"));
    const QStringList duties =
        o.value(QStringLiteral("duties")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &duty : duties) {
        if (duty != QLatin1String("certify") && duty != QLatin1String("approve-benefit")) {
            printError(QStringLiteral("--duties: certify and/or approve-benefit, comma-separated"));
            return 2;
        }
    }
    const int rc = writeTransaction(*store, [&](QSqlDatabase &db, QString *error) {
        if (!UpstreamStore::scopeOf(db, scope)) {
            *error =
                QStringLiteral("--scope: %1 is not a known jurisdiction (add-jurisdiction first)")
                    .arg(scope);
            return false;
        }
        QSqlQuery q(db);
        // A new password, role or node ends every token of the user (issue 16
        // point 6); duties are replaced when given.
        if (!execQuery(q, QStringLiteral("DELETE FROM token WHERE user_name = ?"), {user}, error) ||
            !auditServer(db, QStringLiteral("cli"), QStringLiteral("user-set"), user,
                         QStringLiteral("role %1, node %2").arg(role, scope), error))
            return false;
        if (o.contains(QStringLiteral("duties"))) {
            if (!execQuery(q, QStringLiteral("DELETE FROM user_duty WHERE user_name = ?"), {user},
                           error))
                return false;
            for (const QString &duty : duties) {
                if (!execQuery(
                        q, QStringLiteral("INSERT INTO user_duty (user_name, duty) VALUES (?, ?)"),
                        {user, duty}, error))
                    return false;
            }
        }
        return execQuery(
            q,
            QStringLiteral(
                "INSERT INTO users (name, display_name, password_hash, role, scope_code, "
                "created_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                "display_name = excluded.display_name, password_hash = excluded.password_hash, "
                "role = excluded.role, scope_code = excluded.scope_code"),
            {user, o.value(QStringLiteral("name"), user), QString::fromUtf8(hash), role, scope,
             UpstreamStore::nowIso()},
            error);
    });
    if (rc == 0)
        printJson(QJsonObject{{QStringLiteral("user"), user},
                              {QStringLiteral("role"), role},
                              {QStringLiteral("scope"), scope}});
    return rc;
}

int recordStatus(const QHash<QString, QString> &o)
{
    auto store = openStore(o, {QStringLiteral("db"), QStringLiteral("id-number"),
                               QStringLiteral("status"), QStringLiteral("date")});
    if (!store)
        return 1;
    const QString status = o.value(QStringLiteral("status"));
    if (!QStringList{QStringLiteral("deceased"), QStringLiteral("suspended"),
                     QStringLiteral("resumed"), QStringLiteral("imprisoned")}
             .contains(status)) {
        printError(QStringLiteral("--status: deceased, suspended, resumed or imprisoned"));
        return 2;
    }
    for (const QString &name : {QStringLiteral("date"), QStringLiteral("death-date")}) {
        if (o.contains(name) && !QDate::fromString(o.value(name), Qt::ISODate).isValid()) {
            printError(QStringLiteral("--%1: '%2' is not YYYY-MM-DD").arg(name, o.value(name)));
            return 2;
        }
    }
    const IdNumber id = IdNumber::parse(o.value(QStringLiteral("id-number")));
    if (!id.isValid()) {
        printError(QStringLiteral("--id-number: %1").arg(id.reason()));
        return 2;
    }
    QJsonObject data{{ProtocolField::uuid, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {ProtocolField::idNumber, id.canonical()},
                     {ProtocolField::status, status},
                     {QStringLiteral("date"), o.value(QStringLiteral("date"))}};
    if (status == ProtocolValue::deceased)
        data.insert(ProtocolField::deathDate,
                    o.value(QStringLiteral("death-date"), o.value(QStringLiteral("date"))));
    for (const QString &name : {QStringLiteral("source"), QStringLiteral("note")}) {
        if (o.contains(name))
            data.insert(name, o.value(name));
    }
    qint64 seq = 0;
    const int rc = writeTransaction(*store, [&](QSqlDatabase &db, QString *error) {
        const auto codes = UpstreamStore::personCodes(db, id.canonical());
        if (!codes) {
            *error = QStringLiteral("%1 is not on the roster").arg(id.canonical());
            return false;
        }
        seq = UpstreamStore::appendChange(db, ProtocolValue::status,
                                          data.value(ProtocolField::uuid).toString(),
                                          id.canonical(), *codes, data, error);
        return seq > 0;
    });
    if (rc == 0) {
        data.insert(QStringLiteral("seq"), seq);
        printJson(data);
    }
    return rc;
}

int conflicts(const QHash<QString, QString> &o)
{
    auto store = openStore(o, {QStringLiteral("db")});
    if (!store)
        return 1;
    QString error;
    QSqlDatabase db = store->connection(&error);
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("SELECT %1 FROM conflict ORDER BY created_at, id")
                       .arg(ConflictDetector::selectColumns()),
                   {}, &error)) {
        printError(error);
        return 1;
    }
    QJsonArray list;
    while (q.next())
        list.append(ConflictDetector::fromRow(q));
    printJson(list);
    return 0;
}

int count(const QHash<QString, QString> &o)
{
    auto store = openStore(o, {QStringLiteral("db")});
    if (!store)
        return 1;
    QString error;
    QSqlDatabase db = store->connection(&error);
    QJsonObject counts;
    const QList<std::pair<QString, QString>> tables = {
        {QStringLiteral("events"), QStringLiteral("event")},
        {QStringLiteral("evidence"), QStringLiteral("evidence")},
        {QStringLiteral("changes"), QStringLiteral("change")},
        {QStringLiteral("conflicts"), QStringLiteral("conflict")},
        {QStringLiteral("recipients"), QStringLiteral("recipient")},
        {QStringLiteral("jurisdictions"), QStringLiteral("jurisdiction")},
        {QStringLiteral("devices"), QStringLiteral("device")}};
    for (const auto &t : tables) {
        QSqlQuery q(db);
        if (!execQuery(q, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.second), {}, &error) ||
            !q.next()) {
            printError(error);
            return 1;
        }
        counts.insert(t.first, q.value(0).toLongLong());
    }
    printJson(counts);
    return 0;
}
} // namespace

bool AdminCommands::parseOptions(const QStringList &args, QHash<QString, QString> *options,
                                 QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        // Options that are switches take no value.
        if (arg == QLatin1String("--insecure-http")) {
            options->insert(arg.mid(2), QStringLiteral("1"));
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")) || i + 1 >= args.size()) {
            *error = QStringLiteral("unexpected argument '%1' (options are --name VALUE)").arg(arg);
            return false;
        }
        options->insert(arg.mid(2), args.at(++i));
    }
    return true;
}

QString AdminCommands::usage()
{
    return QStringLiteral(
        "usage: certdesk-upstream COMMAND [--config FILE] [--option VALUE ...]\n"
        "  serve --db URL --evidence DIR --listen HOST:PORT [--cert F --key F] [--threads N]\n"
        "        [--upload-quota-mb N]   (evidence MiB per user and day, 0: none; default 2048)\n"
        "        (beyond loopback: --cert/--key, or --insecure-http for plain HTTP on purpose)\n"
        "  init --db URL\n"
        "  add-jurisdiction --db URL --code C --name N --level 1|2|3 [--parent P] [--profile ID]\n"
        "  add-user --db URL --user U --password P --role worker|supervisor|admin --scope CODE "
        "[--name DISPLAY]\n"
        "           [--duties certify,approve-benefit]   (a changed account's tokens end)\n"
        "  disable-user --db URL --user U | enable-user --db URL --user U\n"
        "  load-roster --db URL --from client.sqlite\n"
        "  ingest-bigdata --db URL --file F.csv|.xlsx --month YYYY-MM [--profile ID] [--user U]\n"
        "  approve-bigdata --db URL --batch N --user U\n"
        "  record-status --db URL --id-number X --status deceased|suspended|resumed|imprisoned "
        "--date D\n"
        "                [--death-date D] [--source S] [--note N]\n"
        "  devices --db URL [--revoke D | --rotate D | --reassign D --user U]\n"
        "  audit --db URL | conflicts --db URL | count --db URL\n"
        "  import-package --db URL --evidence DIR --file F.cdout\n"
        "  export-roster --db URL --device D --since N --out F.cdroster\n"
        "URL: sqlite:/abs/path.db or postgresql://user[:pass]@host:port/dbname\n"
        "--config FILE: 'key = value' lines for db, listen, evidence, cert, key, threads,\n"
        "               insecure-http, upload-quota-mb;\n"
        "               options on the command line win (/etc/certdesk/upstream.conf when "
        "installed)\n");
}

int AdminCommands::run(const QString &command, const QStringList &args)
{
    QHash<QString, QString> options;
    QString error;
    if (!parseOptions(args, &options, &error)) {
        printError(error);
        return 2;
    }
    const QString config = options.take(QStringLiteral("config"));
    if (!config.isEmpty() && !ServerConfig::merge(config, &options, &error)) {
        printError(error);
        return 2;
    }
    using Command = int (*)(const QHash<QString, QString> &);
    const QHash<QString, Command> commands = {
        {QStringLiteral("serve"), serve},
        {QStringLiteral("init"), init},
        {QStringLiteral("add-jurisdiction"), addJurisdiction},
        {QStringLiteral("add-user"), addUser},
        {QStringLiteral("load-roster"), loadRoster},
        {QStringLiteral("ingest-bigdata"), BigDataCommands::ingest},
        {QStringLiteral("approve-bigdata"), BigDataCommands::approve},
        {QStringLiteral("record-status"), recordStatus},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("audit"), audit},
        {QStringLiteral("disable-user"),
         +[](const QHash<QString, QString> &o) { return setUserEnabled(o, false); }},
        {QStringLiteral("enable-user"),
         +[](const QHash<QString, QString> &o) { return setUserEnabled(o, true); }},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("count"), count},
        {QStringLiteral("import-package"), importPackage},
        {QStringLiteral("export-roster"), exportRoster},
    };
    const Command c = commands.value(command);
    if (!c) {
        printError(QStringLiteral("unknown command '%1'\n%2").arg(command, usage()));
        return 2;
    }
    return c(options);
}

} // namespace certdesk
