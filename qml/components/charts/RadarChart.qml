// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * The six domains as a radar: the latest check-in filled, an earlier one as a dashed
 * outline. Ratings 0–10 run from the centre outwards. A screen reader gets the values as
 * text (the picture itself says nothing to it).
 *
 * `entries`: [{domain, now, before}] with -1 where there is no value.
 *
 * When the names do not fit around the chart (large text on a phone), the spokes carry
 * numbers and the names with their values are listed below the chart; the item is then as
 * tall as `implicitHeight` says.
 */
Item {
    id: root

    property var entries: []
    property string beforeLabel
    readonly property int maximum: 10
    /** Numbers at the spokes and a list of the names below the chart. */
    readonly property bool compact: root.width < Theme.units * 16
    readonly property real chartSize: root.compact ? root.width : Math.min(root.width, root.height)
    readonly property real radius: Math.max(0, root.chartSize / 2 - root.labelSpace)
    readonly property real labelSpace: root.compact ? Theme.units * 1.5 : Theme.units * 3.5
    readonly property point centre: Qt.point(root.width / 2, root.compact ? root.chartSize / 2 : root.height / 2)

    implicitHeight: root.compact ? root.chartSize + Theme.spacing + legend.implicitHeight : Theme.units * 18
    Accessible.role: Accessible.Graphic
    Accessible.name: {
        const parts = root.entries.map(entry => entry.before >= 0
            ? qsTr("%1: %2 now, %3 before", "@info accessible radar value").arg(Labels.domain(entry.domain)).arg(entry.now).arg(entry.before)
            : qsTr("%1: %2", "@info accessible radar value").arg(Labels.domain(entry.domain)).arg(entry.now));
        return qsTr("Radar of your six domains. %1", "@info accessible").arg(parts.join("; "));
    }

    function pointFor(index: int, value: real): point {
        const angle = -Math.PI / 2 + index * 2 * Math.PI / root.entries.length;
        const r = root.radius * Math.max(0, value) / root.maximum;
        return Qt.point(root.centre.x + r * Math.cos(angle), root.centre.y + r * Math.sin(angle));
    }

    onEntriesChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()
    Connections {
        target: Theme

        function onColorsChanged(): void {
            canvas.requestPaint();
        }
    }

    Canvas {
        id: canvas

        anchors.fill: parent
        onPaint: {
            const ctx = canvas.getContext("2d");
            ctx.reset();
            const count = root.entries.length;
            if (count < 3 || root.radius <= 0)
                return;
            // Grid: rings at 2, 4, … 10 and a spoke per domain.
            ctx.strokeStyle = Theme.colors.divider;
            ctx.lineWidth = 1;
            for (let ring = 2; ring <= root.maximum; ring += 2) {
                ctx.beginPath();
                for (let i = 0; i <= count; ++i) {
                    const p = root.pointFor(i % count, ring);
                    if (i === 0)
                        ctx.moveTo(p.x, p.y);
                    else
                        ctx.lineTo(p.x, p.y);
                }
                ctx.stroke();
            }
            for (let i = 0; i < count; ++i) {
                const p = root.pointFor(i, root.maximum);
                ctx.beginPath();
                ctx.moveTo(root.centre.x, root.centre.y);
                ctx.lineTo(p.x, p.y);
                ctx.stroke();
            }
            // Earlier check-in: dashed outline.
            if (root.entries.some(entry => entry.before >= 0)) {
                ctx.strokeStyle = Theme.colors.textMuted;
                ctx.lineWidth = 2;
                ctx.setLineDash([6, 4]);
                ctx.beginPath();
                for (let i = 0; i <= count; ++i) {
                    const p = root.pointFor(i % count, root.entries[i % count].before);
                    if (i === 0)
                        ctx.moveTo(p.x, p.y);
                    else
                        ctx.lineTo(p.x, p.y);
                }
                ctx.stroke();
                ctx.setLineDash([]);
            }
            // Latest check-in: filled.
            ctx.fillStyle = Qt.alpha(Theme.colors.primary, 0.25);
            ctx.strokeStyle = Theme.colors.primary;
            ctx.lineWidth = 3;
            ctx.beginPath();
            for (let i = 0; i <= count; ++i) {
                const p = root.pointFor(i % count, root.entries[i % count].now);
                if (i === 0)
                    ctx.moveTo(p.x, p.y);
                else
                    ctx.lineTo(p.x, p.y);
            }
            ctx.fill();
            ctx.stroke();
        }
    }

    Repeater {
        model: root.entries

        Label {
            id: axisLabel

            required property var modelData
            required property int index
            readonly property point anchor: root.pointFor(axisLabel.index, root.maximum + 1.2)

            width: root.labelSpace * 1.9
            x: axisLabel.anchor.x - axisLabel.width / 2
            y: axisLabel.anchor.y - axisLabel.implicitHeight / 2
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.text
            text: root.compact ? String(axisLabel.index + 1)
                               : Labels.domain(axisLabel.modelData.domain) + "\n" + axisLabel.modelData.now
            Accessible.ignored: true
        }
    }

    Column {
        id: legend

        y: root.chartSize + Theme.spacing
        width: root.width
        visible: root.compact
        spacing: Theme.smallSpacing

        Repeater {
            model: root.compact ? root.entries : []

            Label {
                id: legendLine

                required property var modelData
                required property int index

                width: legend.width
                wrapMode: Text.Wrap
                color: Theme.colors.text
                // The number at the spoke, then the same words a screen reader hears.
                text: (legendLine.index + 1) + " · " + (legendLine.modelData.before >= 0
                    ? qsTr("%1: %2 now, %3 before", "@info accessible radar value").arg(Labels.domain(legendLine.modelData.domain)).arg(legendLine.modelData.now).arg(legendLine.modelData.before)
                    : qsTr("%1: %2", "@info accessible radar value").arg(Labels.domain(legendLine.modelData.domain)).arg(legendLine.modelData.now))
                Accessible.ignored: true
            }
        }
    }
}
