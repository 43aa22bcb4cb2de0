// certdesk-upstream: the reference upstream server of docs/sync-protocol.md and
// its admin commands. See AdminCommands::usage().
#include "admincommands.h"

#include <QCoreApplication>
#include <cstdio>

using namespace certdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-upstream"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("help")) {
        std::fputs(qPrintable(AdminCommands::usage()), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.takeFirst();
    return AdminCommands::run(command, args);
}
