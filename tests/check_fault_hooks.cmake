# The fault hooks' environment variable names in the built programs: absent
# when CERTDESK_FAULT_INJECTION is off (the shipped configuration: no code reads
# them), present when it is on (so this check is known to see them at all).
# -DPROGRAMS=a;b;c -DEXPECT=absent|present
set(names CERTDESK_FAULT CERTDESK_UPSTREAM_FAULT)
set(found "")
foreach(program IN LISTS PROGRAMS)
    execute_process(COMMAND strings -a "${program}" OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "strings failed on ${program}")
    endif()
    foreach(name IN LISTS names)
        if(text MATCHES "(^|\n)${name}(\n|$)")
            get_filename_component(base "${program}" NAME)
            list(APPEND found "${base}: ${name}")
        endif()
    endforeach()
endforeach()
if(EXPECT STREQUAL "absent" AND found)
    message(FATAL_ERROR "fault hooks in a build without CERTDESK_FAULT_INJECTION: ${found}")
elseif(EXPECT STREQUAL "present" AND NOT found)
    message(FATAL_ERROR "no fault hook names found in ${PROGRAMS}: the check cannot see them")
endif()
message(STATUS "fault hook names ${EXPECT}: ${found}")
