# SPDX-License-Identifier: GPL-3.0-or-later
# The QML sources of the CareCircle module and their paths inside it (DESIGN.md §2, §7).
# include()d from the directory that calls qt_add_qml_module, so the source file properties
# below are set in that directory's scope. CARECIRCLE_QML_DIR / CARECIRCLE_ASSETS_DIR let a
# scratch or test project reuse this list with its own module sources.
if(NOT DEFINED CARECIRCLE_QML_DIR)
  set(CARECIRCLE_QML_DIR ${PROJECT_SOURCE_DIR}/qml)
endif()
if(NOT DEFINED CARECIRCLE_ASSETS_DIR)
  set(CARECIRCLE_ASSETS_DIR ${PROJECT_SOURCE_DIR}/assets)
endif()

# Paths inside the module (= QT_RESOURCE_ALIAS), relative to qml/: every .qml file below
# qml/ (a new page or component needs no edit here; re-run cmake after adding one).
file(GLOB_RECURSE _carecircle_qml RELATIVE ${CARECIRCLE_QML_DIR} CONFIGURE_DEPENDS ${CARECIRCLE_QML_DIR}/*.qml)
list(SORT _carecircle_qml)
set(_carecircle_singletons theme/Theme.qml theme/Labels.qml)

set(CARECIRCLE_QML_FILES)
foreach(_file IN LISTS _carecircle_qml)
  set(_abs ${CARECIRCLE_QML_DIR}/${_file})
  set_source_files_properties(${_abs} PROPERTIES QT_RESOURCE_ALIAS ${_file})
  if(_file IN_LIST _carecircle_singletons)
    set_source_files_properties(${_abs} PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
  endif()
  list(APPEND CARECIRCLE_QML_FILES ${_abs})
endforeach()

# Icons: drawn for CareCircle, monochrome, recoloured by the controls (icon.color).
set(_carecircle_icons home settings lock back more plan goal checkin trends team sync offline device patients)
set(CARECIRCLE_QML_RESOURCES)
foreach(_icon IN LISTS _carecircle_icons)
  set(_abs ${CARECIRCLE_ASSETS_DIR}/icons/${_icon}.svg)
  set_source_files_properties(${_abs} PROPERTIES QT_RESOURCE_ALIAS icons/${_icon}.svg)
  list(APPEND CARECIRCLE_QML_RESOURCES ${_abs})
endforeach()
unset(_abs)
unset(_file)
unset(_icon)
