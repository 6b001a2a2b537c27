// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One domain's ratings over the chosen weeks: a small line chart (0–10 upwards, time to the
 * right) under the domain's name. The values are also offered to screen readers as text.
 *
 * `series`: {domain, points: [{t, v}], first, last} as TrendsController.series gives it.
 */
ColumnLayout {
    id: root

    property var series: ({ domain: "", points: [], first: new Date(), last: new Date() })
    readonly property var points: root.series.points ?? []
    readonly property int maximum: 10

    spacing: Theme.smallSpacing

    Label {
        Layout.fillWidth: true
        text: Labels.domain(root.series.domain)
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    Label {
        Layout.fillWidth: true
        visible: root.points.length === 0
        text: qsTr("No check-ins in this period.", "@info trends empty chart")
        wrapMode: Text.Wrap
        color: Theme.colors.textMuted
    }
    Canvas {
        id: canvas

        Layout.fillWidth: true
        Layout.preferredHeight: Theme.units * 5
        visible: root.points.length > 0
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("%1 over time: %2", "@info accessible trend")
            .arg(Labels.domain(root.series.domain))
            .arg(root.points.map(point => qsTr("%1 on %2", "@info accessible trend point")
                                               .arg(point.v).arg(Labels.shortDate(new Date(point.t)))).join(", "))

        onPaint: {
            const ctx = canvas.getContext("2d");
            ctx.reset();
            const first = root.series.first.getTime();
            const span = Math.max(1, root.series.last.getTime() - first);
            const x = t => (t - first) / span * (canvas.width - 8) + 4;
            const y = v => canvas.height - 4 - v / root.maximum * (canvas.height - 8);
            ctx.strokeStyle = Theme.colors.divider;
            ctx.lineWidth = 1;
            for (const level of [0, 5, 10]) {
                ctx.beginPath();
                ctx.moveTo(0, y(level));
                ctx.lineTo(canvas.width, y(level));
                ctx.stroke();
            }
            ctx.strokeStyle = Theme.colors.primary;
            ctx.fillStyle = Theme.colors.primary;
            ctx.lineWidth = 2;
            ctx.beginPath();
            root.points.forEach((point, i) => {
                if (i === 0)
                    ctx.moveTo(x(point.t), y(point.v));
                else
                    ctx.lineTo(x(point.t), y(point.v));
            });
            ctx.stroke();
            for (const point of root.points) {
                ctx.beginPath();
                ctx.arc(x(point.t), y(point.v), 3, 0, 2 * Math.PI);
                ctx.fill();
            }
        }
        onWidthChanged: canvas.requestPaint()
        Connections {
            target: root

            function onSeriesChanged(): void {
                canvas.requestPaint();
            }
        }
    }
}
