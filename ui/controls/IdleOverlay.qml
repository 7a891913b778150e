// Before the kiosk forgets the citizen: a countdown and one big button to keep going.
import QtQuick
import "../theme"

Rectangle {
    id: overlay
    objectName: "idleOverlay"

    required property var idle

    color: Theme.overlay

    MouseArea { anchors.fill: parent; Accessible.ignored: true }  // the screen behind stays as it is

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: parent.height * 0.15  // the button in the lower part
        anchors.margins: Theme.margin
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.warningBackground
        border.color: Theme.text
        border.width: Theme.mm(0.6)

        Column {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.margin

            Text {
                width: parent.width
                text: qsTr("Are you still there?")
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "idleCountdown"
                width: parent.width
                text: qsTr("Seconds left: %1. Then this kiosk starts over and forgets what you entered.")
                      .arg(overlay.idle.secondsLeft)
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            KioskButton {
                objectName: "moreTimeButton"
                width: parent.width
                height: Theme.touchTarget * 1.8
                primary: true
                fontSize: Theme.fontHeading
                text: qsTr("I need more time")
                onClicked: overlay.idle.moreTime()
            }
        }
    }
}
