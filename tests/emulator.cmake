# Emulator core: storage, limits, routing, sessions.
foreach(name documentstore documentlimits cdsrouter emulatoroptions)
    sp_add_test(tst_${name} SOURCES unit/${name}/tst_${name}.cpp LIBS SpEmulator LABELS unit)
endforeach()

add_library(SpEmulatorTestClient STATIC integration/emulatorcommon/twilsocktestclient.cpp
            integration/emulatorcommon/twilsocktestclient.h)
target_include_directories(SpEmulatorTestClient PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/integration/emulatorcommon)
target_link_libraries(SpEmulatorTestClient PUBLIC SpTwilsock Qt6::Core Qt6::WebSockets Qt6::Test)

sp_add_test(tst_emulatortwilsock SOURCES integration/emulatortwilsock/tst_emulatortwilsock.cpp
            LIBS SpEmulatorTestClient SpTestCommon DEPENDS sp-sync-emulator
            LABELS integration TIMEOUT 180)
sp_add_test(tst_emulatorcli SOURCES integration/emulatorcli/tst_emulatorcli.cpp
            LIBS SpEmulatorTestClient SpTestCommon Qt6::Network DEPENDS sp-sync-emulator
            LABELS integration TIMEOUT 180)
sp_add_test(tst_emulatorserver SOURCES unit/emulatorserver/tst_emulatorserver.cpp
            LIBS SpEmulator SpEmulatorTestClient LABELS unit)
