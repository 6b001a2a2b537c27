// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One domain's ratings over the chosen weeks: a small line chart under the domain's name,
 * with its scale (0, 5 and 10 beside the chart, "0 very hard – 10 very good" is said on the
 * page) and the period's first and last day below it. Every point can be read: hovering it,
 * or focusing the chart (Tab) and moving with the arrow keys, shows its value and date in a
 * tool tip and in the chart's accessible description; the accessible name lists them all.
 *
 * `series`: {domain, points: [{t, v}], first, last} as TrendsController.series gives it
 * (`last` is the start of tomorrow: the period ends today).
 */
ColumnLayout {
    id: root

    property var series: ({ domain: "", points: [], first: new Date(), last: new Date() })
    readonly property var points: root.series.points ?? []
    readonly property int maximum: 10
    readonly property var scaleLevels: [0, 5, 10]
    /** The point shown in the tool tip (-1: none). */
    property int currentIndex: -1
    readonly property date lastDay: new Date(root.series.last.getTime() - Labels.millisecondsPerDay)

    /** "7 on 3/12/26": one point in words. */
    function pointText(index: int): string {
        const point = root.points[index];
        return point ? qsTr("%1 on %2", "@info accessible trend point").arg(point.v).arg(Labels.shortDate(new Date(point.t))) : "";
    }

    spacing: Theme.smallSpacing
    onSeriesChanged: root.currentIndex = -1

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

    FontMetrics {
        id: scaleMetrics

        font.pixelSize: Theme.fontSizeSmall
    }

    Item {
        id: plot

        // Room for the widest scale number, and above and below for half a label.
        readonly property real axisWidth: Math.ceil(scaleMetrics.advanceWidth("10")) + Theme.smallSpacing
        readonly property real inset: Math.ceil(scaleMetrics.height / 2)
        readonly property real first: root.series.first.getTime()
        readonly property real span: Math.max(1, root.series.last.getTime() - plot.first)

        function xOf(t: real): real {
            return plot.axisWidth + plot.inset + (t - plot.first) / plot.span * (plot.width - plot.axisWidth - 2 * plot.inset);
        }
        function yOf(v: real): real {
            return plot.height - plot.inset - v / root.maximum * (plot.height - 2 * plot.inset);
        }
        /** The point nearest to @p x (pixels), or -1. */
        function nearest(x: real): int {
            let best = -1;
            let distance = Infinity;
            root.points.forEach((point, i) => {
                const d = Math.abs(plot.xOf(point.t) - x);
                if (d < distance) {
                    distance = d;
                    best = i;
                }
            });
            return best;
        }

        objectName: "trendPlot"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.units * 6
        visible: root.points.length > 0
        activeFocusOnTab: true
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("%1 over time: %2", "@info accessible trend")
            .arg(Labels.domain(root.series.domain))
            .arg(root.points.map((point, i) => root.pointText(i)).join(", "))
        Accessible.description: root.currentIndex >= 0 ? root.pointText(root.currentIndex)
                                                       : qsTr("Use the arrow keys to read each check-in.", "@info accessible trend")
        onActiveFocusChanged: {
            if (plot.activeFocus && root.currentIndex < 0)
                root.currentIndex = root.points.length - 1;
        }
        Keys.onLeftPressed: root.currentIndex = Math.max(0, root.currentIndex - 1)
        Keys.onRightPressed: root.currentIndex = Math.min(root.points.length - 1, root.currentIndex + 1)
        Keys.onPressed: event => {
            if (event.key === Qt.Key_Home)
                root.currentIndex = 0;
            else if (event.key === Qt.Key_End)
                root.currentIndex = root.points.length - 1;
        }

        // The scale, beside the chart.
        Repeater {
            model: root.scaleLevels

            Label {
                required property int modelData

                x: 0
                width: plot.axisWidth - Theme.smallSpacing
                y: plot.yOf(modelData) - height / 2
                text: String(modelData)
                horizontalAlignment: Text.AlignRight
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.colors.textMuted
                Accessible.ignored: true
            }
        }

        Canvas {
            id: canvas

            anchors.fill: parent
            Accessible.ignored: true

            onPaint: {
                const ctx = canvas.getContext("2d");
                ctx.reset();
                ctx.strokeStyle = Theme.highContrast ? Theme.colors.outline : Theme.colors.divider;
                ctx.lineWidth = 1;
                for (const level of root.scaleLevels) {
                    ctx.beginPath();
                    ctx.moveTo(plot.axisWidth, plot.yOf(level));
                    ctx.lineTo(canvas.width, plot.yOf(level));
                    ctx.stroke();
                }
                ctx.strokeStyle = Theme.colors.primary;
                ctx.fillStyle = Theme.colors.primary;
                ctx.lineWidth = 2;
                ctx.beginPath();
                root.points.forEach((point, i) => {
                    if (i === 0)
                        ctx.moveTo(plot.xOf(point.t), plot.yOf(point.v));
                    else
                        ctx.lineTo(plot.xOf(point.t), plot.yOf(point.v));
                });
                ctx.stroke();
                for (const point of root.points) {
                    ctx.beginPath();
                    ctx.arc(plot.xOf(point.t), plot.yOf(point.v), 3, 0, 2 * Math.PI);
                    ctx.fill();
                }
            }
            onWidthChanged: canvas.requestPaint()
            onHeightChanged: canvas.requestPaint()
            Connections {
                target: root

                function onSeriesChanged(): void {
                    canvas.requestPaint();
                }
            }
        }

        // The point being read: a ring, with its value and date in a tool tip.
        Rectangle {
            id: marker

            readonly property var point: root.points[root.currentIndex]

            visible: root.currentIndex >= 0 && marker.point !== undefined
            width: Theme.iconSize
            height: Theme.iconSize
            radius: width / 2
            x: marker.point ? plot.xOf(marker.point.t) - width / 2 : 0
            y: marker.point ? plot.yOf(marker.point.v) - height / 2 : 0
            color: "transparent"
            border.width: Theme.focusWidth
            border.color: plot.activeFocus ? Theme.colors.focus : Theme.colors.primary
            Accessible.ignored: true

            ToolTip.visible: marker.visible && (plot.activeFocus || hover.hovered)
            ToolTip.text: root.pointText(root.currentIndex)
        }

        HoverHandler {
            id: hover

            onPointChanged: {
                if (hover.hovered)
                    root.currentIndex = plot.nearest(hover.point.position.x);
            }
        }
        TapHandler {
            onTapped: eventPoint => {
                root.currentIndex = plot.nearest(eventPoint.position.x);
                plot.forceActiveFocus(Qt.MouseFocusReason);
            }
        }
    }

    // The period's first and last day, under the chart's ends.
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: plot.axisWidth
        visible: root.points.length > 0
        spacing: Theme.spacing

        Label {
            objectName: "firstDayLabel"
            Layout.fillWidth: true
            text: Labels.shortDate(root.series.first)
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
            Accessible.ignored: true
        }
        Label {
            objectName: "lastDayLabel"
            text: Labels.shortDate(root.lastDay)
            horizontalAlignment: Text.AlignRight
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
            Accessible.ignored: true
        }
    }
}
