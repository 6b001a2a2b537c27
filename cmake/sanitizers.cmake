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

# Labels @p test "nongui" (no Qt Quick, no display) and makes carecircle_nongui build
# @p target (the test's executable, or what it drives).
function(carecircle_nongui test)
  set_property(TEST ${test} APPEND PROPERTY LABELS nongui)
  foreach(target IN LISTS ARGN)
    add_dependencies(carecircle_nongui ${target})
  endforeach()
endfunction()

# The app's controllers and models, driven by their unit tests without a window: under
# ASan+UBSan too, with the app library instrumented (ctest -L asan_app).
add_custom_target(carecircle_asan_app)

# Labels @p test "asan_app" and makes carecircle_asan_app build @p target.
function(carecircle_asan_app test)
  set_property(TEST ${test} APPEND PROPERTY LABELS asan_app)
  foreach(target IN LISTS ARGN)
    add_dependencies(carecircle_asan_app ${target})
  endforeach()
endfunction()
