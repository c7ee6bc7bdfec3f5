# Installation (GNUInstallDirs) and the Debian package (CPack DEB, scripts/package.sh).
# Translations and the action catalog are compiled into the programs as Qt resources
# (:/i18n, :/sp), so an installed program needs nothing from the source or build tree.
include(GNUInstallDirs)

set(SP_APP_ID com.smarterproctoring.ProctorConsole)
set(SP_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)

install(TARGETS spsync sp-sync-emulator RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${SP_PACKAGING_DIR}/man/spsync.1 ${SP_PACKAGING_DIR}/man/sp-sync-emulator.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

if(TARGET sp-proctor-console)
    install(TARGETS sp-proctor-console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${SP_PACKAGING_DIR}/${SP_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${SP_PACKAGING_DIR}/${SP_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # Qt 6.4 on Debian has no SVG image plugin by default: a PNG for themes without SVG support.
    install(FILES ${SP_PACKAGING_DIR}/${SP_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps)
    configure_file(${SP_PACKAGING_DIR}/${SP_APP_ID}.metainfo.xml.in
                   ${PROJECT_BINARY_DIR}/packaging/${SP_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/${SP_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sp-proctor-console)
set(CPACK_PACKAGE_VENDOR SmarterProctoring)
set(CPACK_PACKAGE_CONTACT "SP Proctor Console maintainers <proctor-console@smarterproctoring.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Proctor console, command line and local emulator for SP Sync documents")
set(CPACK_PACKAGE_DESCRIPTION
    "sp-proctor-console watches and steers live exam sessions through their Twilio Sync \
documents; spsync reads, writes and watches one document from the command line; \
sp-sync-emulator is a local Twilio Sync service with the SP token API.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY ${CPACK_PACKAGE_NAME})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://smarterproctoring.com/")
# Shared libraries come from dpkg-shlibdeps; Qt plugins are loaded at run time, so it cannot
# see them: the SQLite driver (emulator storage, revision history) and the platform plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
if(TARGET sp-proctor-console)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-qpa-plugins")
endif()
include(CPack)
