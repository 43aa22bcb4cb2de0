# Fails when a source file of the product declares its code outside namespace
# certdesk (issue 14: one namespace, so a class of the server and one of the
# client with the same name can never meet in one link). Only the programs'
# main() files stay global; they say `using namespace certdesk;`.
set(outside "")
foreach(dir IN LISTS SOURCES)
    file(GLOB_RECURSE files "${dir}/*.h" "${dir}/*.cpp")
    foreach(file IN LISTS files)
        if(file MATCHES "/main\\.cpp$")
            continue()
        endif()
        file(STRINGS "${file}" opening REGEX "^namespace certdesk$")
        file(STRINGS "${file}" closing REGEX "^} // namespace certdesk$")
        if(NOT opening OR NOT closing)
            file(RELATIVE_PATH rel "${ROOT}" "${file}")
            list(APPEND outside "${rel}")
        endif()
    endforeach()
endforeach()
if(outside)
    list(JOIN outside "\n  " text)
    message(FATAL_ERROR "Outside namespace certdesk:\n  ${text}")
endif()
message(STATUS "every source file is in namespace certdesk")
