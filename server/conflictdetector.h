#pragma once

#include "pushcontext.h"
#include "upstreamstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace certdesk
{

// The three conflicts of docs/sync-protocol.md ("Conflicts"), found by
// comparing a pushed verification event with what the server holds for the
// person. The server never decides one: it stores the event all the same and
// hands the disagreement to a supervisor.
class ConflictDetector
{
public:
    // The conflicts `event` raises (as protocol JSON, state "open") against
    // what the server holds for the person (PushContext). `device` is the
    // pushing device, `since` the push's cursor.
    static QList<QJsonObject> detect(const QJsonObject &event, const PersonOnServer &person,
                                     const QString &device, qint64 since);
    // When an event happened, for ordering the two sides of a conflict.
    static QString eventTime(const QJsonObject &event);
    // The contact fields of the protocol, the only fields a `contact-field`
    // conflict (and a decision on it) can name (issue 16 point 5).
    static const QStringList &contactFields();
    // A stored conflict row as protocol JSON. Columns: id, type, id_number,
    // field, event_uuid, other_uuid, conflict_values, state, decision,
    // chosen_value, decided_by, decided_at, note.
    static QJsonObject fromRow(const QSqlQuery &q);
    static QString selectColumns();
    // Stores conflicts in multi-row statements.
    static bool store(QSqlDatabase &db, const QList<QJsonObject> &conflicts, QString *error);
};

} // namespace certdesk
