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
 * `entries`: [{domain, now, before}] with -1 where there is no value: a part of life skipped
 * in that check-in. It reads "not answered", shows "–", and its axis is left out of the shape
 * (never drawn as 0, which would look like the worst answer).
 *
 * When the names do not fit around the chart (large text on a phone), the spokes stay bare
 * and the names with their values are listed below the chart in the spokes' order, from the
 * top clockwise (never numbers at the spokes: they read as ratings); the item is then as
 * tall as `implicitHeight` says.
 */
Item {
    id: root

    property var entries: []
    property string beforeLabel
    readonly property int maximum: 10
    /** Written at the axis of a part of life skipped in the latest check-in. */
    readonly property string dash: qsTr("–", "@info not rated")
    /** No names at the spokes; a list of the names, in the spokes' order, below the chart. */
    readonly property bool compact: root.width < Theme.units * 16
    readonly property real chartSize: root.compact ? root.width : Math.min(root.width, root.height)
    readonly property real radius: Math.max(0, root.chartSize / 2 - root.labelSpace)
    readonly property real labelSpace: root.compact ? Theme.spacing : Theme.units * 3.5
    readonly property point centre: Qt.point(root.width / 2, root.compact ? root.chartSize / 2 : root.height / 2)

    implicitHeight: root.compact ? root.chartSize + Theme.spacing + legend.implicitHeight : Theme.units * 18
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Radar of your six domains. %1", "@info accessible")
        .arg(root.entries.map(entry => root.describe(entry)).join("; "))

    /** A rating as text: the number, or "not answered" for a skipped part of life. */
    function valueText(value: int): string {
        return value >= 0 ? String(value) : qsTr("not answered", "@info accessible radar: a part of life skipped in a check-in");
    }
    /** One domain in words, as the screen reader and the compact legend give it. */
    function describe(entry: var): string {
        return entry.before >= 0
            ? qsTr("%1: %2 now, %3 before", "@info accessible radar value").arg(Labels.domain(entry.domain)).arg(root.valueText(entry.now)).arg(entry.before)
            : qsTr("%1: %2", "@info accessible radar value").arg(Labels.domain(entry.domain)).arg(root.valueText(entry.now));
    }

    function pointFor(index: int, value: real): point {
        const angle = -Math.PI / 2 + index * 2 * Math.PI / root.entries.length;
        const r = root.radius * Math.max(0, value) / root.maximum;
        return Qt.point(root.centre.x + r * Math.cos(angle), root.centre.y + r * Math.sin(angle));
    }

    /**
     * Draws the closed shape through the answered axes of @p values (skipped ones, -1, are left
     * out rather than pulled to the centre), with a dot on each so one or two answers still show.
     */
    function drawShape(ctx: var, values: var, filled: bool): void {
        const points = [];
        values.forEach((value, index) => {
            if (value >= 0)
                points.push(root.pointFor(index, value));
        });
        if (points.length === 0)
            return;
        ctx.beginPath();
        points.forEach((p, i) => {
            if (i === 0)
                ctx.moveTo(p.x, p.y);
            else
                ctx.lineTo(p.x, p.y);
        });
        ctx.closePath();
        if (filled && points.length >= 3)
            ctx.fill();
        ctx.stroke();
        const dotColour = ctx.strokeStyle;
        ctx.fillStyle = dotColour;
        for (const p of points) {
            ctx.beginPath();
            ctx.arc(p.x, p.y, ctx.lineWidth + 1, 0, 2 * Math.PI);
            ctx.fill();
        }
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
                ctx.fillStyle = Theme.colors.textMuted;
                ctx.lineWidth = 2;
                ctx.setLineDash([6, 4]);
                root.drawShape(ctx, root.entries.map(entry => entry.before), false);
                ctx.setLineDash([]);
            }
            // Latest check-in: filled.
            ctx.fillStyle = Qt.alpha(Theme.colors.primary, 0.25);
            ctx.strokeStyle = Theme.colors.primary;
            ctx.lineWidth = 3;
            root.drawShape(ctx, root.entries.map(entry => entry.now), true);
        }
    }

    Repeater {
        model: root.compact ? [] : root.entries

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
            text: Labels.domain(axisLabel.modelData.domain) + "\n" + (axisLabel.modelData.now >= 0 ? axisLabel.modelData.now : root.dash)
            Accessible.ignored: true
        }
    }

    Column {
        id: legend

        y: root.chartSize + Theme.spacing
        width: root.width
        visible: root.compact
        spacing: Theme.smallSpacing

        Label {
            objectName: "radarLegendIntro"
            width: legend.width
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
            text: qsTr("The parts of life, from the top clockwise:", "@info radar legend on a small screen")
            Accessible.ignored: true
        }
        Repeater {
            model: root.compact ? root.entries : []

            Label {
                id: legendLine

                required property var modelData
                required property int index

                width: legend.width
                wrapMode: Text.Wrap
                color: Theme.colors.text
                // The same words a screen reader hears.
                text: root.describe(legendLine.modelData)
                Accessible.ignored: true
            }
        }
    }
}
