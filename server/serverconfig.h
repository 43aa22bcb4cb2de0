#pragma once

#include <QHash>
#include <QString>

namespace certdesk
{

// The configuration file of an installed server (/etc/certdesk/upstream.conf):
// one "key = value" per line, '#' starts a comment line. The keys are the
// long options of the commands (db, listen, evidence, cert, key, threads), so
// `--config FILE` reads them and any option given on the command line wins.
namespace ServerConfig
{
// Adds the file's settings to *options where the command line did not set them;
// false with *error (naming the file and line) when it cannot be read or has an
// unknown key or a line that is not "key = value".
bool merge(const QString &path, QHash<QString, QString> *options, QString *error);
} // namespace ServerConfig

} // namespace certdesk
