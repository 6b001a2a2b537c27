// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * One attention flag of a patient in the care-team workspace, as a small labelled chip:
 * a worsening check-in domain, a "want to discuss" mark, an overdue care-plan review or a
 * goal getting harder. Colour is never the only cue: the chip always says what it flags.
 */
Rectangle {
    id: root

    /** "worsening", "discuss", "review" or "goal". */
    property string kind
    /** Check-in domain codes (worsening, discuss). */
    property var domains: []
    /** The review date (review). */
    property date date
    /** How many goals (goal). */
    property int count: 0

    readonly property string domainText: (root.domains ?? []).map(code => Labels.domain(code)).join(", ")
    readonly property string text: {
        switch (root.kind) {
        case "worsening":
            return qsTr("Worse lately: %1", "@info attention flag, check-in domains").arg(root.domainText);
        case "discuss":
            return qsTr("Wants to discuss: %1", "@info attention flag, check-in domains").arg(root.domainText);
        case "review":
            return qsTr("Plan review overdue since %1", "@info attention flag, a date").arg(Labels.shortDate(root.date));
        case "goal":
            return root.count === 1 ? qsTr("A goal is getting harder", "@info attention flag")
                                   : qsTr("Goals getting harder: %n", "@info attention flag, a count", root.count);
        }
        return "";
    }
    readonly property color foreground: root.kind === "discuss" ? Theme.colors.text : Theme.colors.textOnWarningContainer

    implicitWidth: label.implicitWidth + 2 * Theme.spacing + marker.width + Theme.smallSpacing
    implicitHeight: Math.max(label.implicitHeight + Theme.smallSpacing * 2, Theme.units * 1.5)
    radius: height / 2
    color: root.kind === "discuss" ? Theme.colors.surfaceVariant : Theme.colors.warningContainer
    border.width: Theme.highContrast || root.kind === "discuss" ? Theme.borderWidth : 0
    border.color: root.kind === "discuss" ? Theme.colors.discuss : Theme.colors.outline
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text

    Rectangle {
        id: marker

        x: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        width: Math.round(Theme.units / 2)
        height: width
        radius: width / 2
        color: root.kind === "discuss" ? Theme.colors.discuss : root.foreground
    }
    Label {
        id: label

        x: marker.x + marker.width + Theme.smallSpacing
        width: Math.max(0, root.width - x - Theme.spacing)
        anchors.verticalCenter: parent.verticalCenter
        text: root.text
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: root.foreground
    }
}
