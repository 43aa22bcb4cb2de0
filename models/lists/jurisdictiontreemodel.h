#pragma once

#include "store/jurisdictionrepository.h"
#include "store/ledgerquery.h"

#include <QStandardItemModel>

namespace certdesk
{

class Database;

// The jurisdiction tree (district -> street -> community) with the number of
// recipients under each node.
class JurisdictionTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { CodeRole = Qt::UserRole + 1, LevelRole, CountRole };

    explicit JurisdictionTreeModel(const Database &db, QObject *parent = nullptr);
    // Shows only this node and what lies below it (the user's node); empty: all.
    void setRootCode(const QString &code) { m_rootCode = code; }
    void reload();
    QModelIndex indexForCode(const QString &code) const;
    static Scope scopeOf(const QModelIndex &index);

private:
    const Database &m_db;
    QString m_rootCode;
};

} // namespace certdesk
