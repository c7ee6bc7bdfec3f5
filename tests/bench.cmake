# Benchmarks that are not tests: built on demand, never added to CTest. tests/bench/run.sh runs them.
# bench_consoleload: the console with 200 documents under 50 updates/s (tests/bench/consoleload).
add_executable(bench_consoleload
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/main.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/consoleloadbench.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/consoleloadbench.h
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/loadwriter.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/loadwriter.h
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/stallmeter.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/bench/consoleload/stallmeter.h)
target_link_libraries(bench_consoleload PRIVATE SyncUi SyncClient SpEmulator Qt6::Widgets)
