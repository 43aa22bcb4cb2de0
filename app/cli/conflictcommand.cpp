#include "clicommon.h"

#include "domain/idnumber.h"
#include "domain/workingcalendar.h"
#include "security/audittrail.h"
#include "security/session.h"
#include "sync/conflictrepository.h"

#include <QJsonArray>

namespace certdesk
{

namespace
{
QJsonObject conflictJson(const SyncConflict &c)
{
    QJsonArray values;
    for (const ConflictValue &v : c.values)
        values.append(QJsonObject{{QStringLiteral("value"), v.value},
                                  {QStringLiteral("at"), v.at.toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("uuid"), v.eventUuid},
                                  {QStringLiteral("device"), v.device}});
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    // The ID number masked, as on screen: a list of conflicts is not a reason to
    // print full numbers.
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("idNumber"), IdNumber::mask(c.idNumber)},
            {QStringLiteral("name"), orNull(c.personName)},
            {QStringLiteral("field"), orNull(c.field)},
            {QStringLiteral("values"), values},
            {QStringLiteral("state"), c.state},
            {QStringLiteral("decisionWaiting"), c.decisionWaiting},
            {QStringLiteral("decision"), orNull(c.decision)},
            {QStringLiteral("value"), orNull(c.value)},
            {QStringLiteral("decidedBy"), orNull(c.decidedBy)}};
}
} // namespace

// certdesk-cli sync-conflicts: the conflicts within the user's node, one JSON line each.
int cli::runSyncConflicts(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Sync conflicts within the user's node (open ones unless --all)."));
    p.addOptions(
        {dbOption(), {QStringLiteral("all"), QStringLiteral("also the resolved conflicts")}});
    addUserOptions(p);
    if (!parse(p, args))
        return 2;
    const auto workspace = openWorkspace(p, QStringLiteral("sync-conflicts"));
    if (!workspace)
        return 1;
    const Database *db = &workspace->database();
    const Session &session = workspace->session();
    QString error;
    const QList<SyncConflict> conflicts =
        ConflictRepository(*db, session).list(p.isSet(QStringLiteral("all")), &error);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    for (const SyncConflict &c : conflicts)
        printJson(conflictJson(c));
    return 0;
}

// certdesk-cli sync-resolve: a supervisor's decision, stored for the next sync and audited.
int cli::runSyncResolve(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Decide a sync conflict; the decision is sent at the next sync."));
    p.addOptions(
        {dbOption(),
         {QStringLiteral("conflict"), QStringLiteral("the conflict's id"), QStringLiteral("ID")},
         {QStringLiteral("decision"),
          QStringLiteral("death-confirmed, alive-confirmed, use-date or use-value"),
          QStringLiteral("KEY")},
         {QStringLiteral("value"), QStringLiteral("the date (use-date) or value (use-value) kept"),
          QStringLiteral("TEXT")},
         {QStringLiteral("note"), QStringLiteral("how it was verified"), QStringLiteral("TEXT")}});
    addUserOptions(p);
    if (!parse(p, args) ||
        !requireOptions(p, QStringLiteral("sync-resolve"),
                        {QStringLiteral("conflict"), QStringLiteral("decision")}))
        return 2;
    const auto workspace = openWorkspace(p, QStringLiteral("sync-resolve"));
    if (!workspace)
        return 1;
    const Database *db = &workspace->database();
    const Session &session = workspace->session();
    const ConflictRepository conflicts(*db, session, &workspace->audit());
    QString error;
    if (!conflicts.resolve(p.value(QStringLiteral("conflict")), p.value(QStringLiteral("decision")),
                           p.value(QStringLiteral("value")), p.value(QStringLiteral("note")),
                           &error)) {
        printError(error);
        return 1;
    }
    printJson(conflictJson(*conflicts.find(p.value(QStringLiteral("conflict")))));
    return 0;
}

} // namespace certdesk
