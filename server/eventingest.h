#pragma once

#include "evidencevault.h"
#include "upstreamstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk
{

// Who is pushing: from the token (HTTP) or from the package's device (USB).
struct Caller {
    QString user;
    QString displayName;
    QString role; // worker, supervisor, admin
    QString device;
    TokenScope scope;
};

// Takes pushed events (POST /v1/events and imported outbox packages alike):
// each in its own transaction, so a server stopped half-way keeps the events
// before the stop and the retried batch answers "duplicate" for them.
class EventIngest
{
public:
    EventIngest(const UpstreamStore &store, const EvidenceVault &vault);

    struct Outcome {
        int status = 200;
        QString error; // code when status != 200
        QString message;
        QJsonObject body;  // {"results": [...]}
        bool drop = false; // fault injection: leave the request unanswered
    };
    Outcome push(const Caller &caller, const QByteArray &body) const;
    Outcome push(const Caller &caller, const QJsonObject &body) const;

    static QByteArray contentHash(const QJsonObject &event);

private:
    QJsonObject ingestOne(QSqlDatabase &db, const Caller &caller, const QJsonValue &value,
                          qint64 since, bool *failed, QString *error) const;
    QJsonObject resolve(QSqlDatabase &db, const Caller &caller, const QJsonObject &event,
                        const ScopeCodes &codes, bool *stored, QString *error) const;

    const UpstreamStore &m_store;
    const EvidenceVault &m_vault;
};

} // namespace certdesk
