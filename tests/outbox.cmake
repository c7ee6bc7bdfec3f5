# Durable outbox of the client library: journal, fake-transport logic, and the
# crash/restart scenarios against the real emulator.
sp_add_test(tst_actionoutbox SOURCES unit/actionoutbox/tst_actionoutbox.cpp
            LIBS SyncClient LABELS unit)

sp_add_test(tst_syncclientoutbox SOURCES unit/syncclientoutbox/tst_syncclientoutbox.cpp
                                         unit/faketransport/faketransport.h
            LIBS SyncClient INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport LABELS unit)

# Against the spawned emulator (kill/restart, fault injection) and a producer process.
add_executable(sp-outbox-producer integration/outbox/outboxproducer.cpp)
target_link_libraries(sp-outbox-producer PRIVATE SyncClient)

sp_add_test(tst_outbox SOURCES integration/outbox/tst_outbox.cpp integration/clientcommon/clientrig.h
            LIBS SyncClient SpTestCommon INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/integration/clientcommon
            DEPENDS sp-sync-emulator sp-outbox-producer LABELS integration)
sp_add_test(tst_outboxchaos
            SOURCES integration/outbox/tst_outboxchaos.cpp integration/clientcommon/clientrig.h
            LIBS SyncClient SpTestCommon INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/integration/clientcommon
            DEPENDS sp-sync-emulator sp-outbox-producer
            ENV SP_OUTBOX_PRODUCER=$<TARGET_FILE:sp-outbox-producer> LABELS integration chaos)
