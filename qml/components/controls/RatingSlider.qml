// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A 0–10 slider in whole steps, at least Theme.minTouch tall, that is dim until the person
 * chooses a value (`chosen` is false): an untouched slider never counts as an answer. Arrow
 * keys move it, Home and End choose its ends; a tap or drag chooses. Emits `picked(value)` for
 * every choice, from keyboard, mouse or touch.
 */
Slider {
    id: root

    property bool chosen: false

    signal picked(int value)

    from: 0
    to: 10
    stepSize: 1
    snapMode: Slider.SnapAlways
    focusPolicy: Qt.StrongFocus
    implicitHeight: Math.max(Theme.minTouch, root.implicitHandleHeight + root.topPadding + root.bottomPadding)
    implicitWidth: Theme.units * 10
    Accessible.role: Accessible.Slider
    // Qt 6.4's AT-SPI Increase and Decrease only set `value` (no moved()), so an answer given
    // by switch access or a screen reader was never recorded: step and pick as the arrow keys do.
    Accessible.onIncreaseAction: root.accessibleStep(1)
    Accessible.onDecreaseAction: root.accessibleStep(-1)

    function accessibleStep(direction: int): void {
        if (!root.enabled)
            return;
        if (direction > 0)
            root.increase();
        else
            root.decrease();
        root.picked(Math.round(root.value));
    }

    onMoved: root.picked(Math.round(root.value))
    onPressedChanged: {
        if (root.pressed)
            root.picked(Math.round(root.value));
    }
    Keys.onPressed: event => {
        // Home / End choose the ends; Space accepts the value shown on an untouched slider.
        let choice = -1;
        if (event.key === Qt.Key_Home)
            choice = root.from;
        else if (event.key === Qt.Key_End)
            choice = root.to;
        else if (event.key === Qt.Key_Space)
            choice = Math.round(root.value);
        if (choice < 0)
            return;
        root.picked(choice);
        event.accepted = true;
    }

    background: Rectangle {
        x: root.leftPadding
        y: root.topPadding + root.availableHeight / 2 - height / 2
        width: root.availableWidth
        height: Theme.barHeight
        radius: height / 2
        color: Theme.colors.barTrack
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.colors.outline

        Rectangle {
            visible: root.chosen
            width: root.visualPosition * parent.width
            height: parent.height
            radius: parent.radius
            color: Theme.colors.barFill
        }
    }

    handle: Rectangle {
        x: root.leftPadding + root.visualPosition * (root.availableWidth - width)
        y: root.topPadding + root.availableHeight / 2 - height / 2
        implicitWidth: Theme.iconSize * 1.5
        implicitHeight: Theme.iconSize * 1.5
        radius: width / 2
        color: root.chosen ? Theme.colors.primary : Theme.colors.surface
        border.width: root.visualFocus ? Theme.focusWidth * 2 : Theme.focusWidth
        border.color: root.visualFocus ? Theme.colors.focus : (root.chosen ? Theme.colors.primary : Theme.colors.outline)
    }
}
