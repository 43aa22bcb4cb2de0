#include "clicommon.h"

#include "domain/idnumber.h"
#include "domain/policyprofile.h"
#include "evidence/evidencestore.h"
#include "security/scopeguard.h"
#include "store/database.h"
#include "store/ledgerquery.h"
#include "store/recipientrepository.h"
#include "verification/verificationservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk
{

namespace
{

QJsonObject eventJson(const VerificationEvent &e)
{
    QJsonArray evidence;
    for (const EvidenceLink &l : e.evidence)
        evidence.append(QJsonObject{{QStringLiteral("sha256"), l.item.sha256},
                                    {QStringLiteral("kind"), VerificationTerms::key(l.kind)},
                                    {QStringLiteral("name"), l.item.originalName}});
    QJsonObject o{{QStringLiteral("uuid"), e.uuid},
                  {QStringLiteral("recipientId"), e.recipientId},
                  {QStringLiteral("date"), cli::isoOrNull(e.checkDate)},
                  {QStringLiteral("occurredAt"), e.occurredAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("recordedAt"), e.recordedAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("method"), VerificationTerms::key(e.method)},
                  {QStringLiteral("status"), VerificationTerms::key(e.status)},
                  {QStringLiteral("worker"), e.worker},
                  {QStringLiteral("evidence"), evidence}};
    auto optional = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    optional("note", e.note);
    optional("deathDate", cli::isoOrNull(e.deathDate));
    optional("deathSource", e.deathSource);
    optional("reason", e.lossReason);
    optional("corrects", e.corrects);
    optional("batch", e.batchId);
    optional("periodStart", cli::isoOrNull(e.periodStart));
    optional("periodEnd", cli::isoOrNull(e.periodEnd));
    return o;
}

// --evidence FILE[=KIND] values taken into the store; 0, or the exit code after
// printing the problem (2 for a bad option, 1 for a refused file).
int takeEvidence(const QStringList &specs, EvidenceStore &store, QList<EvidenceLink> *out)
{
    QString error;
    for (const QString &spec : specs) {
        const int eq = int(spec.lastIndexOf(QLatin1Char('=')));
        const QString file = eq > 0 ? spec.left(eq) : spec;
        const auto kind = eq > 0 ? VerificationTerms::evidenceKindFromKey(spec.mid(eq + 1))
                                 : std::optional(EvidenceKind::Person);
        if (!kind) {
            cli::printError(QStringLiteral("--evidence: unknown kind '%1'").arg(spec.mid(eq + 1)));
            return 2;
        }
        const auto item = store.intakeFile(file, &error);
        if (!item) {
            cli::printError(error);
            return 1;
        }
        *out << EvidenceLink{*item, *kind};
    }
    return 0;
}

} // namespace

int cli::runRecord(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Record a check (认证信息核实) of one person as an immutable event."));
    const QList<QCommandLineOption> options = {
        {QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")},
        {QStringLiteral("person"), QStringLiteral("the person's ID number"), QStringLiteral("ID")},
        {QStringLiteral("date"), QStringLiteral("date of the check"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("time"), QStringLiteral("time of the check (default 12:00)"),
         QStringLiteral("HH:MM")},
        {QStringLiteral("method"),
         QStringLiteral("window, app-face, home-visit, video-call, phone, proxy, social-activity, "
                        "health-check, household-survey, unit-confirmation"),
         QStringLiteral("M")},
        {QStringLiteral("status"),
         QStringLiteral("alive, deceased, imprisoned, missing, unreachable, other-loss"),
         QStringLiteral("S")},
        {QStringLiteral("death-date"), QStringLiteral("date of death (status deceased)"),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("death-source"), QStringLiteral("where the death is known from"),
         QStringLiteral("TEXT")},
        {QStringLiteral("reason"), QStringLiteral("reason (status other-loss)"),
         QStringLiteral("TEXT")},
        {QStringLiteral("worker"), QStringLiteral("who did the check"), QStringLiteral("NAME")},
        {QStringLiteral("note"), QStringLiteral("note"), QStringLiteral("TEXT")},
        {QStringLiteral("phone"), QStringLiteral("corrected phone number"), QStringLiteral("P")},
        {QStringLiteral("household-address"), QStringLiteral("corrected household address"),
         QStringLiteral("A")},
        {QStringLiteral("residence-address"), QStringLiteral("corrected residence address"),
         QStringLiteral("A")},
        {QStringLiteral("residence-type"), QStringLiteral("local, domestic or abroad"),
         QStringLiteral("T")},
        {QStringLiteral("evidence"),
         QStringLiteral("photo file, optionally FILE=KIND (person, id-card, power-of-attorney, "
                        "sign-in-sheet, form, other); repeatable"),
         QStringLiteral("FILE")},
        {QStringLiteral("corrects"), QStringLiteral("uuid of the event this one corrects"),
         QStringLiteral("UUID")},
        {QStringLiteral("loss-date"),
         QStringLiteral("when the loss happened: date of imprisonment, missing since (UR 七(六)2)"),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("release-date"),
         QStringLiteral("date of release (a check that finds the person back after prison)"),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("accept-15"),
         QStringLiteral("take a 15-digit --person as its 18-digit form (GB 11643)")},
    };
    p.addOptions(options);
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    for (const char *required : {"db", "person", "date", "method", "status", "worker"}) {
        if (!p.isSet(QString::fromLatin1(required))) {
            printError(
                QStringLiteral("record: --%1 is required").arg(QString::fromLatin1(required)));
            return 2;
        }
    }
    VerificationEvent e;
    if (!parseDate(p.value(QStringLiteral("date")), QStringLiteral("date"), &e.checkDate))
        return 2;
    QTime time(12, 0);
    if (p.isSet(QStringLiteral("time"))) {
        time = QTime::fromString(p.value(QStringLiteral("time")), QStringLiteral("HH:mm"));
        if (!time.isValid()) {
            printError(QStringLiteral("--time: '%1' is not a time in the form HH:MM")
                           .arg(p.value(QStringLiteral("time"))));
            return 2;
        }
    }
    e.occurredAt = QDateTime(e.checkDate, time);
    const auto method = VerificationTerms::methodFromKey(p.value(QStringLiteral("method")));
    const auto status = VerificationTerms::statusFromKey(p.value(QStringLiteral("status")));
    if (!method || !status) {
        printError(!method ? QStringLiteral("--method: unknown method '%1'")
                                 .arg(p.value(QStringLiteral("method")))
                           : QStringLiteral("--status: unknown status '%1'")
                                 .arg(p.value(QStringLiteral("status"))));
        return 2;
    }
    e.method = *method;
    e.status = *status;
    if (p.isSet(QStringLiteral("death-date")) &&
        !parseDate(p.value(QStringLiteral("death-date")), QStringLiteral("death-date"),
                   &e.deathDate))
        return 2;
    for (const auto &[name, date] : {std::pair{QStringLiteral("loss-date"), &e.lossDate},
                                     std::pair{QStringLiteral("release-date"), &e.releaseDate}}) {
        if (p.isSet(name) && !parseDate(p.value(name), name, date))
            return 2;
    }
    e.deathSource = p.value(QStringLiteral("death-source"));
    e.lossReason = p.value(QStringLiteral("reason"));
    e.worker = p.value(QStringLiteral("worker"));
    e.note = p.value(QStringLiteral("note"));
    e.corrects = p.value(QStringLiteral("corrects"));
    if (p.isSet(QStringLiteral("phone")))
        e.contact.phone = p.value(QStringLiteral("phone"));
    if (p.isSet(QStringLiteral("household-address")))
        e.contact.householdAddress = p.value(QStringLiteral("household-address"));
    if (p.isSet(QStringLiteral("residence-address")))
        e.contact.residenceAddress = p.value(QStringLiteral("residence-address"));
    if (p.isSet(QStringLiteral("residence-type")))
        e.contact.residenceType = p.value(QStringLiteral("residence-type"));

    QString error;
    // Signed in before the evidence is taken in: a refused user leaves no files.
    const auto workspace = openWorkspace(p, QStringLiteral("record"));
    if (!workspace || !cli::findPerson(workspace->database(), workspace->profile(),
                                       p.value(QStringLiteral("person")), &e.recipientId,
                                       p.isSet(QStringLiteral("accept-15"))))
        return 1;
    EvidenceStore &store = workspace->evidence();
    if (const int code = takeEvidence(p.values(QStringLiteral("evidence")), store, &e.evidence))
        return code;
    VerificationService service(workspace->database(), workspace->profile(), store,
                                workspace->session());
    if (!service.record(e, &error)) {
        printError(error);
        return 1;
    }
    printJson(eventJson(e));
    return 0;
}

int cli::runEvents(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("A person's recorded checks, newest first, as JSON lines."));
    p.addOption({QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("person"), QStringLiteral("the person's ID number"), QStringLiteral("ID")});
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("person"))) {
        printError(QStringLiteral("events: --db and --person are required"));
        return 2;
    }
    const auto workspace = openWorkspace(p, QStringLiteral("events"));
    qint64 id = 0;
    if (!workspace || !cli::findPerson(workspace->database(), workspace->profile(),
                                       p.value(QStringLiteral("person")), &id))
        return 1;
    // The same gate as the window's timeline (VerificationService::events() returns
    // nothing outside the node; the gate says why).
    if (!authorize(*workspace, Action::ViewLists, AccessTarget::person(id)))
        return 1;
    VerificationService service(workspace->database(), workspace->profile(), workspace->evidence(),
                                workspace->session());
    for (const VerificationEvent &e : service.events(id))
        printJson(eventJson(e));
    return 0;
}

int cli::runCleanEvidence(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Delete evidence files that no saved check refers to (left by an interrupted save)."));
    p.addOption({QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("min-age"),
         QStringLiteral(
             "keep files younger than this, in seconds (a save may be in progress elsewhere)"),
         QStringLiteral("SECONDS"), QStringLiteral("600")});
    if (!parse(p, args))
        return 2;
    bool ok = false;
    const int minAge = p.value(QStringLiteral("min-age")).toInt(&ok);
    if (!p.isSet(QStringLiteral("db")) || !ok || minAge < 0) {
        printError(QStringLiteral("clean-evidence: give --db FILE and a non-negative --min-age"));
        return 2;
    }
    // Housekeeping of files, not of anyone's records: the local "cli" actor.
    const auto workspace = openWorkspace(p, QStringLiteral("clean-evidence"), false);
    if (!workspace)
        return 1;
    const int removed = VerificationService::removeOrphanEvidence(workspace->database(),
                                                                  workspace->evidence(), minAge);
    printJson({{QStringLiteral("removed"), removed}});
    return 0;
}

// Batch pass (本页批量通过, QI step 9; refused where the profile forbids it, as
// Guangdong's does, GD 5): one check of the same kind for every living, paid
// person of a node, one event each under one batch id, all or nothing
// (VerificationService::recordBatch).
int cli::runBatchPass(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Record the same check for every living person of a node whose benefit is paid, in one "
        "batch (profiles that allow batch passes)."));
    p.addOptions({
        {QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")},
        {QStringLiteral("node"), QStringLiteral("community, street or district code"),
         QStringLiteral("CODE")},
        {QStringLiteral("date"), QStringLiteral("date of the check (YYYY-MM-DD)"),
         QStringLiteral("DATE")},
        {QStringLiteral("method"), QStringLiteral("how the check was made"),
         QStringLiteral("METHOD")},
        {QStringLiteral("worker"), QStringLiteral("who made it"), QStringLiteral("NAME")},
        {QStringLiteral("evidence"), QStringLiteral("shared evidence, FILE[=KIND]; repeatable"),
         QStringLiteral("FILE")},
        {QStringLiteral("today"), QStringLiteral("today's date (for tests)"),
         QStringLiteral("DATE")},
    });
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    for (const char *required : {"db", "node", "date", "method", "worker"}) {
        if (!p.isSet(QString::fromLatin1(required))) {
            printError(
                QStringLiteral("batch-pass: --%1 is required").arg(QString::fromLatin1(required)));
            return 2;
        }
    }
    VerificationEvent pattern;
    QDate today;
    if (!parseDate(p.value(QStringLiteral("date")), QStringLiteral("date"), &pattern.checkDate) ||
        !todayOption(p, &today))
        return 2;
    pattern.occurredAt = QDateTime(pattern.checkDate, QTime(12, 0));
    const auto method = VerificationTerms::methodFromKey(p.value(QStringLiteral("method")));
    if (!method) {
        printError(
            QStringLiteral("--method: unknown method '%1'").arg(p.value(QStringLiteral("method"))));
        return 2;
    }
    pattern.method = *method;
    pattern.status = LivingStatus::Alive;
    pattern.worker = p.value(QStringLiteral("worker"));
    const auto workspace = openWorkspace(p, QStringLiteral("batch-pass"));
    if (!workspace)
        return 1;
    Scope scope;
    if (!scopeFor(workspace->database(), p.value(QStringLiteral("node")), &scope))
        return 1;
    QList<qint64> ids;
    QString error;
    if (!RecipientRepository(workspace->database(), workspace->profile())
             .idsForBatchPass(scope.level, scope.code, &ids, &error)) {
        printError(error);
        return 1;
    }
    if (const int code = takeEvidence(p.values(QStringLiteral("evidence")), workspace->evidence(),
                                      &pattern.evidence))
        return code;
    VerificationService service(workspace->database(), workspace->profile(), workspace->evidence(),
                                workspace->session());
    service.setToday(today);
    QList<VerificationEvent> saved;
    if (!service.recordBatch(ids, pattern, &saved, &error)) {
        printError(error);
        return 1;
    }
    printJson({{QStringLiteral("batch"), saved.isEmpty() ? QString() : saved.first().batchId},
               {QStringLiteral("recorded"), saved.size()}});
    return 0;
}

} // namespace certdesk
