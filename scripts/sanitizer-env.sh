#!/usr/bin/env bash
# Sourced by scripts/test.sh and scripts/fuzz.sh: how the sanitizer build
# (CERTDESK_SANITIZE=address,undefined, folder build-asan) reports. Any report
# ends the program with a non-zero code, so the test or fuzz run that met it fails.
_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# detect_leaks=1: a leak in our code fails the test like any other report. The
# suppression file names only leaks inside system libraries that allocate once
# per process and never free (fontconfig's caches, Qt's plugin loader); see the
# file for each entry and why.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0:strict_string_checks=0:check_initialization_order=1:detect_odr_violation=1${ASAN_OPTIONS_EXTRA:+:$ASAN_OPTIONS_EXTRA}"
export LSAN_OPTIONS="suppressions=$_root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$_root/tests/sanitizers/ubsan.supp"
unset _root
