#include "bigdatacommands.h"

#include "commandsupport.h"
#include "domain/approvallevels.h"
#include "domain/bigdataconclusion.h"
#include "domain/policyprofile.h"
#include "eventingest.h"
#include "io/bigdatarows.h"
#include "io/tablereader.h"
#include "sync/protocolfields.h"
#include "verification/bigdatacertification.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace certdesk
{

using namespace CommandSupport;

namespace
{

// One row of a batch: the person's place in the tree and the bigdata change.
struct BatchRow {
    ScopeCodes codes;
    QJsonObject data;
};

QJsonArray toJson(const QList<BatchRow> &rows)
{
    QJsonArray out;
    for (const BatchRow &r : rows)
        out.append(QJsonObject{{QStringLiteral("district"), r.codes.district},
                               {QStringLiteral("street"), r.codes.street},
                               {QStringLiteral("community"), r.codes.community},
                               {ProtocolField::data, r.data}});
    return out;
}

QList<BatchRow> fromJson(const QByteArray &json)
{
    QList<BatchRow> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        out.append({{o.value(QStringLiteral("district")).toString(),
                     o.value(QStringLiteral("street")).toString(),
                     o.value(QStringLiteral("community")).toString()},
                    o.value(ProtocolField::data).toObject()});
    }
    return out;
}

bool isQualified(const QJsonObject &data)
{
    return data.value(ProtocolField::conclusion).toString() ==
           BigDataConclusions::key(BigDataConclusion::Qualified);
}

// The bigdata changes, and for each qualified result its certification event
// (QD 13-14/17, QI 三(一), UR 六(二), GD 14), stored like a pushed event unless an
// event of the same natural key is stored (a desk imported the same result).
bool applyRows(QSqlDatabase &db, const QList<BatchRow> &rows, const QString &worker,
               const QString &batch, int *certified, QString *error)
{
    *certified = 0;
    const QDate today = QDate::currentDate();
    for (const BatchRow &row : rows) {
        const QString idNumber = row.data.value(ProtocolField::idNumber).toString();
        if (UpstreamStore::appendChange(db, ProtocolValue::bigdata, idNumber, idNumber, row.codes,
                                        row.data, error) == 0)
            return false;
        if (!isQualified(row.data))
            continue;
        const BigDataResult result{BigDataConclusions::rank(BigDataConclusion::Qualified),
                                   row.data.value(ProtocolField::month).toString(),
                                   row.data.value(ProtocolField::detail).toString(),
                                   row.data.value(ProtocolField::source).toString(),
                                   row.data.value(ProtocolField::behaviour).toString()};
        const auto e = BigDataCertification::eventFor(0, idNumber, result, worker, batch, today);
        if (!e)
            continue;
        QSqlQuery q(db);
        if (!execQuery(q, QStringLiteral("SELECT 1 FROM event WHERE uuid = ?"), {e->uuid}, error))
            return false;
        if (q.next())
            continue; // the same result, already a certification
        QJsonObject event{
            {ProtocolField::uuid, e->uuid},
            {ProtocolField::kind, ProtocolValue::verification},
            {ProtocolField::idNumber, idNumber},
            {ProtocolField::checkDate, e->checkDate.toString(Qt::ISODate)},
            {ProtocolField::occurredAt, e->occurredAt.toUTC().toString(Qt::ISODateWithMs)},
            {ProtocolField::recordedAt, UpstreamStore::nowIso()},
            {ProtocolField::method, VerificationTerms::key(e->method)},
            {ProtocolField::status, VerificationTerms::key(e->status)},
            {ProtocolField::worker, worker},
            {ProtocolField::bigdataMonth, e->bigDataMonth},
            {ProtocolField::importBatch, batch}};
        if (!e->note.isEmpty())
            event.insert(ProtocolField::note, e->note);
        if (!e->source.isEmpty())
            event.insert(ProtocolField::source, e->source);
        const QString receivedAt = UpstreamStore::nowIso();
        const qint64 seq =
            UpstreamStore::appendChange(db, ProtocolValue::event, e->uuid, idNumber, row.codes,
                                        {{ProtocolField::device, QStringLiteral("upstream")},
                                         {ProtocolField::user, worker},
                                         {QStringLiteral("receivedAt"), receivedAt},
                                         {ProtocolField::event, event}},
                                        error);
        if (seq == 0 ||
            !execQuery(q,
                       QStringLiteral("INSERT INTO event (uuid, seq, kind, id_number, device, "
                                      "user_name, content_hash, payload, received_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {e->uuid, seq, QString(ProtocolValue::verification), idNumber,
                        QStringLiteral("upstream"), worker,
                        QString::fromLatin1(EventIngest::contentHash(event)),
                        QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)),
                        receivedAt},
                       error))
            return false;
        ++*certified;
    }
    return true;
}

std::optional<PolicyProfile> profileOption(const QHash<QString, QString> &o)
{
    QString error;
    auto profile = PolicyProfile::builtin(
        o.value(QStringLiteral("profile"), PolicyProfile::defaultId()), &error);
    if (!profile)
        printError(QStringLiteral("--profile: %1").arg(error));
    return profile;
}

} // namespace

int BigDataCommands::ingest(const QHash<QString, QString> &o)
{
    auto store =
        openStore(o, {QStringLiteral("db"), QStringLiteral("file"), QStringLiteral("month")});
    if (!store)
        return 1;
    const auto profile = profileOption(o);
    if (!profile)
        return 2;
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
    const QString fileName = QFileInfo(o.value(QStringLiteral("file"))).fileName();
    const QString user = o.value(QStringLiteral("user"), QStringLiteral("upstream"));
    return writeTransaction(*store, [&](QSqlDatabase &db, QString *error) {
        QList<std::pair<int, QString>> problems; // row, text
        for (const ImportProblem &p : read.problems)
            problems.append(
                {p.row,
                 QStringLiteral("row %1: %2").arg(p.row).arg(Redaction::maskIdNumbers(p.reason))});
        QList<BatchRow> rows;
        int qualified = 0;
        for (const BigDataRow &row : read.rows) {
            const auto codes = UpstreamStore::personCodes(db, row.idNumber);
            if (!codes) {
                problems.append({row.row, QStringLiteral("row %1: %2 is not on the roster")
                                              .arg(row.row)
                                              .arg(Redaction::maskIdNumbers(row.idNumber))});
                continue;
            }
            const QString source = !row.source.isEmpty() ? row.source : fileName;
            rows.append({*codes, QJsonObject{{ProtocolField::idNumber, row.idNumber},
                                             {ProtocolField::month, month},
                                             {ProtocolField::conclusion,
                                              BigDataConclusions::key(row.conclusion)},
                                             {ProtocolField::detail, row.detail},
                                             {ProtocolField::source, source},
                                             {ProtocolField::behaviour, row.behaviour}}});
            if (row.conclusion == BigDataConclusion::Qualified)
                ++qualified;
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
        // GD 9: at most 2,000 qualified people in one import, on the server too.
        const int cap = profile->qualifiedImportCap();
        if (cap > 0 && qualified > cap) {
            *error = QStringLiteral("the file marks %1 people qualified; the %2 rules (GD 9) allow "
                                    "at most %3 in one batch: split the file, nothing written")
                         .arg(qualified)
                         .arg(profile->id())
                         .arg(cap);
            return false;
        }
        const bool approvals = qualified > 0 && profile->qualifiedImportApprovals() > 0;
        if (approvals) {
            // Held until the approvals are in (approve-bigdata); nothing goes down yet.
            QSqlQuery q(db);
            if (!execQuery(
                    q,
                    QStringLiteral("INSERT INTO bigdata_batch (file_name, month, profile, "
                                   "submitted_by, submitted_at, batch_rows, qualified) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    {fileName, month, profile->id(), user, UpstreamStore::nowIso(),
                     QString::fromUtf8(QJsonDocument(toJson(rows)).toJson(QJsonDocument::Compact)),
                     qualified},
                    error) ||
                !q.next())
                return false;
            printJson(QJsonObject{{QStringLiteral("month"), month},
                                  {QStringLiteral("batch"), q.value(0).toLongLong()},
                                  {QStringLiteral("state"), QStringLiteral("pending")},
                                  {QStringLiteral("qualified"), qualified},
                                  {QStringLiteral("approvals"),
                                   QJsonArray::fromStringList(profile->qualifiedImportLevels())}});
            return true;
        }
        int certified = 0;
        if (!applyRows(db, rows, user, QStringLiteral("upstream-%1-%2").arg(month, fileName),
                       &certified, error))
            return false;
        printJson(QJsonObject{{QStringLiteral("month"), month},
                              {QStringLiteral("changes"), rows.size()},
                              {QStringLiteral("certifications"), certified}});
        return true;
    });
}

int BigDataCommands::approve(const QHash<QString, QString> &o)
{
    auto store =
        openStore(o, {QStringLiteral("db"), QStringLiteral("batch"), QStringLiteral("user")});
    if (!store)
        return 1;
    bool ok = false;
    const qint64 batch = o.value(QStringLiteral("batch")).toLongLong(&ok);
    if (!ok || batch <= 0) {
        printError(QStringLiteral("--batch: '%1' is not a batch number")
                       .arg(o.value(QStringLiteral("batch"))));
        return 2;
    }
    const QString user = o.value(QStringLiteral("user"));
    return writeTransaction(*store, [&](QSqlDatabase &db, QString *error) {
        QSqlQuery q(db);
        if (!execQuery(q,
                       QStringLiteral("SELECT u.role, j.level FROM users u JOIN jurisdiction j "
                                      "ON j.code = u.scope_code WHERE u.name = ?"),
                       {user}, error))
            return false;
        if (!q.next()) {
            *error = QStringLiteral("--user: %1 is not a user of this server").arg(user);
            return false;
        }
        const QString role = q.value(0).toString();
        const int level = q.value(1).toInt();
        if (role != QLatin1String("supervisor") && role != QLatin1String("admin")) {
            *error = QStringLiteral("%1 is a %2: only a supervisor or an admin approves an import")
                         .arg(user, role);
            return false;
        }
        if (!execQuery(q,
                       QStringLiteral("SELECT state, submitted_by, profile, batch_rows, month, "
                                      "file_name FROM bigdata_batch WHERE id = ?"),
                       {batch}, error))
            return false;
        if (!q.next()) {
            *error = QStringLiteral("there is no big-data batch %1").arg(batch);
            return false;
        }
        if (q.value(0).toString() != QLatin1String("pending")) {
            *error = QStringLiteral("big-data batch %1 has already been applied").arg(batch);
            return false;
        }
        if (q.value(1).toString() == user) {
            *error = QStringLiteral("%1 submitted batch %2; other users approve it")
                         .arg(user)
                         .arg(batch);
            return false;
        }
        const auto profile = PolicyProfile::builtin(q.value(2).toString(), error);
        if (!profile)
            return false;
        const QList<BatchRow> rows = fromJson(q.value(3).toString().toUtf8());
        const QString month = q.value(4).toString();
        const QString fileName = q.value(5).toString();
        if (!execQuery(q,
                       QStringLiteral("SELECT user_name FROM bigdata_approval WHERE batch_id = ? "
                                      "ORDER BY approved_at"),
                       {batch}, error))
            return false;
        QStringList given;
        while (q.next())
            given << q.value(0).toString();
        if (given.contains(user)) {
            *error = QStringLiteral("%1 has already approved batch %2").arg(user).arg(batch);
            return false;
        }
        // GD 9 两级审批: the street, then the county, in that order.
        const QString refused =
            ApprovalLevels::refusal(profile->qualifiedImportLevels(), int(given.size()), level);
        if (!refused.isEmpty()) {
            *error = refused;
            return false;
        }
        if (!execQuery(q,
                       QStringLiteral("INSERT INTO bigdata_approval (batch_id, user_name, level, "
                                      "approved_at) VALUES (?, ?, ?, ?)"),
                       {batch, user, ApprovalLevels::levelKey(level), UpstreamStore::nowIso()},
                       error))
            return false;
        const int count = int(given.size()) + 1;
        const int needed = profile->qualifiedImportApprovals();
        int certified = 0;
        if (count >= needed) {
            if (!applyRows(db, rows, user, QStringLiteral("upstream-%1-%2").arg(month, fileName),
                           &certified, error) ||
                !execQuery(q,
                           QStringLiteral("UPDATE bigdata_batch SET state = 'applied', applied_at "
                                          "= ? WHERE id = ?"),
                           {UpstreamStore::nowIso(), batch}, error))
                return false;
        }
        printJson(QJsonObject{{QStringLiteral("batch"), batch},
                              {QStringLiteral("approvals"), count},
                              {QStringLiteral("applied"), count >= needed},
                              {QStringLiteral("certifications"), certified}});
        return true;
    });
}

} // namespace certdesk
