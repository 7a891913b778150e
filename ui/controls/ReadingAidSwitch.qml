// One reading aid (easy read, large text or high contrast) as a switch, for this citizen only.
import QtQuick
import "../theme"

KioskButton {
    required property var access  // the kiosk's AccessViewModel
    required property string aid  // "easyRead", "largeText" or "highContrast"

    height: Theme.touchTarget * 1.3
    checkable: true
    pictogram: ({ "easyRead": "easy-read", "largeText": "large-text", "highContrast": "high-contrast" })[aid]
    checked: access[aid]
    // Said in the attract screen's words wherever the switch stands: one translation each.
    text: aid === "easyRead" ? qsTranslate("AttractScreen", "Easy read")
        : aid === "largeText" ? qsTranslate("AttractScreen", "Large text")
        : qsTranslate("AttractScreen", "High contrast")
    onClicked: access[aid] = !checked
}
