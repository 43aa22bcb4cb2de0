#pragma once

#include "eventwriter.h"
#include "evidencevault.h"
#include "pushcontext.h"
#include "upstreamstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk
{

// Takes pushed events (POST /v1/events and imported outbox packages alike):
// one transaction per push, so a server stopped half-way keeps none of the
// batch and the retried batch is taken as new.
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
    // The event's canonical form (keys sorted, no spaces: QJsonDocument's
    // Compact) and its content hash, the SHA-256 of that form in hex.
    static QByteArray canonical(const QJsonObject &event);
    static QByteArray hashOf(const QByteArray &canonical);

private:
    struct Checked {
        QJsonObject answer;                    // without its seq when accepted
        std::optional<AcceptedEvent> accepted; // to be written
    };
    // Checks one well-formed event against what the server holds (and what the
    // push took before it); writes nothing.
    Checked check(PushContext &context, QSqlDatabase &db, const Caller &caller,
                  const QJsonObject &event, int index, qint64 since) const;
    // Writes one accepted event in its own savepoint (a decision, which can
    // still be refused, or every event of a push checked one by one); its
    // answer. *broken when even the savepoint fails.
    QJsonObject writeAlone(QSqlDatabase &db, const Caller &caller, AcceptedEvent &accepted,
                           const QJsonObject &answer, bool *stored, bool *broken) const;
    QJsonObject resolve(QSqlDatabase &db, const Caller &caller, const QJsonObject &event,
                        const ScopeCodes &codes, bool *stored, QString *error) const;

    const UpstreamStore &m_store;
    const EvidenceVault &m_vault;
};

} // namespace certdesk
