void UpstreamServer::changes(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    bool present = false, ok = false;
    const qint64 since = queryNumber(req, "since", &present, &ok);
    if (!present || !ok || since < 0)
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("since: a change number >= 0 is required."));
    qint64 limit = queryNumber(req, "limit", &present, &ok);
    if (!present)
        limit = 1000;
    if (!ok || limit < 1)
        return sendError(res, 400, QStringLiteral("bad-request"),
                         QStringLiteral("limit: a number from 1 to 5000."));
    if (limit > MaxPage)
        return sendError(res, 413, QStringLiteral("too-large"),
                         QStringLiteral("limit: a page is at most 5000 changes."));
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return sendError(res, 503, QStringLiteral("unavailable"), error);
    const auto page = changesSince(db, caller->scope, since, limit, &error);
    if (!page)
        return sendError(res, 500, QStringLiteral("server-error"), error);
    const qint64 next = page->next;
    QSqlQuery q(db);
    {
        std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
        if (m_store.begin(db, &error)) {
            if (execQuery(q,
                          QStringLiteral(
                              "UPDATE device SET last_pull_at = ?, last_cursor = ? WHERE id = ?"),
                          {UpstreamStore::nowIso(), next, caller->device}, &error))
                UpstreamStore::commit(db, &error);
            else
                UpstreamStore::rollback(db);
        }
    }
    sendJson(res, 200,
             {{ProtocolField::changes, page->changes},
              {ProtocolField::next, next},
              {ProtocolField::more, page->more}});
}

void UpstreamServer::events(const httplib::Request &req, httplib::Response &res) const
{
    const auto caller = authenticate(req, res);
    if (!caller)
        return;
    if (qint64(req.body.size()) > MaxJsonBody)
        return sendError(res, 413, QStringLiteral("too-large"),
                         QStringLiteral("A JSON body is at most 8 MiB."));
    const EventIngest::Outcome outcome =
        m_ingest.push(*caller, QByteArray::fromStdString(req.body));
    if (outcome.status != 200)
        return sendError(res, outcome.status, outcome.error, outcome.message);
    if (outcome.drop) {
        dropConnection(req);
        return;
    }
    sendJson(res, 200, outcome.body);
}

