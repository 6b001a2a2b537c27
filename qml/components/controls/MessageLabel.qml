// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A boxed message: an error (announced as an alert), a warning, or a plain note.
 * Hidden while its text is empty.
 */
Pane {
    id: root

    enum Kind { Note, Warning, Error, Success }

    property string text
    property int kind: MessageLabel.Note

    visible: root.text !== ""
    padding: Theme.spacing
    horizontalPadding: Theme.largeSpacing * 0.75

    readonly property color foreground: root.kind === MessageLabel.Error ? Theme.colors.textOnDangerContainer
                                      : root.kind === MessageLabel.Warning ? Theme.colors.textOnWarningContainer
                                      : root.kind === MessageLabel.Success ? Theme.colors.success
                                      : Theme.colors.text

    Accessible.role: root.kind === MessageLabel.Error ? Accessible.AlertMessage : Accessible.StaticText
    Accessible.name: root.text

    background: Rectangle {
        radius: Theme.smallRadius
        color: root.kind === MessageLabel.Error ? Theme.colors.dangerContainer
             : root.kind === MessageLabel.Warning ? Theme.colors.warningContainer
             : Theme.colors.surfaceVariant
        border.width: Theme.highContrast || root.kind === MessageLabel.Error ? Theme.borderWidth : 0
        border.color: root.foreground
    }

    contentItem: Label {
        textFormat: Text.PlainText // names and texts other people typed are never markup
        text: root.text
        wrapMode: Text.Wrap
        color: root.foreground
    }
}
