#pragma once

// A demo district in a fresh database file, for tests that need recipients.
#include "domain/policyprofile.h"
#include "store/database.h"
#include "store/demogenerator.h"

#include <QDate>
#include <QString>
#include <memory>
#include <optional>

using namespace certdesk;

struct TestDatabase {
    std::optional<PolicyProfile> profile;
    std::unique_ptr<Database> db;
    QString error; // why it could not be made

    static TestDatabase demo(const QString &path, int persons, int seed, const QDate &today,
                             const QString &profileId = QStringLiteral("qingdao"))
    {
        TestDatabase t;
        t.profile = PolicyProfile::builtin(profileId, &t.error);
        if (!t.profile)
            return t;
        t.db = Database::open(path, Database::OpenMode::CreateIfMissing, &t.error);
        if (!t.db)
            return t;
        DemoOptions o;
        o.persons = persons;
        o.seed = seed;
        o.today = today;
        if (!DemoGenerator::generate(*t.db, *t.profile, o, &t.error))
            t.db.reset();
        return t;
    }
};
