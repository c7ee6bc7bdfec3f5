# sp_add_test(<name> SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s])
# One Qt Test executable per class, registered with CTest and labelled.
function(sp_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    if(SYNC_ENABLE_ASAN) # sanitizers make everything 2-3x slower
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3")
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SP_EMULATOR=$<TARGET_FILE:sp-sync-emulator>;SP_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
