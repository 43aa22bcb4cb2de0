#pragma once

#include "upstreamstore.h"

#include <QJsonObject>
#include <QList>

namespace certdesk
{

// An event of a push that passed every check, waiting to be written.
struct AcceptedEvent {
    int index = 0; // in the push
    QString uuid;
    QString kind;
    QString idNumber;
    QString contentHash;
    QString receivedAt;
    ScopeCodes codes;
    QJsonObject event;
    QByteArray payload;           // `event` in its canonical form (EventIngest::canonical)
    QStringList contents;         // evidence files, each once
    QList<QJsonObject> conflicts; // those it raises
    qint64 seq = 0;               // its change, once written
};

// Writes accepted events with a few multi-row statements for all of them
// (issue 19 point 1): their changes (each event's, then its conflicts', in
// push order, so change numbers follow the push), the events, their evidence
// links, the conflicts and the device's counters. Runs inside the push's
// transaction; on failure nothing is rolled back here.
namespace EventWriter
{
bool write(QSqlDatabase &db, const Caller &caller, QList<AcceptedEvent> &events, QString *error);
} // namespace EventWriter

} // namespace certdesk
