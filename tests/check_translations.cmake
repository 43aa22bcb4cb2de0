# Fails when the shipped Chinese translation has unfinished entries: Chinese is
# the default language, so every new tr() string must be translated before it lands.
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${count} unfinished translations: ${unfinished}")
endif()
message(STATUS "${TS_FILE}: complete")
