# Build speed. CI builds a clean clone twice (scripts/test.sh: GCC, then clang
# with the sanitizers) and the whole run must stay well under 45 minutes on two
# cores. Measured on this machine (docs/performance.md, "Build time"): half of a
# translation unit's time is parsing Qt's headers, and GNU ld takes about 1.8 s
# for a test program that lld links in 0.4 s.
#
# CERTDESK_PCH precompiles the Qt headers once per library and once per group of
# tests that link the same libraries, instead of in every file. The headers are
# whole Qt modules, chosen per layer so that no file sees a module its layer did
# not already link: models/ gets no QtWidgets (tests/check_no_widgets.cmake
# still checks the archives), ui/ no QtSql (it can still reach QtSql through
# certdesk_models, as before: the rule "ui/ has no SQL" is kept by review).
option(CERTDESK_PCH "Precompile Qt's headers (faster builds)" ON)

option(CERTDESK_LLD "Link with lld when the compiler can (faster links)" ON)

# CERTDESK_LINE_TABLES (scripts/test.sh turns it on; off by default, so a
# developer's own folder keeps full debug information): line tables only, -g1
# with GCC, -gline-tables-only with clang. Backtraces and sanitizer reports still
# name file and line; the debugger loses local variables. GCC skips its variable
# tracking then: a file compiles 15-40 % faster (docs/performance.md). The shipped
# programs are stripped either way (scripts/package-test.sh checks).
option(CERTDESK_LINE_TABLES "Debug information as line tables only (faster builds)" OFF)
if(CERTDESK_LINE_TABLES)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        add_compile_options(-g1)
    else()
        add_compile_options(-gline-tables-only)
    endif()
endif()

# CERTDESK_UNITY (scripts/test.sh turns it on): each library's files are
# compiled eight at a time as one file (CMake's unity build). Eight files of
# models/store took 17.2 s one by one, 7.5 s as one (GCC, with the header above):
# the header is loaded and our own headers parsed once, not eight times. A file
# then sees what the files before it in its batch declared, which can change
# what a call means without any error; scripts/check-unity.py (run by
# scripts/test.sh) refuses that, and certdesk_unity_alone() builds such a file
# on its own. Off by default: a developer's edit recompiles one file, not eight.
option(CERTDESK_UNITY "Compile each library's files in batches (faster cold builds)" OFF)

# certdesk_unity_alone(target files...): files compiled on their own in a unity
# build (a file-scope `using namespace`, or a helper named like a call in a
# later file of the batch; scripts/check-unity.py names them).
function(certdesk_unity_alone target)
    foreach(file IN LISTS ARGN)
        set_source_files_properties(${file} TARGET_DIRECTORY ${target}
            PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    endforeach()
endfunction()

if(CERTDESK_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=lld CERTDESK_HAVE_LLD)
    if(CERTDESK_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()

# certdesk_precompile(target <QtModule>...): the target's files start from these
# headers, parsed once.
function(certdesk_precompile target)
    if(CERTDESK_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
    if(CERTDESK_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON)
    endif()
endfunction()

# certdesk_precompile_test(test LIBS...): tests that link the same libraries
# (hence compile with the same Qt definitions) share one precompiled header,
# made by a small library of their own; a test's own extra definitions are
# macros Qt's headers do not mention, so the shared header stays valid.
function(certdesk_precompile_test test)
    if(NOT CERTDESK_PCH)
        return()
    endif()
    # Grouped by our own libraries: the Qt modules and system libraries some
    # tests add are already among what those libraries bring.
    set(ours ${ARGN})
    list(FILTER ours INCLUDE REGEX "^certdesk_")
    string(MAKE_C_IDENTIFIER "${ours}" key)
    set(holder certdesk_testpch_${key})
    if(NOT TARGET ${holder})
        add_library(${holder} STATIC ${PROJECT_SOURCE_DIR}/tests/pchholder.cpp)
        target_link_libraries(${holder} PRIVATE ${ours} Qt6::Test)
        target_compile_definitions(${holder} PRIVATE
            CERTDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
            CERTDESK_BINARY_DIR="${PROJECT_BINARY_DIR}")
        # What the libraries bring: certdesk_domain only QtCore; the models and
        # the server QtGui, QtSql and QtNetwork; the window QtWidgets too (then
        # QtTest brings its widget helpers, as it does without this header).
        set(headers <QtCore> <QtTest>)
        foreach(lib IN LISTS ours)
            if(lib MATCHES "^certdesk_(models|upstream|ui)$" AND NOT "<QtSql>" IN_LIST headers)
                list(APPEND headers <QtGui> <QtSql> <QtNetwork>)
            endif()
            if(lib STREQUAL "certdesk_ui")
                list(APPEND headers <QtWidgets>)
            endif()
        endforeach()
        target_precompile_headers(${holder} PRIVATE ${headers})
    endif()
    target_precompile_headers(${test} REUSE_FROM ${holder})
    # AUTOMOC's mocs_compilation.cpp of a test is empty (the tests include their
    # own .moc; no test header has Q_OBJECT), but with the header it took GCC
    # 1.8 s to load it, a hundred times: 0.02 s without. Should a test header
    # gain Q_OBJECT, its moc code includes that header and compiles as before.
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${test}_autogen/mocs_compilation.cpp
        TARGET_DIRECTORY ${test} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()
