#pragma once

// The simulated devices of bench_city (issue 19 point 2): each one a blocking
// cpp-httplib client on a thread of its own, speaking docs/sync-protocol.md to
// the real certdesk-upstream on loopback. No QtNetwork event loop: 200 of them
// would make the generator the bottleneck.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <mutex>

namespace certdesk::city
{

// Latencies by call type and the errors, from every device thread.
class Recorder
{
public:
    void add(const QString &call, double ms);
    void error(const QString &what);
    int errors() const;
    QStringList firstErrors() const;
    QHash<QString, QList<double>> latencies() const;
    qint64 requests() const; // every timed HTTP call (not the whole-sync entries)
    // A request sent again because its kept-alive connection had been closed.
    void resent();
    int resentCount() const { return m_resent; }

private:
    mutable std::mutex m_mutex;
    QHash<QString, QList<double>> m_ms;
    QStringList m_errors;
    int m_errorCount = 0;
    qint64 m_requests = 0;
    std::atomic<int> m_resent{0};
};

// Quantile q (0..1) of `values` (sorted in place); 0 when empty.
double quantile(QList<double> &values, double q);

struct Photo {
    QByteArray bytes;
    QString sha256;
    int width = 0, height = 0;
};

// A small JPEG unique to `seed` (block noise, about 20 KB).
Photo makePhoto(quint32 seed, int width = 320, int height = 240);

struct Endpoint {
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString password;
};

// Signs in (POST /v1/session) on a connection of its own, closed afterwards;
// the token, or empty after recording the error.
QString signIn(const Endpoint &at, const QString &user, const QString &device, Recorder &recorder);

// A community device's sync with its token: pull its community from `cursor`
// (0: the first sync of a device set up anew, about 1,670 changes; else the
// day's sync since the cursor its last sync kept, a handful), ask which photos
// the server lacks, upload them (in one batch; or one a request,
// parallelUploads at once, each further one on a connection of its own, as
// the desk's SyncRun sends 6 to a server without batches), push one check per
// photo (people of its own community, alive, home visit, today). The people
// pulled before are known to the device (its own store); `day` picks other
// people to check on another day. pullOnly: the pull alone (a device set up
// before the measured day).
struct CommunityDevice {
    QString user;
    QString device;
    QList<Photo> photos;
    int pageSize = 2000;
    int parallelUploads = 1;
    // The day's photos in one POST /v1/evidence/batch, as the desk sends them
    // to a server that has it; false: one PUT a photo (a server before it).
    bool batchUploads = true;
    qint64 cursor = 0;
    QStringList people;
    int day = 0;
    bool pullOnly = false;
};
struct CommunityOutcome {
    bool ok = false;
    qint64 pulled = 0;
    qint64 cursor = 0;       // after the pull
    QStringList people;      // the community's, known after the pull
    QStringList pushedUuids; // answered accepted (or conflict: stored too)
    QStringList uploaded;
};
CommunityOutcome runCommunity(const Endpoint &at, const CommunityDevice &device,
                              const QString &token, Recorder &recorder);

// A district or street desk: pull its scope from `cursor` (0: the whole scope)
// in pages of 5,000.
struct DeskOutcome {
    bool ok = false;
    qint64 pulled = 0;
    qint64 cursor = 0;
};
DeskOutcome runDesk(const Endpoint &at, const QString &user, const QString &token,
                    const QString &label, qint64 cursor, Recorder &recorder);

} // namespace certdesk::city
