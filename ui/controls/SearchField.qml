// The search field: large, with a clear button, typed into through the on-screen keyboard.
import QtQuick
import QtQuick.Controls.Basic
import "../theme"

TextField {
    id: field

    implicitHeight: Theme.touchTarget * 1.2
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontTitle
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    // Room for the ✕ on its side: the right, or the left when the layout runs right to left.
    leftPadding: LayoutMirroring.enabled ? clear.width + Theme.spacing : Theme.spacing * 2
    rightPadding: LayoutMirroring.enabled ? Theme.spacing * 2 : clear.width + Theme.spacing
    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    maximumLength: 100
    selectByMouse: false  // no text selection menus on a kiosk
    // Qt 6.9+ gives TextField a cut/copy/paste menu on right-click and press-and-hold: none here.
    ContextMenu.menu: null
    // What the field is for, in the citizen's language (its placeholder says it on screen).
    Accessible.name: placeholderText

    background: Rectangle {
        radius: Theme.radius
        color: Theme.background
        border.width: field.activeFocus ? Theme.mm(1) : Theme.mm(0.5)
        border.color: field.activeFocus ? Theme.focusRing : Theme.border
    }

    Rectangle {
        id: clear
        objectName: "clearSearchButton"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: visible ? Theme.touchTarget : 0
        height: Theme.touchTarget
        color: clearTouch.pressed ? Theme.surface : "transparent"
        radius: Theme.radius
        visible: field.text.length > 0
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Clear search")
        Text {
            anchors.centerIn: parent
            text: "✕"
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontTitle
            color: Theme.text
        }
        MouseArea {
            id: clearTouch
            anchors.fill: parent
            onClicked: field.clear()
        }
    }
}
