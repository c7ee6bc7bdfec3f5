# Client side of the hostile-peer tests: a fake Twilsock server that lies drives the library and
# the real spsync binary (and spsync runs against the emulator with debug logging on).
sp_add_test(tst_hostileclient
            SOURCES hostile/client/tst_hostileclient.cpp hostile/client/hostileserver.cpp
                    hostile/client/hostileserver.h
            LIBS SyncClient SpTestCommon Qt6::WebSockets
            INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/hostile/client
            DEPENDS spsync sp-sync-emulator ENV SPSYNC=$<TARGET_FILE:spsync> LABELS hostile)
