#include "clicommon.h"

#include "archive/pdfoutput.h"

#include "domain/idnumber.h"
#include "domain/policyprofile.h"
#include "lifecycle/lifecycledocuments.h"
#include "lifecycle/lifecycleproposals.h"
#include "lifecycle/lifecycleservice.h"
#include "store/database.h"
#include "store/recipientrepository.h"

#include <QJsonObject>
#include <QSet>
#include <functional>

namespace certdesk
{

namespace
{

QString monthOrNull(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM")) : QString();
}

QJsonObject eventJson(const LifecycleEvent &e)
{
    QJsonObject o{{QStringLiteral("kind"), BenefitLifecycle::key(e.kind)},
                  {QStringLiteral("recipientId"), e.recipientId},
                  {QStringLiteral("date"), cli::isoOrNull(e.date)}};
    auto optional = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    optional("uuid", e.uuid);
    optional("effectiveMonth", monthOrNull(e.effectiveMonth));
    optional("reason", e.reason);
    optional("cause", e.cause);
    optional("actor", e.actor);
    optional("approvedBy", e.approvedBy);
    optional("objector", e.objector);
    optional("firstMonth", monthOrNull(e.firstMonth));
    optional("lastMonth", monthOrNull(e.lastMonth));
    optional("deadline", cli::isoOrNull(e.deadline));
    optional("ref", e.ref);
    if (e.amountFen != 0 || e.kind == LifecycleKind::Resumed)
        o.insert(QStringLiteral("amountFen"), e.amountFen);
    if (e.months != 0 || e.kind == LifecycleKind::Resumed)
        o.insert(QStringLiteral("months"), e.months);
    if (e.instalments != 0)
        o.insert(QStringLiteral("instalments"), e.instalments);
    return o;
}

QJsonObject stateJson(const LifecycleState &s)
{
    return {{QStringLiteral("status"), BenefitLifecycle::key(s.status)},
            {QStringLiteral("suspendedOn"), cli::isoOrNull(s.suspendedOn)},
            {QStringLiteral("objectionOpen"), s.objectionOpen()},
            {QStringLiteral("backPayDue"), s.backPayDue},
            {QStringLiteral("backPayFen"), s.backPayDue ? s.backPay.fen() : 0},
            {QStringLiteral("overpaidFen"), s.overpaid.fen()},
            {QStringLiteral("repaidFen"), s.repaid.fen()},
            {QStringLiteral("balanceFen"), s.balance().fen()},
            {QStringLiteral("refusals"), s.refusals}};
}

// --confirm takes "all" or a comma-separated list of kinds.
bool parseKinds(const QString &text, QSet<LifecycleKind> *kinds)
{
    const QList<LifecycleKind> proposable{LifecycleKind::Failed, LifecycleKind::Suspended,
                                          LifecycleKind::Resumed, LifecycleKind::Stopped,
                                          LifecycleKind::Sealed};
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("all")) {
            for (LifecycleKind k : proposable)
                kinds->insert(k);
            continue;
        }
        const auto kind = BenefitLifecycle::kindFromKey(part.trimmed());
        if (!kind || !proposable.contains(*kind)) {
            cli::printError(QStringLiteral("--confirm: '%1' is not one of all, failed, suspended, "
                                           "resumed, stopped, sealed")
                                .arg(part));
            return false;
        }
        kinds->insert(*kind);
    }
    return !kinds->isEmpty();
}

} // namespace

int cli::runLifecycle(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("The lifecycle steps due in a month (failed, suspended, resumed, stopped, "
                       "sealed) as JSON lines; with --confirm, records them."));
    p.addOptions({
        dbOption(),
        {QStringLiteral("month"), QStringLiteral("the month of the run"),
         QStringLiteral("YYYY-MM")},
        {QStringLiteral("today"), QStringLiteral("reference date (default: today)"),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("node"),
         QStringLiteral("district, street or community code (default: everyone)"),
         QStringLiteral("CODE")},
        {QStringLiteral("confirm"),
         QStringLiteral(
             "record the proposals of these kinds: all, or a list like failed,suspended"),
         QStringLiteral("KINDS")},
        {QStringLiteral("person"),
         QStringLiteral("only this person's proposals (ID number; repeatable)"),
         QStringLiteral("ID")},
        {QStringLiteral("actor"), QStringLiteral("who confirms (required with --confirm)"),
         QStringLiteral("NAME")},
        {QStringLiteral("suspension-csv"),
         QStringLiteral("also write the month's suspension list as CSV"), QStringLiteral("FILE")},
        {QStringLiteral("suspension-html"),
         QStringLiteral("also write the printable suspension list as HTML"),
         QStringLiteral("FILE")},
    });
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    QDate month, today;
    if (!requireOptions(p, QStringLiteral("lifecycle"), {QStringLiteral("month")}))
        return 2;
    if (!parseMonth(p.value(QStringLiteral("month")), QStringLiteral("month"), &month) ||
        !todayOption(p, &today))
        return 2;
    QSet<LifecycleKind> kinds;
    if (p.isSet(QStringLiteral("confirm")) &&
        (!parseKinds(p.value(QStringLiteral("confirm")), &kinds) ||
         p.value(QStringLiteral("actor")).trimmed().isEmpty())) {
        if (!kinds.isEmpty())
            printError(QStringLiteral("lifecycle: --confirm needs --actor NAME"));
        return 2;
    }
    // --user, else the local "cli" actor (docs/cli.md, "Who is acting").
    const auto workspace = openWorkspace(p, QStringLiteral("lifecycle"));
    if (!workspace)
        return 1;
    const Database *db = &workspace->database();
    const PolicyProfile *profile = &workspace->profile();
    // The node: --node, else the user's own (everyone for the local actor); the
    // gate refuses a node outside the user's, as the window's tree shows none.
    QString node = p.value(QStringLiteral("node"));
    if (node.isEmpty())
        node = workspace->session().accessScope().code;
    if (!authorize(*workspace, Action::ViewLists,
                   node.isEmpty() ? AccessTarget::none() : AccessTarget::node(node)))
        return 1;
    QSet<qint64> people;
    for (const QString &person : p.values(QStringLiteral("person"))) {
        qint64 id = 0;
        if (!findPerson(*db, *profile, person, &id))
            return 1;
        people.insert(id);
    }
    LifecycleService service(*db, *profile, workspace->session());
    service.setToday(today);
    LifecycleProposals proposals(*db, service);
    QString error;
    QList<LifecycleProposal> due = proposals.compute(month, today, node, &error);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    if (!people.isEmpty())
        due.erase(std::remove_if(due.begin(), due.end(),
                                 [&](const LifecycleProposal &x) {
                                     return !people.contains(x.event.recipientId);
                                 }),
                  due.end());
    // The list for review, printing or a spreadsheet, before anything is confirmed:
    // an export logged before the file is written, as the window's.
    // The documents are made only when asked for (the list of a 1M district is large).
    const auto write = [&](const QString &option, const std::function<QByteArray()> &bytes) {
        return !p.isSet(option) ||
               (authorize(*workspace, Action::Export,
                          (node.isEmpty() ? AccessTarget::none() : AccessTarget::node(node))
                              .logAs(AuditAction::Export,
                                     QStringLiteral("suspension list %1")
                                         .arg(month.toString(QStringLiteral("yyyy-MM"))),
                                     p.value(option))) &&
                writeFile(option, p.value(option), bytes()));
    };
    const QString office = node.isEmpty() ? db->path() : node;
    if (!write(QStringLiteral("suspension-csv"),
               [&] { return LifecycleDocuments::suspensionListCsv(due); }) ||
        !write(QStringLiteral("suspension-html"), [&] {
            return LifecycleDocuments::suspensionListHtml(
                       due, month, BenefitLifecycle::suspensionDeadline(*profile, month), office)
                .toUtf8();
        }))
        return 1;
    if (kinds.isEmpty()) {
        for (const LifecycleProposal &x : std::as_const(due)) {
            QJsonObject o = eventJson(x.event);
            o.insert(QStringLiteral("name"), x.name);
            o.insert(QStringLiteral("idNumber"), IdNumber::mask(x.idNumber));
            o.insert(QStringLiteral("community"), x.communityCode);
            printJson(o);
        }
        return 0;
    }
    due.erase(
        std::remove_if(due.begin(), due.end(),
                       [&](const LifecycleProposal &x) { return !kinds.contains(x.event.kind); }),
        due.end());
    if (due.isEmpty()) {
        printJson({{QStringLiteral("confirmed"), 0}});
        return 0;
    }
    QList<LifecycleEvent> events;
    for (const LifecycleProposal &x : std::as_const(due)) {
        events << x.event;
        events.last().actor = p.value(QStringLiteral("actor"));
    }
    // All or nothing, as in the window: the refused step is named with its reason.
    if (!service.recordMany(events, &error)) {
        printError(QStringLiteral("lifecycle: nothing was recorded: %1").arg(error));
        return 1;
    }
    for (const LifecycleEvent &e : std::as_const(events))
        printJson(eventJson(e));
    // How many people each kind concerned, as the window's result message says.
    QJsonObject byKind;
    for (const auto &[kind, people] : LifecycleProposals::countByKind(due))
        byKind.insert(BenefitLifecycle::key(kind), people);
    printJson(
        {{QStringLiteral("confirmed"), int(events.size())}, {QStringLiteral("byKind"), byKind}});
    return 0;
}

int cli::runLifecycleRecord(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Record one lifecycle step of a person (objection, back pay, repayment "
                       "notice, agreement, repayment, refusal, unsealing, or any other step)."));
    p.addOptions({
        dbOption(),
        personOption(),
        {QStringLiteral("kind"),
         QStringLiteral("failed, suspended, objection, stopped, resumed, back-pay, sealed, "
                        "unsealed, overpayment-notice, repayment-agreement, repayment, refusal"),
         QStringLiteral("KIND")},
        {QStringLiteral("date"), QStringLiteral("date of the step (default: today)"),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("today"), QStringLiteral("reference date (default: today)"),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("actor"), QStringLiteral("who records the step"), QStringLiteral("NAME")},
        {QStringLiteral("reason"), QStringLiteral("why; for an objection what is objected"),
         QStringLiteral("TEXT")},
        {QStringLiteral("objector"), QStringLiteral("who objected"), QStringLiteral("NAME")},
        {QStringLiteral("approved-by"),
         QStringLiteral("who approved (unsealing), or consented (instalments, UR 八(二)3)"),
         QStringLiteral("NAME")},
        {QStringLiteral("funeral-grant"),
         QStringLiteral("repayment deducted from the funeral grant and pension (UR 八(二)2)")},
        {QStringLiteral("amount-fen"),
         QStringLiteral("amount in fen (repayment; back pay defaults to the amount due)"),
         QStringLiteral("N")},
        {QStringLiteral("instalments"), QStringLiteral("repayment agreement: 1 = one payment"),
         QStringLiteral("N")},
        {QStringLiteral("effective-month"), QStringLiteral("suspension / resumption month"),
         QStringLiteral("YYYY-MM")},
        {QStringLiteral("paid-through"), QStringLiteral("overpayment notice: last month paid"),
         QStringLiteral("YYYY-MM")},
    });
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    if (!requireOptions(p, QStringLiteral("lifecycle-record"),
                        {QStringLiteral("kind"), QStringLiteral("actor")}))
        return 2;
    const auto kind = BenefitLifecycle::kindFromKey(p.value(QStringLiteral("kind")));
    if (!kind) {
        printError(
            QStringLiteral("--kind: unknown step '%1'").arg(p.value(QStringLiteral("kind"))));
        return 2;
    }
    QDate today, paidThrough;
    if (!todayOption(p, &today))
        return 2;
    LifecycleEvent e;
    e.kind = *kind;
    e.date = today;
    if (p.isSet(QStringLiteral("date")) &&
        !parseDate(p.value(QStringLiteral("date")), QStringLiteral("date"), &e.date))
        return 2;
    if (p.isSet(QStringLiteral("effective-month")) &&
        !parseMonth(p.value(QStringLiteral("effective-month")), QStringLiteral("effective-month"),
                    &e.effectiveMonth))
        return 2;
    if (*kind == LifecycleKind::OverpaymentNotice &&
        (!p.isSet(QStringLiteral("paid-through")) ||
         !parseMonth(p.value(QStringLiteral("paid-through")), QStringLiteral("paid-through"),
                     &paidThrough))) {
        if (!p.isSet(QStringLiteral("paid-through")))
            printError(QStringLiteral(
                "lifecycle-record: an overpayment notice needs --paid-through YYYY-MM"));
        return 2;
    }
    // Whole-number options; a typo must not silently become 0.
    for (const char *option : {"amount-fen", "instalments"}) {
        const QString name = QString::fromLatin1(option);
        bool ok = true;
        const qint64 value = p.isSet(name) ? p.value(name).toLongLong(&ok) : 0;
        if (!ok) {
            printError(QStringLiteral("--%1: '%2' is not a whole number").arg(name, p.value(name)));
            return 2;
        }
        if (name == QLatin1String("amount-fen"))
            e.amountFen = value;
        else
            e.instalments = int(value);
    }
    e.actor = p.value(QStringLiteral("actor"));
    e.reason = p.value(QStringLiteral("reason"));
    e.objector = p.value(QStringLiteral("objector"));
    e.approvedBy = p.value(QStringLiteral("approved-by"));
    if (p.isSet(QStringLiteral("funeral-grant")))
        e.cause = BenefitLifecycle::funeralGrantCause();

    PersonContext person;
    if (!openPerson(p, QStringLiteral("lifecycle-record"), &person))
        return 1;
    e.recipientId = person.id;
    // The gate before the person's state is read (the service asks it again).
    if (!authorize(*person.workspace, Action::RecordPaymentStep, AccessTarget::person(person.id)))
        return 1;
    LifecycleService service(*person.db, *person.profile, person.workspace->session());
    service.setToday(today);
    QString error;
    if (*kind == LifecycleKind::OverpaymentNotice) {
        const auto notice = service.overpaymentNotice(e.recipientId, paidThrough, e.actor, &error);
        if (!notice) {
            printError(error);
            return 1;
        }
        e = *notice;
    } else if (*kind == LifecycleKind::BackPay && !p.isSet(QStringLiteral("amount-fen"))) {
        e.amountFen = service.state(e.recipientId).backPay.fen();
    }
    if (!service.record(e, &error)) {
        printError(error);
        return 1;
    }
    printJson(eventJson(e));
    printJson(stateJson(service.state(e.recipientId)));
    return 0;
}

int cli::runLifecycleEvents(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A person's lifecycle steps, oldest first, then the state they add up to, as JSON lines."));
    p.addOptions({dbOption(), personOption()});
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    PersonContext person;
    if (!openPerson(p, QStringLiteral("lifecycle-events"), &person) ||
        !authorize(*person.workspace, Action::ViewLists, AccessTarget::person(person.id)))
        return 1;
    const QList<LifecycleEvent> events =
        LifecycleService(*person.db, *person.profile, person.workspace->session())
            .events(person.id);
    for (const LifecycleEvent &e : events)
        printJson(eventJson(e));
    printJson(stateJson(BenefitLifecycle::replay(events)));
    return 0;
}

int cli::runLifecyclePaper(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Write a person's printable lifecycle paper as HTML: the repayment notice (限期退还通知书) "
        "of the latest overpayment notice, or the back-pay form of the latest resumption."));
    p.addOptions({
        dbOption(),
        personOption(),
        {QStringLiteral("paper"), QStringLiteral("repayment-notice or back-pay-form"),
         QStringLiteral("PAPER")},
        {QStringLiteral("office"), QStringLiteral("issuing office shown on the notice"),
         QStringLiteral("NAME")},
        {QStringLiteral("out"),
         QStringLiteral("file to write: PDF (PDF/A) when it ends in .pdf, else HTML"),
         QStringLiteral("FILE")},
    });
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    if (!requireOptions(p, QStringLiteral("lifecycle-paper"),
                        {QStringLiteral("paper"), QStringLiteral("out")}))
        return 2;
    const QString paper = p.value(QStringLiteral("paper"));
    const bool notice = paper == QLatin1String("repayment-notice");
    if (!notice && paper != QLatin1String("back-pay-form")) {
        printError(
            QStringLiteral("--paper: '%1' is not repayment-notice or back-pay-form").arg(paper));
        return 2;
    }
    PersonContext context;
    if (!openPerson(p, QStringLiteral("lifecycle-paper"), &context) ||
        !authorize(*context.workspace, Action::ViewLists, AccessTarget::person(context.id)))
        return 1;
    const auto person = RecipientRepository(*context.db, *context.profile).detail(context.id);
    const QList<LifecycleEvent> events =
        LifecycleService(*context.db, *context.profile, context.workspace->session())
            .events(context.id);
    const LifecycleKind wanted = notice ? LifecycleKind::OverpaymentNotice : LifecycleKind::Resumed;
    const auto found = std::find_if(events.crbegin(), events.crend(),
                                    [wanted](const LifecycleEvent &e) { return e.kind == wanted; });
    if (!person || found == events.crend()) {
        printError(
            notice ? QStringLiteral(
                         "lifecycle-paper: no repayment notice has been issued to this person")
                   : QStringLiteral("lifecycle-paper: this person's payment has not been resumed"));
        return 1;
    }
    const Recipient &r = person->recipient;
    const QString office = p.isSet(QStringLiteral("office")) ? p.value(QStringLiteral("office"))
                                                             : person->communityName;
    const QString html =
        notice
            ? LifecycleDocuments::repaymentNoticeHtml(r.name, r.idNumber, *found, office)
            : LifecycleDocuments::backPayFormHtml(r.name, r.idNumber, *found, r.monthlyBenefitFen);
    const QString out = p.value(QStringLiteral("out"));
    // The paper leaves the office as a file: an export, logged before it is
    // written, as the window's PDF of it.
    if (!authorize(*context.workspace, Action::Export,
                   AccessTarget::person(context.id)
                       .logAs(AuditAction::Export,
                              QStringLiteral("%1 of recipient %2")
                                  .arg(notice ? QStringLiteral("Repayment notice")
                                              : QStringLiteral("Back-pay form"))
                                  .arg(context.id),
                              out)))
        return 1;
    if (out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QString error;
        if (!PdfOutput::writeHtml(
                out,
                notice ? LifecycleDocuments::tr(
                             "Notice to return overpaid social insurance benefits by a deadline")
                       : LifecycleDocuments::tr("Resumption and back pay"),
                html, &error)) {
            printError(error);
            return 1;
        }
    } else if (!writeFile(QStringLiteral("out"), out, html.toUtf8())) {
        return 1;
    }
    printJson({{QStringLiteral("paper"), paper},
               {QStringLiteral("out"), p.value(QStringLiteral("out"))},
               {QStringLiteral("uuid"), found->uuid}});
    return 0;
}

} // namespace certdesk
