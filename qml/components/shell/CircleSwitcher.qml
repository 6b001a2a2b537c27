// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Whose care the patient pages act in: "My own" or the care of a patient who shared with
 * this account ("Maria Peeters's care"), with what this account may do there. In the side
 * navigation on tablets and desktops, above the page on phones (`compact`: one line), so the
 * open circle shows on every page. Switching goes through WorkspaceController.openCircle(),
 * which refuses (with a sentence shown here) until this account has said its name and role.
 */
ColumnLayout {
    id: root

    /** One row (phones) instead of a heading above the list. */
    /** Runs a switch: the shell passes its leave(), so unsaved input is not dropped without
     *  the question (another circle's pages start afresh). */
    property var guard: proceed => proceed()
    property bool compact: false
    /** The circle was switched (the shell then shows a page the circle offers). */
    signal switched()

    readonly property bool inPatientCircle: WorkspaceController.circleId !== ""
    readonly property var choices: {
        void WorkspaceController.patients.count;
        const list = [{ text: qsTr("My own", "@item whose care: the person's own"), value: "" }];
        for (let row = 0; row < WorkspaceController.patients.count; ++row) {
            const patient = WorkspaceController.patients.get(row);
            list.push({ text: qsTr("%1's care", "@item whose care: a patient who shared with you").arg(patient.name), value: patient.patientId });
        }
        return list;
    }
    readonly property string roleText: {
        switch (WorkspaceController.circleRole) {
        case "editor":
            return qsTr("You may change goals, the plan and check-ins, for %1.", "@info").arg(WorkspaceController.circleName);
        case "contributor":
            return qsTr("You may add progress notes and comments.", "@info");
        case "viewer":
            return qsTr("You may read only.", "@info");
        }
        return "";
    }

    spacing: Theme.smallSpacing
    visible: WorkspaceController.hasPatients && WorkspaceController.available

    Label {
        visible: !root.compact
        Layout.fillWidth: true
        text: qsTr("Whose care", "@label circle switcher")
        font.pixelSize: Theme.fontSizeSmall
        font.weight: Font.DemiBold
        color: Theme.colors.textMuted
        wrapMode: Text.Wrap
    }

    ChoiceBox {
        id: box

        objectName: root.compact ? "compactCircleSwitcher" : "circleSwitcher"
        Layout.fillWidth: true
        model: root.choices
        currentIndex: Math.max(0, root.choices.findIndex(choice => choice.value === WorkspaceController.circleId))
        Accessible.name: qsTr("Whose care", "@label circle switcher")
        Accessible.description: root.inPatientCircle ? root.roleText : ""
        // At large text on a phone, the box holds the circle's name in fewer lines.
        font.pixelSize: root.compact ? Theme.fontSizeSmall : Theme.fontSizeBody
        onActivated: {
            const wanted = box.currentValue;
            // The box shows the open circle until the switch really happens (the person may
            // keep a draft instead).
            box.currentIndex = Math.max(0, root.choices.findIndex(choice => choice.value === WorkspaceController.circleId));
            root.guard(() => {
                error.text = WorkspaceController.openCircle(wanted);
                box.currentIndex = Math.max(0, root.choices.findIndex(choice => choice.value === WorkspaceController.circleId));
                if (error.text === "")
                    root.switched();
            });
        }
    }

    Label {
        objectName: root.compact ? "compactCircleRoleLabel" : "circleRoleLabel"
        // Above a phone's page at large text the sentence took a third of the screen: there
        // the switcher says it to a screen reader only (and each page shows what she may do).
        visible: root.inPatientCircle && root.roleText !== "" && !(root.compact && Theme.effectiveTextScale >= 1.5)
        Layout.fillWidth: true
        leftPadding: root.compact ? Theme.smallSpacing : 0
        rightPadding: root.compact ? Theme.smallSpacing : 0
        text: root.roleText
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.text
        wrapMode: Text.Wrap
    }

    Label {
        id: error

        objectName: root.compact ? "compactCircleError" : "circleError"
        visible: text !== ""
        Layout.fillWidth: true
        color: Theme.colors.danger
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
    }
}
