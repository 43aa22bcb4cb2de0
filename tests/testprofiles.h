#pragma once

// Shared by the policy-rule suites: "today" of RULES.md §7 and a built-in profile.
#include "domain/policyprofile.h"

#include <QtTest>

using namespace certdesk;

namespace testprofiles
{

inline const QDate Today(2026, 11, 23);

inline PolicyProfile profile(const char *id)
{
    QString error;
    const std::optional<PolicyProfile> p = PolicyProfile::builtin(QLatin1String(id), &error);
    if (!p)
        qFatal("cannot load profile %s: %s", id, qPrintable(error));
    return *p;
}

} // namespace testprofiles
