# sp_add_test(<name>
#     [SOURCES src...]            build the Qt Test executable <name> from these sources
#     [COMMAND cmd [arg...]]      or run this command instead (a script; no executable is built)
#     [WRAPPER cmd [arg...]]      run the executable through this command (e.g. run-with-npm.sh)
#     [ARGS arg...]               arguments after the executable
#     [LIBS lib...] [INCLUDES dir...] [DEFINES def...]   for the executable (tests/common is
#                                                        always on the include path)
#     [DEPENDS target...]         targets the test runs (built before the executable, and by
#                                 tests_<label> for each of its labels)
#     [ENV VAR=value...]          added to QT_QPA_PLATFORM=offscreen, SP_EMULATOR, SP_SOURCE_DIR
#     [LABELS label...] [TIMEOUT s] [SKIP_RETURN_CODE n] [WORKING_DIRECTORY dir]
#     [PROPERTIES prop value...]) any other CTest property (fixtures, resource locks)
# Every CTest entry of the project is registered here, so all of them share the environment,
# the timeout default (300 s) and its ASan scaling.
# Qt Test puts each test's absolute source and build directories on its compile line, for
# QFINDTESTDATA. Our tests find their data through SP_SOURCE_DIR instead, and those two paths made
# every test object differ between two clones of the repository, so ccache could not share them.
get_target_property(sp_qttest_definitions Qt6::Test INTERFACE_COMPILE_DEFINITIONS)
list(FILTER sp_qttest_definitions EXCLUDE REGEX "^QT_TESTCASE_(BUILD|SOURCE)DIR=")
set_target_properties(Qt6::Test PROPERTIES INTERFACE_COMPILE_DEFINITIONS "${sp_qttest_definitions}")

function(sp_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT;SKIP_RETURN_CODE;WORKING_DIRECTORY"
        "SOURCES;COMMAND;WRAPPER;ARGS;LIBS;INCLUDES;DEFINES;DEPENDS;ENV;LABELS;PROPERTIES" ${ARGN})
    if(T_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "sp_add_test(${name}): unknown arguments ${T_UNPARSED_ARGUMENTS}")
    endif()
    if(T_SOURCES AND T_COMMAND)
        message(FATAL_ERROR "sp_add_test(${name}): SOURCES and COMMAND exclude each other")
    endif()
    if(T_SOURCES)
        add_executable(${name} ${T_SOURCES})
        target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
        target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common ${T_INCLUDES})
        if(T_DEFINES)
            target_compile_definitions(${name} PRIVATE ${T_DEFINES})
        endif()
        if(T_DEPENDS)
            add_dependencies(${name} ${T_DEPENDS})
        endif()
        set(command ${T_WRAPPER} $<TARGET_FILE:${name}> ${T_ARGS})
    elseif(T_COMMAND)
        set(command ${T_COMMAND} ${T_ARGS})
    else()
        message(FATAL_ERROR "sp_add_test(${name}): needs SOURCES or COMMAND")
    endif()
    if(T_WORKING_DIRECTORY)
        add_test(NAME ${name} COMMAND ${command} WORKING_DIRECTORY ${T_WORKING_DIRECTORY})
    else()
        add_test(NAME ${name} COMMAND ${command})
    endif()

    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    if(SYNC_ENABLE_ASAN) # sanitizers make everything 2-3x slower
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3")
    endif()
    set(env QT_QPA_PLATFORM=offscreen SP_EMULATOR=$<TARGET_FILE:sp-sync-emulator>
            SP_SOURCE_DIR=${PROJECT_SOURCE_DIR} ${T_ENV})
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env}")
    if(T_SKIP_RETURN_CODE)
        set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE ${T_SKIP_RETURN_CODE})
    endif()
    if(T_PROPERTIES)
        set_tests_properties(${name} PROPERTIES ${T_PROPERTIES})
    endif()

    # tests_<label> builds what the tests of that label run and nothing else (./test.sh builds
    # only these under ASan): their executables, their DEPENDS, and the emulator that every test
    # finds through SP_EMULATOR.
    foreach(label IN LISTS T_LABELS)
        if(NOT TARGET tests_${label})
            add_custom_target(tests_${label})
            add_dependencies(tests_${label} sp-sync-emulator)
        endif()
        if(T_SOURCES)
            add_dependencies(tests_${label} ${name})
        endif()
        if(T_DEPENDS)
            add_dependencies(tests_${label} ${T_DEPENDS})
        endif()
    endforeach()
endfunction()
