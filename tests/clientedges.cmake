# Client edge cases read from Twilio's SDKs (docs/client-edge-cases.md).
foreach(name twilsockedges subscriptionedges)
    sp_add_test(tst_${name} SOURCES unit/clientedges/tst_${name}.cpp
                                    unit/faketransport/faketransport.h
                LIBS SyncClient Qt6::WebSockets
                INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport LABELS unit hostile)
endforeach()
sp_add_test(tst_spsyncregion SOURCES unit/clientedges/tst_spsyncregion.cpp
            LIBS SpSyncCli LABELS unit)
sp_add_test(tst_protocolgarbage
            SOURCES unit/clientedges/tst_protocolgarbage.cpp hostile/client/hostileserver.cpp
                    hostile/client/hostileserver.h
            LIBS SyncClient Qt6::WebSockets INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/hostile/client
            DEPENDS spsync ENV SPSYNC=$<TARGET_FILE:spsync> LABELS hostile TIMEOUT 120)
if(TARGET SyncUi)
    sp_add_test(tst_profileregion SOURCES unit/clientedges/tst_profileregion.cpp
                LIBS SyncUi LABELS unit widgets)
endif()
sp_add_test(tst_subscriptionttl SOURCES unit/clientedges/tst_subscriptionttl.cpp
            LIBS SyncClient SpTestCommon
            INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/integration/clientcommon
            DEPENDS sp-sync-emulator LABELS integration TIMEOUT 120)
