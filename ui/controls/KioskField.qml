// A large text field for the citizen's own words, typed through the on-screen keyboard.
import QtQuick
import QtQuick.Controls.Basic
import "../theme"

TextField {
    id: field

    // ok | incomplete | invalid: the border says it before the words below do.
    property string checkState: ""

    implicitHeight: Theme.touchTarget * 1.2
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontTitle
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    leftPadding: Theme.spacing * 2
    rightPadding: Theme.spacing * 2
    // A citizen's name, contact and own words: the keyboard must not learn or keep them.
    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
    selectByMouse: false  // no text selection menus on a kiosk
    // Qt 6.9+ gives TextField a cut/copy/paste menu on right-click and press-and-hold: none here.
    ContextMenu.menu: null
    // What the field is for, in the citizen's language (its placeholder says it on screen).
    Accessible.name: placeholderText

    background: Rectangle {
        radius: Theme.radius
        color: Theme.background
        border.width: field.activeFocus ? Theme.mm(1) : Theme.mm(0.5)
        border.color: field.checkState === "invalid" ? Theme.error
                    : field.activeFocus ? Theme.focusRing
                    : field.checkState === "ok" ? Theme.free : Theme.border
    }
}
