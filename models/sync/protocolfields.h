#pragma once

#include <QLatin1String>

namespace certdesk
{

// The JSON names of docs/sync-protocol.md, spelled once for both ends: the desk's
// sync engine (models/sync) and the district server (server/) use these, so a
// name cannot drift between what one side writes and the other reads. Add a
// name here when a new field crosses the wire. Hyphenated codes (rejection codes,
// conclusion keys) stay with the rule that owns them.
namespace ProtocolField
{
// Envelope and paging
inline constexpr QLatin1String at{"at"};
inline constexpr QLatin1String by{"by"};
inline constexpr QLatin1String changes{"changes"};
inline constexpr QLatin1String complete{"complete"};
inline constexpr QLatin1String data{"data"};
inline constexpr QLatin1String device{"device"};
inline constexpr QLatin1String deviceKey{"deviceKey"};
inline constexpr QLatin1String error{"error"};
inline constexpr QLatin1String message{"message"};
inline constexpr QLatin1String more{"more"};
inline constexpr QLatin1String next{"next"};
inline constexpr QLatin1String ok{"ok"};
inline constexpr QLatin1String results{"results"};
inline constexpr QLatin1String retryable{"retryable"};
inline constexpr QLatin1String scope{"scope"};
inline constexpr QLatin1String seq{"seq"};
inline constexpr QLatin1String serverKey{"serverKey"};
inline constexpr QLatin1String since{"since"};
inline constexpr QLatin1String status{"status"};
inline constexpr QLatin1String token{"token"};
inline constexpr QLatin1String type{"type"};
inline constexpr QLatin1String user{"user"};
inline constexpr QLatin1String value{"value"};
inline constexpr QLatin1String values{"values"};
inline constexpr QLatin1String kind{"kind"};
inline constexpr QLatin1String level{"level"};
inline constexpr QLatin1String code{"code"};
inline constexpr QLatin1String name{"name"};
inline constexpr QLatin1String received{"received"};
// Audit heads (docs/sync-protocol.md, "Audit heads")
inline constexpr QLatin1String id{"id"};
inline constexpr QLatin1String hash{"hash"};
inline constexpr QLatin1String heads{"heads"};
// Events (docs/sync-protocol.md, "Event kinds")
inline constexpr QLatin1String event{"event"};
inline constexpr QLatin1String events{"events"};
inline constexpr QLatin1String uuid{"uuid"};
inline constexpr QLatin1String checkDate{"checkDate"};
inline constexpr QLatin1String deathDate{"deathDate"};
inline constexpr QLatin1String note{"note"};
inline constexpr QLatin1String reason{"reason"};
inline constexpr QLatin1String step{"step"};
inline constexpr QLatin1String worker{"worker"};
inline constexpr QLatin1String contact{"contact"};
inline constexpr QLatin1String phone{"phone"};
inline constexpr QLatin1String householdAddress{"householdAddress"};
inline constexpr QLatin1String residenceAddress{"residenceAddress"};
inline constexpr QLatin1String residenceType{"residenceType"};
inline constexpr QLatin1String evidence{"evidence"};
inline constexpr QLatin1String missing{"missing"};
// Fields of events (EventCodec's tables)
inline constexpr QLatin1String occurredAt{"occurredAt"};
inline constexpr QLatin1String recordedAt{"recordedAt"};
inline constexpr QLatin1String method{"method"};
inline constexpr QLatin1String deathSource{"deathSource"};
inline constexpr QLatin1String lossReason{"lossReason"};
inline constexpr QLatin1String corrects{"corrects"};
inline constexpr QLatin1String batchId{"batchId"};
inline constexpr QLatin1String periodStart{"periodStart"};
inline constexpr QLatin1String periodEnd{"periodEnd"};
// Big-data certifications and the time of a loss (issue 15)
inline constexpr QLatin1String bigdataMonth{"bigdataMonth"};
inline constexpr QLatin1String importBatch{"importBatch"};
// A desk's big-data import batch, sent with its certifications (GD 9): how many
// people it marked qualified and who approved it, in order ({"user", "level"}).
inline constexpr QLatin1String batchQualified{"batchQualified"};
inline constexpr QLatin1String batchApprovals{"batchApprovals"};
inline constexpr QLatin1String batchUuid{"batchUuid"};
inline constexpr QLatin1String lossDate{"lossDate"};
inline constexpr QLatin1String releaseDate{"releaseDate"};
inline constexpr QLatin1String eventDate{"eventDate"};
inline constexpr QLatin1String effectiveMonth{"effectiveMonth"};
inline constexpr QLatin1String cause{"cause"};
inline constexpr QLatin1String actor{"actor"};
inline constexpr QLatin1String approvedBy{"approvedBy"};
inline constexpr QLatin1String objector{"objector"};
inline constexpr QLatin1String amountFen{"amountFen"};
inline constexpr QLatin1String months{"months"};
inline constexpr QLatin1String firstMonth{"firstMonth"};
inline constexpr QLatin1String lastMonth{"lastMonth"};
inline constexpr QLatin1String deadline{"deadline"};
inline constexpr QLatin1String instalments{"instalments"};
inline constexpr QLatin1String ref{"ref"};
// Roster and big-data changes
inline constexpr QLatin1String idNumber{"idNumber"};
inline constexpr QLatin1String individualMonths{"individualMonths"};
inline constexpr QLatin1String monthlyBenefitFen{"monthlyBenefitFen"};
inline constexpr QLatin1String specialFlags{"specialFlags"};
inline constexpr QLatin1String birthDate{"birthDate"};
inline constexpr QLatin1String sex{"sex"};
inline constexpr QLatin1String category{"category"};
inline constexpr QLatin1String district{"district"};
inline constexpr QLatin1String street{"street"};
inline constexpr QLatin1String community{"community"};
inline constexpr QLatin1String parent{"parent"};
inline constexpr QLatin1String benefitStart{"benefitStart"};
inline constexpr QLatin1String lastCertDate{"lastCertDate"};
inline constexpr QLatin1String month{"month"};
inline constexpr QLatin1String conclusion{"conclusion"};
inline constexpr QLatin1String detail{"detail"};
inline constexpr QLatin1String source{"source"};
inline constexpr QLatin1String behaviour{"behaviour"};
// Conflicts and decisions
inline constexpr QLatin1String conflict{"conflict"};
inline constexpr QLatin1String conflicts{"conflicts"};
inline constexpr QLatin1String decision{"decision"};
} // namespace ProtocolField

// Values the protocol fixes: change types, push results, event kinds, statuses.
namespace ProtocolValue
{
// Change types
inline constexpr QLatin1String jurisdiction{"jurisdiction"};
inline constexpr QLatin1String recipient{"recipient"};
inline constexpr QLatin1String bigdata{"bigdata"};
inline constexpr QLatin1String status{"status"};
inline constexpr QLatin1String event{"event"};
inline constexpr QLatin1String conflict{"conflict"};
// The county's decision on an on-site or home check (GD 21-22).
inline constexpr QLatin1String checkDecision{"check-decision"};
// Push results (and conflict, above)
inline constexpr QLatin1String accepted{"accepted"};
inline constexpr QLatin1String duplicate{"duplicate"};
inline constexpr QLatin1String rejected{"rejected"};
// Event kinds
inline constexpr QLatin1String verification{"verification"};
inline constexpr QLatin1String lifecycle{"lifecycle"};
inline constexpr QLatin1String resolution{"resolution"}; // a supervisor's decision on a conflict
// Living status of a check
inline constexpr QLatin1String alive{"alive"};
inline constexpr QLatin1String deceased{"deceased"};
} // namespace ProtocolValue

} // namespace certdesk
