# Tests of the client library: state machines against the fake transport (unit), and
# integration tests against the spawned emulator.
foreach(name backoff actionqueue twilsockchannel syncdocument syncclient)
    sp_add_test(tst_${name} SOURCES unit/${name}/tst_${name}.cpp unit/faketransport/faketransport.h
                LIBS SyncClient INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport
                LABELS unit)
endforeach()

foreach(name clientdocument clientreconnect clientsp)
    sp_add_test(tst_${name} SOURCES integration/${name}/tst_${name}.cpp
                                    integration/clientcommon/clientrig.h
                LIBS SyncClient SpTestCommon
                INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/integration/clientcommon
                DEPENDS sp-sync-emulator LABELS integration)
endforeach()
# Interop with the official JS client: tests/interop (tst_interop).

# Include direction: syncclient/sp/ only from the SP layer up; the emulator sees only the codec.
sp_add_test(check_layering COMMAND ${PROJECT_SOURCE_DIR}/scripts/check-layering.sh
            ${PROJECT_SOURCE_DIR} LABELS unit)
