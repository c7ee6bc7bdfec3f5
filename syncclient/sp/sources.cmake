# SP convenience-layer sources without network state (catalog, identities, validation,
# token exchange). Included by syncclient/CMakeLists.txt.
set(SP_LAYER_SOURCES
    actioncatalog.cpp actioncatalog.h
    spidentity.cpp spidentity.h
    sptokenexchange.cpp sptokenexchange.h
)
