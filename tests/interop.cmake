# Interop with the official twilio-sync JS client, and the action round-trip benchmark.
# Both need Node 20 + npm; run-with-npm.sh installs the pinned
# client into tests/conformance/node_modules the way run-conformance.sh does.
set(INTEROP_DIR ${CMAKE_CURRENT_SOURCE_DIR}/interop)
add_library(SpInteropCommon STATIC ${INTEROP_DIR}/jspeer.cpp ${INTEROP_DIR}/jspeer.h
                                   ${INTEROP_DIR}/interoprig.h)
target_include_directories(SpInteropCommon PUBLIC ${INTEROP_DIR})
target_link_libraries(SpInteropCommon PUBLIC SyncClient SpTestCommon Qt6::Test)

# The CTest entry runs the test through the wrapper, so it is not registered by sp_add_test.
add_executable(tst_interop ${INTEROP_DIR}/tst_interop.cpp)
target_link_libraries(tst_interop PRIVATE SpInteropCommon Qt6::Test)
add_dependencies(tst_interop sp-sync-emulator)
add_test(NAME tst_interop COMMAND ${INTEROP_DIR}/run-with-npm.sh $<TARGET_FILE:tst_interop>)
set_tests_properties(tst_interop PROPERTIES
    LABELS "integration;interop"
    TIMEOUT 300
    SKIP_RETURN_CODE 77
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SP_EMULATOR=$<TARGET_FILE:sp-sync-emulator>;SP_SOURCE_DIR=${PROJECT_SOURCE_DIR}")

# Benchmark (built with everything so it keeps compiling, never run by CTest):
# tests/bench/actionrtt/run.sh runs it.
add_executable(sp-bench-actionrtt
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/actionrtt/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/actionrtt/rttbench.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/actionrtt/rttbench.h)
target_link_libraries(sp-bench-actionrtt PRIVATE SpInteropCommon SpBenchCommon)
target_compile_definitions(sp-bench-actionrtt PRIVATE SP_BENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
