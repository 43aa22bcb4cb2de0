#pragma once

#include "domain/policyprofile.h"
#include "store/worklistquery.h"

#include <QDate>
#include <QMainWindow>

class Database;
class JurisdictionPanel;
class QSplitter;
class RecipientDetailPanel;
class WorklistPanel;

// The work window: jurisdiction tree | work lists | person detail. Composed of
// small panels; this class only wires them, adds menus and shortcuts and
// remembers the layout.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Database &db, const PolicyProfile &profile, const QDate &today,
               QWidget *parent = nullptr);

    JurisdictionPanel *jurisdiction() const { return m_jurisdiction; }
    WorklistPanel *worklists() const { return m_worklists; }
    RecipientDetailPanel *detail() const { return m_detail; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    const Database &m_db;
    const PolicyProfile &m_profile;
    QDate m_today;
    JurisdictionPanel *m_jurisdiction;
    WorklistPanel *m_worklists;
    RecipientDetailPanel *m_detail;
    QSplitter *m_splitter;
};
