# Chaos test: our producers and consumers as separate processes (sp-chaos-agent) and
# the official JS client, on an emulator with faults that is SIGKILLed and restarted twice.
# Needs Node 20 + npm (run-with-npm.sh installs the pinned twilio-sync; 77 = skipped).
set(CHAOS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/chaos)
add_executable(sp-chaos-agent
    ${CHAOS_DIR}/agent/main.cpp
    ${CHAOS_DIR}/agent/agentcommon.cpp ${CHAOS_DIR}/agent/agentcommon.h
    ${CHAOS_DIR}/agent/chaosproducer.cpp ${CHAOS_DIR}/agent/chaosproducer.h
    ${CHAOS_DIR}/agent/chaosconsumer.cpp ${CHAOS_DIR}/agent/chaosconsumer.h)
target_link_libraries(sp-chaos-agent PRIVATE SyncClient Qt6::Core)

add_executable(tst_chaos ${CHAOS_DIR}/tst_chaos.cpp
    ${CHAOS_DIR}/agentprocess.cpp ${CHAOS_DIR}/agentprocess.h
    ${CHAOS_DIR}/deliveryledger.cpp ${CHAOS_DIR}/deliveryledger.h)
target_link_libraries(tst_chaos PRIVATE SpInteropCommon Qt6::Test)
add_dependencies(tst_chaos sp-sync-emulator sp-chaos-agent)
add_test(NAME tst_chaos COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/interop/run-with-npm.sh $<TARGET_FILE:tst_chaos>)
set_tests_properties(tst_chaos PROPERTIES
    LABELS "integration;chaos"
    TIMEOUT 600
    SKIP_RETURN_CODE 77
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SP_EMULATOR=$<TARGET_FILE:sp-sync-emulator>;SP_CHAOS_AGENT=$<TARGET_FILE:sp-chaos-agent>;SP_SOURCE_DIR=${PROJECT_SOURCE_DIR}")

# Benchmark (built with everything so it keeps compiling, never run by CTest):
# tests/bench/concurrent/run.sh runs it (concurrent_append; soak with --soak MINUTES).
add_executable(sp-bench-concurrent
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/concurrent/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/concurrent/concurrentbench.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/concurrent/concurrentbench.h)
target_link_libraries(sp-bench-concurrent PRIVATE SpBenchCommon SpInteropCommon)
add_dependencies(sp-bench-concurrent sp-sync-emulator)
