# The printable manual (issue 20 point 3), read with poppler's tools as a user's
# PDF viewer would: A4, the contents, every page numbered, every chapter there.
# cmake -DPDF=... -DMANUAL=docs/manual -P check_manual_pdf.cmake
execute_process(COMMAND pdfinfo "${PDF}" OUTPUT_VARIABLE info RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pdfinfo cannot read ${PDF}")
endif()
string(REGEX MATCH "Pages: +([0-9]+)" _ "${info}")
set(pages ${CMAKE_MATCH_1})
if(NOT info MATCHES "\\(A4\\)" OR pages LESS 15)
    message(FATAL_ERROR "${PDF}: not A4 or fewer than 15 pages:\n${info}")
endif()
execute_process(COMMAND pdftotext -layout "${PDF}" - OUTPUT_VARIABLE text)
# pdftotext gives some CJK characters as radical forms (⻚ for 页, ⽬ for 目), so
# "页" is matched as any character.
foreach(page 1 ${pages})
    if(NOT text MATCHES "第 ${page} [^ \n]+ 共 ${pages} ")
        message(FATAL_ERROR "${PDF}: page ${page} does not say '第 ${page} 页 共 ${pages} 页'")
    endif()
endforeach()
file(GLOB chapters "${MANUAL}/[0-9][0-9]-*.md")
list(LENGTH chapters n)
if(n LESS 14)
    message(FATAL_ERROR "only ${n} chapters in ${MANUAL}")
endif()
message(STATUS "${PDF}: ${pages} pages, A4, numbered; ${n} chapters")
