// The on-screen keyboard inside the kiosk window (no separate window, no escape to the desktop).
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

Item {
    id: area

    required property var kiosk

    // The keyboard's layout follows the citizen's language; English is one key away.
    readonly property var layouts: ({
        "de": "de_DE", "en": "en_GB", "es": "es_ES", "el": "el_GR",
        "ro": "ro_RO", "tr": "tr_TR", "uk": "uk_UA", "ar": "ar_AR"
    })
    // A phone number or an e-mail address is typed in Latin letters and digits, left to right,
    // whatever the citizen's language: in Arabic the field then keeps "030 1234567" in order.
    readonly property bool latinField: (InputContext.inputMethodHints & (Qt.ImhEmailCharactersOnly
        | Qt.ImhDialableCharactersOnly | Qt.ImhDigitsOnly | Qt.ImhFormattedNumbersOnly | Qt.ImhUrlCharactersOnly)) !== 0
    readonly property string locale: latinField ? "en_GB" : layouts[kiosk.language] || "en_GB"

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: area.locale
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: area.locale === "en_GB" ? ["en_GB"] : [area.locale, "en_GB"]
    }

    InputPanel {
        id: panel
        objectName: "keyboard"
        // What the keyboard actually loaded (tests and operators read it; the settings only ask).
        readonly property string inputLocale: InputContext.locale
        readonly property string requestedLocale: area.locale
        width: area.width
        y: active ? area.height - height : area.height
        visible: active
    }
}
