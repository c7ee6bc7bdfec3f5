# Wire logs (spsync --wire-log, the console's diagnostic log): rendering and redaction, replaying
# a recorded log into the client, and logs of real sessions against the emulator.
sp_add_test(tst_wirelog SOURCES unit/wirelog/tst_wirelog.cpp unit/faketransport/faketransport.h
            LIBS SyncClient LABELS unit)
target_include_directories(tst_wirelog PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport)

sp_add_test(tst_wirelogreplay SOURCES unit/wirelogreplay/tst_wirelogreplay.cpp
            unit/faketransport/faketransport.h unit/faketransport/wirereplay.h
            LIBS SyncClient LABELS unit)
target_include_directories(tst_wirelogreplay PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport)

sp_add_test(tst_wirelogsession SOURCES integration/wirelog/tst_wirelogsession.cpp
            integration/clientcommon/clientrig.h
            LIBS SyncClient SpTestCommon LABELS integration TIMEOUT 300)
target_include_directories(tst_wirelogsession PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/integration/clientcommon)
add_dependencies(tst_wirelogsession sp-sync-emulator spsync)
set_property(TEST tst_wirelogsession APPEND PROPERTY ENVIRONMENT "SPSYNC=$<TARGET_FILE:spsync>")

# The wire logs the session test wrote hold no token and no test secret.
set_property(TEST tst_wirelogsession APPEND PROPERTY FIXTURES_SETUP sp_wire_logs)
add_test(NAME wirelog_no_tokens COMMAND ${PROJECT_SOURCE_DIR}/scripts/check-no-tokens.sh
         ${CMAKE_BINARY_DIR})
set_tests_properties(wirelog_no_tokens PROPERTIES LABELS "integration;security"
                     FIXTURES_REQUIRED sp_wire_logs ENVIRONMENT "CHECK_NO_TOKENS_WIRE_ONLY=1")

if(TARGET SyncUi)
    sp_add_test(tst_diagnosticlog SOURCES widgets/diagnosticlog/tst_diagnosticlog.cpp
                widgets/common/fakebackend.h unit/faketransport/faketransport.h
                LIBS SyncUi LABELS unit widgets)
    target_include_directories(tst_diagnosticlog PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/widgets/common
                               ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport)
endif()
