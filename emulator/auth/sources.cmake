# Tokens, principals, ACL grants and the SP token API.
# Paths relative to emulator/auth/.
set(EMULATOR_AUTH_SOURCES
    aclstore.cpp aclstore.h
    principals.cpp principals.h
    sprules.cpp sprules.h
    sptokenapi.cpp sptokenapi.h
    tokenauthority.cpp tokenauthority.h
)
