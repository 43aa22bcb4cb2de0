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
    // Districts of a city (issue 19: a 2,000,000-person city of 10 districts for
    // bench_city); each gets the streets and communities of persons / districts.
    int districts = 1;
    static constexpr int MaxDistricts = 10;
};

// Synthetic but realistic data: valid ID numbers (correct check characters),
// plausible names, ages fitting each benefit category, periods spread over the
// bands, big-data conclusions, special groups and open home-visit requests.
// 1 district (or options.districts); per district 3 streets x 4 communities up to
// 20,000 persons in it, 10 x 12 above.
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
    // For a process that makes a demo (certdesk-cli demo): SQLite's memory
    // statistics off, so an allocation no longer takes a global mutex and asks the
    // allocator for the block's size. Only before the process opens any database
    // (it is refused after, harmlessly); not for the window, whose
    // soft_heap_limit needs the statistics.
    static void tuneProcessForBulkLoad();
    static int streetCount(qint64 persons) { return persons <= 20000 ? 3 : 10; }
    static int communitiesPerStreet(qint64 persons) { return persons <= 20000 ? 4 : 12; }
};

} // namespace certdesk
