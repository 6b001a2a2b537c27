// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
pragma Singleton
import QtQuick
// No `import CareCircle` here: the module's composite singletons are loaded with every file that
// imports it, so a singleton (or a type it uses) importing the module is a cyclic dependency.
// The other files in theme/ are found through the directory import.

/**
 * The one place for sizes and colours (STYLE.md: no magic numbers elsewhere).
 * Sizes derive from the system font and follow `textScale` (1.0 … 2.0); `wide` switches
 * phone layout (bottom navigation) to tablet/desktop layout (side navigation, two columns)
 * at a breakpoint measured in font units, so larger text reflows to the phone layout sooner.
 * Main.qml feeds `windowWidth`, `mode` and `textScale` (the last two from the stored settings).
 */
QtObject {
    id: root

    // ---- inputs -------------------------------------------------------------------------
    /** "light", "dark" or "highContrast". */
    property string mode: "light"
    /** User's text size, 1.0 … 2.0 (on top of the system font size). */
    property real textScale: 1.0
    /** Width of the application window, set by Main.qml. */
    property real windowWidth: 0

    // ---- type scale -----------------------------------------------------------------------
    readonly property real effectiveTextScale: Math.min(root.maximumTextScale, Math.max(root.minimumTextScale, root.textScale))
    readonly property int fontSizeBody: Math.round(root.baseFontSize * root.effectiveTextScale)
    readonly property int fontSizeSmall: Math.round(root.fontSizeBody * 0.875)
    /** The smallest a heading or page title gets so that its longest word fits (fittingFontSize). */
    readonly property int fontSizeHeadingMinimum: Math.round(root.fontSizeBody * 0.75)
    readonly property int fontSizeLarge: Math.round(root.fontSizeBody * 1.25)
    readonly property int fontSizeTitle: Math.round(root.fontSizeBody * 1.5)
    readonly property int fontSizeDisplay: Math.round(root.fontSizeBody * 1.875)
    readonly property string monospaceFamily: "monospace"

    // ---- units and spacing ----------------------------------------------------------------
    /** One line of body text: the unit everything else is measured in. */
    readonly property int units: Math.ceil(root.bodyMetrics.height)
    /** Spacing grows with the text, but at a quarter of its rate, so 200 % text keeps room for words. */
    readonly property real spacingUnit: root.baseUnits * (1 + (root.effectiveTextScale - 1) * root.spacingGrowth)
    readonly property int smallSpacing: Math.max(2, Math.round(root.spacingUnit / 4))
    readonly property int spacing: Math.max(4, Math.round(root.spacingUnit / 2))
    readonly property int largeSpacing: Math.round(root.spacingUnit)
    readonly property int radius: Math.round(root.spacingUnit / 2)
    readonly property int smallRadius: Math.round(root.spacingUnit / 4)
    readonly property int borderWidth: 1
    readonly property int focusWidth: 2
    readonly property int iconSize: Math.round(root.units * 1.25)
    /** Initials badges and similar decorations: grow with spacing, not with the text. */
    readonly property int avatarSize: Math.round(root.spacingUnit * 2)
    readonly property int barHeight: Math.max(6, Math.round(root.units / 2.5))

    /** Minimum size of anything a finger has to hit (DESIGN.md §7: 48 px / ~10 mm). */
    readonly property int minTouch: 48

    /** Comfortable reading width for forms and single-column content. */
    readonly property int formMaxWidth: root.units * 30
    readonly property int contentMaxWidth: root.units * 56
    readonly property int sideNavigationWidth: Math.round(Math.max(root.units * 7, root.baseUnits * 11))

    // ---- layout breakpoint ----------------------------------------------------------------
    /** Measured in unscaled font units and grown by half the text scale, so a tablet at 200 %
     *  text reflows to the phone layout while a desktop keeps its side navigation. */
    readonly property real wideBreakpoint: root.baseUnits * 38 * (1 + (root.effectiveTextScale - 1) / 2)
    readonly property bool wide: root.windowWidth >= root.wideBreakpoint

    // ---- states ------------------------------------------------------------------------------
    /** Disabled controls and their labels (exempt from the contrast rule, still legible). */
    readonly property real disabledOpacity: 0.5
    /** Overlay of the text colour on a pressed / hovered control, so it works on every palette. */
    readonly property real pressedOverlayOpacity: 0.12
    readonly property real hoverOverlayOpacity: 0.05

    // ---- colours ---------------------------------------------------------------------------
    readonly property ColorPalette colors: root.mode === "dark" ? root.darkPalette
                                         : root.mode === "highContrast" ? root.highContrastPalette
                                         : root.lightPalette
    readonly property bool highContrast: root.mode === "highContrast"

    /** The dot of a sharing space's colour code (decoration only: the name always says it). */
    /**
     * The pixel size for a heading of @p preferred size in @p width: smaller (down to @p minimum)
     * when its longest word would not fit, so a word is cut only when it cannot fit even then
     * ("Goedemiddag" at 200 % text on a phone), and with @p lines > 0 small enough for the whole
     * text to fit that many lines. @p wordWidth and @p textWidth are measured at @p preferred.
     */
    function fittingFontSize(preferred: int, minimum: int, width: real, wordWidth: real, textWidth: real, lines: int): int {
        if (width <= 0 || wordWidth <= 0)
            return preferred;
        let scale = Math.min(1, width / wordWidth);
        // A line rarely fills to the last pixel: leave a tenth for where it wraps.
        if (lines > 0 && textWidth > 0)
            scale = Math.min(scale, lines * width * 0.9 / textWidth);
        return Math.max(minimum, Math.min(preferred, Math.floor(preferred * scale)));
    }
    /** The width of the widest word of @p text in @p metrics (a line may break after a
     *  hyphen: "CareCircle-server"). */
    function widestWord(metrics: FontMetrics, text: string): real {
        // A hyphen ends a part; no flatMap in Qt 6.4's JavaScript.
        return Math.max(0, ...text.replace(/-/g, "- ").split(/\s+/).map(part => metrics.advanceWidth(part)));
    }

    function spaceColour(code: string): color {
        switch (code) {
        case "teal": return "#1D8A78";
        case "blue": return "#2F6DB5";
        case "purple": return "#7D4FB0";
        case "orange": return "#C8661E";
        case "green": return "#4C8A2B";
        }
        return "#7A7770";
    }

    readonly property ColorPalette lightPalette: ColorPalette {
        // light
        background: "#F5F3EE"
        surface: "#FFFFFF"
        surfaceVariant: "#E9EEEC"
        text: "#1C1B19"
        textMuted: "#55534D"
        primary: "#1D6658"
        textOnPrimary: "#FFFFFF"
        primaryContainer: "#CFE8E1"
        textOnPrimaryContainer: "#0A3A31"
        outline: "#7A766E"
        divider: "#DDD9D0"
        danger: "#A3262B"
        dangerContainer: "#FBE8E7"
        textOnDangerContainer: "#69141A"
        warningContainer: "#FDF0C4"
        textOnWarningContainer: "#4A3600"
        success: "#2D6A2F"
        focus: "#1A56B8"
        barTrack: "#E3DFD7"
        barFill: "#1D6658"
        switchTrack: "#8A857C"
        discuss: "#8F4500"
        scrim: "#99000000"
    }

    readonly property ColorPalette darkPalette: ColorPalette {
        // dark
        background: "#141715"
        surface: "#1E2220"
        surfaceVariant: "#29302D"
        text: "#ECEAE4"
        textMuted: "#BDBAB2"
        primary: "#7ED0BD"
        textOnPrimary: "#00382E"
        primaryContainer: "#1D4D43"
        textOnPrimaryContainer: "#CBF1E7"
        outline: "#8F938F"
        divider: "#3A403D"
        danger: "#FFB4AE"
        dangerContainer: "#5A1C1C"
        textOnDangerContainer: "#FFDAD6"
        warningContainer: "#473800"
        textOnWarningContainer: "#FFE08C"
        success: "#94D894"
        focus: "#8EB8FA"
        barTrack: "#3A403D"
        barFill: "#7ED0BD"
        switchTrack: "#8F938F"
        discuss: "#FFB874"
        scrim: "#B3000000"
    }

    readonly property ColorPalette highContrastPalette: ColorPalette {
        // highContrast
        background: "#000000"
        surface: "#000000"
        surfaceVariant: "#1A1A1A"
        text: "#FFFFFF"
        textMuted: "#F0F0F0"
        primary: "#FFE14D"
        textOnPrimary: "#000000"
        primaryContainer: "#FFE14D"
        textOnPrimaryContainer: "#000000"
        outline: "#FFFFFF"
        divider: "#FFFFFF"
        danger: "#FF9C94"
        dangerContainer: "#000000"
        textOnDangerContainer: "#FF9C94"
        warningContainer: "#000000"
        textOnWarningContainer: "#FFE14D"
        success: "#8CFF8C"
        focus: "#40E0FF"
        barTrack: "#4D4D4D"
        barFill: "#FFE14D"
        switchTrack: "#FFFFFF"
        discuss: "#FFB874"
        scrim: "#CC000000"
    }

    // ---- private ----------------------------------------------------------------------------
    readonly property real minimumTextScale: 1.0
    readonly property real spacingGrowth: 0.25
    readonly property real maximumTextScale: 2.0
    /** Body text never smaller than this, whatever the system says: people read this on a phone. */
    readonly property int minimumBodyPixelSize: 16
    readonly property real pixelsPerPoint: 96 / 72
    readonly property FontMetrics systemMetrics: FontMetrics { }
    readonly property int systemPixelSize: root.systemMetrics.font.pixelSize > 0
                                           ? root.systemMetrics.font.pixelSize
                                           : Math.round(root.systemMetrics.font.pointSize * root.pixelsPerPoint)
    readonly property int baseFontSize: Math.max(root.minimumBodyPixelSize, root.systemPixelSize)
    readonly property FontMetrics baseMetrics: FontMetrics { font.pixelSize: root.baseFontSize }
    readonly property real baseUnits: Math.ceil(root.baseMetrics.height)
    readonly property FontMetrics bodyMetrics: FontMetrics { font.pixelSize: root.fontSizeBody }
}
