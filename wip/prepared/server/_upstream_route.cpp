void UpstreamServer::route(httplib::Server &server) const
{
    const QString hashPattern = QStringLiteral("([0-9a-f]{64})");
    server.Get("/v1/health", [](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, {{ProtocolField::ok, true}, {QStringLiteral("protocol"), 1}});
    });
    server.Post("/v1/session",
                [this](const httplib::Request &req, httplib::Response &res) { signIn(req, res); });
    server.Get("/v1/changes",
               [this](const httplib::Request &req, httplib::Response &res) { changes(req, res); });
    server.Post("/v1/events",
                [this](const httplib::Request &req, httplib::Response &res) { events(req, res); });
    server.Post(
        "/v1/evidence/missing",
        [this](const httplib::Request &req, httplib::Response &res) { evidenceMissing(req, res); });
    server.Get(
        QStringLiteral("/v1/evidence/%1/upload").arg(hashPattern).toStdString(),
        [this](const httplib::Request &req, httplib::Response &res) { uploadState(req, res); });
    server.Put(
        QStringLiteral("/v1/evidence/%1").arg(hashPattern).toStdString(),
        [this](const httplib::Request &req, httplib::Response &res) { uploadChunk(req, res); });
    server.Get(QStringLiteral("/v1/evidence/%1").arg(hashPattern).toStdString(),
               [this](const httplib::Request &req, httplib::Response &res) { download(req, res); });

    server.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        static const QRegularExpression version(QStringLiteral("^/(v[^/]*)(/|$)"));
        const QString path = QString::fromStdString(req.path);
        const auto m = version.match(path);
        if (m.hasMatch() && m.captured(1) != QLatin1String("v1")) {
            sendError(res, 400, QStringLiteral("unsupported-version"),
                      QStringLiteral("This server speaks protocol v1, not %1.").arg(m.captured(1)));
            return httplib::Server::HandlerResponse::Handled;
        }
        if (path != QLatin1String("/v1/session") && path != QLatin1String("/v1/health") &&
            FaultInjection::takeUnavailable()) {
            sendError(res, 503, QStringLiteral("unavailable"),
                      QStringLiteral("The server is unavailable (injected fault)."));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Every refusal is JSON, also the library's own (413 for a body over the
    // payload limit, 404 for an unknown path, 400 for an unreadable request).
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            sendError(res, res.status, defaultCode(res.status), defaultMessage(res.status));
            return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
            sendError(res, 500, QStringLiteral("server-error"),
                      QStringLiteral("The server failed on this request."));
        });
}

int UpstreamServer::run(const Options &options)
{
    // A dropped or shut-down connection must not end the process on write.
    std::signal(SIGPIPE, SIG_IGN);
    if (sodium_init() < 0) {
        std::fprintf(stderr, "error: libsodium failed to initialise\n");
        return 1;
    }
    std::unique_ptr<httplib::Server> server;
    const bool tls = !options.certFile.isEmpty();
    if (tls) {
        auto ssl =
            std::make_unique<httplib::SSLServer>(QFile::encodeName(options.certFile).constData(),
                                                 QFile::encodeName(options.keyFile).constData());
        if (!ssl->is_valid()) {
            std::fprintf(stderr, "error: cannot load the certificate %s or the key %s\n",
                         qPrintable(options.certFile), qPrintable(options.keyFile));
            return 1;
        }
        server = std::move(ssl);
    } else {
        server = std::make_unique<httplib::Server>();
    }
    // Bodies over 9 MiB are refused (413) by the library before they are
    // buffered; the protocol's 8 MiB limits are checked in the handlers.
    server->set_payload_max_length(9 << 20);
    // Answers go out as headers, then body: with Nagle's algorithm on, the body
    // waits for the client's delayed ACK (40 ms a request: 3 minutes for 2,000
    // photo uploads of two requests each).
    server->set_tcp_nodelay(true);
    const int threads = std::max(1, options.threads);
    server->new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    server->set_read_timeout(60, 0);
    server->set_write_timeout(60, 0);
    route(*server);

    const std::string host = options.host.toStdString();
    int port = options.port;
    if (port == 0) {
        port = server->bind_to_any_port(host);
        if (port < 0) {
            std::fprintf(stderr, "error: cannot listen on %s\n", host.c_str());
            return 1;
        }
    } else if (!server->bind_to_port(host, port)) {
        std::fprintf(stderr, "error: cannot listen on %s:%d\n", host.c_str(), port);
        return 1;
    }
    std::printf("listening on %s://%s:%d\n", tls ? "https" : "http", host.c_str(), port);
    std::fflush(stdout);
    return server->listen_after_bind() ? 0 : 1;
}
