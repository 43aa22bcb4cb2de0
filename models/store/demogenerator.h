#pragma once

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace certdesk
{

class Database;
class PolicyProfile;

struct DemoOptions {
    qint64 persons = 5000;
    quint32 seed = 20261123;
    QDate today; // the day the demo is "as of"; periods and big-data month follow it
};

// Synthetic but realistic data: valid ID numbers (correct check characters),
// plausible names, ages fitting each benefit category, periods spread over the
// bands, big-data conclusions, special groups and open home-visit requests.
// 1 district; 3 streets x 4 communities up to 20,000 persons, 10 x 12 above.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // progress(done, total) is called now and then; returning false cancels (and
    // rolls back everything). The database must be empty.
    using Progress = std::function<bool(qint64, qint64)>;
    static bool generate(const Database &db, const PolicyProfile &profile,
                         const DemoOptions &options, QString *error = nullptr,
                         const Progress &progress = {});
    static int streetCount(qint64 persons) { return persons <= 20000 ? 3 : 10; }
    static int communitiesPerStreet(qint64 persons) { return persons <= 20000 ? 4 : 12; }
};

} // namespace certdesk
