#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>

namespace certdesk
{

// What a committed change touched, announced once per change so that every view
// updates once: a view that cares about several kinds still gets one signal.
struct WorkspaceChange {
    enum Kind {
        People = 0x1,    // these people's records (checks, visits, lifecycle steps, imports)
        Counts = 0x2,    // list membership and band counts
        SyncState = 0x4, // the outbox, conflicts or the last sync
        Payments = 0x8,  // benefit status of these people (lifecycle and payment steps)
    };
    Q_DECLARE_FLAGS(Kinds, Kind)

    Kinds kinds;
    QList<qint64> people; // row ids; empty with People means "many, reload everything"

    bool has(Kind kind) const { return kinds.testFlag(kind); }
    // Whether this change concerns one person (always true for "many").
    bool concerns(qint64 recipientId) const
    {
        return has(People) && (people.isEmpty() || people.contains(recipientId));
    }
};
Q_DECLARE_OPERATORS_FOR_FLAGS(WorkspaceChange::Kinds)

// The Workspace's announcer (docs/decisions.md, "One way in"): services announce
// here after they commit, and the window's lists, counts, detail panel,
// dashboard and status bar follow it instead of being refreshed by hand.
class WorkspaceChanges : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceChanges(QObject *parent = nullptr);

    // Called by the service that committed the change, on the GUI thread.
    void announce(const WorkspaceChange &change);
    // A check, correction or batch pass of these people: their records, the lists
    // they move between and the outbox.
    void checksRecorded(const QList<qint64> &people);
    // A lifecycle or payment step: benefit status, lists and the outbox.
    void paymentsRecorded(const QList<qint64> &people);

signals:
    void changed(const WorkspaceChange &change);
};

} // namespace certdesk

Q_DECLARE_METATYPE(certdesk::WorkspaceChange)
