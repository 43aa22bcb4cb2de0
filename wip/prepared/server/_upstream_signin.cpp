void UpstreamServer::signIn(const httplib::Request &req, httplib::Response &res) const
{
    const auto body = parseObject(req, res);
    if (!body)
        return;
    for (const char *field : {"user", "password", "device"}) {
        if (!body->value(QLatin1String(field)).isString() ||
            body->value(QLatin1String(field)).toString().isEmpty())
            return sendError(
                res, 400, QStringLiteral("malformed-json"),
                QStringLiteral("%1: missing or not a string.").arg(QLatin1String(field)));
    }
    const QString user = body->value(QStringLiteral("user")).toString();
    const QString device = body->value(QStringLiteral("device")).toString();
    if (!isDeviceId(device) || user.size() > 128)
        return sendError(res, 400, QStringLiteral("malformed-json"),
                         QStringLiteral("device: 1 to 128 letters, digits or . _ : -"));
    // Throttled per user name and per address, before any hashing.
    const QString address = QString::fromStdString(req.remote_addr);
    if (const int wait = m_signIns.retryAfter(user, address); wait > 0) {
        res.set_header("Retry-After", std::to_string(wait));
        return sendError(res, 429, QStringLiteral("too-many-attempts"),
                         QStringLiteral("Too many failed sign-ins; try again in %1 seconds.")
                             .arg(wait));
    }
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    if (!db.isValid())
        return sendError(res, 503, QStringLiteral("unavailable"),
                         Redaction::storeFailure(QStringLiteral("sign-in"), error));
    QSqlQuery q(db);
    if (!execQuery(q,
                   QStringLiteral("SELECT password_hash, display_name, role, scope_code FROM "
                                  "users WHERE name = ? AND NOT EXISTS (SELECT 1 FROM "
                                  "user_disabled d WHERE d.user_name = users.name)"),
                   {user}, &error))
        return sendError(res, 500, QStringLiteral("server-error"),
                         Redaction::storeFailure(QStringLiteral("sign-in"), error));
    // An unknown or disabled user costs one hash too, and answers the same.
    const bool known = q.next();
    const QByteArray stored = known ? q.value(0).toString().toUtf8() : QByteArray();
    if (!m_signIns.verify(stored, body->value(QStringLiteral("password")).toString())) {
        m_signIns.failed(user, address);
        return sendError(res, 401, QStringLiteral("bad-credentials"),
                         QStringLiteral("Wrong user name or password."));
    }
    m_signIns.succeeded(user);
    const QString displayName = q.value(1).toString();
    const QString role = q.value(2).toString();
    const auto scope = UpstreamStore::scopeOf(db, q.value(3).toString());
    if (!scope)
        return sendError(res, 403, QStringLiteral("outside-scope"),
                         QStringLiteral("The user's node is not in the jurisdiction tree."));
    QByteArray publicKey, secretKey;
    if (!serverKeyPair(m_store, &publicKey, &secretKey, &error))
        return sendError(res, 500, QStringLiteral("server-error"),
                         Redaction::storeFailure(QStringLiteral("sign-in"), error));

    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QString token = QString::fromLatin1(raw.toHex());
    const QString expiresAt =
        QDateTime::currentDateTimeUtc().addSecs(TokenHours * 3600).toString(Qt::ISODateWithMs);
    QString deviceKey;
    {
        std::lock_guard<std::mutex> lock(UpstreamStore::writeMutex());
        if (!m_store.begin(db, &error))
            return sendError(res, 503, QStringLiteral("unavailable"),
                             Redaction::storeFailure(QStringLiteral("sign-in"), error));
        const auto failed = [&]() {
            UpstreamStore::rollback(db);
            sendError(res, 500, QStringLiteral("server-error"),
                      Redaction::storeFailure(QStringLiteral("sign-in"), error));
        };
        // The device belongs to the user it was first bound to (devicebinding.h).
        const auto binding = DeviceBinding::signIn(db, device, user, scope->code, &error);
        if (!binding)
            return failed();
        if (!binding->allowed) {
            // The refusal is audited: commit that entry, then refuse.
            if (!UpstreamStore::commit(db, &error))
                return failed();
            return sendError(res, binding->status, binding->code, binding->message);
        }
        deviceKey = binding->deviceKey;
        // Expired tokens are of no use to anyone; sign-ins sweep them.
        if (!execQuery(q, QStringLiteral("DELETE FROM token WHERE expires_at < ?"),
                       {UpstreamStore::nowIso()}, &error))
            return failed();
        if (!execQuery(q,
                       QStringLiteral("INSERT INTO token (token_hash, user_name, device, "
                                      "expires_at) VALUES (?, ?, ?, ?)"),
                       {hashToken(token), user, device, expiresAt}, &error))
            return failed();
        if (!UpstreamStore::commit(db, &error))
            return failed();
    }
    QJsonObject answer{{ProtocolField::token, token},
                       {QStringLiteral("expiresAt"), expiresAt},
                       {ProtocolField::user, user},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("role"), role},
                       {ProtocolField::scope, QJsonObject{{ProtocolField::code, scope->code},
                                                          {ProtocolField::level, scope->level},
                                                          {ProtocolField::name, scope->name}}},
                       {ProtocolField::serverKey, QString::fromLatin1(publicKey.toBase64())},
                       {QStringLiteral("protocol"), 1}};
    // The device key goes out once: at the first sign-in and after a rotation
    // or re-assignment. A client keeps the one it has.
    if (!deviceKey.isEmpty())
        answer.insert(ProtocolField::deviceKey, deviceKey);
    sendJson(res, 200, answer);
}

