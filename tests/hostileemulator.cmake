# Hostile peers against a spawned emulator: raw sockets, oversized and slow requests, slow
# subscribers, ACL probing, file permissions, rate limits (label "hostile").
add_library(SpHostilePeer STATIC integration/hostileemulator/rawpeer.cpp
            integration/hostileemulator/rawpeer.h)
target_include_directories(SpHostilePeer PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/integration/hostileemulator)
target_link_libraries(SpHostilePeer PUBLIC SpTwilsock Qt6::Network Qt6::Test)

foreach(name hostilehttp hostilesessions hostilefiles)
    sp_add_test(tst_${name} SOURCES integration/hostileemulator/tst_${name}.cpp
                LIBS SpHostilePeer SpEmulatorTestClient SpTestCommon SpEmulator Qt6::Network
                DEPENDS sp-sync-emulator LABELS hostile integration TIMEOUT 240)
endforeach()
