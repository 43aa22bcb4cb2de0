#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <map>

namespace certdesk
{

// Events as they travel (docs/sync-protocol.md, "Event kinds") and as they are
// stored here: one table of JSON key <-> column per kind, used both to write a
// pending event into a push and to insert an event pulled from another device,
// so the two directions cannot drift apart.
class EventCodec
{
public:
    // Statements are prepared on first use and reused: a push reads hundreds of
    // events, a page applies thousands.
    explicit EventCodec(const QSqlDatabase &connection);
    ~EventCodec();

    enum class Kind { Verification, Lifecycle };
    static QString kindKey(Kind kind); // "verification", "lifecycle"

    // The hash of the bytes that will be uploaded for a piece of evidence (its
    // original, or its archive copy when the original is not kept); empty when
    // the file is not here.
    using ContentOf = std::function<QString(const QString &sha256, bool hasOriginal)>;

    // The event `uuid` of `kind` from the local tables, with its person's ID
    // number and (verification) its evidence list. Empty with *error on failure.
    QJsonObject read(Kind kind, const QString &uuid, const ContentOf &contentOf, QString *error);

    // Inserts a pulled event (not already stored) for the local person
    // `recipientId`, with its evidence rows (files not here: has_original 0).
    bool insert(Kind kind, const QJsonObject &event, qint64 recipientId, QString *error);

private:
    // A big-data certification of a batch this desk imported carries the batch's
    // size and approvals (the server checks them, GD 9). False with *error.
    bool addImportBatch(QJsonObject &event, QString *error);
    QSqlQuery &statement(const QString &key, const std::function<QString()> &sql);

    QSqlDatabase m_connection;
    std::map<QString, QSqlQuery> m_statements;
};

} // namespace certdesk
