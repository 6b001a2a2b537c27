// SPDX-License-Identifier: GPL-3.0-or-later
// Text stays readable in every theme: each text colour on each background it is drawn on
// has a WCAG contrast ratio of at least 4.5:1, and borders and focus rings at least 3:1.
// Computed from the Theme's own palettes, so changing a colour is checked at once.
import QtQuick
import QtTest
import CareCircle

TestCase {
    name: "ThemeContrast"

    // WCAG 2.x relative luminance and contrast ratio.
    function luminance(c) {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }
    function contrast(a, b) {
        const la = luminance(a);
        const lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function test_textAndControlsHaveEnoughContrast_data() {
        return [
            { tag: "light", palette: Theme.lightPalette },
            { tag: "dark", palette: Theme.darkPalette },
            { tag: "highContrast", palette: Theme.highContrastPalette }
        ];
    }

    function test_textAndControlsHaveEnoughContrast(data) {
        const p = data.palette;
        const text = [
            ["text", "background"], ["text", "surface"], ["text", "surfaceVariant"],
            ["textMuted", "background"], ["textMuted", "surface"], ["textMuted", "surfaceVariant"],
            ["primary", "background"], ["primary", "surface"],
            ["textOnPrimary", "primary"], ["textOnPrimaryContainer", "primaryContainer"],
            ["danger", "background"], ["danger", "surface"], ["textOnDangerContainer", "dangerContainer"],
            ["textOnWarningContainer", "warningContainer"],
            ["success", "surface"], ["discuss", "surface"]
        ];
        for (const [fg, bg] of text) {
            const ratio = contrast(p[fg], p[bg]);
            verify(ratio >= 4.5, `${data.tag}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1, needs 4.5:1`);
        }
        const controls = [["outline", "surface"], ["outline", "background"], ["focus", "surface"], ["focus", "background"],
                          ["barFill", "barTrack"]];
        for (const [fg, bg] of controls) {
            const ratio = contrast(p[fg], p[bg]);
            verify(ratio >= 3, `${data.tag}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1, needs 3:1`);
        }
    }
}
