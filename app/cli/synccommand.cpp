#include "clicommon.h"

#include "evidence/evidencestore.h"
#include "sync/syncclient.h"
#include "sync/syncjournal.h"
#include "sync/syncpackage.h"
#include "sync/syncrun.h"
#include "sync/syncsettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace certdesk
{

namespace
{

QJsonObject reportJson(const SyncReport &r, const SyncStatus &counts)
{
    static const char *const outcomes[] = {"ok", "retry-later", "sign-in", "needs-person",
                                           "cancelled"};
    return {{QStringLiteral("outcome"), QLatin1String(outcomes[int(r.outcome)])},
            {QStringLiteral("pushed"), r.pushed},
            {QStringLiteral("conflicts"), r.conflicts},
            {QStringLiteral("rejected"), r.rejected},
            {QStringLiteral("uploaded"), r.uploaded},
            {QStringLiteral("pulled"), r.pulled},
            {QStringLiteral("pending"), counts.pendingEvents},
            {QStringLiteral("rejectedTotal"), counts.rejectedEvents},
            {QStringLiteral("openConflicts"), counts.openConflicts},
            {QStringLiteral("message"), r.message}};
}

// The server password: --server-password-file, else CERTDESK_SERVER_PASSWORD.
QString serverPassword(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("server-password-file"))) {
        QFile f(p.value(QStringLiteral("server-password-file")));
        if (f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll()).trimmed();
        return {};
    }
    return qEnvironmentVariable("CERTDESK_SERVER_PASSWORD");
}

// What every sync command opens: the workspace of --db (the local "cli" actor:
// sync commands take no user options; the server signs in separately) and its
// sync settings.
struct SyncContext {
    std::unique_ptr<Workspace> workspace;
    const Database *db = nullptr;
    const PolicyProfile *profile = nullptr;
    EvidenceStore *evidence = nullptr;
    SyncSettings settings;

    bool open(const QCommandLineParser &p, const QString &command)
    {
        workspace = cli::openWorkspace(p, command, false);
        if (!workspace)
            return false;
        db = &workspace->database();
        profile = &workspace->profile();
        evidence = &workspace->evidence();
        settings = SyncSettings::load(*db);
        return true;
    }
    SyncJournal journal() const { return SyncJournal(*db, *profile, *evidence); }
};

} // namespace

// certdesk-cli sync: sign in, push what waits, pull what is new. Retries with
// backoff (--retries) when the server cannot be reached or answers 5xx.
int cli::runSync(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Synchronise with the upstream server (docs/sync-protocol.md)."));
    p.addOptions(
        {dbOption(),
         {QStringLiteral("server"), QStringLiteral("server address (saved for next time)"),
          QStringLiteral("URL")},
         {QStringLiteral("server-user"), QStringLiteral("user name on the server (saved)"),
          QStringLiteral("NAME")},
         {QStringLiteral("server-password-file"),
          QStringLiteral("file holding the server password (else CERTDESK_SERVER_PASSWORD)"),
          QStringLiteral("FILE")},
         {QStringLiteral("retries"),
          QStringLiteral("attempts after a failure to reach the server (default 0)"),
          QStringLiteral("N")},
         {QStringLiteral("backoff-ms"),
          QStringLiteral("first retry delay, doubling (default 2000)"), QStringLiteral("MS")},
         {QStringLiteral("page"), QStringLiteral("changes per pulled page (default 2000)"),
          QStringLiteral("N")}});
    if (!parse(p, args))
        return 2;
    SyncContext c;
    if (!c.open(p, QStringLiteral("sync")))
        return 1;
    SyncSettings &settings = c.settings;
    if (p.isSet(QStringLiteral("server")))
        settings.server = QUrl(p.value(QStringLiteral("server")));
    if (p.isSet(QStringLiteral("server-user")))
        settings.user = p.value(QStringLiteral("server-user"));
    if (!settings.isConfigured()) {
        printError(
            QStringLiteral("sync: give --server and --server-user (they are saved for next time)"));
        return 2;
    }
    const int retries = p.value(QStringLiteral("retries")).toInt();
    int delay = p.isSet(QStringLiteral("backoff-ms"))
                    ? p.value(QStringLiteral("backoff-ms")).toInt()
                    : 2000;
    SyncReport report;
    for (int attempt = 0; attempt <= retries; ++attempt) {
        if (attempt > 0) {
            QThread::msleep(delay);
            delay = qMin(delay * 2, 300000);
        }
        SyncClient client(settings.server);
        report = SyncRun::signIn(client, &settings, serverPassword(p));
        if (report.outcome == SyncReport::Outcome::Ok) {
            QString error;
            if (!settings.save(*c.db, &error)) {
                printError(QStringLiteral("sync: cannot save the sync settings: %1").arg(error));
                return 1;
            }
            SyncRun run(*c.db, *c.profile, *c.evidence, settings, client);
            if (p.isSet(QStringLiteral("page")))
                run.setPageSize(p.value(QStringLiteral("page")).toInt());
            report = run.run();
        }
        if (report.outcome != SyncReport::Outcome::RetryLater)
            break;
    }
    SyncStatus counts;
    c.journal().counts(counts);
    printJson(reportJson(report, counts));
    return report.outcome == SyncReport::Outcome::Ok           ? 0
           : report.outcome == SyncReport::Outcome::RetryLater ? 3
                                                               : 1;
}

int cli::runSyncStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("What waits to be synchronised, and the last sync."));
    p.addOptions({dbOption()});
    if (!parse(p, args))
        return 2;
    SyncContext c;
    if (!c.open(p, QStringLiteral("sync-status")))
        return 1;
    const SyncJournal journal = c.journal();
    SyncStatus status;
    journal.counts(status);
    const SyncSettings &settings = c.settings;
    printJson({{QStringLiteral("server"), settings.server.toString()},
               {QStringLiteral("user"), settings.user},
               {QStringLiteral("device"), settings.device},
               {QStringLiteral("cursor"), journal.cursor()},
               {QStringLiteral("lastSync"), journal.lastCompleteSync().toString(Qt::ISODateWithMs)},
               {QStringLiteral("pending"), status.pendingEvents},
               {QStringLiteral("rejected"), status.rejectedEvents},
               {QStringLiteral("openConflicts"), status.openConflicts}});
    return 0;
}

// The outbox as a USB package, for an office PC with no route to the server.
int cli::runSyncExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Write what waits to be pushed into a signed, encrypted package (.cdout)."));
    p.addOptions(
        {dbOption(),
         {QStringLiteral("out"), QStringLiteral("package file to write"), QStringLiteral("FILE")}});
    if (!parse(p, args) ||
        !requireOptions(p, QStringLiteral("sync-export"), {QStringLiteral("out")}))
        return 2;
    SyncContext c;
    if (!c.open(p, QStringLiteral("sync-export")))
        return 1;
    const SyncSettings &settings = c.settings;
    if (settings.deviceKey.size() != 32 || settings.serverKey.isEmpty()) {
        printError(QStringLiteral(
            "sync-export: this device has no keys yet; sign in to the server once (sync) "
            "so it receives its device key and the server's key"));
        return 1;
    }
    const SyncJournal journal = c.journal();
    QMap<QString, QString> files;
    QString error;
    const QJsonObject body = SyncRun::pushBody(journal, settings, &files, &error);
    if (body.isEmpty()) {
        printError(QStringLiteral("sync-export: %1").arg(error));
        return 1;
    }
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!SyncPackage::writeOutbox(p.value(QStringLiteral("out")), settings.device, settings.user,
                                  journal.cursor(), json, files, settings.deviceKey,
                                  settings.serverKey, &error)) {
        printError(QStringLiteral("sync-export: %1").arg(error));
        return 1;
    }
    printJson({{QStringLiteral("file"), p.value(QStringLiteral("out"))},
               {QStringLiteral("events"), body.value(QStringLiteral("events")).toArray().size()},
               {QStringLiteral("evidence"), int(files.size())}});
    return 0;
}

// A roster package from the server, applied with its cursor in one transaction.
int cli::runSyncImportRoster(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Apply a roster package (.cdroster) made by the server for this device."));
    p.addOptions(
        {dbOption(),
         {QStringLiteral("file"), QStringLiteral("package file"), QStringLiteral("FILE")}});
    if (!parse(p, args) ||
        !requireOptions(p, QStringLiteral("sync-import-roster"), {QStringLiteral("file")}))
        return 2;
    SyncContext c;
    if (!c.open(p, QStringLiteral("sync-import-roster")))
        return 1;
    const SyncSettings &settings = c.settings;
    QString error;
    const auto content =
        SyncPackage::readRoster(p.value(QStringLiteral("file")), settings.deviceKey, &error);
    if (!content) {
        printError(QStringLiteral("sync-import-roster: %1").arg(error));
        return 1;
    }
    if (content->device != settings.device) {
        printError(
            QStringLiteral("sync-import-roster: the package was made for device %1, this is %2")
                .arg(content->device, settings.device));
        return 1;
    }
    SyncJournal journal = c.journal();
    if (content->since > journal.cursor()) {
        printError(
            QStringLiteral(
                "sync-import-roster: the package starts at change %1 but this device has only %2; "
                "ask for a package from %2")
                .arg(content->since)
                .arg(journal.cursor()));
        return 1;
    }
    if (!journal.applyPage(content->changes, qMax(content->next, journal.cursor()), &error)) {
        printError(QStringLiteral("sync-import-roster: %1").arg(error));
        return 1;
    }
    printJson({{QStringLiteral("applied"), int(content->changes.size())},
               {QStringLiteral("cursor"), journal.cursor()}});
    return 0;
}

} // namespace certdesk
