#include "jurisdictiontreemodel.h"

#include "store/ledgerquery.h"

#include <QHash>

namespace certdesk
{

JurisdictionTreeModel::JurisdictionTreeModel(const Database &db, QObject *parent)
    : QStandardItemModel(parent), m_db(db)
{
}

void JurisdictionTreeModel::reload()
{
    clear();
    setHorizontalHeaderLabels({tr("Jurisdiction"), tr("Recipients")});
    JurisdictionRepository repo(m_db);
    const QHash<QString, qint64> perCommunity = repo.recipientCountsByCommunity();
    const QList<JurisdictionNode> nodes = repo.all();
    QHash<QString, qint64> totals = perCommunity;
    // Sum children into parents, deepest level first.
    for (int level = JurisdictionNode::Community; level > JurisdictionNode::District; --level) {
        for (const JurisdictionNode &n : nodes) {
            if (n.level == level && !n.parentCode.isEmpty())
                totals[n.parentCode] += totals.value(n.code);
        }
    }
    QHash<QString, QStandardItem *> items;
    for (const JurisdictionNode &n : nodes) {
        // Parents come before children, so a node is shown when it is the root
        // or its parent is shown: nothing outside the user's node appears.
        const bool shown =
            m_rootCode.isEmpty() ? true : n.code == m_rootCode || items.contains(n.parentCode);
        if (!shown)
            continue;
        auto *name = new QStandardItem(n.name);
        name->setEditable(false);
        name->setData(n.code, CodeRole);
        name->setData(n.level, LevelRole);
        name->setData(totals.value(n.code), CountRole);
        name->setToolTip(n.code);
        auto *count = new QStandardItem(QString::number(totals.value(n.code)));
        count->setEditable(false);
        count->setData(n.code, CodeRole);
        count->setData(n.level, LevelRole);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QStandardItem *parent = n.code == m_rootCode
                                    ? invisibleRootItem()
                                    : items.value(n.parentCode, invisibleRootItem());
        parent->appendRow({name, count});
        items.insert(n.code, name);
    }
}

QModelIndex JurisdictionTreeModel::indexForCode(const QString &code) const
{
    const QModelIndexList hits =
        match(index(0, 0), CodeRole, code, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}

Scope JurisdictionTreeModel::scopeOf(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    return {index.data(LevelRole).toInt(), index.data(CodeRole).toString()};
}

} // namespace certdesk
