# SP convenience-layer sources without network state (catalog, identities, validation,
# token exchange, redaction). Included by syncclient/CMakeLists.txt.
set(SP_LAYER_SOURCES)
