#pragma once

#include <QtGlobal>

// Faults for tests, from CERTDESK_UPSTREAM_FAULT (comma-separated):
//   kill-after-events:N  SIGKILL when the N-th event is stored, before its push commits
//   kill-after-bytes:N   SIGKILL once N evidence bytes were written (after that chunk's fsync)
//   status-503:N         answer the first N requests after sign-in with 503 unavailable
//   drop-after-events:N  close the connection, unanswered, of the push that stored the N-th event
//                        (right after that commit; the rest of its batch is not taken)
//   unknown:batch        answer POST /v1/evidence/batch 404 not-found, as a server before it
//   unknown:chunk        answer PUT /v1/evidence/<sha256> 404 not-found (a desk must use batches)
// Read once; every counter is process-wide and thread-safe.
//
// Only in a build configured with -DCERTDESK_FAULT_INJECTION=ON (scripts/test.sh);
// otherwise these are inline functions that inject nothing and the variable is
// never read. Every file including this header is compiled with
// CERTDESK_FAULT_INJECTION set to 0 or 1 (server/CMakeLists.txt).
#ifndef CERTDESK_FAULT_INJECTION
#error "add this file to the CALLERS of certdesk_fault_hooks in server/CMakeLists.txt"
#endif

namespace certdesk
{

namespace FaultInjection
{
#if CERTDESK_FAULT_INJECTION
// After an event was written inside its push's transaction. Returns true when
// the push must stop there and its connection be dropped after the commit
// (drop-after-events); may not return (kill: nothing of the push is stored).
bool eventStored();
// After a chunk was written and fsync'ed.
void evidenceBytesWritten(qint64 bytes);
// For every request other than sign-in: true while the 503 budget lasts.
bool takeUnavailable();
// Whether the route ("batch", "chunk") answers as if the server lacked it.
bool routeUnknown(const char *route);
#else
inline bool eventStored()
{
    return false;
}
inline void evidenceBytesWritten(qint64) {}
inline bool takeUnavailable()
{
    return false;
}
inline bool routeUnknown(const char *)
{
    return false;
}
#endif
} // namespace FaultInjection

} // namespace certdesk
