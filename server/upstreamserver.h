#pragma once

#include "eventingest.h"
#include "evidencevault.h"
#include "signinguard.h"
#include "upstreamstore.h"

#include <QString>
#include <memory>

namespace httplib
{
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace certdesk
{

// The HTTP side of docs/sync-protocol.md on cpp-httplib: routes, sign-in,
// token checks and JSON errors. Handlers run on the library's thread pool; the
// library reads every connection through RequestGuard (requestguard.h).
class UpstreamServer
{
public:
    struct Options {
        QString host = QStringLiteral("127.0.0.1");
        int port = 0; // 0: any free port
        QString certFile;
        QString keyFile;
        // Each kept-alive connection holds a pool thread while it is open.
        int threads = 16;
        // Evidence bytes per user and day (EvidenceVault); 0 for none.
        qint64 dailyUploadBytes = EvidenceVault::DefaultDailyQuotaBytes;
    };
    UpstreamServer(const UpstreamStore &store, const QString &evidenceDir);
    ~UpstreamServer();

    // The routes of docs/sync-protocol.md. handle() runs one exactly as the HTTP
    // server does once it has matched the path (req.matches holds the hash of
    // an evidence path); the fuzz target tests/fuzz/fuzz_server.cpp calls it
    // in-process.
    enum class Endpoint {
        SignIn,
        Changes,
        Events,
        EvidenceMissing,
        UploadState,
        UploadChunk,
        UploadBatch,
        Download,
        AuditHead,
        AuditHeads,
        AssignDevice, // req.matches[1]: the device id
        Approve,
        ApproveImport, // a desk's big-data import batch (GD 9)
        CheckDecision  // the county's decision on a check (GD 21-22)
    };
    void handle(Endpoint endpoint, const httplib::Request &req, httplib::Response &res) const;

    // Binds, prints "listening on http(s)://host:port" and serves until the
    // process ends. Returns an exit code on failure.
    int run(const Options &options);

private:
    static constexpr int MaxPage = 5000;
    static constexpr int MaxHashes = 10000;

    std::optional<Caller> authenticate(const httplib::Request &req, httplib::Response &res) const;
    void signIn(const httplib::Request &req, httplib::Response &res) const;
    void changes(const httplib::Request &req, httplib::Response &res) const;
    void events(const httplib::Request &req, httplib::Response &res) const;
    // evidenceroutes.cpp
    void evidenceMissing(const httplib::Request &req, httplib::Response &res) const;
    void uploadState(const httplib::Request &req, httplib::Response &res) const;
    void uploadChunk(const httplib::Request &req, httplib::Response &res) const;
    void uploadBatch(const httplib::Request &req, httplib::Response &res) const;
    void download(const httplib::Request &req, httplib::Response &res) const;
    void auditHead(const httplib::Request &req, httplib::Response &res) const;
    void auditHeads(const httplib::Request &req, httplib::Response &res) const;
    // accessroutes.cpp
    void assignDevice(const httplib::Request &req, httplib::Response &res) const;
    void approve(const httplib::Request &req, httplib::Response &res) const;
    void approveImport(const httplib::Request &req, httplib::Response &res) const;
    // checkdecisionroutes.cpp
    void checkDecision(const httplib::Request &req, httplib::Response &res) const;
    void route(httplib::Server &server) const;

    const UpstreamStore &m_store;
    EvidenceVault m_vault;
    EventIngest m_ingest;
    mutable SignInGuard m_signIns;
};

} // namespace certdesk
