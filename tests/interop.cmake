# Interop with the official twilio-sync JS client. Needs Node 20 + npm; run-with-npm.sh installs
# the pinned client into tests/conformance/node_modules the way run-conformance.sh does (77 =
# skipped).
set(INTEROP_DIR ${CMAKE_CURRENT_SOURCE_DIR}/interop)
add_library(SpInteropCommon STATIC ${INTEROP_DIR}/jspeer.cpp ${INTEROP_DIR}/jspeer.h
                                   ${INTEROP_DIR}/interoprig.h)
target_include_directories(SpInteropCommon PUBLIC ${INTEROP_DIR})
target_link_libraries(SpInteropCommon PUBLIC SyncClient SpTestCommon Qt6::Test)

sp_add_test(tst_interop SOURCES ${INTEROP_DIR}/tst_interop.cpp LIBS SpInteropCommon
            WRAPPER ${INTEROP_DIR}/run-with-npm.sh DEPENDS sp-sync-emulator
            LABELS integration interop SKIP_RETURN_CODE 77)
