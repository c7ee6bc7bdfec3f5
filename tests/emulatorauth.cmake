# Emulator auth: tokens, principals, ACL grants, SP token API.
foreach(name tokenauthority aclstore principals sptokenapi emusprules)
    sp_add_test(tst_${name} SOURCES unit/${name}/tst_${name}.cpp LIBS SpEmulator LABELS unit)
endforeach()
sp_add_test(tst_emulatorauth_http SOURCES integration/emulatorauth_http/tst_emulatorauth_http.cpp
            LIBS SpEmulator SpTestCommon Qt6::Network Qt6::WebSockets DEPENDS sp-sync-emulator
            LABELS integration TIMEOUT 120)
