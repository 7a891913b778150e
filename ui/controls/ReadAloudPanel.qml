// Shown once the speaker button was pressed: louder, quieter, slower, faster, or why it is silent.
import QtQuick
import "../theme"

Rectangle {
    id: panel
    objectName: "readAloudPanel"

    required property var readAloud
    readonly property bool silent: readAloud.state === "noVoice" || readAloud.state === "unavailable"

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    border.width: Math.max(1, Theme.mm(0.4))

    MouseArea { anchors.fill: parent; Accessible.ignored: true }  // touches on the strip stay on it

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Text {
            objectName: "readAloudMessage"
            width: parent.width
            visible: panel.silent
            text: panel.readAloud.state === "noVoice" ? qsTr("No voice for this language")
                                                      : qsTr("Reading aloud is not available on this kiosk")
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Row {
            id: row
            width: parent.width
            spacing: Theme.spacing
            visible: !panel.silent
            readonly property real cell: (width - 4 * spacing) / 5

            KioskButton {
                objectName: "readAloudQuieter"
                width: row.cell
                text: qsTr("Quieter")
                enabled: panel.readAloud.volume > 0.21
                onClicked: panel.readAloud.louder(-1)
            }
            KioskButton {
                objectName: "readAloudLouder"
                width: row.cell
                text: qsTr("Louder")
                enabled: panel.readAloud.volume < 0.99
                onClicked: panel.readAloud.louder(1)
            }
            KioskButton {
                objectName: "readAloudSlower"
                width: row.cell
                text: qsTr("Slower")
                onClicked: panel.readAloud.faster(-1)
            }
            KioskButton {
                objectName: "readAloudFaster"
                width: row.cell
                text: qsTr("Faster")
                onClicked: panel.readAloud.faster(1)
            }
            KioskButton {
                objectName: "readAloudClose"
                width: row.cell
                text: qsTr("Close")
                onClicked: panel.readAloud.stop()
            }
        }
        KioskButton {
            objectName: "readAloudCloseMessage"
            width: parent.width
            visible: panel.silent
            text: qsTr("Close")
            onClicked: panel.readAloud.stop()
        }
    }
}
