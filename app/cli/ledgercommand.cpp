#include "clicommon.h"

#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "domain/ledgerband.h"
#include "domain/policyprofile.h"
#include "domain/specialgroup.h"
#include "domain/workingcalendar.h"
#include "io/jsonline.h"
#include "lists/bandcounter.h"
#include "security/audittrail.h"
#include "security/privacy.h"
#include "security/session.h"
#include "store/database.h"
#include "store/jurisdictionrepository.h"
#include "store/ledgerquery.h"
#include "store/singlepassread.h"

#include <QJsonObject>

namespace certdesk
{

namespace
{

// A row as one JSON line, keys in the order QJsonObject sorts them (the output
// is byte for byte what printJson(QJsonObject) wrote before; tst_cli_bulk checks).
void appendRow(QByteArray &out, const RecipientRow &r, const QDate &today, const Session &session,
               bool fullId)
{
    std::optional<BigDataConclusion> conclusion;
    if (r.conclusionRank)
        conclusion = BigDataConclusions::fromRank(*r.conclusionRank);
    JsonLine o(out);
    o.number("age", ageOn(r.birth, today));
    if (r.periodEnd.isValid())
        o.text("band", LedgerBands::key(LedgerBands::bandFor(r.periodEnd, today)));
    else
        o.null("band");
    if (r.conclusionRank)
        o.text("behaviour", r.bigdataBehaviour);
    // What the latest check found, and the payment status: the "lost" list's point.
    o.text("benefitStatus", r.benefitStatus);
    o.date("birth", r.birth);
    o.text("category", r.category);
    o.text("community", r.communityName);
    if (r.conclusionRank) {
        o.text("conclusion", conclusion ? BigDataConclusions::key(*conclusion) : QString());
        o.text("detail", r.bigdataDetail);
    }
    o.number("id", r.id);
    o.text("idNumber", Privacy::idNumber(r.idNumber, session, fullId, Privacy::Audience::Export));
    o.text("livingStatus", r.livingStatus);
    o.text("name", r.name);
    o.date("periodEnd", r.periodEnd);
    o.text("phone", r.phone);
    o.text("sex", QString(r.sex));
    if (r.conclusionRank)
        o.text("source", r.bigdataSource);
    o.boolean("special", SpecialGroup::isMember(r.birth, r.specialFlags, today));
    o.number("specialFlags", r.specialFlags);
    o.date("visitDue", r.visitDue);
    o.date("visitRequested", r.visitRequested);
}

} // namespace

int cli::runLedger(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Rows of a work list as JSON lines, or --count for counts per list."));
    p.addOption({QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("node"),
                 QStringLiteral("jurisdiction code (default: the district)"),
                 QStringLiteral("CODE")});
    p.addOption(listOption());
    p.addOption({QStringLiteral("search"),
                 QStringLiteral(
                     "search text instead of a list: ID prefix, pinyin initials or part of a name"),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("today"), QStringLiteral("reference date (default: today)"),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("at most N rows (default: all)"),
                 QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("count"), QStringLiteral("print the count of every list instead of rows")});
    p.addOption({QStringLiteral("full-id"),
                 QStringLiteral(
                     "print full ID numbers instead of masked ones (if the role allows; logged)")});
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    if (!p.isSet(QStringLiteral("db"))) {
        printError(QStringLiteral("ledger: --db FILE is required"));
        return 2;
    }
    QDate today;
    if (!todayOption(p, &today))
        return 2;
    std::optional<Ledger> list;
    if (p.isSet(QStringLiteral("search"))) {
        list = Ledger::Search;
    } else if (p.isSet(QStringLiteral("list"))) {
        list = listOptionValue(p);
        if (!list)
            return 2;
    } else if (!p.isSet(QStringLiteral("count"))) {
        printError(QStringLiteral("ledger: give --list L (or --band), --search TEXT or --count"));
        return 2;
    }
    qint64 limit = -1;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0) {
            printError(QStringLiteral("--limit: '%1' is not a non-negative number")
                           .arg(p.value(QStringLiteral("limit"))));
            return 2;
        }
    }
    QString error;
    const auto workspace = openWorkspace(p, QStringLiteral("ledger"));
    if (!workspace)
        return 1;
    const Database *db = &workspace->database();
    const Session &session = workspace->session();
    const bool fullId = p.isSet(QStringLiteral("full-id"));
    // Every row printed leaves the machine: an export, logged before it happens
    // (with the reveal when full numbers are asked for) so none leaves unlogged.
    const QString what = QStringLiteral("ledger %1 node %2 search %3")
                             .arg(p.value(QStringLiteral("list")), p.value(QStringLiteral("node")),
                                  p.value(QStringLiteral("search")));
    if (!p.isSet(QStringLiteral("count")) &&
        !authorize(
            *workspace, fullId ? Action::RevealIdNumber : Action::Export,
            AccessTarget::none().logAs(fullId ? AuditAction::RevealIdNumber : AuditAction::Export,
                                       what.simplified())))
        return 1;
    Scope scope = session.accessScope();
    if ((p.isSet(QStringLiteral("node")) || scope.code.isEmpty()) &&
        !scopeFor(*db, p.value(QStringLiteral("node")), &scope))
        return 1;

    if (p.isSet(QStringLiteral("count"))) {
        const LedgerCounts counts =
            BandCounter::countAll(*db, scope, today, &error, session.accessScope());
        QJsonObject o{{QStringLiteral("node"), scope.code},
                      {QStringLiteral("today"), today.toString(Qt::ISODate)}};
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() < 0) {
                printError(error);
                return 1;
            }
            o.insert(Ledgers::key(it.key()), it.value());
        }
        printJson(o);
        return 0;
    }

    LedgerQuery query(*list, scope, today);
    query.limitTo(session.accessScope());
    query.setSearchText(p.value(QStringLiteral("search")));
    QVariant afterKey;
    qint64 afterId = 0;
    qint64 printed = 0;
    const QSqlDatabase connection = db->connection();
    const SinglePassRead pass(connection);
    QByteArray out;
    for (;;) {
        const int page = limit < 0 ? 5000 : int(qMin<qint64>(5000, limit - printed));
        if (page <= 0)
            break;
        QList<RecipientRow> rows;
        if (!query.fetch(connection, afterKey, afterId, page, &rows, &error)) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            printError(error);
            return 1;
        }
        out.reserve(rows.size() * 512);
        for (const RecipientRow &r : std::as_const(rows))
            appendRow(out, r, today, session, fullId);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        out.clear();
        printed += rows.size();
        if (rows.size() < page)
            break;
        afterKey = rows.last().sortKey;
        afterId = rows.last().id;
    }
    return 0;
}

} // namespace certdesk
