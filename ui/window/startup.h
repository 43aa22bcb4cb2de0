#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <memory>

class QWidget;

namespace certdesk
{

class Database;
class PolicyProfile;

struct StartupOptions {
    QString databasePath; // empty: the user's data folder
    QDate today;
    qint64 demoPersons = 5000;
};

class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
public:
    static QString defaultDatabasePath();
    // Opens the database; on first start creates it with demo data, generated off
    // the GUI thread behind a cancellable progress dialog. A cancelled or failed
    // first start removes the half-made file so the next start begins clean.
    static std::unique_ptr<Database> openWorkspace(const StartupOptions &options,
                                                   const PolicyProfile &profile, QWidget *parent,
                                                   QString *error);
};

} // namespace certdesk
