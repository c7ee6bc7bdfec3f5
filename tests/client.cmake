# Tests of the client library.
set(CLIENT_FAKE ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport/faketransport.h)

function(client_test name dir)
    cmake_parse_arguments(C "" "TIMEOUT" "LABELS;LIBS" ${ARGN})
    if(NOT C_LABELS)
        set(C_LABELS unit)
    endif()
    if(NOT C_TIMEOUT)
        set(C_TIMEOUT 300)
    endif()
    sp_add_test(${name} SOURCES ${dir}/${name}.cpp ${CLIENT_FAKE}
                LIBS SyncClient ${C_LIBS} LABELS ${C_LABELS} TIMEOUT ${C_TIMEOUT})
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport)
endfunction()

client_test(tst_backoff unit/backoff)
client_test(tst_actionqueue unit/actionqueue)
client_test(tst_twilsockchannel unit/twilsockchannel)
client_test(tst_syncdocument unit/syncdocument)
client_test(tst_syncclient unit/syncclient)

# Integration tests against the spawned emulator.
function(client_itest name)
    sp_add_test(tst_${name} SOURCES integration/${name}/tst_${name}.cpp
                            integration/clientcommon/clientrig.h
                LIBS SyncClient SpTestCommon LABELS integration TIMEOUT 300)
    target_include_directories(tst_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/integration/clientcommon)
    add_dependencies(tst_${name} sp-sync-emulator)
endfunction()
client_itest(clientdocument)
client_itest(clientreconnect)
client_itest(clientsp)
# Interop with the official JS client: tests/interop (tst_interop).
