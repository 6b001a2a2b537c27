// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A small line chart of ratings (0–10) over time: [{day: int, rating: int}], oldest first, each
 * day counted from 1 January 1970 (ProgressHistoryModel.ratings). Spaced by day, so a long pause
 * shows as a long line. The numbers are also given in words to screen readers; the chart
 * itself is decoration for the eye.
 */
Item {
    id: root

    property var points: []
    readonly property int maximum: 10
    readonly property int count: root.points.length

    /** The local Date of @p day (days since 1 January 1970), for the words. */
    function dateOf(day: int): date {
        return new Date(1970, 0, 1 + day);
    }

    implicitHeight: Theme.units * 6
    Accessible.role: Accessible.Chart
    Accessible.name: root.count === 0
                     ? qsTr("No ratings yet", "@info accessible chart")
                     : qsTr("%n rating(s), from %1 to %2; the latest is %3 out of 10", "@info accessible chart", root.count)
                       .arg(Labels.shortDate(root.dateOf(root.points[0].day)))
                       .arg(Labels.shortDate(root.dateOf(root.points[root.count - 1].day)))
                       .arg(root.points[root.count - 1].rating)

    onPointsChanged: canvas.requestPaint()

    Label {
        id: topLabel

        text: root.maximum.toString()
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
        Accessible.ignored: true
    }
    Label {
        id: bottomLabel

        anchors.bottom: parent.bottom
        text: "0"
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
        Accessible.ignored: true
    }

    Canvas {
        id: canvas

        readonly property color lineColor: Theme.colors.primary
        readonly property color gridColor: Theme.colors.divider
        readonly property real lineWidth: Math.max(2, Theme.focusWidth)
        readonly property real dotRadius: Math.max(3, Theme.smallSpacing * 1.5)

        x: Math.max(topLabel.width, bottomLabel.width) + Theme.spacing
        width: root.width - x
        height: root.height
        Accessible.ignored: true

        onLineColorChanged: canvas.requestPaint()
        onGridColorChanged: canvas.requestPaint()
        onWidthChanged: canvas.requestPaint()
        onHeightChanged: canvas.requestPaint()

        onPaint: {
            const ctx = canvas.getContext("2d");
            ctx.reset();
            const pad = canvas.dotRadius + canvas.lineWidth;
            const top = topLabel.height / 2;
            const bottom = canvas.height - bottomLabel.height / 2;
            const left = pad;
            const right = canvas.width - pad;
            ctx.strokeStyle = canvas.gridColor;
            ctx.lineWidth = 1;
            for (const level of [0, root.maximum / 2, root.maximum]) {
                const y = bottom - (bottom - top) * level / root.maximum;
                ctx.beginPath();
                ctx.moveTo(left, y);
                ctx.lineTo(right, y);
                ctx.stroke();
            }
            if (root.count === 0)
                return;
            const first = root.points[0].day;
            const span = Math.max(1, root.points[root.count - 1].day - first);
            const xOf = point => root.count === 1 ? (left + right) / 2 : left + (right - left) * (point.day - first) / span;
            const yOf = point => bottom - (bottom - top) * point.rating / root.maximum;
            // Years of daily entries: a dot each would cover the chart, so then the line only.
            const dots = root.count * canvas.dotRadius * 3 <= right - left;
            ctx.strokeStyle = canvas.lineColor;
            ctx.fillStyle = canvas.lineColor;
            ctx.lineWidth = dots ? canvas.lineWidth : 1;
            ctx.lineJoin = "round";
            ctx.beginPath();
            for (let i = 0; i < root.count; ++i) {
                const p = root.points[i];
                if (i === 0)
                    ctx.moveTo(xOf(p), yOf(p));
                else
                    ctx.lineTo(xOf(p), yOf(p));
            }
            ctx.stroke();
            for (let i = 0; dots && i < root.count; ++i) {
                const p = root.points[i];
                ctx.beginPath();
                ctx.arc(xOf(p), yOf(p), canvas.dotRadius, 0, 2 * Math.PI);
                ctx.fill();
            }
        }
    }
}
