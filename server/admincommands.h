#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace certdesk
{

// The certdesk-upstream commands (serve and the admin tools). Each prints JSON
// or plain lines on stdout and returns the exit code; errors go to stderr as
// one clear sentence with a non-zero code.
namespace AdminCommands
{
int run(const QString &command, const QStringList &args);
QString usage();

// --name value pairs; false with *error on a stray argument.
bool parseOptions(const QStringList &args, QHash<QString, QString> *options, QString *error);
int loadRoster(const QHash<QString, QString> &options);
int importPackage(const QHash<QString, QString> &options);
int exportRoster(const QHash<QString, QString> &options);
} // namespace AdminCommands

} // namespace certdesk
