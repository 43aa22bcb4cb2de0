#include "admincommands.h"

#include "conflictdetector.h"
#include "domain/idnumber.h"
#include "eventingest.h"
#include "evidencevault.h"
#include "io/bigdatarows.h"
#include "io/tablereader.h"
#include "security/passwordhasher.h"
#include "serverconfig.h"
#include "sync/protocolfields.h"
#include "upstreamserver.h"
#include "upstreamstore.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <algorithm>
#include <cstdio>

namespace certdesk
{

namespace
{
void printError(const QString &message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(message));
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

// Checks the options a command needs and opens (and creates) the store.
std::optional<UpstreamStore> openStore(const QHash<QString, QString> &options,
                                       const QStringList &required)
{
    for (const QString &name : required) {
        if (options.value(name).isEmpty()) {
            printError(QStringLiteral("--%1 is required").arg(name));
            return std::nullopt;
        }
    }
    QString error;
    auto store = UpstreamStore::open(options.value(QStringLiteral("db")), &error);
    if (!store || !store->createSchema(&error)) {
        printError(error);
        return std::nullopt;
    }
    return store;
}

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
    if (o.contains(QStringLiteral("threads"))) {
        options.threads = o.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256) {
            printError(QStringLiteral("--threads: a number from 1 to 256"));
            return 2;
        }
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

// Runs `work` in one write transaction; prints the error and returns 1 on failure.
template <typename Work> int writeTransaction(const UpstreamStore &store, Work work)
{
    QString error;
    QSqlDatabase db = store.connection(&error);
    if (!db.isValid()) {
        printError(error);
        return 1;
    }
    std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
    if (!store.begin(db, &error)) {
        printError(error);
        return 1;
    }
    if (!work(db, &error) || !UpstreamStore::commit(db, &error)) {
        UpstreamStore::rollback(db);
        printError(error);
        return 1;
    }
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
    const int rc = writeTransaction(*store, [&](QSqlDatabase &db, QString *error) {
        if (!UpstreamStore::scopeOf(db, scope)) {
            *error =
                QStringLiteral("--scope: %1 is not a known jurisdiction (add-jurisdiction first)")
                    .arg(scope);
            return false;
        }
        QSqlQuery q(db);
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

int ingestBigData(const QHash<QString, QString> &o)
{
    auto store =
        openStore(o, {QStringLiteral("db"), QStringLiteral("file"), QStringLiteral("month")});
    if (!store)
        return 1;
    const QString month = o.value(QStringLiteral("month"));
    if (!QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).isValid()) {
        printError(QStringLiteral("--month: '%1' is not YYYY-MM").arg(month));
        return 2;
    }
    QString error;
    const auto table = TableReader::read(o.value(QStringLiteral("file")), QString(), &error);
    if (!table) {
        printError(error);
        return 1;
    }
    // The desk's reader: the same column names, conclusion spellings and row
    // checks (blank rows skipped, one row per person). The month is --month's.
    ImportMapping mapping = ImportMapping::guess(table->headers);
    mapping.month = -1;
    if (!mapping.isComplete()) {
        printError(QStringLiteral("the file needs an ID-number column (身份证号) and a conclusion "
                                  "column (结论); found: %1")
                       .arg(table->headers.join(QStringLiteral(", "))));
        return 1;
    }
    const BigDataRows read = readBigDataRows(*table, mapping, month);
    const QString fileSource = QFileInfo(o.value(QStringLiteral("file"))).fileName();
    const int rc = writeTransaction(*store, [&](QSqlDatabase &db, QString *error) {
        QList<std::pair<int, QString>> problems; // row, text
        for (const ImportProblem &p : read.problems)
            problems.append({p.row, QStringLiteral("row %1: %2").arg(p.row).arg(p.reason)});
        QList<std::pair<ScopeCodes, QJsonObject>> rows;
        for (const BigDataRow &row : read.rows) {
            const auto codes = UpstreamStore::personCodes(db, row.idNumber);
            if (!codes) {
                problems.append({row.row, QStringLiteral("row %1: %2 is not on the roster")
                                              .arg(row.row)
                                              .arg(row.idNumber)});
                continue;
            }
            const QString source = !row.source.isEmpty() ? row.source : fileSource;
            rows.append({*codes, QJsonObject{{ProtocolField::idNumber, row.idNumber},
                                             {ProtocolField::month, month},
                                             {ProtocolField::conclusion,
                                              BigDataConclusions::key(row.conclusion)},
                                             {ProtocolField::detail, row.detail},
                                             {ProtocolField::source, source},
                                             {ProtocolField::behaviour, row.behaviour}}});
        }
        std::stable_sort(problems.begin(), problems.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList texts;
        for (const auto &p : std::as_const(problems))
            texts.append(p.second);
        if (!problems.isEmpty()) {
            *error = QStringLiteral("%1 row(s) refused, nothing written:\n  %2")
                         .arg(texts.size())
                         .arg(texts.join(QStringLiteral("\n  ")));
            return false;
        }
        for (const auto &row : std::as_const(rows)) {
            const QString idNumber = row.second.value(ProtocolField::idNumber).toString();
            if (UpstreamStore::appendChange(db, ProtocolValue::bigdata, idNumber, idNumber,
                                            row.first, row.second, error) == 0)
                return false;
        }
        printJson(QJsonObject{{QStringLiteral("month"), month},
                              {QStringLiteral("changes"), rows.size()}});
        return true;
    });
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

int devices(const QHash<QString, QString> &o)
{
    auto store = openStore(o, {QStringLiteral("db")});
    if (!store)
        return 1;
    QString error;
    QSqlDatabase db = store->connection(&error);
    QSqlQuery q(db);
    if (!execQuery(
            q,
            QStringLiteral(
                "SELECT id, user_name, last_push_at, last_event_uuid, events_total, last_pull_at, "
                "last_cursor, first_seen FROM device ORDER BY first_seen, id"),
            {}, &error)) {
        printError(error);
        return 1;
    }
    const auto orNull = [&q](int i) {
        return q.value(i).isNull() ? QJsonValue() : QJsonValue(q.value(i).toString());
    };
    QJsonArray list;
    while (q.next()) {
        list.append(
            QJsonObject{{QStringLiteral("device"), q.value(0).toString()},
                        {QStringLiteral("user"), q.value(1).toString()},
                        {QStringLiteral("lastPushAt"), orNull(2)},
                        {QStringLiteral("lastEventUuid"), orNull(3)},
                        {QStringLiteral("eventsTotal"), q.value(4).toLongLong()},
                        {QStringLiteral("lastPullAt"), orNull(5)},
                        {QStringLiteral("cursor"),
                         q.value(6).isNull() ? QJsonValue() : QJsonValue(q.value(6).toLongLong())},
                        {QStringLiteral("firstSeen"), q.value(7).toString()}});
    }
    printJson(list);
    return 0;
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
        "  init --db URL\n"
        "  add-jurisdiction --db URL --code C --name N --level 1|2|3 [--parent P]\n"
        "  add-user --db URL --user U --password P --role worker|supervisor|admin --scope CODE "
        "[--name DISPLAY]\n"
        "  load-roster --db URL --from client.sqlite\n"
        "  ingest-bigdata --db URL --file F.csv|.xlsx --month YYYY-MM\n"
        "  record-status --db URL --id-number X --status deceased|suspended|resumed|imprisoned "
        "--date D\n"
        "                [--death-date D] [--source S] [--note N]\n"
        "  devices --db URL | conflicts --db URL | count --db URL\n"
        "  import-package --db URL --evidence DIR --file F.cdout\n"
        "  export-roster --db URL --device D --since N --out F.cdroster\n"
        "URL: sqlite:/abs/path.db or postgresql://user[:pass]@host:port/dbname\n"
        "--config FILE: 'key = value' lines for db, listen, evidence, cert, key, threads;\n"
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
        {QStringLiteral("ingest-bigdata"), ingestBigData},
        {QStringLiteral("record-status"), recordStatus},
        {QStringLiteral("devices"), devices},
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
