# Emulator auth: tokens, principals, ACL grants, SP token API.
sp_add_test(tst_tokenauthority SOURCES unit/tokenauthority/tst_tokenauthority.cpp
            LIBS SpEmulator LABELS unit)
sp_add_test(tst_aclstore SOURCES unit/aclstore/tst_aclstore.cpp LIBS SpEmulator LABELS unit)
sp_add_test(tst_principals SOURCES unit/principals/tst_principals.cpp LIBS SpEmulator LABELS unit)
sp_add_test(tst_sptokenapi SOURCES unit/sptokenapi/tst_sptokenapi.cpp LIBS SpEmulator LABELS unit)
sp_add_test(tst_emusprules SOURCES unit/emusprules/tst_emusprules.cpp LIBS SpEmulator LABELS unit)
sp_add_test(tst_emulatorauth_http SOURCES integration/emulatorauth_http/tst_emulatorauth_http.cpp
            LIBS SpEmulator SpTestCommon Qt6::Network Qt6::WebSockets LABELS integration TIMEOUT 120)
add_dependencies(tst_emulatorauth_http sp-sync-emulator)
