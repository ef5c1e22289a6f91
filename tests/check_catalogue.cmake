# Checks that a shipped catalogue is complete and current (docs/decisions.md#languages):
#   cmake -DTS_FILE=<.ts> -DSOURCES_LIST=<file, one source per line> -DLUPDATE=<exe> -DLRELEASE=<exe>
#         -DWORK_DIR=<scratch folder> -P check_catalogue.cmake
# It fails when the catalogue holds unfinished, vanished or obsolete entries, an empty translation
# or a plural message without both German forms; when lrelease reports anything unfinished or
# untranslated; or when lupdate, run on the sources into a copy of the catalogue, finds a text
# the catalogue does not translate or an entry the sources no longer have.
cmake_minimum_required(VERSION 3.24)

foreach(variable TS_FILE SOURCES_LIST LUPDATE LRELEASE WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "check_catalogue.cmake: -D${variable}=... is missing")
    endif()
endforeach()

# German and English have two plural forms (singular, plural): lrelease's numerus rule.
set(plural_forms 2)

# Appends to `out` one line per faulty message of the .ts file `file`, each prefixed by `label`.
function(find_faults file label out)
    file(READ "${file}" text)
    set(found "")
    set(context "")
    while(TRUE)
        string(FIND "${text}" "<message" start)
        if(start EQUAL -1)
            break()
        endif()
        # The context whose <name> precedes this message.
        string(SUBSTRING "${text}" 0 ${start} before)
        string(FIND "${before}" "<name>" name_at REVERSE)
        if(NOT name_at EQUAL -1)
            string(SUBSTRING "${before}" ${name_at} -1 name_part)
            if(name_part MATCHES "<name>([^<]*)</name>")
                set(context "${CMAKE_MATCH_1}")
            endif()
        endif()
        string(SUBSTRING "${text}" ${start} -1 text)
        string(FIND "${text}" "</message>" end)
        if(end EQUAL -1)
            list(APPEND found "${label}: ${file} ends inside a message")
            break()
        endif()
        string(SUBSTRING "${text}" 0 ${end} message)
        math(EXPR end "${end} + 10")
        string(SUBSTRING "${text}" ${end} -1 text)

        set(source "")
        if(message MATCHES "<source>([^<]*)</source>")
            set(source "${CMAKE_MATCH_1}")
            string(REPLACE "\n" "\\n" source "${source}")
            string(REPLACE "&quot;" "\"" source "${source}")
            string(REPLACE "&apos;" "'" source "${source}")
            string(REPLACE "&lt;" "<" source "${source}")
            string(REPLACE "&gt;" ">" source "${source}")
            string(REPLACE "&amp;" "&" source "${source}")
            string(REPLACE ";" "," source "${source}") # a CMake list separator
            string(LENGTH "${source}" length)
            if(length GREATER 90)
                string(SUBSTRING "${source}" 0 87 source)
                string(APPEND source "...")
            endif()
        endif()
        set(where "${context}: \"${source}\"")
        if(message MATCHES "type=\"unfinished\"")
            list(APPEND found "${label}: unfinished: ${where}")
        elseif(message MATCHES "type=\"vanished\"")
            list(APPEND found "${label}: vanished (no longer in the sources): ${where}")
        elseif(message MATCHES "type=\"obsolete\"")
            list(APPEND found "${label}: obsolete: ${where}")
        elseif(message MATCHES "numerus=\"yes\"")
            # ";" (in entities such as &apos;) would split the list of matches.
            string(REPLACE ";" "," unlisted "${message}")
            string(REGEX MATCHALL "<numerusform>[^<]+</numerusform>" forms "${unlisted}")
            list(LENGTH forms count)
            if(NOT count EQUAL plural_forms)
                list(APPEND found "${label}: plural with ${count} of ${plural_forms} forms: ${where}")
            endif()
        elseif(NOT message MATCHES "<translation>[^<]+</translation>")
            list(APPEND found "${label}: empty translation: ${where}")
        endif()
    endwhile()
    set(${out} ${${out}} ${found} PARENT_SCOPE)
endfunction()

set(faults "")

# 1. The shipped catalogue as it is.
find_faults("${TS_FILE}" "catalogue" faults)

# 2. lrelease's own count.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${LRELEASE}" "${TS_FILE}" -qm "${WORK_DIR}/check.qm"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    list(APPEND faults "lrelease failed (${result}): ${output}")
elseif(output MATCHES "Ignored|[1-9][0-9]* unfinished")
    string(STRIP "${output}" output)
    list(APPEND faults "lrelease: ${output}")
endif()

# 3. lupdate on today's sources into a copy: what it adds (unfinished) is a text the catalogue
#    does not translate; what it marks vanished is an entry the sources no longer have.
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")
# The English catalogue holds only the plural forms of the source texts (lupdate -pluralonly).
set(lupdate_options -locations none)
if(ts_name MATCHES "_en\\.ts$")
    list(APPEND lupdate_options -pluralonly)
endif()
execute_process(COMMAND "${LUPDATE}" ${lupdate_options} "@${SOURCES_LIST}" -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    list(APPEND faults "lupdate failed (${result}): ${output}")
else()
    set(before "${faults}")
    set(faults "")
    find_faults("${copy}" "lupdate" faults)
    # Keep only what lupdate changed: the catalogue's own faults are reported above already.
    set(new_faults "")
    foreach(fault IN LISTS faults)
        string(REGEX REPLACE "^lupdate: " "catalogue: " as_shipped "${fault}")
        if(NOT as_shipped IN_LIST before)
            list(APPEND new_faults "${fault}")
        endif()
    endforeach()
    set(faults ${before} ${new_faults})
endif()

list(LENGTH faults count)
if(count GREATER 0)
    list(JOIN faults "\n" report)
    message(FATAL_ERROR "${TS_FILE}: ${count} problem(s):\n${report}\n"
        "Update the catalogue (cmake --build <build> --target update_translations) and translate "
        "every entry in Qt Linguist.")
endif()
message(STATUS "${TS_FILE}: complete and current")
