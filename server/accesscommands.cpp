// Admin commands of issue 16: devices (list, --revoke, --rotate, --reassign),
// the server's audit trail, disabling and enabling users.
#include "accesstables.h"
#include "admincommands.h"
#include "commandsupport.h"
#include "devicebinding.h"

namespace certdesk
{

using namespace CommandSupport;

namespace
{
int listDevices(const UpstreamStore &store)
{
    QString error;
    QSqlDatabase db = store.connection(&error);
    QSqlQuery q(db);
    if (!execQuery(
            q,
            QStringLiteral("SELECT d.id, d.user_name, d.last_push_at, d.last_event_uuid, "
                           "d.events_total, d.last_pull_at, d.last_cursor, d.first_seen, "
                           "b.scope_code, b.revoked_at, b.key_made_at FROM device d LEFT JOIN "
                           "device_binding b ON b.device = d.id ORDER BY d.first_seen, d.id"),
            {}, &error)) {
        printError(error);
        return 1;
    }
    const auto orNull = [&q](int i) {
        return q.value(i).isNull() ? QJsonValue() : QJsonValue(q.value(i).toString());
    };
    QJsonArray list;
    while (q.next()) {
        list.append(
            QJsonObject{{QStringLiteral("device"), q.value(0).toString()},
                        {QStringLiteral("user"), q.value(1).toString()},
                        {QStringLiteral("lastPushAt"), orNull(2)},
                        {QStringLiteral("lastEventUuid"), orNull(3)},
                        {QStringLiteral("eventsTotal"), q.value(4).toLongLong()},
                        {QStringLiteral("lastPullAt"), orNull(5)},
                        {QStringLiteral("cursor"),
                         q.value(6).isNull() ? QJsonValue() : QJsonValue(q.value(6).toLongLong())},
                        {QStringLiteral("firstSeen"), q.value(7).toString()},
                        {QStringLiteral("node"), orNull(8)},
                        {QStringLiteral("revokedAt"), orNull(9)},
                        {QStringLiteral("keyMadeAt"), orNull(10)}});
    }
    printJson(list);
    return 0;
}
} // namespace

int AdminCommands::devices(const QHash<QString, QString> &o)
{
    auto store = openStore(o, {QStringLiteral("db")});
    if (!store)
        return 1;
    const QStringList actions{QStringLiteral("revoke"), QStringLiteral("rotate"),
                              QStringLiteral("reassign")};
    QString action;
    for (const QString &a : actions) {
        if (o.contains(a)) {
            if (!action.isEmpty()) {
                printError(QStringLiteral("--revoke, --rotate and --reassign go one at a time"));
                return 2;
            }
            action = a;
        }
    }
    if (action.isEmpty())
        return listDevices(*store);
    const QString device = o.value(action);
    if (action == QLatin1String("reassign") && o.value(QStringLiteral("user")).isEmpty()) {
        printError(QStringLiteral("--reassign DEVICE needs --user U"));
        return 2;
    }
    const int rc = writeTransaction(*store, [&](QSqlDatabase &db, QString *error) {
        if (action == QLatin1String("revoke"))
            return DeviceBinding::revoke(db, device, QStringLiteral("cli"), error);
        if (action == QLatin1String("rotate"))
            return DeviceBinding::rotate(db, device, QStringLiteral("cli"), error);
        return DeviceBinding::reassign(db, device, o.value(QStringLiteral("user")),
                                       QStringLiteral("cli"), error);
    });
    if (rc == 0)
        printJson(
            QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("done"), action}});
    return rc;
}

int AdminCommands::audit(const QHash<QString, QString> &o)
{
    auto store = openStore(o, {QStringLiteral("db")});
    if (!store)
        return 1;
    QString error;
    QSqlDatabase db = store->connection(&error);
    QSqlQuery q(db);
    if (!execQuery(
            q,
            QStringLiteral(
                "SELECT id, at, actor, action, target, detail FROM server_audit ORDER BY id"),
            {}, &error)) {
        printError(error);
        return 1;
    }
    QJsonArray list;
    while (q.next())
        list.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                {QStringLiteral("at"), q.value(1).toString()},
                                {QStringLiteral("actor"), q.value(2).toString()},
                                {QStringLiteral("action"), q.value(3).toString()},
                                {QStringLiteral("target"), q.value(4).toString()},
                                {QStringLiteral("detail"), q.value(5).toString()}});
    printJson(list);
    return 0;
}

int AdminCommands::setUserEnabled(const QHash<QString, QString> &o, bool enabled)
{
    auto store = openStore(o, {QStringLiteral("db"), QStringLiteral("user")});
    if (!store)
        return 1;
    const QString user = o.value(QStringLiteral("user"));
    const int rc = writeTransaction(*store, [&](QSqlDatabase &db, QString *error) {
        QSqlQuery q(db);
        if (!execQuery(q, QStringLiteral("SELECT 1 FROM users WHERE name = ?"), {user}, error))
            return false;
        if (!q.next()) {
            *error = QStringLiteral("%1 is not a user of this server").arg(user);
            return false;
        }
        if (!enabled) {
            // Disabling ends every token of the user at once.
            return execQuery(q,
                             QStringLiteral("INSERT INTO user_disabled (user_name, disabled_at) "
                                            "VALUES (?, ?) ON CONFLICT (user_name) DO NOTHING"),
                             {user, UpstreamStore::nowIso()}, error) &&
                   execQuery(q, QStringLiteral("DELETE FROM token WHERE user_name = ?"), {user},
                             error) &&
                   auditServer(db, QStringLiteral("cli"), QStringLiteral("user-disabled"), user,
                               QString(), error);
        }
        return execQuery(q, QStringLiteral("DELETE FROM user_disabled WHERE user_name = ?"), {user},
                         error) &&
               auditServer(db, QStringLiteral("cli"), QStringLiteral("user-enabled"), user,
                           QString(), error);
    });
    if (rc == 0)
        printJson(
            QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("enabled"), enabled}});
    return rc;
}

} // namespace certdesk
