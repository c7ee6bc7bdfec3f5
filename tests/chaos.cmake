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

sp_add_test(tst_chaos
            SOURCES ${CHAOS_DIR}/tst_chaos.cpp
                    ${CHAOS_DIR}/agentprocess.cpp ${CHAOS_DIR}/agentprocess.h
            LIBS SpInteropCommon WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/interop/run-with-npm.sh
            DEPENDS sp-sync-emulator sp-chaos-agent ENV SP_CHAOS_AGENT=$<TARGET_FILE:sp-chaos-agent>
            LABELS integration chaos TIMEOUT 600 SKIP_RETURN_CODE 77)
