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

# Paths inside the module (= QT_RESOURCE_ALIAS), relative to qml/.
set(_carecircle_qml
  Main.qml
  theme/Theme.qml
  theme/ColorPalette.qml
  theme/Labels.qml
  pages/WelcomePage.qml
  pages/RecoveryKeyPage.qml
  pages/UnlockPage.qml
  pages/HomePage.qml
  pages/SettingsPage.qml
  components/AppShell.qml
  components/NavigationBar.qml
  components/SideNavigation.qml
  components/NavigationButton.qml
  components/PageHeader.qml
  components/ScrollablePage.qml
  components/ActionButton.qml
  components/ChoiceBox.qml
  components/Card.qml
  components/SectionHeader.qml
  components/EmptyState.qml
  components/MessageLabel.qml
  components/ActivityDelegate.qml
  components/GoalDelegate.qml
  components/CommentDelegate.qml
  components/CheckInBars.qml
  components/PassphraseField.qml
  components/StrengthMeter.qml
  components/ChangePassphraseDialog.qml
  components/RevealRecoveryKeyDialog.qml
  components/BusyOverlay.qml
  components/DamagedRecordsBanner.qml
)
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
set(_carecircle_icons home settings lock back more plan goal checkin trends team)
set(CARECIRCLE_QML_RESOURCES)
foreach(_icon IN LISTS _carecircle_icons)
  set(_abs ${CARECIRCLE_ASSETS_DIR}/icons/${_icon}.svg)
  set_source_files_properties(${_abs} PROPERTIES QT_RESOURCE_ALIAS icons/${_icon}.svg)
  list(APPEND CARECIRCLE_QML_RESOURCES ${_abs})
endforeach()
unset(_abs)
unset(_file)
unset(_icon)
