# Fuzz targets: in this (gcc) build they replay their committed corpus as unit tests; the
# `fuzz` preset builds them as libFuzzer fuzzers (see tests/fuzz/CMakeLists.txt).
add_subdirectory(fuzz)
