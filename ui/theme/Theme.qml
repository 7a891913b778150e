// Sizes in millimetres of the real screen, colours with strong contrast, one place for both.
pragma Singleton
import QtQuick

QtObject {
    // Pixels per millimetre; Main.qml sets it from the screen (or the window, when windowed).
    property real pxPerMm: 3.78

    function mm(value) { return Math.round(value * pxPerMm) }

    // Touch targets: at least 9 mm (Material 48 dp, Microsoft 9 mm); the kiosk uses 13 mm.
    readonly property int touchTarget: Math.round(13 * pxPerMm)
    readonly property int smallTarget: Math.round(11 * pxPerMm)
    readonly property int spacing: Math.round(3 * pxPerMm)
    readonly property int margin: Math.round(6 * pxPerMm)
    readonly property int radius: Math.round(2 * pxPerMm)

    // Type: a capital H of body text is about 5 mm tall (ADA 707.7: >= 4.8 mm), headings larger;
    // even the smallest text keeps a 4.4 mm capital.
    readonly property int fontHero: Math.round(14 * pxPerMm)
    readonly property int fontHeading: Math.round(10 * pxPerMm)
    readonly property int fontTitle: Math.round(8 * pxPerMm)
    readonly property int fontBody: Math.round(7 * pxPerMm)
    readonly property int fontSmall: Math.round(6.2 * pxPerMm)
    readonly property string fontFamily: "Noto Sans"

    // Colours: text on background >= 7:1 (WCAG AAA) for everything a citizen must read.
    readonly property color background: "#ffffff"
    readonly property color surface: "#eef2f7"
    readonly property color text: "#111111"
    readonly property color textMuted: "#3b3b3b"
    readonly property color accent: "#0a4a91"
    readonly property color accentPressed: "#062f5e"
    readonly property color textOnAccent: "#ffffff"
    readonly property color border: "#5c6773"
    readonly property color focusRing: "#d35400"
    readonly property color attractBackground: "#0a3d73"
    readonly property color attractText: "#ffffff"
    readonly property color free: "#0b6e2f"
    readonly property color error: "#a61b1b"
    readonly property color warningBackground: "#fff3bf"
    readonly property color overlay: "#cc000000"
}
