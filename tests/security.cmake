# The security matrix: identities, tokens, URL policy, TLS and the token scan, against
# the real emulator and the spsync binary. Needs the openssl command for its test certificates.
set(SECURITY_DIR ${CMAKE_CURRENT_SOURCE_DIR}/integration/security)
sp_add_test(tst_securitymatrix
    SOURCES ${SECURITY_DIR}/tst_securitymatrix.cpp
            ${SECURITY_DIR}/securityrig.cpp ${SECURITY_DIR}/securityrig.h
            ${SECURITY_DIR}/testpki.cpp ${SECURITY_DIR}/testpki.h
            ${SECURITY_DIR}/tlsbridge.cpp ${SECURITY_DIR}/tlsbridge.h
    LIBS SyncClient SpEmulator SpTestCommon Qt6::Network Qt6::WebSockets
    DEPENDS spsync sp-sync-emulator ENV SPSYNC=$<TARGET_FILE:spsync>
    LABELS integration security)
