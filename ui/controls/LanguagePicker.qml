// The language list over any screen, and the reading aids: the citizen keeps their place.
import QtQuick
import "../theme"

Rectangle {
    id: picker
    objectName: "languagePicker"

    required property var kiosk

    color: Theme.overlay

    MouseArea {
        anchors.fill: parent  // a touch outside the list closes it
        Accessible.ignored: true  // "Close" is the named way out
        onClicked: picker.kiosk.languagePicker = false
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.background

        MouseArea { anchors.fill: parent; Accessible.ignored: true }  // touches on the panel stay on it

        Column {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing

            Text {
                width: parent.width
                text: qsTr("Choose your language")
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Grid {
                id: grid
                width: parent.width
                columns: 2
                spacing: Theme.spacing
                Repeater {
                    model: picker.kiosk.languages
                    KioskButton {
                        required property var modelData
                        objectName: "switchLanguage_" + modelData.code
                        width: (grid.width - grid.spacing) / 2
                        height: Theme.touchTarget * 1.2
                        fontSize: Theme.fontTitle
                        checked: picker.kiosk.language === modelData.code
                        text: modelData.name
                        onClicked: picker.kiosk.setLanguage(modelData.code)
                    }
                }
            }
            // The reading aids of the attract screen, here too: a citizen who started in a language
            // they read finds them in words they know, on any screen.
            Text {
                width: parent.width
                topPadding: Theme.spacing
                text: qsTr("Make it easier to read")
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Grid {
                id: aids
                width: parent.width
                columns: Theme.fontScale > 1 ? 1 : 3  // large words need the whole width
                spacing: Theme.spacing
                readonly property real cell: (width - (columns - 1) * spacing) / columns
                ReadingAidSwitch {
                    objectName: "pickerEasyReadSwitch"
                    width: aids.cell
                    access: picker.kiosk.access
                    aid: "easyRead"
                }
                ReadingAidSwitch {
                    objectName: "pickerLargeTextSwitch"
                    width: aids.cell
                    access: picker.kiosk.access
                    aid: "largeText"
                }
                ReadingAidSwitch {
                    objectName: "pickerHighContrastSwitch"
                    width: aids.cell
                    access: picker.kiosk.access
                    aid: "highContrast"
                }
            }
            KioskButton {
                objectName: "closeLanguagePicker"
                width: parent.width
                text: qsTr("Close")
                onClicked: picker.kiosk.languagePicker = false
            }
        }
    }
}
