#pragma once

#include <QString>

namespace certdesk
{

class Database;
class PolicyProfile;

// Derived columns written by an older CertDesk under a rule that has since been
// corrected are laid again from the person's events, once per database, when a
// workspace opens it. Today one repair: an "alive" by phone certified the person
// before the rule was read against the seeds (QD 21 uses the phone for reminders;
// no seed lets it certify, issue 15 item 9), so such people had a period renewed
// that PersonState no longer gives them.
namespace DerivedRepair
{
// The setting that records the repair as done.
QString phoneSettingKey();
// Recomputes every person with a stored "alive by phone" check, in one write
// transaction, unless done before; the number of people recomputed in *count.
bool run(const Database &db, const PolicyProfile &profile, int *count, QString *error);
} // namespace DerivedRepair

} // namespace certdesk
