#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, builds the three programs with the app
# preset (release, no tests) and runs CPack. The .deb lands in build/package/; install it with
#   sudo apt install ./build/package/sp-proctor-console_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

SP_SETUP_EXTRA="dpkg-dev file" ./scripts/setup.sh
cmake --preset app >/dev/null
cmake --build --preset app -j "$(nproc)"
rm -rf build/package
cpack -G DEB --config build/app/CPackConfig.cmake -B build/package
ls -1 build/package/*.deb
