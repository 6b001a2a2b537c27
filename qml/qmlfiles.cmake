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

# Paths inside the module (= QT_RESOURCE_ALIAS), relative to qml/, listed explicitly: a new
# page or component is added here (the self-test and qmllint fail on a type left out).
set(_carecircle_qml
  Main.qml
  components/cards/CommentThreadCard.qml
  components/cards/PatientCareColumn.qml
  components/cards/PatientOverview.qml
  components/cards/PatientSummary.qml
  components/cards/ScoreResultCard.qml
  components/cards/SharedItemCard.qml
  components/cards/WorkspaceIdentityCard.qml
  components/charts/CheckInBars.qml
  components/charts/ProgressChart.qml
  components/charts/RadarChart.qml
  components/charts/TrendLineChart.qml
  components/controls/ActionButton.qml
  components/controls/AttentionFlag.qml
  components/controls/BusyOverlay.qml
  components/controls/Card.qml
  components/controls/CheckSwitch.qml
  components/controls/ChoiceBox.qml
  components/controls/DamagedRecordsBanner.qml
  components/controls/DateField.qml
  components/controls/DateNumberField.qml
  components/controls/DialogButtons.qml
  components/controls/EmptyState.qml
  components/controls/FormTextArea.qml
  components/controls/FormTextField.qml
  components/controls/HistoryLoadingRow.qml
  components/controls/MessageLabel.qml
  components/controls/MoreRowsButton.qml
  components/controls/NavigationButton.qml
  components/controls/OptionCheckBox.qml
  components/controls/OptionRadioButton.qml
  components/controls/PassphraseField.qml
  components/controls/RatingSlider.qml
  components/controls/SafetyNumber.qml
  components/controls/SectionHeader.qml
  components/controls/StepEditorRow.qml
  components/controls/StrengthMeter.qml
  components/controls/SyncStatusRow.qml
  components/controls/Toast.qml
  components/controls/UndoBar.qml
  components/controls/VisibilityControl.qml
  components/delegates/ActivityDelegate.qml
  components/delegates/AgreementDelegate.qml
  components/delegates/CheckInHistoryDelegate.qml
  components/delegates/CommentDelegate.qml
  components/delegates/DeviceDelegate.qml
  components/delegates/DomainRatingDelegate.qml
  components/delegates/GoalCardDelegate.qml
  components/delegates/GoalDelegate.qml
  components/delegates/MemberDelegate.qml
  components/delegates/PatientCardDelegate.qml
  components/delegates/PlanActivityDelegate.qml
  components/delegates/ProgressDelegate.qml
  components/delegates/StepDelegate.qml
  components/dialogs/AgreementDialog.qml
  components/dialogs/ChangePassphraseDialog.qml
  components/dialogs/ConfirmDialog.qml
  components/dialogs/LogProgressDialog.qml
  components/dialogs/ModalDialog.qml
  components/dialogs/RevealRecoveryKeyDialog.qml
  components/shell/AppShell.qml
  components/shell/CircleSwitcher.qml
  components/shell/DiscardDraftDialog.qml
  components/shell/NavigationBar.qml
  components/shell/PageHeader.qml
  components/shell/ScrollablePage.qml
  components/shell/SideNavigation.qml
  pages/checkin/CheckInPage.qml
  pages/checkin/InstrumentPage.qml
  pages/checkin/TrendsPage.qml
  pages/goals/GoalDetailPage.qml
  pages/goals/GoalEditorPage.qml
  pages/goals/GoalsPage.qml
  pages/home/HomePage.qml
  pages/plan/ActivityDetailPage.qml
  pages/plan/ActivityEditorPage.qml
  pages/plan/CarePlanPage.qml
  pages/plan/PlanEditorPage.qml
  pages/session/RecoveryKeyPage.qml
  pages/session/UnlockPage.qml
  pages/session/WelcomePage.qml
  pages/settings/SettingsPage.qml
  pages/sharing/InvitePage.qml
  pages/sharing/JoinSpacePage.qml
  pages/sharing/SharingPage.qml
  pages/sharing/SpacePage.qml
  pages/sync/ConflictsPage.qml
  pages/sync/JoinAccountPage.qml
  pages/sync/SyncPage.qml
  pages/team/CareTeamPage.qml
  pages/team/MemberEditorPage.qml
  pages/workspace/MyPatientsPage.qml
  pages/workspace/PatientPage.qml
  theme/ColorPalette.qml
  theme/Labels.qml
  theme/Theme.qml
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
