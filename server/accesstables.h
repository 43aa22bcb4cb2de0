#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace certdesk
{

// The tables of issue 16 (devices bound to a user and node, the server's own
// audit trail, disabled users, duties, approvals made on the server, the profile
// of each region, who has shown to hold an evidence file). New tables only, so
// an older store gains them by UpstreamStore::createSchema() like any table.
QStringList accessTables(const QString &serialKey);

// The county's decisions on checks (GD 21-22), one per check, insert only
// (checkdecisionroutes.cpp).
QString checkDecisionTable();

// One row of the server's audit trail (append-only: the server never updates
// or deletes it). Runs inside the caller's transaction. `actor` is a signed-in
// user, or "cli" for an admin command on the server.
bool auditServer(QSqlDatabase &db, const QString &actor, const QString &action,
                 const QString &target, const QString &detail, QString *error);

} // namespace certdesk
