# The Debian package, built from this tree with cpack and checked unpacked (label package).
# Needs the whole tree built (cpack installs it) and dpkg, desktop-file-utils and appstream
# (scripts/setup.sh --test).
if(TARGET sp-proctor-console)
    sp_add_test(package_deb COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/package/check-package.sh
                                    ${PROJECT_BINARY_DIR} ${PROJECT_VERSION}
                LABELS package TIMEOUT 600)
endif()
