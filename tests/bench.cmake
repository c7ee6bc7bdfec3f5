# Benchmarks that are not tests: built on demand, never added to CTest. tests/bench/run.sh runs them.
# bench_consoleload: the console with 200 documents under 50 updates/s (tests/bench/consoleload).
if(SYNC_BUILD_UI)
    add_executable(bench_consoleload
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/main.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/consoleloadbench.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/consoleloadbench.h
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/loadwriter.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/loadwriter.h
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/stallmeter.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/stallmeter.h)
    target_link_libraries(bench_consoleload PRIVATE SyncUi SyncClient SpEmulator SpBenchCommon Qt6::Widgets)
endif()
# bench_roomview: the room view with 500 simulated students, 100 updates/s (tests/bench/roomview).
if(TARGET SyncUiQa)
    add_executable(bench_roomview
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/roomview/main.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/roomview/roomviewbench.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/roomview/roomviewbench.h
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/stallmeter.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/stallmeter.h)
    target_link_libraries(bench_roomview PRIVATE SyncUiQa SpBenchCommon Qt6::Widgets)
endif()

# Shared JSON-line output, percentiles and RSS for every benchmark.
add_library(SpBenchCommon STATIC ${CMAKE_CURRENT_SOURCE_DIR}/bench/common/benchline.cpp
                                 ${CMAKE_CURRENT_SOURCE_DIR}/bench/common/benchline.h)
target_include_directories(SpBenchCommon PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/bench/common)
target_link_libraries(SpBenchCommon PUBLIC Qt6::Core)

# sp-bench-emulator: codec_decode, fanout, emulator_connections (tests/bench/emulatorload).
add_executable(sp-bench-emulator
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/emulatorload/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/emulatorload/codecbench.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/emulatorload/codecbench.h
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/emulatorload/fanoutbench.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/emulatorload/fanoutbench.h)
target_link_libraries(sp-bench-emulator PRIVATE SpBenchCommon SpInteropCommon SpTwilsock)
add_dependencies(sp-bench-emulator sp-sync-emulator)

# sp-bench-abuse: emulator_abuse, emulator memory under hostile load (tests/bench/abuse).
add_executable(sp-bench-abuse
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/abuse/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/abuse/abusebench.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/abuse/abusebench.h)
target_link_libraries(sp-bench-abuse PRIVATE SpBenchCommon SpHostilePeer SpEmulatorTestClient
                      SpTestCommon Qt6::Network)
add_dependencies(sp-bench-abuse sp-sync-emulator)

# sp-bench-actionrtt: the action round trip with the official JS client (tests/bench/actionrtt).
add_executable(sp-bench-actionrtt
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/actionrtt/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/actionrtt/rttbench.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/actionrtt/rttbench.h)
target_link_libraries(sp-bench-actionrtt PRIVATE SpInteropCommon SpBenchCommon)
target_compile_definitions(sp-bench-actionrtt PRIVATE SP_BENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# sp-bench-concurrent: concurrent_append, and a soak with --soak MINUTES (tests/bench/concurrent).
add_executable(sp-bench-concurrent
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/concurrent/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/concurrent/concurrentbench.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/concurrent/concurrentbench.h)
target_link_libraries(sp-bench-concurrent PRIVATE SpBenchCommon SpInteropCommon)
add_dependencies(sp-bench-concurrent sp-sync-emulator)
