#include "workspacechanges.h"

namespace certdesk
{

WorkspaceChanges::WorkspaceChanges(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<WorkspaceChange>();
}

void WorkspaceChanges::announce(const WorkspaceChange &change)
{
    emit changed(change);
}

void WorkspaceChanges::checksRecorded(const QList<qint64> &people)
{
    announce(
        {WorkspaceChange::People | WorkspaceChange::Counts | WorkspaceChange::SyncState, people});
}

void WorkspaceChanges::paymentsRecorded(const QList<qint64> &people)
{
    announce({WorkspaceChange::People | WorkspaceChange::Counts | WorkspaceChange::SyncState |
                  WorkspaceChange::Payments,
              people});
}

} // namespace certdesk
