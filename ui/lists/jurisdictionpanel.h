#pragma once

#include "store/ledgerquery.h"

#include <QWidget>

class QTreeView;

namespace certdesk
{

class Database;
class JurisdictionTreeModel;

// The jurisdiction tree: district -> streets -> communities, with recipient counts.
class JurisdictionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JurisdictionPanel(const Database &db, QWidget *parent = nullptr);
    void reload();
    // Shows only this node and below (the signed-in user's node); reloads.
    void setRootCode(const QString &code);
    // Selects the node with this code (or the first district when unknown).
    void selectCode(const QString &code);
    QString currentCode() const;
    // The top node shown (the user's own node; the first district for the whole file).
    QString rootCode() const;
    QString rootName() const;
    QTreeView *view() const { return m_view; }

signals:
    void scopeChanged(const Scope &scope, const QString &name);

private:
    JurisdictionTreeModel *m_model;
    QTreeView *m_view;
};

} // namespace certdesk
