#include "scopeguard.h"

#include "session.h"
#include "store/database.h"
#include "store/jurisdictionrepository.h"
#include "store/recipient.h"

#include <QSqlQuery>

namespace certdesk
{

bool ScopeGuard::allowsRecipient(const Database &db, const Session &session, qint64 recipientId,
                                 QString *error)
{
    if (session.accessScope().code.isEmpty())
        return true;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT district_code, street_code, community_code FROM recipient WHERE id = ?"));
    q.addBindValue(recipientId);
    Recipient person;
    if (q.exec() && q.next()) {
        person.districtCode = q.value(0).toString();
        person.streetCode = q.value(1).toString();
        person.communityCode = q.value(2).toString();
        if (session.covers(person))
            return true;
    }
    // Unknown and out-of-scope ids get the same answer, so probing ids tells nothing.
    if (error)
        *error = session.outsideScope();
    return false;
}

bool ScopeGuard::allowsNode(const Database &db, const Session &session, const QString &nodeCode,
                            QString *error)
{
    const QString own = session.accessScope().code;
    if (own.isEmpty())
        return true;
    const JurisdictionRepository jurisdictions(db);
    // Up the tree from the node: the user's own node must be on the way.
    QString code = nodeCode;
    for (int depth = 0; depth < 8 && !code.isEmpty(); ++depth) {
        if (code == own)
            return true;
        const auto node = jurisdictions.find(code);
        code = node ? node->parentCode : QString();
    }
    if (error)
        *error = session.outsideScope();
    return false;
}

} // namespace certdesk
