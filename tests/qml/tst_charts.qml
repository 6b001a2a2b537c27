// SPDX-License-Identifier: GPL-3.0-or-later
// Trends can be read (issue 15, item 10): a part of life's line chart shows its scale and
// the period's dates, and each point's value and date are reachable from the keyboard and
// by a screen reader; the radar keeps the names of the parts of life on a small screen at
// 200 % text instead of numbering its spokes, and shows them at the chart, each on its
// spoke's side, not only in the list under it (out of sight on a phone).
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import CareCircle

Item {
    id: window

    width: 390
    height: 844
    visible: true

    readonly property int day: 86400000

    Component {
        id: lineComponent

        TrendLineChart {
            width: 320
        }
    }
    Component {
        id: progressComponent

        ProgressChart {
            width: 320
        }
    }
    Component {
        id: radarComponent

        RadarChart {
            width: 320
            height: implicitHeight
        }
    }

    TestCase {
        name: "Charts"
        when: windowShown

        function cleanup() {
            Theme.textScale = 1;
        }

        function labelsUnder(item) {
            const texts = [];
            const visit = node => {
                if (node.visible && node instanceof Text)
                    texts.push(node.text);
                for (let i = 0; i < node.children.length; ++i)
                    visit(node.children[i]);
            };
            visit(item);
            return texts;
        }

        function test_aLineChartShowsItsScaleDatesAndEveryValue() {
            const last = new Date(2026, 11, 4);
            const first = new Date(last.getTime() - 27 * window.day);
            const points = [{ t: first.getTime() + 2 * window.day, v: 3 },
                            { t: first.getTime() + 9 * window.day, v: 6 },
                            { t: first.getTime() + 16 * window.day, v: 8 }];
            const chart = createTemporaryObject(lineComponent, window, {
                series: { domain: "body", points: points, first: first, last: new Date(last.getTime() + window.day) }
            });
            waitForRendering(chart);
            const texts = labelsUnder(chart);
            for (const level of ["0", "5", "10"])
                verify(texts.includes(level), `the scale shows ${level}: ${texts}`);
            compare(findChild(chart, "firstDayLabel").text, Labels.shortDate(first));
            compare(findChild(chart, "lastDayLabel").text, Labels.shortDate(last));

            const plot = findChild(chart, "trendPlot");
            verify(plot.Accessible.name.indexOf(chart.pointText(0)) >= 0, "the accessible name lists the values");
            plot.forceActiveFocus(Qt.TabFocusReason);
            compare(chart.currentIndex, 2, "focus starts on the latest point");
            compare(plot.Accessible.description, qsTr("%1 on %2", "@info accessible trend point").arg(8).arg(Labels.shortDate(new Date(points[2].t))));
            keyClick(Qt.Key_Left);
            compare(chart.currentIndex, 1);
            verify(plot.Accessible.description.startsWith("6 "));
            keyClick(Qt.Key_Home);
            compare(chart.currentIndex, 0);
        }

        /** A goal's progress chart takes each rating's calendar day as a day number (days
         *  since 1 January 1970) and says the first and last day in words. */
        function test_aProgressChartSaysItsDaysAndTheLatestRating() {
            const dayOf = date => Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Date.UTC(1970, 0, 1)) / window.day);
            const first = new Date(2025, 2, 30); // the day before summer time starts in Belgium
            const last = new Date(2026, 11, 4);
            const chart = createTemporaryObject(progressComponent, window,
                                                { points: [{ day: dayOf(first), rating: 3 }, { day: dayOf(last), rating: 7 }] });
            verify(chart);
            compare(chart.dateOf(dayOf(first)).getDate(), 30);
            compare(chart.dateOf(dayOf(last)).getMonth(), 11);
            const name = chart.Accessible.name;
            verify(name.indexOf(Labels.shortDate(first)) >= 0, name);
            verify(name.indexOf(Labels.shortDate(last)) >= 0, name);
            verify(name.indexOf("7 out of 10") >= 0, name);
            waitForRendering(chart);
        }

        function test_theRadarNeverNumbersItsSpokes_data() {
            return [{ tag: "100 %", scale: 1 }, { tag: "200 %", scale: 2 }];
        }

        function test_theRadarNeverNumbersItsSpokes(data) {
            Theme.textScale = data.scale;
            const entries = Labels.checkInDomains.map((domain, i) => ({ domain: domain, now: 4 + i % 3, before: -1 }));
            const radar = createTemporaryObject(radarComponent, window, { entries: entries });
            waitForRendering(radar);
            const texts = labelsUnder(radar);
            for (const n of ["1", "2", "3", "4", "5", "6"])
                verify(!texts.includes(n), `a bare "${n}" is drawn: ${texts}`);
            for (const domain of Labels.checkInDomains) {
                const name = Labels.domain(domain);
                verify(texts.some(text => text.indexOf(name) >= 0), `"${name}" is shown`);
            }
        }

        /** Where @p item is, in @p radar's coordinates. */
        function boxOf(item, radar) {
            const p = item.mapToItem(radar, 0, 0);
            return { x: p.x, y: p.y, right: p.x + item.width, bottom: p.y + item.height };
        }

        function test_onAPhoneAt200PercentTheNamesStayAtTheChart_data() {
            return [{ tag: "en", language: "en" }, { tag: "nl", language: "nl" }, { tag: "fr", language: "fr" }, { tag: "de", language: "de" }];
        }

        function test_onAPhoneAt200PercentTheNamesStayAtTheChart(data) {
            const before = LanguageSettings.language;
            LanguageSettings.language = data.language;
            try {
                Theme.textScale = 2;
                const entries = Labels.checkInDomains.map((domain, i) => ({ domain: domain, now: 4 + i % 3, before: 5 }));
                const radar = createTemporaryObject(radarComponent, window, { entries: entries });
                waitForRendering(radar);
                verify(radar.compact, "a phone's width at 200 % text is the compact radar");
                const legendTop = boxOf(findChild(radar, "radarLegendIntro"), radar).y;
                const metrics = createTemporaryQmlObject("import QtQuick; TextMetrics {}", window);
                const boxes = [];
                entries.forEach((entry, index) => {
                    const label = findChild(radar, "spokeName_" + index);
                    verify(label && label.visible, `spoke ${index} has its name at the chart`);
                    compare(label.text.split("\n")[0], Labels.domain(entry.domain));
                    verify(label.contentWidth <= label.width + 1, `"${label.text}" is not cut`);
                    // Wrapped between words, never inside one ("functioner-en").
                    metrics.font = label.font;
                    for (const word of Labels.domain(entry.domain).split(/\s+/)) {
                        metrics.text = word;
                        verify(metrics.advanceWidth <= label.width + 0.5, `"${word}" fits its line whole`);
                    }
                    const box = boxOf(label, radar);
                    verify(box.x >= 0 && box.right <= radar.width + 1, `"${label.text}" lies within the chart's width`);
                    verify(box.bottom <= legendTop, `"${label.text}" is at the chart, above the list`);
                    // Above the chart's centre for spokes that point up, below it for the others.
                    const up = Math.sin(-Math.PI / 2 + index * 2 * Math.PI / entries.length) < 0;
                    verify(up ? box.bottom <= radar.centre.y - radar.radius + 1 : box.y >= radar.centre.y + radar.radius - 1,
                           `"${label.text}" sits on its spoke's side of the chart`);
                    boxes.push(box);
                });
                for (let i = 0; i < boxes.length; ++i) {
                    for (let j = i + 1; j < boxes.length; ++j) {
                        const a = boxes[i], b = boxes[j];
                        const overlap = a.x < b.right - 1 && b.x < a.right - 1 && a.y < b.bottom - 1 && b.y < a.bottom - 1;
                        verify(!overlap, `the names of spokes ${i} and ${j} do not overlap`);
                    }
                }
            } finally {
                LanguageSettings.language = before;
            }
        }
    }
}
