// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CareCircle

/** One step in the goal editor: its text to type and a button that removes it. */
RowLayout {
    id: root

    property int number: 1
    property string text

    signal edited(string value)
    signal removeRequested()

    function focusField(): void {
        field.forceActiveFocus();
    }

    spacing: Theme.smallSpacing

    FormTextArea {
        id: field

        objectName: "stepField" + root.number
        Layout.fillWidth: true
        text: root.text
        placeholderText: qsTr("Step %1", "@info:placeholder").arg(root.number)
        Accessible.name: qsTr("Step %1", "@label:textbox").arg(root.number)
        onTextChanged: {
            if (field.text !== root.text)
                root.edited(field.text);
        }
    }
    ActionButton {
        flat: true
        text: qsTr("Remove", "@action:button remove a step")
        Accessible.name: qsTr("Remove step %1", "@action:button accessible").arg(root.number)
        onClicked: root.removeRequested()
    }
}
