# Durable outbox of the client library: journal, fake-transport logic, and the
# crash/restart scenarios against the real emulator.
sp_add_test(tst_actionoutbox SOURCES unit/actionoutbox/tst_actionoutbox.cpp
            LIBS SyncClient LABELS unit)

sp_add_test(tst_syncclientoutbox SOURCES unit/syncclientoutbox/tst_syncclientoutbox.cpp
                                         unit/faketransport/faketransport.h
            LIBS SyncClient LABELS unit)
target_include_directories(tst_syncclientoutbox PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport)

# Against the spawned emulator (kill/restart, fault injection) and a producer process.
add_executable(sp-outbox-producer integration/outbox/outboxproducer.cpp)
target_link_libraries(sp-outbox-producer PRIVATE SyncClient)

foreach(name outbox outboxchaos)
    sp_add_test(tst_${name} SOURCES integration/outbox/tst_${name}.cpp
                                    integration/clientcommon/clientrig.h
                LIBS SyncClient SpTestCommon LABELS integration TIMEOUT 300)
    target_include_directories(tst_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/integration/clientcommon)
    add_dependencies(tst_${name} sp-sync-emulator sp-outbox-producer)
endforeach()
set_tests_properties(tst_outboxchaos PROPERTIES LABELS "integration;chaos")
set_property(TEST tst_outboxchaos APPEND PROPERTY
             ENVIRONMENT "SP_OUTBOX_PRODUCER=$<TARGET_FILE:sp-outbox-producer>")
