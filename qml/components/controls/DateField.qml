// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * The one way to enter a date, in every editor: a label, then day, month and year boxes in the
 * order of the user's locale (day first in Dutch, French and German), digits only, and the
 * error next to the boxes as soon as they do not make a real day. `isoDate` is what editors
 * save ("" while empty; "yyyy-MM-dd" otherwise, checked by `valid`); setIsoDate() fills it.
 */
Column {
    id: root

    property string label
    property string help
    /** An empty date is an error (the label says "required"). */
    property bool required: false

    readonly property bool empty: dayField.text === "" && monthField.text === "" && yearField.text === ""
    readonly property bool complete: dayField.text !== "" && monthField.text !== "" && yearField.text.length === 4
    readonly property bool valid: root.empty ? !root.required : root.complete && root.isRealDay(Number(yearField.text), Number(monthField.text), Number(dayField.text))
    readonly property string isoDate: root.empty ? ""
                                      : ("000" + yearField.text).slice(-4) + "-" + ("0" + monthField.text).slice(-2) + "-" + ("0" + dayField.text).slice(-2)
    /** Shown next to the boxes; empty while the date is fine (or not typed yet). */
    readonly property string errorText: root.valid ? ""
                                        : root.empty ? qsTr("Fill in this date.", "@info validation")
                                        : qsTr("This is not a real day. Check the day, month and year (four digits).", "@info validation")

    function setIsoDate(iso: string): void {
        const parts = (iso ?? "").split("-");
        if (parts.length !== 3) {
            dayField.text = monthField.text = yearField.text = "";
            return;
        }
        yearField.text = parts[0];
        monthField.text = String(Number(parts[1]));
        dayField.text = String(Number(parts[2]));
    }
    function setDate(value: var): void {
        root.setIsoDate(Labels.isValidDate(value) ? Qt.formatDate(value, "yyyy-MM-dd") : "");
    }
    /** For an editor about to save: shows the error next to the boxes and focuses them if
     *  the date is not right; true if it is. */
    function validate(): bool {
        root.checked = true;
        if (!root.valid)
            root.focusField();
        return root.valid;
    }
    /** Focuses the first box. */
    function focusField(): void {
        root.firstBox.input.forceActiveFocus();
    }
    function isRealDay(year: int, month: int, day: int): bool {
        const d = new Date(year, month - 1, day);
        return year >= 1900 && d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day;
    }

    // ---- private ----------------------------------------------------------------------------
    /** validate() was called: from now on an empty or partial date shows its error too. */
    property bool checked: false
    /** Where d, M and y come in the locale's short date format, e.g. [d, M, y] or [M, d, y]. */
    readonly property var order: {
        const format = Qt.locale().dateFormat(Locale.ShortFormat);
        return ["d", "M", "y"].sort((a, b) => format.indexOf(a) - format.indexOf(b));
    }

    readonly property DateNumberField firstBox: root.order[0] === "M" ? monthField : root.order[0] === "y" ? yearField : dayField

    spacing: Theme.smallSpacing

    Label {
        width: root.width
        text: root.required ? qsTr("%1 (required)", "@label a field that must be filled in").arg(root.label) : root.label
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    Flow {
        id: boxes

        width: root.width
        spacing: Theme.spacing

        DateNumberField {
            id: dayField

            objectName: root.objectName !== "" ? root.objectName + "Day" : "dayField"
            label: qsTr("Day", "@label:textbox date")
            accessibleName: qsTr("%1: %2", "@label date field: which date, then day/month/year").arg(root.label).arg(dayField.label)
            maximumLength: 2
            highest: 31
        }
        DateNumberField {
            id: monthField

            objectName: root.objectName !== "" ? root.objectName + "Month" : "monthField"
            label: qsTr("Month", "@label:textbox date")
            accessibleName: qsTr("%1: %2", "@label date field: which date, then day/month/year").arg(root.label).arg(monthField.label)
            maximumLength: 2
            highest: 12
        }
        DateNumberField {
            id: yearField

            objectName: root.objectName !== "" ? root.objectName + "Year" : "yearField"
            label: qsTr("Year", "@label:textbox date")
            accessibleName: qsTr("%1: %2", "@label date field: which date, then day/month/year").arg(root.label).arg(yearField.label)
            maximumLength: 4
            highest: 9999
        }

        Component.onCompleted: {
            // The locale's order, for the eye and for Tab alike.
            const byCode = { d: dayField, M: monthField, y: yearField };
            boxes.children = root.order.map(code => byCode[code]);
        }
    }
    Label {
        width: root.width
        visible: root.help !== "" && root.errorText === ""
        text: root.help
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
    MessageLabel {
        objectName: root.objectName + "Error"
        width: root.width
        kind: MessageLabel.Error
        // Not while the boxes are still being filled in, unless the editor tried to save.
        text: root.checked || root.complete ? root.errorText : ""
    }
}
