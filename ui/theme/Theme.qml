// Sizes in millimetres of the real screen, colours with strong contrast, one place for both.
pragma Singleton
import QtQuick

QtObject {
    // Pixels per millimetre; Main.qml sets it from the screen (or the window, when windowed).
    property real pxPerMm: 3.78

    function mm(value) { return Math.round(value * pxPerMm) }
    // The height the wordiest of ``items`` (KioskButtons, visible ones) needs: a row or grid of
    // buttons binds its buttons' height to it, so none cuts its words and all stay even.
    function tallest(items) {
        let most = 0
        for (let i = 0; i < items.length; ++i)
            if (items[i].visible)
                most = Math.max(most, items[i].wantedHeight || 0)
        return most
    }

    // Touch targets: at least 9 mm (Material 48 dp, Microsoft 9 mm); the kiosk uses 13 mm.
    // Large text makes targets a little larger too, so their words keep one line.
    readonly property int touchTarget: Math.round(13 * pxPerMm * (1 + (fontScale - 1) * 0.6))
    readonly property int smallTarget: Math.round(11 * pxPerMm * (1 + (fontScale - 1) * 0.6))
    readonly property int spacing: Math.round(3 * pxPerMm)
    readonly property int margin: Math.round(6 * pxPerMm)
    readonly property int radius: Math.round(2 * pxPerMm)

    // Type: a capital H of body text is about 5 mm tall (ADA 707.7: >= 4.8 mm), headings larger;
    // even the smallest text keeps a 4.4 mm capital.
    // Large text (a citizen's choice on the attract screen; Main.qml binds it) scales every size
    // (rounded up: never less than 1.5 times the usual size).
    property real fontScale: 1.0
    readonly property int fontHero: Math.ceil(Math.round(14 * pxPerMm) * fontScale)
    readonly property int fontHeading: Math.ceil(Math.round(10 * pxPerMm) * fontScale)
    readonly property int fontTitle: Math.ceil(Math.round(8 * pxPerMm) * fontScale)
    readonly property int fontBody: Math.ceil(Math.round(7 * pxPerMm) * fontScale)
    readonly property int fontSmall: Math.ceil(Math.round(6.2 * pxPerMm) * fontScale)
    readonly property string fontFamily: "Noto Sans"

    // Colours: text on background >= 7:1 (WCAG AAA) for everything a citizen must read; the
    // high-contrast theme (Main.qml binds it) is light on black, and >= 7:1 too
    // (tests/kiosk/gui/test_theme.py computes every pair of both).
    property bool highContrast: false
    readonly property color background: highContrast ? "#000000" : "#ffffff"
    readonly property color surface: highContrast ? "#1a1a1a" : "#eef2f7"
    readonly property color text: highContrast ? "#ffffff" : "#111111"
    readonly property color textMuted: highContrast ? "#e6e6e6" : "#3b3b3b"
    readonly property color accent: highContrast ? "#ffe14d" : "#0a4a91"
    readonly property color accentPressed: highContrast ? "#ffffff" : "#062f5e"
    readonly property color textOnAccent: highContrast ? "#000000" : "#ffffff"
    readonly property color border: highContrast ? "#ffffff" : "#5c6773"
    readonly property color focusRing: highContrast ? "#00e5ff" : "#d35400"
    readonly property color attractBackground: highContrast ? "#000000" : "#0a3d73"
    readonly property color attractText: "#ffffff"
    readonly property color attractHighlight: highContrast ? "#ffe14d" : "#ffd43b"  // the start button, the count
    readonly property color attractHighlightText: "#111111"
    readonly property color chosenRow: highContrast ? "#333333" : "#dbe7f5"  // a chosen date's row
    readonly property color free: highContrast ? "#7dff9b" : "#075c27"
    readonly property color error: highContrast ? "#ff9e9e" : "#961717"
    readonly property color warningBackground: highContrast ? "#332b00" : "#fff3bf"
    readonly property color overlay: "#cc000000"
}
