#pragma once

// Test kill-switches of the desk (CERTDESK_FAULT), for the crash-safety and sync
// resume tests. They exist only in a build configured with
// -DCERTDESK_FAULT_INJECTION=ON (scripts/test.sh); in any other build these are
// empty inline functions and the variable is never read, so a shipped program
// has no way to be told to kill itself.
//
// Every file that includes this header is compiled with CERTDESK_FAULT_INJECTION
// set to 0 or 1 (certdesk_fault_hooks in models/CMakeLists.txt); the #error
// keeps a new caller from silently getting the other definition.
#ifndef CERTDESK_FAULT_INJECTION
#error "add this file to the CALLERS of certdesk_fault_hooks in models/CMakeLists.txt"
#endif

namespace certdesk
{

namespace FaultHooks
{
#if CERTDESK_FAULT_INJECTION
// CERTDESK_FAULT=before-commit: dies between a check's written files and its commit.
void beforeCheckCommit();
// CERTDESK_FAULT=kill-after-page:N: dies right after the N-th pulled page committed.
void afterPulledPage(int page);
// CERTDESK_FAULT=kill-at:NAME dies the first time the point NAME is reached,
// kill-at:NAME#N the N-th time (tests/tst_killanywhere.cpp, tst_killsync.cpp).
// The points are the known dangerous moments of long writes: just before a
// commit, between a finished temporary file and its rename, between a server's
// answer and storing it.
void killPoint(const char *name);
#else
inline void beforeCheckCommit() {}
inline void afterPulledPage(int) {}
inline void killPoint(const char *) {}
#endif
} // namespace FaultHooks

} // namespace certdesk
