// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * Under the first rows of a long list (a FirstRowsModel: the check-in history, a goal's
 * progress, an activity's done log, My patients): each press shows the next few, and it is
 * gone once every row is shown. A page opens with the first few (rows.showFirst()), so years
 * of daily entries or hundreds of patients do not each make a delegate as the page opens. The
 * caller's `text` says how many are not shown yet (rows.hiddenCount).
 */
ActionButton {
    id: root

    required property FirstRowsModel rows

    visible: root.rows.hiddenCount > 0
    flat: true
    Accessible.name: root.text
    onClicked: root.rows.showMore()
    Component.onCompleted: root.rows.showFirst()
}
