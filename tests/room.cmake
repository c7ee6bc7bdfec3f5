# Room view and QA workbench: the room model (unit); the room controller, room view and
# simulated students against the in-process emulator (integration); scenario files through the
# console's --scenario (integration).
if(TARGET SyncUiModels)
    sp_add_test(tst_roommodel SOURCES unit/roommodel/tst_roommodel.cpp LIBS SyncUiModels LABELS unit)
endif()
if(TARGET SyncUiQa)
    sp_add_test(tst_room SOURCES room/tst_room.cpp LIBS SyncUiQa
                DEFINES SP_SPSYNC_EXE="$<TARGET_FILE:spsync>" DEPENDS spsync
                LABELS integration widgets)
endif()
if(TARGET sp-proctor-console)
    sp_add_test(tst_scenariofiles SOURCES room/tst_scenariofiles.cpp
                DEFINES SP_CONSOLE_EXE="$<TARGET_FILE:sp-proctor-console>"
                DEPENDS sp-proctor-console LABELS integration)
endif()
