// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * "Who can see this?" (DESIGN.md §5): the space a goal, plan item or check-in lives in, and
 * who that means in words. For a saved record (recordId set) choosing another space moves
 * it at once; for a record being written, the editor reads `spaceId` when it saves.
 */
ColumnLayout {
    id: root

    /** A saved record, moved as soon as another space is chosen; empty while writing a new one. */
    property string recordId
    /** The chosen space (hex). */
    property string spaceId
    property string errorText
    readonly property var choices: SharingSpaces.spaceChoices

    signal manageRequested()

    spacing: Theme.smallSpacing

    function refresh(): void {
        const current = root.recordId !== "" ? SharingSpaces.spaceOf(root.recordId) : root.spaceId;
        const choices = root.choices;
        root.spaceId = current !== "" ? current : (choices.length > 0 ? choices[0].spaceId : "");
        box.selectValue(root.spaceId);
    }

    Component.onCompleted: root.refresh()
    onRecordIdChanged: root.refresh()

    Connections {
        target: SharingSpaces

        function onSpacesChanged(): void {
            root.refresh();
        }
    }

    Label {
        id: heading

        Layout.fillWidth: true
        text: qsTr("Who can see this?", "@label")
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    ChoiceBox {
        id: box

        objectName: "visibilityBox"
        Layout.fillWidth: true
        model: root.choices.map(choice => ({ value: choice.spaceId, text: choice.name }))
        Accessible.name: heading.text
        onActivated: {
            const chosen = box.currentValue;
            if (root.recordId === "") {
                root.spaceId = chosen;
                return;
            }
            root.errorText = SharingSpaces.moveRecord(root.recordId, chosen);
            root.refresh();
        }
    }
    Label {
        Layout.fillWidth: true
        text: SharingSpaces.audienceOf(root.spaceId)
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }
}
