# Fails when two headers define a global type of the same name. models/, ui/,
# app/ and server/ end up in one link graph (the server links certdesk_models),
# so two different `struct Scope` would break the one-definition rule without
# any compiler or linker saying so (only -flto -Werror=odr, too slow for every
# build, would). Only top-level definitions (column 0, not a declaration ending
# in ';') are compared; nested types are indented and belong to their class.
set(seen "")
foreach(dir IN LISTS SOURCES)
    file(GLOB_RECURSE headers "${dir}/*.h")
    foreach(header IN LISTS headers)
        file(STRINGS "${header}" lines REGEX "^(class|struct|enum class|enum|union) [A-Za-z_][A-Za-z0-9_]*")
        foreach(line IN LISTS lines)
            if(line MATCHES ";[ \t]*$")
                continue() # a forward declaration
            endif()
            string(REGEX REPLACE "^(class|struct|enum class|enum|union) ([A-Za-z_][A-Za-z0-9_]*).*" "\\2" name "${line}")
            file(RELATIVE_PATH rel "${ROOT}" "${header}")
            if(DEFINED type_${name} AND NOT type_${name} STREQUAL rel)
                list(APPEND clashes "${name}: ${type_${name}} and ${rel}")
            else()
                set(type_${name} "${rel}")
            endif()
        endforeach()
    endforeach()
endforeach()
if(clashes)
    list(JOIN clashes "\n  " text)
    message(FATAL_ERROR "global types defined twice (one-definition-rule hazard):\n  ${text}")
endif()
message(STATUS "every global type name is defined once")
