# SPDX-License-Identifier: MIT
# Writes a program's man page from its own --help, with help2man, gzipped as Debian ships them
# (gzip -9n: no name or time stamp, so the page is the same at every build). For a program with
# commands (rnnlab-cli), each command's --help becomes a subsection of COMMANDS. Run at build time:
#   cmake -DHELP2MAN=… -DPROGRAM=path/to/rnnlab-cli -DNAME="one-line description" -DVERSION=0.1.0
#         [-DCOMMANDS=ON] [-DSEE_ALSO=rnnlab] -DOUTPUT=rnnlab-cli.1.gz -P manpage.cmake
# The programs run without a display (QT_QPA_PLATFORM=offscreen), and without leak reports when
# they were built with AddressSanitizer (the build would otherwise stop on Qt's exit-time leaks).
cmake_minimum_required(VERSION 3.25)
foreach(variable HELP2MAN PROGRAM NAME VERSION OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "manpage.cmake: -D${variable}=… is required")
    endif()
endforeach()
get_filename_component(program_name "${PROGRAM}" NAME)
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{ASAN_OPTIONS} detect_leaks=0)
set(ENV{LC_ALL} C.UTF-8)
# In English whatever the machine's language (the programs follow View > Language's setting, then
# LANGUAGE): Debian's man pages are English, and "Commands:" below is read in English.
set(ENV{LANGUAGE} en)
set(ENV{XDG_CONFIG_HOME} "${OUTPUT}.no-settings")

# roff: a backslash is \e, and a line that starts with . or ' would be a request.
function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(include_file "${OUTPUT}.h2m")
set(include_text "")
if(COMMANDS)
    execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE usage RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "manpage.cmake: ${program_name} --help failed (${status})")
    endif()
    # The command names: the lines "  name   description" between "Commands:" and the next blank line.
    string(REGEX MATCH "Commands:\n(.*)" block "${usage}")
    string(REGEX REPLACE "\n\n.*" "" block "${CMAKE_MATCH_1}")
    string(REGEX MATCHALL "(^|\n)  [a-z][a-z-]*" names "${block}")
    set(include_text "[COMMANDS]\nEach command has its own options: \\fB${program_name} COMMAND --help\\fR.\n")
    foreach(name IN LISTS names)
        string(STRIP "${name}" name)
        execute_process(COMMAND "${PROGRAM}" ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "manpage.cmake: ${program_name} ${name} --help failed (${status})")
        endif()
        roff_escape("${help}" help)
        string(APPEND include_text ".SS ${name}\n.nf\n${help}.fi\n")
    endforeach()
endif()
if(SEE_ALSO)
    string(APPEND include_text "[SEE ALSO]\n.BR ${SEE_ALSO} (1)\n")
endif()
file(WRITE "${include_file}" "${include_text}")

string(REGEX REPLACE "\\.gz$" "" page "${OUTPUT}")
execute_process(COMMAND "${HELP2MAN}" --no-info --section=1 "--name=${NAME}"
                        "--version-string=${VERSION}" "--include=${include_file}" "--output=${page}" "${PROGRAM}"
                RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "manpage.cmake: help2man failed for ${program_name}: ${errors}")
endif()
file(REMOVE "${OUTPUT}")
execute_process(COMMAND gzip -9n "${page}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "manpage.cmake: gzip failed for ${page}")
endif()
