#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace certdesk
{

// Numbered schema migrations shipped as resources (:/sql/NNN_name.sql). The
// schema version is PRAGMA user_version; each step runs in its own
// BEGIN IMMEDIATE transaction together with the version bump, so a failed step
// leaves the file at the previous version.
class Migrations
{
public:
    static int latestVersion();
    // Statements of migration `version` (1-based), split on ";" at line ends.
    static QStringList statements(int version);
    // Applies migrations current+1 .. target. Returns false with *error set.
    static bool migrate(QSqlDatabase &db, int current, int target, QString *error);
};

} // namespace certdesk
