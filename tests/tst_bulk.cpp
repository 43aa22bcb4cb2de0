// Issue 19, bulk paths made faster without changing what they write:
//  - JsonLine writes what QJsonDocument writes, escape for escape;
//  - `certdesk-cli ledger` prints, byte for byte, the JSON lines the QJsonObject
//    version printed (the reference is built here from LedgerQuery and QJsonObject);
//  - the demo generator's bulk insert stores the rows RecipientRepository::insert stores;
//  - the demo's bulk load (indexes dropped, built again sorting through files on helper
//    threads) ends with the schema's indexes and the connection's own settings, also
//    when cancelled.
#include "archive/tabledocument.h"
#include "clitest.h"
#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "domain/ledgerband.h"
#include "domain/policyprofile.h"
#include "domain/specialgroup.h"
#include "io/jsonline.h"
#include "io/tableexport.h"
#include "security/privacy.h"
#include "security/session.h"
#include "store/demogenerator.h"
#include "store/demopersonfactory.h"
#include "store/jurisdictionrepository.h"
#include "store/ledgerquery.h"
#include "store/ledgerrows.h"
#include "store/namesearch.h"
#include "store/recipientbulkinsert.h"
#include "store/recipientrepository.h"
#include "store/sqlitestatement.h"
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

using namespace clitest;

namespace
{
QByteArray qtLine(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// The ledger row as the CLI built it before JsonLine (the reference).
QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonObject rowJson(const RecipientRow &r, const QDate &today, const Session &session)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("idNumber"),
                   Privacy::idNumber(r.idNumber, session, false, Privacy::Audience::Export)},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("sex"), QString(r.sex)},
                  {QStringLiteral("birth"), dateValue(r.birth)},
                  {QStringLiteral("age"), ageOn(r.birth, today)},
                  {QStringLiteral("category"), r.category},
                  {QStringLiteral("community"), r.communityName},
                  {QStringLiteral("phone"), r.phone},
                  {QStringLiteral("periodEnd"), dateValue(r.periodEnd)},
                  {QStringLiteral("band"),
                   r.periodEnd.isValid()
                       ? QJsonValue(LedgerBands::key(LedgerBands::bandFor(r.periodEnd, today)))
                       : QJsonValue()}};
    if (r.conclusionRank) {
        const auto c = BigDataConclusions::fromRank(*r.conclusionRank);
        o.insert(QStringLiteral("conclusion"), c ? BigDataConclusions::key(*c) : QString());
        o.insert(QStringLiteral("detail"), r.bigdataDetail);
        o.insert(QStringLiteral("source"), r.bigdataSource);
        o.insert(QStringLiteral("behaviour"), r.bigdataBehaviour);
    }
    o.insert(QStringLiteral("livingStatus"), r.livingStatus);
    o.insert(QStringLiteral("benefitStatus"), r.benefitStatus);
    o.insert(QStringLiteral("special"), SpecialGroup::isMember(r.birth, r.specialFlags, today));
    o.insert(QStringLiteral("specialFlags"), r.specialFlags);
    o.insert(QStringLiteral("visitRequested"), dateValue(r.visitRequested));
    o.insert(QStringLiteral("visitDue"), dateValue(r.visitDue));
    return o;
}

// Every value of every row, with its SQLite type, as text.
QStringList dump(const QString &path, const QString &sql)
{
    Sql s(path);
    QStringList out;
    for (const QVariantList &row : s.rows(sql)) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

const QStringList kOddTexts = {
    QString(),
    QStringLiteral(""),
    QStringLiteral("plain ASCII"),
    QStringLiteral("quote \" backslash \\ slash /"),
    QStringLiteral("\b\f\n\r\t"),
    QString(QChar(0)) + QChar(1) + QChar(0x1f) + QChar(0x7f) + QChar(0x80),
    QStringLiteral("欧阳娜娜·张"),
    QStringLiteral("emoji 😀 and 𠀀"),
    QStringLiteral("=HYPERLINK(\"x\")"),
    QString(QChar(0xd800)) + QStringLiteral("a") + QChar(0xdc00) + QChar(0xdbff),
    QString(QChar(0xd83d)),
};
} // namespace

class TstBulk : public QObject
{
    Q_OBJECT
private slots:
    void jsonLineWritesWhatQJsonDocumentWrites();
    void ledgerJsonIsTheQJsonObjectOutput();
    void bulkInsertStoresWhatTheRepositoryStores();
    void demoLoadEndsWithTheSchemaAndTheConnectionsSettings();
    void plainNumbersAreDigitsOnly();
    void csvIsWhatTheRegularExpressionVersionWrote();
    void ledgerRowsReadWhatQSqlQueryRead();
    void sqliteStatementBindsAndReadsAsQSqlQuery();
};

void TstBulk::jsonLineWritesWhatQJsonDocumentWrites()
{
    for (const QString &text : kOddTexts) {
        QByteArray ours;
        JsonLine(ours).text("k", text);
        QCOMPARE(ours, qtLine({{QStringLiteral("k"), text}}));
    }
    for (qint64 n :
         {qint64(0), qint64(-1), qint64(42), qint64(-2147483648LL), qint64(9007199254740991LL),
          std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
        QByteArray ours;
        JsonLine(ours).number("n", n);
        QCOMPARE(ours, qtLine({{QStringLiteral("n"), n}}));
    }
    for (const QDate &d :
         {QDate(2026, 11, 23), QDate(1, 1, 1), QDate(9999, 12, 31), QDate(), QDate(1900, 2, 28)}) {
        QByteArray ours;
        JsonLine(ours).date("d", d);
        QCOMPARE(ours, qtLine({{QStringLiteral("d"), dateValue(d)}}));
    }
    QByteArray ours;
    JsonLine(ours)
        .boolean("a", true)
        .boolean("b", false)
        .null("c")
        .number("d", 7)
        .text("e", QStringLiteral("x"));
    QCOMPARE(ours, qtLine({{QStringLiteral("e"), QStringLiteral("x")},
                           {QStringLiteral("a"), true},
                           {QStringLiteral("c"), QJsonValue()},
                           {QStringLiteral("b"), false},
                           {QStringLiteral("d"), 7}}));
}

void TstBulk::ledgerJsonIsTheQJsonObjectOutput()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bulk.sqlite"));
    const CliResult demo =
        runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("3000"),
                QStringLiteral("--db"), db, QStringLiteral("--today"), Today});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    {
        // Text that needs escaping in the columns the ledger prints.
        auto open = Database::open(db, Database::OpenMode::OpenExisting, nullptr);
        QVERIFY(open);
        QSqlQuery q(open->connection());
        q.prepare(QStringLiteral("UPDATE recipient SET name = ?, phone = ?, bigdata_detail = ?, "
                                 "bigdata_behaviour = ? WHERE id = ?"));
        for (int i = 0; i < kOddTexts.size() - 2; ++i) { // SQLite keeps no lone surrogate
            q.addBindValue(kOddTexts.at(i).isNull() ? QStringLiteral("x") : kOddTexts.at(i));
            q.addBindValue(kOddTexts.at(kOddTexts.size() - 3 - i));
            q.addBindValue(kOddTexts.at(i));
            q.addBindValue(kOddTexts.at((i + 3) % (kOddTexts.size() - 2)));
            q.addBindValue(i * 97 + 1);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    const QDate today = QDate::fromString(Today, Qt::ISODate);
    const Session session = Session::commandLine();
    for (const auto &[key, list] :
         {std::pair{"within3", Ledger::Within3Cumulative}, std::pair{"bigdata", Ledger::BigData},
          std::pair{"home-visit", Ledger::HomeVisit}, std::pair{"overdue", Ledger::Overdue}}) {
        const CliResult r =
            runCli({QStringLiteral("ledger"), QStringLiteral("--db"), db, QStringLiteral("--list"),
                    QLatin1String(key), QStringLiteral("--today"), Today});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QByteArray expected;
        {
            auto open = Database::open(db, Database::OpenMode::OpenExisting, nullptr);
            QVERIFY(open);
            QList<RecipientRow> rows;
            LedgerQuery query(list, {1, QStringLiteral("370299")}, today);
            QVERIFY(query.fetch(open->connection(), QVariant(), 0, 1000000, &rows));
            QVERIFY2(rows.size() > 10, key);
            for (const RecipientRow &row : std::as_const(rows))
                expected += qtLine(rowJson(row, today, session));
        }
        QCOMPARE(r.out.size(), expected.size());
        QVERIFY2(r.out == expected, key);
    }
}

void TstBulk::bulkInsertStoresWhatTheRepositoryStores()
{
    QTemporaryDir dir;
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(profile, qPrintable(error));
    const QDate today(2026, 11, 23);
    const QList<DemoPersonFactory::Community> communities{{QStringLiteral("370299001"),
                                                           QStringLiteral("370299001001"),
                                                           QStringLiteral("一社区"), QString()}};
    QList<Recipient> people;
    DemoPersonFactory factory(7, today, *profile, QStringLiteral("370299"), communities);
    for (int i = 0; i < 200; ++i) {
        bool visit = false;
        people << factory.next(&visit);
    }
    // Values the generator never makes: empty and null texts, invalid dates, odd text.
    for (int i = 0; i < kOddTexts.size(); ++i) {
        Recipient &r = people[i];
        r.name = kOddTexts.at(i).isNull() ? QStringLiteral("王") : kOddTexts.at(i);
        r.phone = kOddTexts.at(i);
        r.bigdataDetail = kOddTexts.at(kOddTexts.size() - 1 - i);
        r.bigdataSource = kOddTexts.at(i);
        r.householdAddress = QString();
        r.residenceAddress = QStringLiteral("");
        r.lastCertification = QDate();
        r.conclusion = i % 2 ? std::optional<BigDataConclusion>() : BigDataConclusion::ToVerify;
    }
    const QString a = dir.filePath(QStringLiteral("repository.sqlite"));
    const QString b = dir.filePath(QStringLiteral("bulk.sqlite"));
    {
        auto dbA = Database::open(a, Database::OpenMode::CreateIfMissing, &error);
        auto dbB = Database::open(b, Database::OpenMode::CreateIfMissing, &error);
        QVERIFY2(dbA && dbB, qPrintable(error));
        for (const Database *d : {dbA.get(), dbB.get()}) {
            const JurisdictionRepository nodes(*d);
            QVERIFY(nodes.insert({QStringLiteral("370299"), QString(), JurisdictionNode::District,
                                  QStringLiteral("区")}) &&
                    nodes.insert({QStringLiteral("370299001"), QStringLiteral("370299"),
                                  JurisdictionNode::Street, QStringLiteral("街道")}) &&
                    nodes.insert({QStringLiteral("370299001001"), QStringLiteral("370299001"),
                                  JurisdictionNode::Community, QStringLiteral("一社区")}));
        }
        RecipientRepository repository(*dbA, *profile);
        RecipientBulkInsert bulk(*dbB);
        QVERIFY(dbA->beginWrite(&error) && dbB->beginWrite(&error));
        for (const Recipient &p : std::as_const(people)) {
            Recipient x = p, y = p;
            QVERIFY2(repository.insert(x, &error, RecipientRepository::FieldsDerived),
                     qPrintable(error));
            QVERIFY2(bulk.insert(y, NameSearch::tokens(y.name), &error), qPrintable(error));
            QCOMPARE(y.id, x.id);
        }
        QVERIFY(dbA->commit(&error) && dbB->commit(&error));
    }
    for (const QString &sql :
         {QStringLiteral("SELECT *, typeof(phone), typeof(bigdata_rank), typeof(birth_date), "
                         "typeof(special_flags), hex(name), hex(sex) FROM recipient ORDER BY id"),
          QStringLiteral("SELECT rowid, hex(chars), typeof(chars) FROM recipient_name_fts "
                         "ORDER BY rowid")}) {
        const QStringList fromRepository = dump(a, sql), fromBulk = dump(b, sql);
        QCOMPARE(fromBulk.size(), people.size());
        QCOMPARE(fromBulk, fromRepository);
    }
}

void TstBulk::demoLoadEndsWithTheSchemaAndTheConnectionsSettings()
{
    QTemporaryDir dir;
    QString error;
    const auto profile = PolicyProfile::builtin(QStringLiteral("qingdao"), &error);
    QVERIFY2(profile, qPrintable(error));
    auto pragma = [](const Database &db, const char *name) {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next()
                   ? q.value(0).toString()
                   : QStringLiteral("(failed)");
    };
    const char *const settings[] = {"temp_store", "threads", "cache_size", "journal_mode"};
    const QString indexSql = QStringLiteral(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name");
    for (const bool cancel : {false, true}) {
        const QString path = dir.filePath(cancel ? QStringLiteral("cancelled.sqlite")
                                                 : QStringLiteral("demo.sqlite"));
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        QStringList before;
        for (const char *name : settings)
            before << pragma(*db, name);
        QCOMPARE(before.first(), QStringLiteral("2")); // MEMORY, Database::openConnection
        const QStringList indexes = dump(path, indexSql);
        QVERIFY(indexes.size() > 15);
        DemoOptions options;
        options.persons = 3000;
        options.today = QDate(2026, 11, 23);
        const bool made =
            DemoGenerator::generate(*db, *profile, options, &error, [cancel](qint64 done, qint64) {
                return !cancel || done < 2000;
            });
        QVERIFY2(made != cancel, qPrintable(error));
        QStringList after;
        for (const char *name : settings)
            after << pragma(*db, name);
        QCOMPARE(after, before);
        // Every index dropped for the load is there again, as the schema defines it.
        QCOMPARE(dump(path, indexSql), indexes);
        QCOMPARE(pragma(*db, "integrity_check"), QStringLiteral("ok"));
        Sql sql(path);
        QCOMPARE(sql.count(QStringLiteral("1")), cancel ? qint64(0) : qint64(3000));
        if (!cancel) // the index builds' result is used: a ledger query on one of them
            QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM recipient INDEXED BY "
                                               "recipient_c_end WHERE community_code > ''"))
                         .toLongLong(),
                     qint64(3000));
    }
}

void TstBulk::plainNumbersAreDigitsOnly()
{
    for (const char *number : {"0", "7", "-1", "123456789", "-123456789", "007"})
        QVERIFY2(TableExport::isPlainNumber(QLatin1String(number)), number);
    for (const char *text :
         {"", "-", "1234567890", "12a", " 12", "12 ", "+1", "1.5", "１２", "123\n", "-5\n", "1\r"})
        QVERIFY2(!TableExport::isPlainNumber(QLatin1String(text)), text);
    // A number with a line break stays one quoted field (it was written bare and
    // split the row).
    QTemporaryDir dir;
    TableDocument table;
    table.headers = {QStringLiteral("a"), QStringLiteral("b")};
    table.rows = {{QStringLiteral("123\n"), QStringLiteral("45")}};
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(TableExport::writeCsv(table, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF\"a\",\"b\"\r\n\"123\n\",45\r\n"));
}

void TstBulk::csvIsWhatTheRegularExpressionVersionWrote()
{
    // The CSV writer before issue 19, as the reference (fields joined per line).
    const QRegularExpression number(QStringLiteral("^-?[0-9]{1,9}$"));
    auto field = [&](const QString &cell) {
        if (number.match(cell).hasMatch())
            return cell;
        QString quoted = TableExport::neutralised(cell);
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    };
    TableDocument table;
    table.headers = {QStringLiteral("姓名"), QStringLiteral("n"), QStringLiteral("x")};
    QStringList cells = kOddTexts;
    cells << QStringLiteral("-12") << QStringLiteral("1234567890") << QStringLiteral("+1")
          << QStringLiteral("@SUM(A1)") << QStringLiteral("-") << QStringLiteral("0");
    QByteArray expected("\xEF\xBB\xBF");
    for (int i = 0; i < cells.size(); ++i) {
        table.rows << QStringList{cells.at(i), cells.at((i + 1) % cells.size()), QString()};
        if (i == 0) {
            QStringList header;
            for (const QString &h : table.headers)
                header << field(h);
            expected += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
        }
        QStringList fields;
        for (const QString &c : table.rows.last())
            fields << field(c);
        expected += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.csv"));
    QVERIFY(TableExport::writeCsv(table, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
}

// How LedgerQuery read a row through QSqlQuery before issue 19 (the reference).
RecipientRow qtRow(const QSqlQuery &q)
{
    auto date = [](const QVariant &v) {
        return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
    };
    RecipientRow row;
    row.id = q.value(0).toLongLong();
    row.idNumber = q.value(1).toString();
    row.name = q.value(2).toString();
    const QString sex = q.value(3).toString();
    row.sex = sex.isEmpty() ? QChar() : sex.at(0);
    row.birth = date(q.value(4));
    row.category = q.value(5).toString();
    row.communityName = q.value(6).toString();
    row.phone = q.value(7).toString();
    row.periodEnd = date(q.value(8));
    row.specialFlags = q.value(9).toInt();
    if (!q.value(10).isNull())
        row.conclusionRank = q.value(10).toInt();
    row.bigdataDetail = q.value(11).toString();
    row.bigdataSource = q.value(12).toString();
    row.bigdataBehaviour = q.value(13).toString();
    row.visitRequested = date(q.value(14));
    row.visitDue = date(q.value(15));
    row.sortKey = q.value(16);
    const QString contact = q.value(17).toString();
    if (!contact.isEmpty()) {
        row.lastContact = QDate::fromString(contact.section(QLatin1Char('|'), 0, 0), Qt::ISODate);
        row.lastContactOutcome = contact.section(QLatin1Char('|'), 1);
    }
    row.lastCheck = date(q.value(18));
    row.livingStatus = q.value(19).toString();
    row.benefitStatus = q.value(20).toString();
    return row;
}

void TstBulk::ledgerRowsReadWhatQSqlQueryRead()
{
    // LedgerRows reads a list's pages through the sqlite3 C API: every value, odd
    // text, NULLs, dates that are not plain YYYY-MM-DD, integer and text sort keys,
    // and the binds must come out as QSqlQuery read and bound them.
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("r"));
        db.setDatabaseName(dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QStringList columns;
        for (int c = 0; c < 21; ++c)
            columns << QStringLiteral("c%1").arg(c);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(%1)").arg(columns.join(QLatin1Char(',')))));
        const QStringList dates = {QStringLiteral("2026-11-23"), QStringLiteral("2026-02-30"),
                                   QStringLiteral("2026-2-3"),   QStringLiteral(""),
                                   QStringLiteral("0000-01-01"), QStringLiteral("9999-12-31"),
                                   QStringLiteral("20261123"),   QStringLiteral("2026-11-23x")};
        const QStringList contacts = {QStringLiteral("2026-11-01|no-answer"),
                                      QStringLiteral("2026-11-01"), QStringLiteral("|x"),
                                      QStringLiteral("2026-11-01|a|b"), QString()};
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t VALUES(%1)")
                              .arg(QStringList(21, QStringLiteral("?")).join(QLatin1Char(',')))));
        const int rows = int(kOddTexts.size() * dates.size());
        for (int i = 0; i < rows; ++i) {
            const QString text = kOddTexts.at(i % kOddTexts.size());
            const QString date = dates.at(i % dates.size());
            const QVariant nullOrDate = i % 3 ? QVariant(date) : QVariant();
            const QVariantList values = {
                i + 1, text, text, i % 2 ? text : QStringLiteral("F"), nullOrDate, text, text, text,
                date, i % 5 ? QVariant(i) : QVariant(), i % 4 ? QVariant(i % 4) : QVariant(), text,
                text, text, nullOrDate, date,
                // the sort key: an integer, a text, a list position, NULL
                i % 4 == 0   ? QVariant(qint64(i) * 1000000007LL)
                : i % 4 == 1 ? QVariant(date)
                : i % 4 == 2 ? QVariant(1.5 * i)
                             : QVariant(),
                contacts.at(i % contacts.size()), nullOrDate, text, text};
            for (int c = 0; c < values.size(); ++c)
                q.bindValue(c, values.at(c));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const QString sql = QStringLiteral("SELECT * FROM t WHERE c0 > ? AND (c16 IS NULL OR c16 "
                                           "<> ?) AND c1 IS NOT ? ORDER BY c0");
        const QVariantList binds = {qint64(1), QStringLiteral("欧阳 😀"), QStringLiteral("x")};
        QList<RecipientRow> ours;
        QString error;
        QVERIFY2(LedgerRows::read(db, sql, binds, &ours, &error), qPrintable(error));
        QSqlQuery theirs(db);
        QVERIFY(theirs.prepare(sql));
        for (const QVariant &b : binds)
            theirs.addBindValue(b);
        QVERIFY(theirs.exec());
        int n = 0;
        while (theirs.next()) {
            QVERIFY(n < ours.size());
            const RecipientRow a = ours.at(n), b = qtRow(theirs);
            const QString at = QString::number(a.id);
            QCOMPARE(a.id, b.id);
            QVERIFY2(a.idNumber == b.idNumber && a.idNumber.isNull() == b.idNumber.isNull(),
                     qPrintable(at));
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.sex, b.sex);
            QVERIFY2(a.birth == b.birth, qPrintable(at));
            QCOMPARE(a.category, b.category);
            QCOMPARE(a.communityName, b.communityName);
            QCOMPARE(a.phone, b.phone);
            QVERIFY2(a.periodEnd == b.periodEnd, qPrintable(at));
            QCOMPARE(a.specialFlags, b.specialFlags);
            QCOMPARE(a.conclusionRank, b.conclusionRank);
            QCOMPARE(a.bigdataDetail, b.bigdataDetail);
            QCOMPARE(a.bigdataSource, b.bigdataSource);
            QCOMPARE(a.bigdataBehaviour, b.bigdataBehaviour);
            QVERIFY2(a.visitRequested == b.visitRequested, qPrintable(at));
            QVERIFY2(a.visitDue == b.visitDue, qPrintable(at));
            QCOMPARE(a.sortKey, b.sortKey);
            QVERIFY2(a.lastContact == b.lastContact, qPrintable(at));
            QCOMPARE(a.lastContactOutcome, b.lastContactOutcome);
            QVERIFY2(a.lastCheck == b.lastCheck, qPrintable(at));
            QCOMPARE(a.livingStatus, b.livingStatus);
            QCOMPARE(a.benefitStatus, b.benefitStatus);
            ++n;
        }
        QCOMPARE(n, ours.size());
        QVERIFY(n > 60);
        // A failing statement is an error, not an empty page.
        QVERIFY(!LedgerRows::read(db, QStringLiteral("SELECT * FROM missing"), {}, &ours, &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("r"));
}

QTEST_GUILESS_MAIN(TstBulk)
void TstBulk::sqliteStatementBindsAndReadsAsQSqlQuery()
{
    // PersonState, the check rows and the audit trail bind through SqliteStatement
    // instead of QSqlQuery: every kind of value they bind must be stored as QtSql
    // stored it (a null QString as NULL, an empty one as ''), and read back alike.
    QTemporaryDir dir;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("s"));
    db.setDatabaseName(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db.open());
    QVariantList values = {QVariant(),
                           QVariant(QMetaType::fromType<QString>()),
                           0,
                           -1,
                           std::numeric_limits<int>::max(),
                           std::numeric_limits<qint64>::min(),
                           qint64(1) << 53,
                           uint(4000000000u),
                           true,
                           false,
                           1.5,
                           -0.25,
                           QByteArray("b\0lob", 5),
                           QByteArray(),
                           QByteArray(""),
                           qsizetype(42),
                           quint64(1) << 63,
                           QDateTime(QDate(2026, 11, 23), QTime(8, 30, 1, 2), Qt::UTC),
                           QDateTime()};
    for (const QString &text : kOddTexts)
        values << QVariant(text);
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE qt(v)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE ours(v)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO qt(v) VALUES(?)")));
        for (const QVariant &v : values) {
            q.bindValue(0, v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    {
        SqliteStatement insert(db, QStringLiteral("INSERT INTO ours(v) VALUES(?)"));
        QString error;
        for (const QVariant &v : values)
            QVERIFY2(insert.run({v}, &error), qPrintable(error));
        QCOMPARE(insert.changes(), 1);
    }
    auto stored = [&](const QString &table) {
        QStringList out;
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("SELECT typeof(v), quote(v), hex(v) FROM %1 ORDER BY rowid").arg(table));
        while (q.next())
            out << QStringLiteral("%1 %2 %3")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        return out;
    };
    const QStringList fromQt = stored(QStringLiteral("qt"));
    QCOMPARE(fromQt.size(), values.size());
    QCOMPARE(stored(QStringLiteral("ours")), fromQt);
    QVERIFY(fromQt.at(1).startsWith(QLatin1String("null")));
    QCOMPARE(fromQt.at(int(values.size() - kOddTexts.size()) + 1),
             QStringLiteral("text '' ")); // the empty, not null, text

    // Read back: the same values and types as QSqlQuery reads.
    QSqlQuery qt(db);
    qt.setForwardOnly(true);
    QVERIFY(qt.exec(QStringLiteral("SELECT v, rowid FROM qt ORDER BY rowid")));
    SqliteStatement ours(db, QStringLiteral("SELECT v, rowid FROM qt ORDER BY rowid"));
    QString error;
    QVERIFY2(ours.select({}, &error), qPrintable(error));
    int rows = 0;
    while (qt.next()) {
        QVERIFY(ours.next());
        for (int c = 0; c < 2; ++c) {
            const QVariant a = qt.value(c), b = ours.value(c);
            QCOMPARE(b.isNull(), a.isNull());
            QCOMPARE(ours.isNull(c), a.isNull());
            if (!a.isNull()) {
                QCOMPARE(b.typeId(), a.typeId());
                QCOMPARE(b, a);
            }
        }
        ++rows;
    }
    QVERIFY(!ours.next());
    QCOMPARE(rows, int(values.size()));

    // A failing statement names SQLite's reason; a statement that cannot be
    // prepared says so at its first run.
    SqliteStatement bad(db, QStringLiteral("INSERT INTO nowhere VALUES(?)"));
    QVERIFY(!bad.run({1}, &error));
    QVERIFY2(error.contains(QLatin1String("nowhere")), qPrintable(error));
    QSqlQuery(db).exec(QStringLiteral("CREATE TABLE once(v UNIQUE)"));
    SqliteStatement twice(db, QStringLiteral("INSERT INTO once(v) VALUES(?)"));
    QVERIFY(twice.run({7}, &error));
    QVERIFY(!twice.run({7}, &error));
    QVERIFY2(error.contains(QLatin1String("UNIQUE")), qPrintable(error));
}

#include "tst_bulk.moc"
