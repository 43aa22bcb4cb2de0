#include "lists/ledgerpanel.h"

#include "domain/benefitlifecycle.h"
#include "lists/columnfit.h"
#include "lists/recipientlistmodel.h"
#include "store/database.h"
#include "workspace/workspacechanges.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace certdesk
{

namespace
{
constexpr int SearchCap = 10000;
}

LedgerPanel::LedgerPanel(const Database &db, const QDate &today, QWidget *parent)
    : QWidget(parent), m_db(db), m_today(today), m_counter(db),
      m_model(new RecipientListModel(db, this)), m_tabs(new QTabBar(this)),
      m_table(new QTableView(this)), m_search(new QLineEdit(this)),
      m_statusFilter(new QComboBox(this)), m_summary(new QLabel(this)),
      m_everywhere(new QToolButton(this)), m_everywhereAction(new QAction(this)),
      m_searchDelay(new QTimer(this))
{
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any payment status"));
    for (BenefitStatus s : BenefitLifecycle::statuses())
        m_statusFilter->addItem(BenefitLifecycle::displayName(s), BenefitLifecycle::key(s));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { reloadList(); });

    m_tabs->setObjectName(QStringLiteral("ledgerTabs"));
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    // Nine lists (the ninth: lost eligibility) fit a normal window; a narrower one
    // scrolls the tabs rather than growing past the screen.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    for (Ledger w : Ledgers::tabs()) {
        const int i = m_tabs->addTab(Ledgers::shortName(w));
        m_tabs->setTabData(i, int(w));
        m_tabs->setTabToolTip(i, Ledgers::displayName(w));
    }
    // The search and the people behind a dashboard count get a tab while shown
    // (showExtraTab).

    m_search->setObjectName(QStringLiteral("searchField"));
    // Short enough to be read whole at 1366x768 (issue 17: it was cut); the full
    // sentence and the shortcut are in the tooltip.
    m_search->setPlaceholderText(tr("Name, initials, ID number or its last four"));
    m_search->setToolTip(
        tr("Search: ID number or its last four, name or pinyin initials (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(
        m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows for batch pass
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row height and no ResizeToContents: both are quadratic on big lists.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_summary->setObjectName(QStringLiteral("listSummary"));
    // Wrapped: a long search or node name must not widen the panel, which made
    // the splitter squeeze the tree and the detail panel (issue 17).
    m_summary->setWordWrap(true);
    m_everywhere->setObjectName(QStringLiteral("searchEverywhere"));
    m_everywhere->setVisible(false);
    // One action for the button and the window's View menu, which shows its key.
    m_everywhereAction->setObjectName(QStringLiteral("searchEverywhereAction"));
    m_everywhereAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_everywhereAction->setEnabled(false);
    m_everywhere->setDefaultAction(m_everywhereAction);
    connect(m_everywhereAction, &QAction::triggered, this, &LedgerPanel::searchEverywhereRequested);

    // Every list's count stays visible at a glance: the tabs have a row of their own.
    auto *second = new QHBoxLayout;
    second->addWidget(m_summary, 1);
    second->addWidget(m_everywhere);
    second->addWidget(m_statusFilter);
    second->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addLayout(second);
    layout->addWidget(m_table, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        const auto w = Ledger(m_tabs->tabData(index).toInt());
        if (w != Ledger::Search && w != Ledger::DrillDown) {
            m_lastList = w;
            if (!m_searchText.isEmpty()) {
                m_searchText.clear();
                const QSignalBlocker block(m_search);
                m_search->clear();
                showExtraTab(Ledger::Search, false);
            }
        }
        reloadList();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        search(m_search->text());
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const qint64 id = m_model->recipientId(current.row());
                if (id == m_selected && m_reselecting)
                    return;
                m_selected = id;
                emit recipientSelected(id);
            });
    connect(&m_counter, &BandCounter::countsReady, this,
            [this](const QString &code, const LedgerCounts &counts) {
                if (code != m_scope.code)
                    return;
                for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                    m_counts.insert(it.key(), it.value());
                updateTabTexts();
                updateSummary();
                emit countsUpdated();
            });
    m_tabs->setCurrentIndex(tabIndexOf(m_lastList));
}

int LedgerPanel::tabIndexOf(Ledger list) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (Ledger(m_tabs->tabData(i).toInt()) == list)
            return i;
    }
    return -1;
}

int LedgerPanel::showExtraTab(Ledger list, bool shown)
{
    // Added and removed rather than hidden: Qt 6.4's QTabBar counts hidden tabs when
    // it scrolls to the current one, and with a later list remembered it drew the
    // tabs 500 px to the right, two of nine in view (issue 17).
    int i = tabIndexOf(list);
    if (shown && i < 0) {
        const QSignalBlocker block(m_tabs);
        i = m_tabs->addTab(Ledgers::shortName(list));
        m_tabs->setTabData(i, int(list));
    } else if (!shown && i >= 0) {
        m_tabs->removeTab(i);
        i = -1;
    }
    updateTabTexts();
    return i;
}

Ledger LedgerPanel::currentList() const
{
    return Ledger(m_tabs->tabData(m_tabs->currentIndex()).toInt());
}

void LedgerPanel::setScope(const Scope &scope, const QString &name)
{
    m_scope = scope;
    m_scopeName = name;
    const qint64 searchCount = m_counts.value(Ledger::Search, -1);
    m_counts.clear();
    if (!m_searchText.isEmpty())
        m_counts.insert(Ledger::Search, searchCount);
    // A dashboard selection belongs to the node it was made for.
    if (currentList() != Ledger::DrillDown)
        showExtraTab(Ledger::DrillDown, false);
    updateTabTexts();
    m_counter.request(scope, m_today);
    reloadList();
}

void LedgerPanel::setAccessLimit(const Scope &limit)
{
    m_limit = limit;
    m_model->setAccessLimit(limit);
    m_counter.setAccessLimit(limit);
}

void LedgerPanel::showList(Ledger list)
{
    const int i = tabIndexOf(list);
    if (i >= 0 && list != Ledger::Search)
        m_tabs->setCurrentIndex(i);
}

void LedgerPanel::showDrillDown(const LedgerQuery::DrillDown &drill, const QString &title)
{
    m_drill = drill;
    m_drillTitle = title;
    const int tab = showExtraTab(Ledger::DrillDown, true);
    m_tabs->setTabToolTip(tab, title);
    if (m_tabs->currentIndex() == tab)
        reloadList();
    else
        m_tabs->setCurrentIndex(tab); // reloads
}

void LedgerPanel::search(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_searchText && currentList() == (t.isEmpty() ? m_lastList : Ledger::Search))
        return;
    m_searchText = t;
    if (t.isEmpty()) {
        // Back to the list first: removing the current tab would make QTabBar pick a
        // neighbour of its own.
        showList(m_lastList);
        showExtraTab(Ledger::Search, false);
        return;
    }
    const int searchTab = showExtraTab(Ledger::Search, true);
    if (m_tabs->currentIndex() != searchTab) {
        const QSignalBlocker block(m_tabs);
        m_tabs->setCurrentIndex(searchTab);
    }
    reloadList();
}

void LedgerPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LedgerPanel::setWidestScope(const QString &code, const QString &name)
{
    m_widestCode = code;
    m_widestName = name;
    // The menu shows the key beside the text; the button has only its text (a
    // shorter button keeps the splitter panes as they are, issue 17), the key in
    // its tooltip.
    m_everywhereAction->setText(tr("Search all of %1").arg(name));
    m_everywhereAction->setToolTip(tr("Search all of %1 (Ctrl+Shift+F)").arg(name));
    updateSummary();
}

void LedgerPanel::follow(WorkspaceChanges *changes)
{
    connect(changes, &WorkspaceChanges::changed, this, [this](const WorkspaceChange &change) {
        if (change.has(WorkspaceChange::People) || change.has(WorkspaceChange::Counts)) {
            const QScopedValueRollback<bool> keep(m_keepShown, true);
            refresh();
        }
    });
}

void LedgerPanel::refresh()
{
    m_counter.request(m_scope, m_today);
    reloadList();
}

void LedgerPanel::reloadList()
{
    const Ledger list = currentList();
    LedgerQuery query(list, m_scope, m_today);
    query.limitTo(m_limit);
    if (list == Ledger::Search) {
        query.setSearchText(m_searchText);
        // A search is counted here and capped: its count is not one of the node's lists.
        m_counts.insert(Ledger::Search, query.count(m_db.connection(), SearchCap));
    } else if (list == Ledger::DrillDown) {
        query.setDrillDown(m_drill);
        m_counts.insert(Ledger::DrillDown, query.count(m_db.connection()));
    }
    // The node's counts are of everyone; a filtered list is counted here (capped).
    query.setStatusFilter(m_statusFilter->currentData().toString());
    m_filteredCount =
        query.statusFilter().isEmpty() ? -1 : query.count(m_db.connection(), SearchCap);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    const qint64 shown = m_selected;
    m_model->setQuery(query, m_today);
    followSelection(query, shown);
    // Widths from the header and the first rows, not fixed pixels (they cut
    // '死亡（国家人口库标识）' and '80岁以上、患病、独居'; issue 17).
    ColumnFit::fit(m_table);
    updateTabTexts();
    updateSummary();
}

void LedgerPanel::followSelection(const LedgerQuery &query, qint64 shown)
{
    if (shown <= 0)
        return;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->recipientId(r) != shown)
            continue;
        // The same person: selected again; the handler sees the id it already announced.
        const QScopedValueRollback<bool> again(m_reselecting, true);
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(r, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    // Further down than the pages read so far: still in the list, the detail stays.
    if (query.contains(m_db.connection(), shown))
        return;
    // A committed change (the check just saved) moved the person out: they stay in
    // the detail, where the worker sees what was saved; a list the user changed
    // (tab, node, filter, search) clears it.
    if (m_keepShown) {
        emit shownPersonLeftList(shown, currentList() == Ledger::Search
                                            ? tr("Search “%1”").arg(m_searchText)
                                            : Ledgers::displayName(currentList()));
        return;
    }
    m_selected = 0;
    emit recipientSelected(0);
}

void LedgerPanel::updateTabTexts()
{
    const QLocale locale;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto w = Ledger(m_tabs->tabData(i).toInt());
        const qint64 n = m_counts.value(w, -1);
        QString text = Ledgers::shortName(w);
        if (n >= 0) {
            const QString number = w == Ledger::Search && n > SearchCap
                                       ? tr("%1+").arg(locale.toString(SearchCap))
                                       : locale.toString(n);
            text = tr("%1 (%2)", "list name and its count").arg(text, number);
        }
        m_tabs->setTabText(i, text);
    }
}

void LedgerPanel::updateSummary()
{
    const Ledger list = currentList();
    const bool filtered = m_filteredCount >= 0;
    const qint64 n = filtered ? m_filteredCount : m_counts.value(list, -1);
    const QString count = n < 0 ? tr("counting…")
                          : ((list == Ledger::Search || filtered) && n > SearchCap)
                              ? tr("more than %1 people").arg(QLocale().toString(SearchCap))
                              : tr("%Ln people", "", int(qMin<qint64>(n, INT_MAX)));
    if (filtered)
        m_summary->setText(
            tr("%1 — %2, %3: %4")
                .arg(m_scopeName,
                     list == Ledger::Search ? m_searchText : Ledgers::displayName(list),
                     m_statusFilter->currentText(), count));
    else if (list == Ledger::Search && n == 0)
        m_summary->setText(tr("Nobody in %1 matches “%2”.").arg(m_scopeName, m_searchText));
    else if (list == Ledger::Search)
        m_summary->setText(tr("Search “%2” in %1: %3").arg(m_scopeName, m_searchText, count));
    else if (list == Ledger::DrillDown)
        m_summary->setText(tr("%1 — %2: %3").arg(m_scopeName, m_drillTitle, count));
    else
        m_summary->setText(tr("%1 — %2: %3").arg(m_scopeName, Ledgers::displayName(list), count));
    // Only the scope shown is searched; a wider one is one key away where the user may.
    const bool narrower =
        list == Ledger::Search && !m_widestCode.isEmpty() && m_scope.code != m_widestCode;
    m_everywhere->setVisible(narrower);
    m_everywhereAction->setEnabled(narrower);
}

} // namespace certdesk
