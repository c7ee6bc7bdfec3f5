# The proctor console in a live exam: conditional writes, documents by id, delivery states,
# profiles, secrets, keyboard. Widget tests run offscreen; "e2e" ones against the in-process
# emulator over real WebSockets.
if(TARGET SyncUiModels)
    sp_add_test(tst_jsonmerge SOURCES unit/jsonmerge/tst_jsonmerge.cpp LIBS SyncUiModels LABELS unit)
endif()
if(TARGET SyncUi)
    sp_add_test(tst_keychain SOURCES console/tst_keychain.cpp LIBS SyncUi LABELS integration)
    sp_add_test(tst_profiles SOURCES console/tst_profiles.cpp widgets/common/fakebackend.h
                LIBS SyncUi INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/widgets/common LABELS unit)
    sp_add_test(tst_consoleaccess SOURCES console/tst_consoleaccess.cpp widgets/common/fakebackend.h
                LIBS SyncUi INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/widgets/common LABELS unit widgets)
endif()
if(TARGET SyncUi AND TARGET SpEmulator)
    foreach(t conditionalwrites deliverystates documentsbyid)
        sp_add_test(tst_${t} SOURCES console/tst_${t}.cpp console/democonsole.h
                    LIBS SyncUi SpEmulator INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/console
                    LABELS integration widgets TIMEOUT 180)
    endforeach()
endif()
# --help and --version without any display: a real process with DISPLAY and QT_QPA_PLATFORM unset.
if(TARGET sp-proctor-console)
    sp_add_test(tst_consolecli SOURCES console/tst_consolecli.cpp
                DEFINES SP_CONSOLE_EXE="$<TARGET_FILE:sp-proctor-console>"
                DEPENDS sp-proctor-console LABELS integration)
endif()
