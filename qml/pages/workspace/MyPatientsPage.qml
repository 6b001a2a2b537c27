// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * My patients (care-team workspace, DESIGN.md §7): everyone who shared her care data with
 * this care-team member, those needing attention first, each with her attention flags and
 * the comments that are new since her view was last opened. A patient opens as PatientPage.
 */
ScrollablePage {
    id: root

    /** Opens patient @p patientId (hex account id) on top of this page. */
    function openPatient(patientId: string, immediate: bool): void {
        WorkspaceController.openPatient(patientId);
        if (root.StackView.view)
            root.StackView.view.push(patientComponent, {}, immediate ? StackView.Immediate : StackView.PushTransition);
    }
    /** Opens a sub-page for the first patient listed (Main.qml's sub-page keys). */
    function openSubPage(key: string): bool {
        if (key !== "patient" || WorkspaceController.patients.count === 0)
            return false;
        root.openPatient(WorkspaceController.patients.patientIdAt(0), true);
        return true;
    }

    objectName: "myPatientsPage"
    title: qsTr("My patients", "@title:window")
    focus: true

    Component {
        id: patientComponent

        PatientPage { }
    }

    SectionHeader {
        Layout.fillWidth: true
        pageTitle: true
        text: qsTr("My patients", "@title care-team workspace")
    }
    Label {
        Layout.fillWidth: true
        visible: WorkspaceController.patients.count > 0
        text: qsTr("The people who share their care plan with you. Those who need attention come first.",
                   "@info my patients")
        wrapMode: Text.Wrap
        color: Theme.colors.textMuted
    }

    // The first unlock of a large care-team vault reads each patient's records once; rows
    // appear as they are made.
    RowLayout {
        Layout.fillWidth: true
        visible: WorkspaceController.patientsToRead > 0
        spacing: Theme.spacing

        BusyIndicator {
            Layout.preferredWidth: Theme.iconSize
            Layout.preferredHeight: Theme.iconSize
            running: parent.visible
            padding: 0
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Reading what your patients share… %1 of %n patient(s) done", "@info:progress my patients",
                       WorkspaceController.patientCount)
                      .arg(WorkspaceController.patientCount - WorkspaceController.patientsToRead)
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
    }

    // A positioner, not the page's layout, holds the cards (Qt 6.4's layouts and a Repeater's
    // resets), and the first twenty, then more on request: a GP may have hundreds of patients.
    Column {
        id: cardsColumn

        Layout.fillWidth: true
        spacing: Theme.largeSpacing

        Repeater {
            model: WorkspaceController.shownPatients

            PatientCardDelegate {
                id: card

                objectName: "patientCard"
                width: cardsColumn.width
                onClicked: root.openPatient(card.patientId, false)
            }
        }
    }
    MoreRowsButton {
        objectName: "morePatientsButton"
        Layout.fillWidth: true
        rows: WorkspaceController.shownPatients
        text: qsTr("Show more patients (%n more)", "@action:button my patients", WorkspaceController.shownPatients.hiddenCount)
    }

    WorkspaceIdentityCard {
        Layout.fillWidth: true
        visible: WorkspaceController.available && !WorkspaceController.identityComplete
    }

    Card {
        Layout.fillWidth: true
        visible: WorkspaceController.patients.count === 0 && WorkspaceController.patientsToRead === 0
        title: qsTr("No patients yet", "@title:group empty my patients")

        Label {
            Layout.fillWidth: true
            text: qsTr("Patients choose what they share with you. Ask your patient for an invitation code, then enter it under Settings → Sharing.",
                       "@info empty my patients")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Once the patient has confirmed your safety number, what they share with you appears here.",
                       "@info empty my patients")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
    }
}
