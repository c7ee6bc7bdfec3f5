# Wire logs (spsync --wire-log, the console's diagnostic log): rendering and redaction, replaying
# a recorded log into the client, and logs of real sessions against the emulator.
set(WIRELOG_FAKE ${CMAKE_CURRENT_SOURCE_DIR}/unit/faketransport)
sp_add_test(tst_wirelog SOURCES unit/wirelog/tst_wirelog.cpp ${WIRELOG_FAKE}/faketransport.h
            LIBS SyncClient INCLUDES ${WIRELOG_FAKE} LABELS unit)
sp_add_test(tst_wirelogreplay SOURCES unit/wirelogreplay/tst_wirelogreplay.cpp
            ${WIRELOG_FAKE}/faketransport.h ${WIRELOG_FAKE}/wirereplay.h
            LIBS SyncClient INCLUDES ${WIRELOG_FAKE} LABELS unit)

# The session test's wire logs (fixture sp_wire_logs) hold no token and no test secret.
sp_add_test(tst_wirelogsession SOURCES integration/wirelog/tst_wirelogsession.cpp
            integration/clientcommon/clientrig.h
            LIBS SyncClient SpTestCommon INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/integration/clientcommon
            DEPENDS sp-sync-emulator spsync ENV SPSYNC=$<TARGET_FILE:spsync> LABELS integration
            PROPERTIES FIXTURES_SETUP sp_wire_logs)
sp_add_test(wirelog_no_tokens COMMAND ${PROJECT_SOURCE_DIR}/scripts/check-no-tokens.sh
                                      ${CMAKE_BINARY_DIR}
            ENV CHECK_NO_TOKENS_WIRE_ONLY=1 LABELS integration security
            PROPERTIES FIXTURES_REQUIRED sp_wire_logs)

if(TARGET SyncUi)
    sp_add_test(tst_diagnosticlog SOURCES widgets/diagnosticlog/tst_diagnosticlog.cpp
                widgets/common/fakebackend.h ${WIRELOG_FAKE}/faketransport.h
                LIBS SyncUi INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/widgets/common ${WIRELOG_FAKE}
                LABELS unit widgets)
endif()
