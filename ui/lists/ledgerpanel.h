#pragma once

#include "lists/bandcounter.h"
#include "store/ledgerquery.h"

#include <QDate>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabBar;
class QTableView;
class QTimer;
class QToolButton;

namespace certdesk
{

class Database;
class RecipientListModel;
class WorkspaceChanges;

// The work lists of the selected node as tabs (each with its count), a search
// field, and the table of the current list.
class LedgerPanel : public QWidget
{
    Q_OBJECT
public:
    LedgerPanel(const Database &db, const QDate &today, QWidget *parent = nullptr);

    void setScope(const Scope &scope, const QString &name);
    void showList(Ledger list);
    Ledger currentList() const;
    // Runs a search in the current node (empty text returns to the last list).
    void search(const QString &text);
    // Opens the people behind a dashboard count in the "Dashboard" tab.
    void showDrillDown(const LedgerQuery::DrillDown &drill, const QString &title);
    void refresh();
    // Reloads the list and its counts once for each committed change of people or
    // counts (a check, a reminder, an import, a payment step).
    void follow(WorkspaceChanges *changes);
    void focusSearch();
    // The widest node the user may search (the tree's top): a search in a node
    // below it offers "search all of <name>" (Ctrl+Shift+F).
    void setWidestScope(const QString &code, const QString &name);
    QToolButton *searchEverywhereButton() const { return m_everywhere; }
    // The same as the button, for the window's menu: enabled while the button shows.
    QAction *searchEverywhereAction() const { return m_everywhereAction; }

    QTabBar *tabBar() const { return m_tabs; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // Payment status filter (normal, failed, suspended, stopped, sealed); first entry = everyone.
    QComboBox *statusFilter() const { return m_statusFilter; }
    RecipientListModel *model() const { return m_model; }
    Scope scope() const { return m_scope; }
    QString scopeName() const { return m_scopeName; }
    // The signed-in user's node: lists, searches and counts never go beyond it.
    void setAccessLimit(const Scope &limit);
    // The count shown for a list, -1 while still counting.
    qint64 shownCount(Ledger list) const { return m_counts.value(list, -1); }

signals:
    // The person chosen in the list; 0 when the person shown left the list.
    void recipientSelected(qint64 id);
    // A committed change moved the person shown (`id`) out of the list: the detail
    // keeps them, with a note (issue 17), rather than clearing what was just saved.
    void shownPersonLeftList(qint64 id, const QString &listName);
    void countsUpdated();
    // "Search all of ...": the window selects the widest node; the search stays.
    void searchEverywhereRequested();

private:
    void reloadList();
    // After a reload: the person shown stays selected when still in the list, and
    // the detail is cleared (recipientSelected(0)) when they are not.
    void followSelection(const LedgerQuery &query, qint64 shown);
    void updateTabTexts();
    void updateSummary();
    int tabIndexOf(Ledger list) const;
    // Adds or removes the Search or DrillDown tab; returns its index or -1.
    int showExtraTab(Ledger list, bool shown);

    const Database &m_db;
    QDate m_today;
    Scope m_scope;
    QString m_scopeName;
    QString m_searchText;
    LedgerQuery::DrillDown m_drill;
    QString m_drillTitle;
    Ledger m_lastList = Ledger::Within1;
    LedgerCounts m_counts;
    Scope m_limit; // the user's node
    BandCounter m_counter;
    RecipientListModel *m_model;
    QTabBar *m_tabs;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    qint64 m_selected = 0; // the person last announced by recipientSelected()
    bool m_reselecting = false;
    bool m_keepShown = false;    // reloading for a committed change, not for the user's choice
    qint64 m_filteredCount = -1; // the current list with the status filter, capped
    QLabel *m_summary;
    QToolButton *m_everywhere;
    QAction *m_everywhereAction;
    QString m_widestCode;
    QString m_widestName;
    QTimer *m_searchDelay;
};

} // namespace certdesk
