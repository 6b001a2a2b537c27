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
 * When the names do not fit beside the spokes (large text on a phone), each name (with its
 * value) sits in a row above or below the chart on its spoke's side: the top one centred
 * above, the upper ones left and right above, and so on, each half the width to wrap in
 * (never numbers in their place: they read as ratings). Under the chart the names and values
 * are listed in words as well. The item is then as tall as `implicitHeight` says.
 */
Item {
    id: root

    property var entries: []
    property string beforeLabel
    readonly property int maximum: 10
    /** Written at the axis of a part of life skipped in the latest check-in. */
    readonly property string dash: qsTr("–", "@info not rated")
    /** The names in rows above and below the chart rather than beside the spokes (see above). */
    readonly property bool compact: root.width < Theme.units * 16
    readonly property real chartSize: root.compact ? root.width : Math.min(root.width, root.height)
    readonly property real radius: Math.max(0, root.chartSize / 2 - root.labelSpace)
    readonly property real labelSpace: root.compact ? Theme.spacing : Theme.units * 3.5
    readonly property real chartTop: root.compact ? chartSpace.y : 0
    readonly property point centre: Qt.point(root.width / 2, root.compact ? root.chartTop + root.chartSize / 2 : root.height / 2)

    implicitHeight: root.compact ? compactLayout.implicitHeight : Theme.units * 18
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

    /** A spoke's name and its latest value, as written at the chart. */
    function spokeText(entry: var): string {
        return Labels.domain(entry.domain) + "\n" + (entry.now >= 0 ? entry.now : root.dash);
    }
    /**
     * Where the compact layout writes spoke @p index's name: "top", "bottom", or "upper" /
     * "lower" followed by "Left" / "Right" (a spoke pointing sideways counts as upper).
     */
    function place(index: int): string {
        const angle = -Math.PI / 2 + index * 2 * Math.PI / root.entries.length;
        const dx = Math.cos(angle);
        const dy = Math.sin(angle);
        if (Math.abs(dx) < 0.01)
            return dy < 0 ? "top" : "bottom";
        return (dy <= 0 ? "upper" : "lower") + (dx < 0 ? "Left" : "Right");
    }
    /** The indexes of the spokes written at @p where (see place()). */
    function spokesAt(where: string): var {
        return root.entries.map((entry, index) => index).filter(index => root.place(index) === where);
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
            text: root.spokeText(axisLabel.modelData)
            Accessible.ignored: true
        }
    }

    // Compact: the names in rows above and below the chart, each on its spoke's side; then the
    // names and values in words.
    Column {
        id: compactLayout

        width: root.width
        visible: root.compact
        spacing: Theme.smallSpacing

        Column {
            width: root.width

            Repeater {
                model: root.compact ? root.spokesAt("top") : []
                delegate: spokeNameDelegate
            }
        }
        Item {
            width: root.width
            height: Math.max(upperLeft.implicitHeight, upperRight.implicitHeight)

            Column {
                id: upperLeft

                Repeater {
                    model: root.compact ? root.spokesAt("upperLeft") : []
                    delegate: spokeNameDelegate
                }
            }
            Column {
                id: upperRight

                anchors.right: parent.right

                Repeater {
                    model: root.compact ? root.spokesAt("upperRight") : []
                    delegate: spokeNameDelegate
                }
            }
        }
        Item {
            id: chartSpace

            width: root.width
            height: root.chartSize
        }
        Item {
            width: root.width
            height: Math.max(lowerLeft.implicitHeight, lowerRight.implicitHeight)

            Column {
                id: lowerLeft

                Repeater {
                    model: root.compact ? root.spokesAt("lowerLeft") : []
                    delegate: spokeNameDelegate
                }
            }
            Column {
                id: lowerRight

                anchors.right: parent.right

                Repeater {
                    model: root.compact ? root.spokesAt("lowerRight") : []
                    delegate: spokeNameDelegate
                }
            }
        }
        Column {
            width: root.width

            Repeater {
                model: root.compact ? root.spokesAt("bottom") : []
                delegate: spokeNameDelegate
            }
        }
        Item {
            width: root.width
            height: Theme.spacing
        }
        Label {
            objectName: "radarLegendIntro"
            width: root.width
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

                width: root.width
                wrapMode: Text.Wrap
                color: Theme.colors.text
                // The same words a screen reader hears.
                text: root.describe(legendLine.modelData)
                Accessible.ignored: true
            }
        }
    }

    /** A spoke's name in the compact layout: across the width for the top and bottom spokes,
     *  in half of it, towards its side, for the others. */
    Component {
        id: spokeNameDelegate

        Label {
            id: spokeName

            required property int modelData
            readonly property string where: root.place(spokeName.modelData)
            // While the entries change, a delegate may briefly hold an index past their end.
            readonly property var entry: root.entries[spokeName.modelData] ?? null

            objectName: "spokeName_" + spokeName.modelData
            width: spokeName.where === "top" || spokeName.where === "bottom" ? root.width : (root.width - Theme.spacing) / 2
            horizontalAlignment: spokeName.where.endsWith("Left") ? Text.AlignLeft
                                 : spokeName.where.endsWith("Right") ? Text.AlignRight : Text.AlignHCenter
            wrapMode: Text.Wrap
            // A name wraps between its words; a word longer than the line ("welbevinden" in
            // half a phone at 200 %) makes the text a little smaller rather than break inside.
            font.pixelSize: Math.max(Math.round(Theme.fontSizeSmall / 2),
                                     Math.min(Theme.fontSizeSmall, Math.floor(Theme.fontSizeSmall * spokeName.width / Math.max(1, longestWord.advanceWidth))))

            TextMetrics {
                id: longestWord

                font.family: spokeName.font.family
                font.pixelSize: Theme.fontSizeSmall
                text: spokeName.entry ? Labels.domain(spokeName.entry.domain).split(/\s+/)
                                        .reduce((longest, word) => word.length > longest.length ? word : longest, "") : ""
            }
            color: Theme.colors.text
            text: spokeName.entry ? root.spokeText(spokeName.entry) : ""
            Accessible.ignored: true
        }
    }
}
