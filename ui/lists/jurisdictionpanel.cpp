#include "lists/jurisdictionpanel.h"

#include "lists/jurisdictiontreemodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace certdesk
{

JurisdictionPanel::JurisdictionPanel(const Database &db, QWidget *parent)
    : QWidget(parent), m_model(new JurisdictionTreeModel(db, this)), m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("jurisdictionTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Jurisdiction"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // The selection model survives reload(): the model is cleared, never replaced.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex name = current.siblingAtColumn(0);
                emit scopeChanged(JurisdictionTreeModel::scopeOf(name), name.data().toString());
            });
    reload();
}

void JurisdictionPanel::reload()
{
    const QString previous = currentCode();
    m_model->reload();
    m_view->expandToDepth(0);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    if (!previous.isEmpty())
        selectCode(previous);
}

void JurisdictionPanel::setRootCode(const QString &code)
{
    m_model->setRootCode(code);
    reload();
}

void JurisdictionPanel::selectCode(const QString &code)
{
    QModelIndex index = code.isEmpty() ? QModelIndex() : m_model->indexForCode(code);
    if (!index.isValid())
        index = m_model->index(0, 0);
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
}

QString JurisdictionPanel::rootCode() const
{
    return m_model->index(0, 0).data(JurisdictionTreeModel::CodeRole).toString();
}

QString JurisdictionPanel::rootName() const
{
    return m_model->index(0, 0).data().toString();
}

QString JurisdictionPanel::currentCode() const
{
    if (!m_view->selectionModel())
        return {};
    return m_view->currentIndex()
        .siblingAtColumn(0)
        .data(JurisdictionTreeModel::CodeRole)
        .toString();
}

} // namespace certdesk
