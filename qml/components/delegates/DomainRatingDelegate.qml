// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One domain of the six-domain check-in: the question, a 0–10 rating with its value written
 * out and the meaning of both ends, optionally where the person would like to be, an "I want
 * to discuss this" switch and a note. Writes every change into CheckInController's draft.
 */
Card {
    id: root

    /** {domain, question, minLabel, maxLabel} from CheckInController.checkInDefinition(). */
    property var item: ({})
    /** This domain's entry of CheckInController.draft: {rated, rating, wish, discuss, note}. */
    property var answer: ({})
    property bool wishAllowed: true
    property bool discussAllowed: true
    property bool noteAllowed: true

    readonly property string domain: root.item.domain ?? ""
    readonly property bool rated: root.answer.rated === true
    readonly property int middle: 5

    title: Labels.domain(root.domain)

    /** An option's accessible name with its part of life: the same switches are on all six. */
    function withDomain(option: string): string {
        return qsTr("%1: %2", "@label:check accessible name: the part of life, then the option").arg(root.title).arg(option);
    }

    Label {
        Layout.fillWidth: true
        text: root.item.question ?? ""
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        RatingSlider {
            id: ratingSlider

            objectName: "ratingSlider_" + root.domain
            Layout.fillWidth: true
            chosen: root.rated
            value: root.rated ? root.answer.rating : root.middle
            Accessible.name: qsTr("%1, how it is now, from 0 (%2) to 10 (%3)", "@label:slider check-in rating")
                             .arg(root.title).arg(root.item.minLabel ?? "").arg(root.item.maxLabel ?? "")
            Accessible.description: root.rated ? ratingValue.text : qsTr("Not answered yet", "@info accessible")
            onPicked: value => CheckInController.setRating(root.domain, value)
        }
        Label {
            id: ratingValue

            Layout.minimumWidth: Theme.units * 1.5
            horizontalAlignment: Text.AlignRight
            text: root.rated ? String(root.answer.rating) : qsTr("–", "@info not rated")
            font.pixelSize: Theme.fontSizeTitle
            font.weight: Font.DemiBold
            color: root.rated ? Theme.colors.text : Theme.colors.textMuted
            Accessible.ignored: true
        }
    }
    Item {
        // What both ends mean, side by side and wrapping. Placed by hand: wrapping labels in a
        // nested layout turn into polish loops (see CheckInBars).
        Layout.fillWidth: true
        implicitHeight: Math.max(minimumEnd.implicitHeight, maximumEnd.implicitHeight)

        Label {
            id: minimumEnd

            width: (parent.width - Theme.spacing) / 2
            text: qsTr("0 · %1", "@info slider end").arg(root.item.minLabel ?? "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
        Label {
            id: maximumEnd

            x: parent.width - width
            width: (parent.width - Theme.spacing) / 2
            horizontalAlignment: Text.AlignRight
            text: qsTr("%1 · 10", "@info slider end").arg(root.item.maxLabel ?? "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
    }
    Label {
        Layout.fillWidth: true
        visible: !root.rated
        text: qsTr("Tap or drag the slider, or use the arrow keys, to choose a number.", "@info check-in hint")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }

    CheckSwitch {
        id: wishSwitch

        objectName: "wishSwitch_" + root.domain
        Layout.fillWidth: true
        visible: root.wishAllowed
        text: qsTr("Add where I’d like to be", "@option:check check-in wish")
        Accessible.name: root.withDomain(wishSwitch.text)
        checked: (root.answer.wish ?? -1) >= 0
        onToggled: CheckInController.setWish(root.domain, wishSwitch.checked ? Math.round(wishSlider.value) : -1)
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.wishAllowed && wishSwitch.checked
        spacing: Theme.spacing

        RatingSlider {
            id: wishSlider

            objectName: "wishSlider_" + root.domain
            Layout.fillWidth: true
            chosen: true
            value: (root.answer.wish ?? -1) >= 0 ? root.answer.wish : 10
            Accessible.name: qsTr("%1, where I’d like to be, from 0 to 10", "@label:slider check-in wish").arg(root.title)
            onPicked: value => CheckInController.setWish(root.domain, value)
        }
        Label {
            Layout.minimumWidth: Theme.units * 1.5
            horizontalAlignment: Text.AlignRight
            text: String(Math.round(wishSlider.value))
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
            color: Theme.colors.text
            Accessible.ignored: true
        }
    }

    CheckSwitch {
        id: discussSwitch

        objectName: "discussSwitch_" + root.domain
        Layout.fillWidth: true
        visible: root.discussAllowed
        text: qsTr("I want to discuss this with my care team", "@option:check check-in")
        Accessible.name: root.withDomain(discussSwitch.text)
        checked: root.answer.discuss === true
        onToggled: CheckInController.setDiscuss(root.domain, discussSwitch.checked)
    }

    TextArea {
        id: note

        objectName: "note_" + root.domain
        Layout.fillWidth: true
        visible: root.noteAllowed
        implicitHeight: Math.max(Theme.minTouch, note.contentHeight + note.topPadding + note.bottomPadding)
        placeholderText: qsTr("A note, if you like (optional)", "@info:placeholder check-in note")
        placeholderTextColor: Theme.colors.textMuted
        wrapMode: TextEdit.Wrap
        color: Theme.colors.text
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Note about %1", "@label:textbox check-in").arg(root.title)
        Keys.onTabPressed: event => { note.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true; }
        Component.onCompleted: note.text = root.answer.note ?? ""
        onTextChanged: CheckInController.setNote(root.domain, note.text)

        background: Rectangle {
            radius: Theme.smallRadius
            color: Theme.colors.surface
            border.width: note.activeFocus ? Theme.focusWidth : Theme.borderWidth
            border.color: note.activeFocus ? Theme.colors.focus : Theme.colors.outline
        }
    }
}
