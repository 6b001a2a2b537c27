# SPDX-License-Identifier: GPL-3.0-or-later
# Unit tests of the domain layer; included from tests/unit/CMakeLists.txt.
foreach(_carecircle_domain_test tst_domain tst_demostory tst_actor tst_cborscan)
  add_executable(${_carecircle_domain_test} ${CMAKE_CURRENT_LIST_DIR}/${_carecircle_domain_test}.cpp)
  set_target_properties(${_carecircle_domain_test} PROPERTIES AUTOMOC ON)
  target_link_libraries(${_carecircle_domain_test} PRIVATE carecircle_domain carecircle_demo Qt6::Test)
  target_include_directories(${_carecircle_domain_test} PRIVATE ${PROJECT_SOURCE_DIR}/tests/fuzz)
  carecircle_warnings(${_carecircle_domain_test})
  add_test(NAME ${_carecircle_domain_test} COMMAND ${_carecircle_domain_test})
endforeach()
