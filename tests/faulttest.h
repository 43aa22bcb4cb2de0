#pragma once

#include <QTest>

// Cases that tell a program to kill itself or misbehave (CERTDESK_FAULT,
// CERTDESK_UPSTREAM_FAULT) need a build configured with
// -DCERTDESK_FAULT_INJECTION=ON, as scripts/test.sh does. Elsewhere the hooks do
// not exist and such a case skips itself (tests/CMakeLists.txt passes the value).
#ifndef CERTDESK_FAULT_INJECTION
#error "tests/CMakeLists.txt passes CERTDESK_FAULT_INJECTION to the suites that use faulttest.h"
#endif

#define CERTDESK_REQUIRE_FAULT_HOOKS()                                                             \
    do {                                                                                           \
        if (!CERTDESK_FAULT_INJECTION)                                                             \
            QSKIP("needs the fault hooks: configure with -DCERTDESK_FAULT_INJECTION=ON");          \
    } while (false)
