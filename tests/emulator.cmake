# Emulator core: storage, limits, routing, sessions.
sp_add_test(tst_documentstore SOURCES unit/documentstore/tst_documentstore.cpp LIBS SpEmulator LABELS unit)
sp_add_test(tst_documentlimits SOURCES unit/documentlimits/tst_documentlimits.cpp LIBS SpEmulator LABELS unit)
sp_add_test(tst_cdsrouter SOURCES unit/cdsrouter/tst_cdsrouter.cpp LIBS SpEmulator LABELS unit)
sp_add_test(tst_emulatoroptions SOURCES unit/emulatoroptions/tst_emulatoroptions.cpp LIBS SpEmulator LABELS unit)

add_library(SpEmulatorTestClient STATIC integration/emulatorcommon/twilsocktestclient.cpp
            integration/emulatorcommon/twilsocktestclient.h)
target_include_directories(SpEmulatorTestClient PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/integration/emulatorcommon)
target_link_libraries(SpEmulatorTestClient PUBLIC SpTwilsock Qt6::Core Qt6::WebSockets Qt6::Test)

sp_add_test(tst_emulatortwilsock SOURCES integration/emulatortwilsock/tst_emulatortwilsock.cpp
            LIBS SpEmulatorTestClient SpTestCommon LABELS integration TIMEOUT 180)
add_dependencies(tst_emulatortwilsock sp-sync-emulator)

sp_add_test(tst_emulatorcli SOURCES integration/emulatorcli/tst_emulatorcli.cpp
            LIBS SpEmulatorTestClient SpTestCommon Qt6::Network LABELS integration TIMEOUT 180)
add_dependencies(tst_emulatorcli sp-sync-emulator)
sp_add_test(tst_emulatorserver SOURCES unit/emulatorserver/tst_emulatorserver.cpp
            LIBS SpEmulator SpEmulatorTestClient LABELS unit)
