#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk
{

class Database;
class Session;

// The jurisdiction check of services that are handed a person's row id (home
// visits, the timeline, the detail panel): a person outside the session's node
// is refused with a message that names nobody.
class ScopeGuard
{
    Q_DECLARE_TR_FUNCTIONS(ScopeGuard)
public:
    static bool allowsRecipient(const Database &db, const Session &session, qint64 recipientId,
                                QString *error = nullptr);
    // Documents of a whole node (archive, notice, printed or exported lists): the
    // node must be the session's own or below it.
    static bool allowsNode(const Database &db, const Session &session, const QString &nodeCode,
                           QString *error = nullptr);
};

} // namespace certdesk
