# spsync: option parsing, exit codes and runner as unit tests; the built binary against
# spawned emulators as an integration test.
foreach(cls spsyncoptions exitcodes actioninput commandrunner)
    sp_add_test(tst_${cls} SOURCES unit/${cls}/tst_${cls}.cpp LIBS SpSyncCli LABELS unit)
endforeach()

sp_add_test(tst_spsync SOURCES integration/spsync/tst_spsync.cpp LIBS SpTestCommon
            DEPENDS spsync sp-sync-emulator ENV SPSYNC=$<TARGET_FILE:spsync> LABELS integration)
