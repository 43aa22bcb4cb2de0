#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace certdesk
{

class Database;

// A node of the three-level jurisdiction: district (区市) -> street (街道/乡镇)
// -> community (社区/村).
struct JurisdictionNode {
    enum Level { District = 1, Street = 2, Community = 3 };
    QString code;
    QString parentCode;
    int level = District;
    QString name;
};

class JurisdictionRepository
{
    Q_DECLARE_TR_FUNCTIONS(JurisdictionRepository)
public:
    explicit JurisdictionRepository(const Database &db) : m_db(db) {}

    bool insert(const JurisdictionNode &node, QString *error = nullptr) const;
    // All nodes, parents before children, each level ordered by code.
    QList<JurisdictionNode> all() const;
    // code -> name of every node: for showing a name where a row holds a code.
    QHash<QString, QString> names() const;
    std::optional<JurisdictionNode> find(const QString &code) const;
    // Recipients per community; street and district totals are sums of these.
    QHash<QString, qint64> recipientCountsByCommunity() const;
    // The column that scopes a recipient query to this level.
    static QString scopeColumn(int level);

private:
    const Database &m_db;
};

} // namespace certdesk
