// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One activity of the care plan: what, when (in words and the next date), who, how often it
 * was done; "Done today" marks it, "Details" opens its log and editor. Built for the rows of
 * CarePlanController.activities.
 */
ColumnLayout {
    id: root

    required property int index
    required property string recordId
    required property string title
    required property string kind
    required property string scheduleText
    required property date nextDate
    required property string assignees
    required property string status
    required property int doneCount
    required property date lastDone
    required property bool doneToday
    required property bool recurring
    /** schedulerules::offersDoneToday: due today, overdue or recurring, and not marked yet. */
    required property bool offersDoneToday

    signal doneRequested(string recordId)
    signal detailsRequested(string recordId)

    // A one-off activity's schedule already names its day.
    readonly property string nextText: root.recurring && Labels.isValidDate(root.nextDate)
                                       ? qsTr("Next: %1", "@info next date of an activity").arg(Labels.day(root.nextDate))
                                       : ""
    readonly property string detailText: {
        const parts = [Labels.activityKind(root.kind)];
        if (root.assignees !== "")
            parts.push(qsTr("with %1", "@info who does the activity").arg(root.assignees));
        if (root.status !== "planned" && root.status !== "active")
            parts.push(Labels.activityStatus(root.status));
        return parts.join(qsTr(" · ", "@info separator"));
    }
    readonly property string doneText: root.doneCount === 0
                                       ? qsTr("Not done yet", "@info activity log")
                                       : qsTr("Done %n time(s), last %1", "@info activity log", root.doneCount).arg(Labels.day(root.lastDone))

    objectName: "activity_" + root.title
    spacing: Theme.smallSpacing
    Accessible.role: Accessible.ListItem
    Accessible.name: root.title + ". " + root.scheduleText + ". " + root.nextText + ". " + root.detailText + ". " + root.doneText

    Rectangle {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.smallSpacing
        visible: root.index > 0
        implicitHeight: Theme.borderWidth
        color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
    }
    Label {
        Layout.fillWidth: true
        text: root.title
        wrapMode: Text.Wrap
        font.weight: Font.DemiBold
        color: Theme.colors.text
    }
    Label {
        Layout.fillWidth: true
        text: root.nextText !== "" ? qsTr("%1 · %2", "@info schedule · next date").arg(root.scheduleText).arg(root.nextText)
                                   : root.scheduleText
        wrapMode: Text.Wrap
        color: Theme.colors.primary
        font.pixelSize: Theme.fontSizeSmall
    }
    Label {
        Layout.fillWidth: true
        text: root.detailText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
    Label {
        Layout.fillWidth: true
        text: root.doneText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: root.doneToday ? Theme.colors.success : Theme.colors.textMuted
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "doneTodayButton"
            width: Math.min(implicitWidth, parent.width)
            // Nothing to mark on a one-off appointment days ahead; a ✓ once marked today.
            visible: root.offersDoneToday || root.doneToday
            primary: root.offersDoneToday
            enabled: root.offersDoneToday
            text: root.doneToday ? qsTr("Done today ✓", "@action:button already marked") : qsTr("Done today", "@action:button")
            Accessible.name: root.doneToday ? qsTr("%1 is done today", "@info accessible").arg(root.title)
                                            : qsTr("Mark %1 as done today", "@action:button accessible").arg(root.title)
            onClicked: root.doneRequested(root.recordId)
        }
        ActionButton {
            objectName: "detailsButton"
            width: Math.min(implicitWidth, parent.width)
            text: qsTr("Details", "@action:button open an activity")
            Accessible.name: qsTr("Details of %1", "@action:button accessible").arg(root.title)
            onClicked: root.detailsRequested(root.recordId)
        }
    }
}
