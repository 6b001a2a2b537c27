# SPDX-License-Identifier: GPL-3.0-or-later
# Instrumented builds, each in a build directory of its own (platform/linux/setup.sh sanitize, fuzz):
#   build-asan  -DCARECIRCLE_SANITIZE=ON  the non-GUI libraries, server, CLI and the tests
#                                         labelled "nongui", and the app library with the
#                                         tests labelled "asan_app", under ASan+UBSan
#   build-fuzz  -DCARECIRCLE_FUZZ=ON      the libFuzzer targets of tests/fuzz (clang only)
# Both flags apply to every target, so the libraries the tests and fuzzers link are the
# instrumented ones, not copies.
option(CARECIRCLE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CARECIRCLE_FUZZ "Build the libFuzzer targets in tests/fuzz (clang)" OFF)

set(CARECIRCLE_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)

if(CARECIRCLE_SANITIZE)
  add_compile_options(${CARECIRCLE_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()

if(CARECIRCLE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CARECIRCLE_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # Coverage feedback in our libraries; the fuzzer's main() only in the fuzz targets.
  add_compile_options(-fsanitize=fuzzer-no-link ${CARECIRCLE_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()

# Everything the sanitizer run needs, and nothing that needs Qt Quick:
#   cmake --build build-asan --target carecircle_nongui && ctest -L nongui
add_custom_target(carecircle_nongui)

# Labels @p test @p label and makes the custom target @p aggregate build the targets that
# follow (the test's executable, or what it drives).
function(carecircle_sanitized label aggregate test)
  set_property(TEST ${test} APPEND PROPERTY LABELS ${label})
  foreach(target IN LISTS ARGN)
    add_dependencies(${aggregate} ${target})
  endforeach()
endfunction()

# A test without Qt Quick and without a display: "nongui", built by carecircle_nongui.
function(carecircle_nongui test)
  carecircle_sanitized(nongui carecircle_nongui ${test} ${ARGN})
endfunction()

# The app's controllers and models, driven by their unit tests without a window: under
# ASan+UBSan too, with the app library instrumented (ctest -L asan_app).
add_custom_target(carecircle_asan_app)

# A test of the app's controllers or models: "asan_app", built by carecircle_asan_app.
function(carecircle_asan_app test)
  carecircle_sanitized(asan_app carecircle_asan_app ${test} ${ARGN})
endfunction()
