#include "jurisdictionrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdesk
{

bool JurisdictionRepository::insert(const JurisdictionNode &node, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO jurisdiction(code, parent_code, level, name) VALUES(?, ?, ?, ?)"));
    q.addBindValue(node.code);
    q.addBindValue(node.parentCode.isEmpty() ? QVariant() : QVariant(node.parentCode));
    q.addBindValue(node.level);
    q.addBindValue(node.name);
    if (q.exec())
        return true;
    if (error)
        *error = tr("Cannot save jurisdiction %1 (%2): %3")
                     .arg(node.name, node.code, q.lastError().text());
    return false;
}

QHash<QString, QString> JurisdictionRepository::names() const
{
    QHash<QString, QString> out;
    for (const JurisdictionNode &n : all())
        out.insert(n.code, n.name);
    return out;
}

QList<JurisdictionNode> JurisdictionRepository::all() const
{
    QList<JurisdictionNode> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT code, coalesce(parent_code, ''), level, name FROM jurisdiction "
                          "ORDER BY level, code"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                    q.value(3).toString()});
    return out;
}

std::optional<JurisdictionNode> JurisdictionRepository::find(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT code, coalesce(parent_code, ''), level, name FROM jurisdiction WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return JurisdictionNode{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                            q.value(3).toString()};
}

QHash<QString, qint64> JurisdictionRepository::recipientCountsByCommunity() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Per community, using the (community_code, period_end) index as a covering scan.
    q.exec(QStringLiteral("SELECT community_code, count(*) FROM recipient "
                          "GROUP BY community_code"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QString JurisdictionRepository::scopeColumn(int level)
{
    switch (level) {
    case JurisdictionNode::District:
        return QStringLiteral("district_code");
    case JurisdictionNode::Street:
        return QStringLiteral("street_code");
    default:
        return QStringLiteral("community_code");
    }
}

} // namespace certdesk
