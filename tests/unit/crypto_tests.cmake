# SPDX-License-Identifier: GPL-3.0-or-later
# Crypto unit tests; included from tests/unit/CMakeLists.txt.
add_executable(tst_crypto ${CMAKE_CURRENT_LIST_DIR}/tst_crypto.cpp)
# OpenSSL too: one test checks that failures leave its error queue empty.
target_link_libraries(tst_crypto PRIVATE carecircle_crypto Qt6::Test OpenSSL::Crypto)
carecircle_warnings(tst_crypto)
# Project Wycheproof's vectors, vendored with their licence (tests/data/wycheproof/README.md).
target_compile_definitions(tst_crypto PRIVATE WYCHEPROOF_DIR="${PROJECT_SOURCE_DIR}/tests/data/wycheproof")
add_test(NAME tst_crypto COMMAND tst_crypto)

add_executable(tst_crypto_keyvalidation ${CMAKE_CURRENT_LIST_DIR}/tst_keyvalidation.cpp)
target_link_libraries(tst_crypto_keyvalidation PRIVATE carecircle_crypto Qt6::Test)
carecircle_warnings(tst_crypto_keyvalidation)
add_test(NAME tst_crypto_keyvalidation COMMAND tst_crypto_keyvalidation)

# A thread's OpenSSL state is freed before QThread::wait() and a pool's waitForDone() return.
# Its own main(): OpenSSL's allocations are counted from the first.
add_executable(tst_cryptothreads ${CMAKE_CURRENT_LIST_DIR}/tst_cryptothreads.cpp)
target_link_libraries(tst_cryptothreads PRIVATE carecircle_crypto Qt6::Test OpenSSL::Crypto)
carecircle_warnings(tst_cryptothreads)
add_test(NAME tst_cryptothreads COMMAND tst_cryptothreads)
