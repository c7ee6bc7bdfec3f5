# Proctor console: models (unit), widgets (offscreen, fake backend), and the whole console
# against the in-process emulator (integration).
if(TARGET SyncUiModels)
    foreach(cls jsondiff jsontreemodel eventlogmodel actionqueuemodel documentlistmodel revisionhistory)
        sp_add_test(tst_${cls} SOURCES unit/${cls}/tst_${cls}.cpp LIBS SyncUiModels LABELS unit)
    endforeach()
endif()
if(TARGET SyncUi)
    sp_add_test(tst_profilestore SOURCES unit/profilestore/tst_profilestore.cpp LIBS SyncUi LABELS unit)
    foreach(cls joindialog actioncomposer jsontreepanel mainwindow profiledialog eventlogview)
        sp_add_test(tst_${cls} SOURCES widgets/${cls}/tst_${cls}.cpp widgets/common/fakebackend.h
                    LIBS SyncUi INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/widgets/common
                    LABELS unit widgets)
    endforeach()
endif()
if(TARGET SyncUi AND TARGET SpEmulator)
    sp_add_test(tst_consolee2e SOURCES widgets/consolee2e/tst_consolee2e.cpp
                LIBS SyncUi SpEmulator LABELS integration widgets TIMEOUT 120)
endif()
if(TARGET sp-proctor-console)
    sp_add_test(tst_consoledemo SOURCES integration/consoledemo/tst_consoledemo.cpp
                DEFINES SP_CONSOLE_EXE="$<TARGET_FILE:sp-proctor-console>"
                DEPENDS sp-proctor-console LABELS integration TIMEOUT 120)
endif()
