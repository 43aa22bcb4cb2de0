import sys
p = sys.argv[1]
s = open(p).read()
def rep(old, new, count=1):
    global s
    if s.count(old) != count:
        raise SystemExit('pattern count %d != %d: %r' % (s.count(old), count, old[:80]))
    s = s.replace(old, new)

rep('#include "conflictdetector.h"\n', '#include "conflictdetector.h"\n#include "pushedeventrules.h"\n#include "redaction.h"\n')
rep('''        if (!e.value(ProtocolField::contact).isUndefined() &&
            !e.value(ProtocolField::contact).isObject())
            return QStringLiteral("contact: not an object");
''', '''        if (!e.value(ProtocolField::contact).isUndefined() &&
            !e.value(ProtocolField::contact).isObject())
            return QStringLiteral("contact: not an object");
        // Only the contact fields of the protocol: a decision on a conflict
        // writes its field into the person's row (issue 16 point 5).
        const QJsonObject contact = e.value(ProtocolField::contact).toObject();
        for (auto it = contact.begin(); it != contact.end(); ++it) {
            if (!ConflictDetector::contactFields().contains(it.key()))
                return QStringLiteral("contact: '%1' is not a contact field (%2)")
                    .arg(it.key().left(40),
                         ConflictDetector::contactFields().join(QStringLiteral(", ")));
            if (!it.value().isString())
                return QStringLiteral("contact: %1 is not text").arg(it.key());
        }
''')
# push(): redact 500/503 messages
rep('''    if (!db.isValid())
        return {503, QStringLiteral("unavailable"), error, {}, false};
''', '''    if (!db.isValid())
        return {503, QStringLiteral("unavailable"),
                Redaction::storeFailure(QStringLiteral("push"), error), {}, false};
''')
rep('''    if (!m_store.begin(db, &error))
        return {503, QStringLiteral("unavailable"), error, {}, false};
''', '''    if (!m_store.begin(db, &error))
        return {503, QStringLiteral("unavailable"),
                Redaction::storeFailure(QStringLiteral("push"), error), {}, false};
''')
rep('''        if (failed) {
            UpstreamStore::rollback(db);
            return {500, QStringLiteral("server-error"), error, {}, false};
        }''', '''        if (failed) {
            UpstreamStore::rollback(db);
            return {503, QStringLiteral("unavailable"),
                    Redaction::storeFailure(QStringLiteral("push"), error), {}, false};
        }''')
rep('''    if (!UpstreamStore::commit(db, &error))
        return {500, QStringLiteral("server-error"), error, {}, false};''', '''    if (!UpstreamStore::commit(db, &error))
        return {503, QStringLiteral("unavailable"),
                Redaction::storeFailure(QStringLiteral("push"), error), {}, false};''')
# ingestOne: per-event store failures reject that event alone
rep('''    // Runs inside the push's transaction: a savepoint per event, so a refused
    // event leaves nothing while the accepted ones around it stay.
    const auto fail = [&]() {
        *failed = true;
        return QJsonObject();
    };
    if (!savepoint(db, QStringLiteral("SAVEPOINT event"), error)) {
        *failed = true;
        return {};
    }''', '''    // Runs inside the push's transaction: a savepoint per event, so a refused
    // event leaves nothing while the accepted ones around it stay. A store
    // failure on one event is that event's answer (retry later), never the
    // whole push's (issue 16 point 6).
    if (!savepoint(db, QStringLiteral("SAVEPOINT event"), error)) {
        *failed = true;
        return {};
    }
    const auto fail = [&]() {
        undo(db);
        Redaction::storeFailure(QStringLiteral("push of one event"), *error);
        error->clear();
        QJsonObject r = rejected(uuid, QStringLiteral("server-error"),
                                 QStringLiteral("The server could not store this event; it is "
                                                "sent again with the next sync."));
        r.insert(ProtocolField::retryable, true);
        return r;
    };''')
rep('''    const auto codes = UpstreamStore::personCodes(db, idNumber);
    if (!codes) {
        undo(db);
        return rejected(uuid, QStringLiteral("unknown-person"),
                        QStringLiteral("%1 is not on the roster").arg(idNumber));
    }
    if (!caller.scope.contains(*codes)) {
        undo(db);
        return rejected(uuid, QStringLiteral("outside-scope"),
                        QStringLiteral("%1 is outside %2").arg(idNumber, caller.scope.code));
    }''', '''    // One answer for a person the server does not know and one outside the
    // caller's jurisdiction: a push is no way to learn who draws a pension
    // elsewhere (issue 16 point 6). The ID number is masked.
    const auto codes = UpstreamStore::personCodes(db, idNumber);
    if (!codes || !caller.scope.contains(*codes)) {
        undo(db);
        return rejected(uuid, QStringLiteral("unknown-person"),
                        QStringLiteral("%1 is not on the roster of your jurisdiction")
                            .arg(Redaction::maskIdNumbers(idNumber)));
    }''')
rep('''    QStringList contents;
    QJsonArray missing;''', '''    // The desk's rules (issue 16 point 1), before any file is asked for.
    const QString broken = PushedEventRules::problem(db, caller, e, *codes, error);
    if (!error->isEmpty())
        return fail();
    if (!broken.isEmpty()) {
        undo(db);
        return rejected(uuid, QStringLiteral("invalid"), Redaction::maskIdNumbers(broken));
    }
    QStringList contents;
    QJsonArray missing;''')
rep('''        if (!m_vault.isComplete(db, content))
            missing.append(content);''', '''        if (!m_vault.heldFor(db, caller, content))
            missing.append(content);''')
# resolve(): by/at from token and clock, value one of the sides
rep('''    if (decision == QLatin1String("use-date") &&
        !QDate::fromString(value.toString(), Qt::ISODate).isValid())
        return rejected(uuid, QStringLiteral("invalid"),
                        QStringLiteral("value: not a date (YYYY-MM-DD)"));

    const QString by = e.value(ProtocolField::by).toString().isEmpty()
                           ? caller.user
                           : e.value(ProtocolField::by).toString();
    const QString at = e.value(ProtocolField::at).toString().isEmpty()
                           ? UpstreamStore::nowIso()
                           : e.value(ProtocolField::at).toString();''', '''    if (decision == QLatin1String("use-date") &&
        !QDate::fromString(value.toString(), Qt::ISODate).isValid())
        return rejected(uuid, QStringLiteral("invalid"),
                        QStringLiteral("value: not a date (YYYY-MM-DD)"));
    if (decision.startsWith(QLatin1String("use-"))) {
        // The value kept is one of the two sides, nothing else (issue 16 point 5).
        QStringList sides;
        for (const QJsonValue &side : conflict.value(ProtocolField::values).toArray()) {
            QString v = side.toObject().value(ProtocolField::value).toString();
            if (decision == QLatin1String("use-date") && v.startsWith(QLatin1String("deceased ")))
                v = v.mid(9);
            sides.append(v);
        }
        if (!sides.contains(value.toString()))
            return rejected(uuid, QStringLiteral("invalid"),
                            QStringLiteral("value: a decision keeps one of the conflict's two "
                                           "values"));
        if (decision == QLatin1String("use-value") &&
            !ConflictDetector::contactFields().contains(
                conflict.value(QStringLiteral("field")).toString()))
            return rejected(uuid, QStringLiteral("invalid"),
                            QStringLiteral("field: not a contact field"));
    }
    // Who decided and when: the signed-in user and the server's clock; the
    // event's own `by` and `at` are not taken.
    const QString by = caller.user;
    const QString at = UpstreamStore::nowIso();''')
open(p, 'w').write(s)
