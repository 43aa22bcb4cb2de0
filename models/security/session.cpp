#include "session.h"

#include "store/recipient.h"

#include <QSysInfo>

namespace certdesk
{

Session Session::commandLine()
{
    User cli;
    cli.username = QStringLiteral("cli");
    cli.displayName = QStringLiteral("certdesk-cli");
    cli.role = Role::DistrictAdministrator;
    cli.nodeLevel = 1; // with an empty code: the whole file
    cli.duties = {QStringLiteral("certify")};
    return Session(cli, QStringLiteral("cli"));
}

QString Session::machineName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown-host") : host;
}

bool Session::covers(const Recipient &person) const
{
    if (m_user.nodeCode.isEmpty())
        return true;
    switch (m_user.nodeLevel) {
    case 1:
        return person.districtCode == m_user.nodeCode;
    case 2:
        return person.streetCode == m_user.nodeCode;
    default:
        return person.communityCode == m_user.nodeCode;
    }
}

QString Session::outsideScope() const
{
    return tr("This person is outside your jurisdiction (%1); you cannot see or change their "
              "records.")
        .arg(m_user.nodeCode);
}

} // namespace certdesk
