# Sanitizer and fuzzing builds (issue 18).
#
# CERTDESK_SANITIZE=address,undefined compiles and links everything (libraries,
# programs, tests) with AddressSanitizer and UndefinedBehaviorSanitizer.
# -fno-sanitize-recover makes a UBSan finding end the program with an error, so a
# test that meets one fails instead of printing a line nobody reads.
# scripts/test.sh builds such a folder (build-asan) and runs the whole CTest suite
# in it; the options it runs with are in scripts/sanitizer-env.sh.
#
# CERTDESK_FUZZ=ON (clang only) adds libFuzzer coverage instrumentation to all
# code (-fsanitize=fuzzer-no-link) and builds tests/fuzz/ as libFuzzer programs.
# Without it tests/fuzz/ is still built, each target with a small main() that
# replays its corpus, so every build replays every seed under CTest.
set(CERTDESK_SANITIZE "" CACHE STRING
    "Sanitizers for every target, e.g. address,undefined (empty: none)")
option(CERTDESK_FUZZ "Build tests/fuzz as libFuzzer targets (clang only)" OFF)

if(CERTDESK_SANITIZE)
    set(_certdesk_sanitize_flags -fsanitize=${CERTDESK_SANITIZE} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    add_compile_options(${_certdesk_sanitize_flags})
    # A report needs file and line, not variables: line tables alone make the
    # build faster (cmake/buildspeed.cmake) and name every frame as before.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        add_compile_options(-gline-tables-only)
    endif()
    add_link_options(${_certdesk_sanitize_flags})
    # Tests that read a process's resident memory leave it unasserted here.
    add_compile_definitions(CERTDESK_SANITIZED=1)
endif()

if(CERTDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CERTDESK_FUZZ needs clang (libFuzzer): "
            "configure with -DCMAKE_CXX_COMPILER=clang++ (Debian's clang, libclang-rt-14-dev)")
    endif()
    if(NOT CERTDESK_SANITIZE)
        # The coverage callbacks of programs that are not fuzz targets come
        # from the sanitizer runtime.
        message(FATAL_ERROR "CERTDESK_FUZZ needs CERTDESK_SANITIZE (e.g. address,undefined)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
