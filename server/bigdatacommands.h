#pragma once

#include <QHash>
#include <QString>

namespace certdesk
{

// certdesk-upstream's big-data commands: ingest-bigdata (a comparison file into
// bigdata changes, and for every qualified result a big-data certification event
// that the desks pull like any check) and approve-bigdata (GD 9's two-level
// approval of a capped batch, the last approval applies it).
namespace BigDataCommands
{
int ingest(const QHash<QString, QString> &options);
int approve(const QHash<QString, QString> &options);
} // namespace BigDataCommands

} // namespace certdesk
