# Client edge cases read from Twilio's SDKs (docs/client-edge-cases.md).
set(CLIENTEDGES_FAKE ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport/faketransport.h)

function(clientedges_test name)
    sp_add_test(${name} SOURCES unit/clientedges/${name}.cpp ${CLIENTEDGES_FAKE}
                LIBS SyncClient Qt6::WebSockets LABELS unit hostile)
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport)
endfunction()

clientedges_test(tst_twilsockedges)
clientedges_test(tst_subscriptionedges)
sp_add_test(tst_spsyncregion SOURCES unit/clientedges/tst_spsyncregion.cpp
            LIBS SpSyncCli LABELS unit)
sp_add_test(tst_protocolgarbage
            SOURCES unit/clientedges/tst_protocolgarbage.cpp hostile/client/hostileserver.cpp
                    hostile/client/hostileserver.h
            LIBS SyncClient Qt6::WebSockets LABELS hostile TIMEOUT 120)
target_include_directories(tst_protocolgarbage PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/hostile/client)
add_dependencies(tst_protocolgarbage spsync)
set_property(TEST tst_protocolgarbage APPEND PROPERTY ENVIRONMENT "SPSYNC=$<TARGET_FILE:spsync>")
if(TARGET SyncUi)
    sp_add_test(tst_profileregion SOURCES unit/clientedges/tst_profileregion.cpp
                LIBS SyncUi LABELS unit widgets)
endif()
sp_add_test(tst_subscriptionttl SOURCES unit/clientedges/tst_subscriptionttl.cpp
            LIBS SyncClient SpTestCommon LABELS integration TIMEOUT 120)
target_include_directories(tst_subscriptionttl PRIVATE
                           ${CMAKE_CURRENT_SOURCE_DIR}/integration/clientcommon)
add_dependencies(tst_subscriptionttl sp-sync-emulator)
