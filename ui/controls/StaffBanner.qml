// Across the top while staff mode is on: everyone sees that staff are helping (and sign-ups made
// now go to the hub as staff-assisted); the staff menu and the lock stay one touch away.
import QtQuick
import "../theme"

Rectangle {
    id: banner
    objectName: "staffBanner"

    required property var staff

    implicitHeight: Theme.smallTarget + 2 * Theme.spacing
    color: Theme.warningBackground

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Math.max(1, Theme.mm(0.4))
        color: Theme.border
    }

    Text {
        objectName: "staffBannerText"
        anchors.left: parent.left
        anchors.right: buttons.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.spacing * 2
        anchors.rightMargin: Theme.spacing
        text: qsTr("Staff-assisted")
        textFormat: Text.PlainText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        verticalAlignment: Text.AlignVCenter
        // "Con ayuda del personal" beside the two buttons: two lines, smaller, before "…".
        wrapMode: Text.Wrap
        maximumLineCount: 2
        fontSizeMode: Text.VerticalFit
        minimumPixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }

    Row {
        id: buttons
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: Theme.mm(16)  // clear of the hidden corner held to open the staff menu
        spacing: Theme.spacing

        KioskButton {
            objectName: "staffMenuButton"
            height: Theme.smallTarget
            text: qsTr("Staff menu")
            onClicked: banner.staff.openScreen()
        }
        KioskButton {
            objectName: "staffLockButton"
            height: Theme.smallTarget
            text: qsTr("Lock staff mode")
            onClicked: banner.staff.lock()
        }
    }
}
