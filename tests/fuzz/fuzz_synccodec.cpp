// The desk's side of the sync protocol's JSON (docs/sync-protocol.md): a pull
// page ({"changes": [...], "next": N, "more": b}) applied by SyncJournal::applyPage
// (ChangeApplier, EventCodec, PersonState), and a push answer ({"results": [...]})
// stored by SyncJournal::recordResults (conflicts included). The first byte
// picks which; the rest is the server's body. Each input meets a fresh copy of
// a small demo store; afterwards the store must still be sound.
#include "evidence/evidencestore.h"
#include "fuzzcommon.h"
#include "fuzzstore.h"
#include "sync/protocolfields.h"
#include "sync/syncjournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 1 << 20)
        return -1;
    const bool pullPage = (data[0] & 1) == 0;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data + 1, size - 1));
    if (!doc.isObject())
        return 0; // SyncClient keeps only an object as the reply's JSON
    const QJsonObject body = doc.object();

    fuzz::FreshStore store;
    EvidenceStore evidence(fuzz::scratch() + QStringLiteral("/evidence"));
    SyncJournal journal(store.db(), store.profile(), evidence);
    QString error;
    SyncReport report;
    if (pullPage) {
        // As SyncRun::pull: a page without its array or cursor is refused whole.
        if (!body.value(ProtocolField::changes).isArray() ||
            !body.value(ProtocolField::next).isDouble())
            return 0;
        const qint64 before = journal.cursor();
        const qint64 next = body.value(ProtocolField::next).toInteger(before);
        const bool applied =
            journal.applyPage(body.value(ProtocolField::changes).toArray(), next, &error);
        if (!applied) {
            FUZZ_ASSERT(!error.isEmpty());
            FUZZ_ASSERT(journal.cursor() == before); // all or nothing
        }
    } else {
        // Answers for the events a push sent (three fixed UUIDs, see the seeds).
        QList<SyncJournal::Pending> items;
        for (const char *uuid :
             {"00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
              "00000000-0000-4000-8000-000000000003"})
            items.append({QString::fromLatin1(uuid), SyncJournal::Pending::Source::Check});
        if (!journal.recordResults(items, body.value(ProtocolField::results).toArray(), report,
                                   &error))
            FUZZ_ASSERT(!error.isEmpty());
    }
    QSqlQuery q(store.db().connection());
    FUZZ_ASSERT(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    FUZZ_ASSERT(!q.next());
    return 0;
}
