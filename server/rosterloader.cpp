// load-roster: the roster of a CertDesk client database (e.g. made by
// `certdesk-cli demo`) into the server, as jurisdiction and recipient changes.
// Rows are compared with what the server holds, so reloading an unchanged
// roster emits nothing. Fast enough for a district (100,000 people in seconds):
// every row's JSON is compared in memory, rows are written 500 to a statement
// (prepared once) and committed in batches.
#include "admincommands.h"
#include "sync/protocolfields.h"
#include "upstreamstore.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <cstdio>

namespace certdesk
{

namespace
{
constexpr int BatchSize = 10000;

void printError(const QString &message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(message));
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonValue text(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

// Writes rows with multi-row INSERTs of RowsPerStatement rows: one round trip
// per 500 rows instead of two per row (PostgreSQL over TCP was 30 s for
// 100,000 people one row at a time, SQLite does not mind either way).
struct Writer {
    static constexpr int RowsPerStatement = 500;
    Writer(const UpstreamStore &s, const QSqlDatabase &d) : store(s), db(d), upsert(d), change(d) {}
    const UpstreamStore &store;
    QSqlDatabase db;
    QSqlQuery upsert;
    QSqlQuery change;
    QString head; // INSERT INTO table (columns) VALUES
    QString tail; // ON CONFLICT ...
    int columns = 0;
    QVariantList upsertValues;
    QVariantList changeValues;
    int rows = 0;
    int sinceCommit = 0;

    bool begin(QString *error) { return store.begin(db, error); }
    void target(const QString &newHead, const QString &newTail, int newColumns)
    {
        head = newHead;
        tail = newTail;
        columns = newColumns;
    }
    bool add(const QVariantList &values, const QString &type, const QString &key,
             const QString &idNumber, const ScopeCodes &codes, const QString &data, QString *error)
    {
        const auto orNull = [](const QString &s) {
            return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
        };
        upsertValues += values;
        changeValues += QVariantList{type,
                                     key,
                                     orNull(idNumber),
                                     orNull(codes.district),
                                     orNull(codes.street),
                                     orNull(codes.community),
                                     data,
                                     UpstreamStore::nowIso()};
        return ++rows < RowsPerStatement || flush(error);
    }
    static QString placeholders(int rows, int columns)
    {
        QStringList one(columns, QStringLiteral("?"));
        const QString row = QStringLiteral("(%1)").arg(one.join(QStringLiteral(", ")));
        return QStringList(rows, row).join(QStringLiteral(", "));
    }
    bool flush(QString *error)
    {
        if (rows == 0)
            return true;
        if (!execQuery(upsert, head + placeholders(rows, columns) + tail, upsertValues, error) ||
            !execQuery(change,
                       QStringLiteral(
                           "INSERT INTO change (type, key, id_number, district_code, street_code, "
                           "community_code, data, created_at) VALUES ") +
                           placeholders(rows, 8),
                       changeValues, error))
            return false;
        upsertValues.clear();
        changeValues.clear();
        sinceCommit += rows;
        rows = 0;
        if (sinceCommit >= BatchSize) {
            sinceCommit = 0;
            return UpstreamStore::commit(db, error) && begin(error);
        }
        return true;
    }
};
} // namespace

int AdminCommands::loadRoster(const QHash<QString, QString> &o)
{
    for (const QString &name : {QStringLiteral("db"), QStringLiteral("from")}) {
        if (o.value(name).isEmpty()) {
            printError(QStringLiteral("--%1 is required").arg(name));
            return 2;
        }
    }
    QString error;
    auto store = UpstreamStore::open(o.value(QStringLiteral("db")), &error);
    if (!store || !store->createSchema(&error)) {
        printError(error);
        return 1;
    }
    QSqlDatabase source =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("roster-source"));
    source.setDatabaseName(o.value(QStringLiteral("from")));
    source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!source.open()) {
        printError(QStringLiteral("cannot open %1: %2")
                       .arg(o.value(QStringLiteral("from")), source.lastError().text()));
        return 1;
    }
    QSqlDatabase db = store->connection(&error);
    if (!db.isValid()) {
        printError(error);
        return 1;
    }

    // The tree first: a node's codes come from its ancestors.
    QSqlQuery src(source);
    src.setForwardOnly(true);
    if (!src.exec(QStringLiteral(
            "SELECT code, parent_code, level, name FROM jurisdiction ORDER BY level, code"))) {
        printError(QStringLiteral("%1 is not a CertDesk database: %2")
                       .arg(o.value(QStringLiteral("from")), src.lastError().text()));
        return 1;
    }
    struct Node {
        QString parent;
        int level;
        QString name;
    };
    QHash<QString, Node> nodes;
    QStringList order;
    while (src.next()) {
        nodes.insert(src.value(0).toString(),
                     {src.value(1).toString(), src.value(2).toInt(), src.value(3).toString()});
        order.append(src.value(0).toString());
    }
    QHash<QString, QString> heldNodes, heldPeople;
    QSqlQuery held(db);
    held.setForwardOnly(true);
    if (!execQuery(held, QStringLiteral("SELECT code, parent_code, level, name FROM jurisdiction"),
                   {}, &error)) {
        printError(error);
        return 1;
    }
    while (held.next())
        heldNodes.insert(held.value(0).toString(),
                         compact({{ProtocolField::code, held.value(0).toString()},
                                  {ProtocolField::parent, text(held.value(1))},
                                  {ProtocolField::level, held.value(2).toInt()},
                                  {ProtocolField::name, held.value(3).toString()}}));
    if (!execQuery(held, QStringLiteral("SELECT id_number, data FROM recipient"), {}, &error)) {
        printError(error);
        return 1;
    }
    while (held.next())
        heldPeople.insert(held.value(0).toString(), held.value(1).toString());
    held.finish();

    std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
    Writer writer(*store, db);
    if (!writer.begin(&error)) {
        printError(error);
        return 1;
    }
    const auto failed = [&]() {
        UpstreamStore::rollback(db);
        printError(error);
        return 1;
    };
    qint64 nodeChanges = 0;
    writer.target(
        QStringLiteral("INSERT INTO jurisdiction (code, parent_code, level, name) VALUES "),
        QStringLiteral(" ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, "
                       "level = excluded.level, name = excluded.name"),
        4);
    for (const QString &code : std::as_const(order)) {
        const Node &node = nodes.value(code);
        const QString data =
            compact({{ProtocolField::code, code},
                     {ProtocolField::parent,
                      node.parent.isEmpty() ? QJsonValue() : QJsonValue(node.parent)},
                     {ProtocolField::level, node.level},
                     {ProtocolField::name, node.name}});
        if (heldNodes.value(code) == data)
            continue;
        ScopeCodes codes;
        for (QString c = code; !c.isEmpty(); c = nodes.value(c).parent) {
            const int level = nodes.value(c).level;
            (level == 1 ? codes.district : level == 2 ? codes.street : codes.community) = c;
        }
        if (!writer.add({code,
                         node.parent.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(node.parent),
                         node.level, node.name},
                        ProtocolValue::jurisdiction, code, QString(), codes, data, &error))
            return failed();
        ++nodeChanges;
    }

    if (!src.exec(QStringLiteral(
            "SELECT id_number, name, birth_date, sex, category, district_code, street_code, "
            "community_code, phone, household_address, residence_address, residence_type, "
            "benefit_start, last_cert_date, individual_months, special_flags, monthly_benefit_fen "
            "FROM recipient ORDER BY id_number"))) {
        error = QStringLiteral("reading recipients: %1").arg(src.lastError().text());
        return failed();
    }
    if (!writer.flush(&error))
        return failed();
    writer.target(
        QStringLiteral("INSERT INTO recipient (id_number, district_code, street_code, "
                       "community_code, data) VALUES "),
        QStringLiteral(
            " ON CONFLICT (id_number) DO UPDATE SET district_code = excluded.district_code, "
            "street_code = excluded.street_code, community_code = excluded.community_code, "
            "data = excluded.data"),
        5);
    qint64 people = 0, personChanges = 0;
    while (src.next()) {
        ++people;
        const QString idNumber = src.value(0).toString();
        const ScopeCodes codes{src.value(5).toString(), src.value(6).toString(),
                               src.value(7).toString()};
        const QString data =
            compact({{ProtocolField::idNumber, idNumber},
                     {ProtocolField::name, src.value(1).toString()},
                     {ProtocolField::birthDate, src.value(2).toString()},
                     {ProtocolField::sex, src.value(3).toString()},
                     {ProtocolField::category, src.value(4).toString()},
                     {ProtocolField::district, codes.district},
                     {ProtocolField::street, codes.street},
                     {ProtocolField::community, codes.community},
                     {ProtocolField::phone, text(src.value(8))},
                     {ProtocolField::householdAddress, text(src.value(9))},
                     {ProtocolField::residenceAddress, text(src.value(10))},
                     {ProtocolField::residenceType, src.value(11).toString()},
                     {ProtocolField::benefitStart, text(src.value(12))},
                     {ProtocolField::lastCertDate, text(src.value(13))},
                     {ProtocolField::individualMonths, src.value(14).toInt()},
                     {ProtocolField::specialFlags, src.value(15).toLongLong()},
                     {ProtocolField::monthlyBenefitFen, src.value(16).toLongLong()}});
        if (heldPeople.value(idNumber) == data)
            continue;
        if (!writer.add({idNumber, codes.district, codes.street, codes.community, data},
                        ProtocolValue::recipient, idNumber, idNumber, codes, data, &error))
            return failed();
        ++personChanges;
    }
    if (!writer.flush(&error))
        return failed();
    if (!UpstreamStore::commit(db, &error)) {
        printError(error);
        return 1;
    }
    std::printf("{\"jurisdictions\": %lld, \"recipients\": %lld, \"jurisdictionChanges\": %lld, "
                "\"recipientChanges\": %lld}\n",
                static_cast<long long>(nodes.size()), static_cast<long long>(people),
                static_cast<long long>(nodeChanges), static_cast<long long>(personChanges));
    return 0;
}

} // namespace certdesk
