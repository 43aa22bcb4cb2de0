#pragma once
// Shared by the sync tests: conflicts as a pull would have stored them.
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

using namespace certdesk;

namespace synctest
{

struct Person {
    qint64 id = 0;
    QString idNumber;
    QString name;
    QString street;
    QString community;
};

// The first person (by id) of a community other than those in `skip`.
inline Person personOutside(const Database &db, const QStringList &skipCommunities,
                            const QString &street = QString())
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT id, id_number, name, street_code, community_code FROM recipient ORDER BY id"));
    while (q.next()) {
        Person p{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString(), q.value(4).toString()};
        if (!skipCommunities.contains(p.community) && (street.isEmpty() || p.street == street))
            return p;
    }
    return {};
}

// A sync_conflict row with two values (the older first, as the server sends them).
inline bool insertConflict(const Database &db, const QString &id, const QString &type,
                           const Person &person, const QString &field, const QString &older,
                           const QString &newer, const QString &state = QStringLiteral("open"),
                           qint64 seq = 1)
{
    QJsonArray values;
    values.append(QJsonObject{{QStringLiteral("value"), older},
                              {QStringLiteral("at"), QStringLiteral("2026-11-02T09:00:00.000Z")},
                              {QStringLiteral("uuid"), QStringLiteral("%1-a").arg(id)},
                              {QStringLiteral("device"), QStringLiteral("device-a")}});
    values.append(QJsonObject{{QStringLiteral("value"), newer},
                              {QStringLiteral("at"), QStringLiteral("2026-11-03T10:00:00.000Z")},
                              {QStringLiteral("uuid"), QStringLiteral("%1-b").arg(id)},
                              {QStringLiteral("device"), QStringLiteral("device-b")}});
    const QJsonObject detail{{QStringLiteral("id"), id},
                             {QStringLiteral("type"), type},
                             {QStringLiteral("idNumber"), person.idNumber},
                             {QStringLiteral("field"), field},
                             {QStringLiteral("values"), values},
                             {QStringLiteral("state"), state}};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_conflict(id, type, id_number, recipient_id, field, event_uuid, "
        "other_uuid, detail, state, seq) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(id), QVariant(type), QVariant(person.idNumber), QVariant(person.id),
          field.isEmpty() ? QVariant() : QVariant(field), QVariant(QStringLiteral("%1-b").arg(id)),
          QVariant(QStringLiteral("%1-a").arg(id)),
          QVariant(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))),
          QVariant(state), QVariant(seq)})
        q.addBindValue(v);
    return q.exec();
}

inline qint64 count(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace synctest
