# tst_install: `cmake --install` of the build tree into a temporary DESTDIR, then what a desktop
# needs from it (docs/decisions.md#desktop-integration): both programs in bin/, the .desktop file,
# the AppStream metainfo and the icon in their freedesktop places, each valid and naming the
# others consistently, the manual pages, the compiled catalogues, and the installed shell running
# from there.
#
# cmake -DBUILD_DIR=… -DSOURCE_DIR=… -DWORK_DIR=… -DVERSION=… "-DQM_FILES=a.qm;b.qm" -P check_install.cmake
cmake_minimum_required(VERSION 3.24)

set(app_id "org.sendconnectorconsole.Console")
set(failures "")
macro(fail message)
    list(APPEND failures "${message}")
endmacro()

# The validators are part of the test environment (.ci/install-deps --test): missing is a failure.
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
find_program(APPSTREAMCLI appstreamcli REQUIRED)

file(REMOVE_RECURSE "${WORK_DIR}")
set(ENV{DESTDIR} "${WORK_DIR}/root")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix /usr
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()
set(root "${WORK_DIR}/root/usr")

set(desktop_file "${root}/share/applications/${app_id}.desktop")
set(metainfo_file "${root}/share/metainfo/${app_id}.metainfo.xml")
set(icon_file "${root}/share/icons/hicolor/scalable/apps/${app_id}.svg")
set(expected "${root}/bin/send-connector-console" "${root}/bin/send-connector-shell"
    "${desktop_file}" "${metainfo_file}" "${icon_file}"
    "${root}/share/man/man1/send-connector-console.1" "${root}/share/man/man1/send-connector-shell.1"
    "${root}/share/send-connector-console/ldap/send-connector.ldif")
foreach(qm IN LISTS QM_FILES)
    get_filename_component(name "${qm}" NAME)
    list(APPEND expected "${root}/share/send-connector-console/translations/${name}")
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS "${file}")
        fail("not installed: ${file}")
    endif()
endforeach()
if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "${text}")
endif()

execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${desktop_file}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR output MATCHES "error:|warning:")
    fail("desktop-file-validate ${desktop_file}:\n${output}")
endif()
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --no-color "${metainfo_file}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    fail("appstreamcli validate ${metainfo_file}:\n${output}")
endif()

# The names that tie them together: the desktop file names the icon and the program, the
# metainfo launches the desktop file, the console says which desktop file is its own.
file(READ "${desktop_file}" desktop)
if(NOT desktop MATCHES "\nIcon=${app_id}\n")
    fail("the desktop file's Icon is not ${app_id}")
endif()
if(NOT desktop MATCHES "\nExec=send-connector-console\n")
    fail("the desktop file does not start the installed send-connector-console")
endif()
if(NOT desktop MATCHES "\nStartupWMClass=send-connector-console\n")
    fail("the desktop file's StartupWMClass is not the console's window class (its application name)")
endif()
file(READ "${metainfo_file}" metainfo)
foreach(fragment "<id>${app_id}</id>" "<launchable type=\"desktop-id\">${app_id}.desktop</launchable>"
        "<binary>send-connector-console</binary>" "<binary>send-connector-shell</binary>")
    string(FIND "${metainfo}" "${fragment}" at)
    if(at EQUAL -1)
        fail("the metainfo lacks ${fragment}")
    endif()
endforeach()
# This version is released in the metainfo and named by the manual pages.
string(FIND "${metainfo}" "<release version=\"${VERSION}\"" at)
if(at EQUAL -1)
    fail("the metainfo has no <release> of version ${VERSION}")
endif()
foreach(page send-connector-console send-connector-shell)
    file(STRINGS "${root}/share/man/man1/${page}.1" header LIMIT_COUNT 1 REGEX "^\\.TH ")
    if(NOT header MATCHES "\"send-connector-console ${VERSION}\"")
        fail("the manual page ${page}.1 does not name version ${VERSION}: ${header}")
    endif()
endforeach()
file(READ "${SOURCE_DIR}/app/console_main.cpp" console_main)
string(FIND "${console_main}" "setDesktopFileName(QStringLiteral(\"${app_id}\"))" at)
if(at EQUAL -1)
    fail("send-connector-console does not call setDesktopFileName(\"${app_id}\")")
endif()
file(READ "${icon_file}" icon)
if(NOT icon MATCHES "<svg[ \n]")
    fail("${icon_file} is not an SVG image")
endif()

# The installed shell, run from its installed place, lists the sample organization's connectors,
# also in German (a forced language whose catalogue is not found is an error).
file(COPY_FILE "${SOURCE_DIR}/resources/sample-organization.json" "${WORK_DIR}/organization.json")
foreach(language en de)
    execute_process(COMMAND "${root}/bin/send-connector-shell" --language ${language}
                            --organization "${WORK_DIR}/organization.json" -c Get-SendConnector
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT result EQUAL 0 OR NOT output MATCHES "Contoso to Internet")
        fail("the installed send-connector-shell --language ${language} did not list the connectors "
             "(${result}):\n${output}${errors}")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "${text}")
endif()
message(STATUS "installed and valid: ${expected}")
