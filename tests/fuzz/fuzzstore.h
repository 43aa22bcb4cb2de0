#pragma once

// A small desk database for the targets that apply what they read to a store
// (pull pages, push answers): made once per process from the demo generator,
// and copied back before every input so that each input meets the same store
// (a finding then reproduces from its input alone).
#include "domain/policyprofile.h"
#include "store/database.h"

#include <QString>
#include <memory>

namespace fuzz
{

class FreshStore
{
public:
    // Opens a fresh copy of the template (made on first use, `persons` people).
    explicit FreshStore(int persons = 30);
    ~FreshStore();
    certdesk::Database &db() { return *m_db; }
    const certdesk::PolicyProfile &profile() const { return *m_profile; }
    QString path() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<certdesk::Database> m_db;
    std::optional<certdesk::PolicyProfile> m_profile;
};

} // namespace fuzz
