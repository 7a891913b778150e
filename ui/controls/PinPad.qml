// The staff PIN pad (opened by holding a top corner): large digits, dots for what was typed, and
// plain words for a wrong PIN, a lockout, or a kiosk where staff mode is not set up.
import QtQuick
import "../theme"

Rectangle {
    id: pad
    objectName: "pinPad"

    required property var staff
    readonly property string state_: staff.padState
    readonly property bool canType: state_ === "ready"

    color: Theme.overlay

    MouseArea { anchors.fill: parent; Accessible.ignored: true }  // the screen behind stays as it is

    function lockText(seconds) {
        if (seconds >= 60)
            return qsTr("Too many wrong PINs. Try again in %1 min %2 s.")
                   .arg(Math.floor(seconds / 60)).arg(seconds % 60)
        if (seconds === 1)
            return qsTr("Too many wrong PINs. Try again in 1 second.")
        return qsTr("Too many wrong PINs. Try again in %1 seconds.").arg(seconds)
    }

    Rectangle {
        id: panel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.background
        border.color: Theme.border
        border.width: Math.max(1, Theme.mm(0.4))

        Column {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing * 1.5

            Heading {
                text: qsTr("Staff PIN")
            }

            // One dot per digit typed; the digits themselves never show.
            Row {
                objectName: "pinDots"
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Digits typed: %1").arg(pad.staff.pinLength)
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.spacing * 1.5
                visible: pad.state_ !== "notSetUp"
                height: Theme.mm(7)
                Repeater {
                    model: Math.max(6, pad.staff.pinLength)
                    Rectangle {
                        required property int index
                        width: Theme.mm(6)
                        height: width
                        radius: width / 2
                        anchors.verticalCenter: parent.verticalCenter
                        color: index < pad.staff.pinLength ? Theme.text : "transparent"
                        border.color: Theme.border
                        border.width: Math.max(1, Theme.mm(0.5))
                    }
                }
            }

            Text {
                objectName: "pinMessage"
                width: parent.width
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: pad.staff.wrongPin || pad.state_ === "locked" || pad.state_ === "notSetUp"
                color: (pad.staff.wrongPin || pad.state_ === "locked") ? Theme.error : Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                text: {
                    switch (pad.state_) {
                    case "loading": return qsTr("One moment…")
                    case "checking": return qsTr("Checking the PIN…")
                    case "notSetUp":
                        return qsTr("Staff mode is not set up on this kiosk. An administrator sets a PIN on the kiosk's computer with the command: connect-kiosk set-staff-pin")
                    case "locked": return pad.lockText(pad.staff.lockedSeconds)
                    }
                    if (pad.staff.wrongPin)
                        return pad.staff.triesLeft === 1
                               ? qsTr("Wrong PIN. 1 more try, then the pad pauses.")
                               : qsTr("Wrong PIN. %1 more tries, then the pad pauses.").arg(pad.staff.triesLeft)
                    if (pad.staff.triesLeft === 0)  // after a pause: the next wrong PIN pauses it again, longer
                        return qsTr("Type the staff PIN. After a wrong one the pad pauses again, for longer.")
                    return qsTr("Type the staff PIN.")
                }
            }

            Grid {
                id: keys
                objectName: "pinKeys"
                width: parent.width
                // A keypad reads 1 2 3 from the left in every language, Arabic too.
                LayoutMirroring.enabled: false
                LayoutMirroring.childrenInherit: true
                columns: 3
                spacing: Theme.spacing
                visible: pad.state_ !== "notSetUp"
                readonly property real cell: (width - 2 * spacing) / 3

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                    KioskButton {
                        required property string modelData
                        objectName: "pinDigit_" + modelData
                        width: keys.cell
                        height: Theme.touchTarget * 1.4
                        fontSize: Theme.fontHeading
                        text: modelData
                        enabled: pad.canType
                        opacity: enabled ? 1 : 0.5
                        onClicked: pad.staff.addDigit(modelData)
                    }
                }
                KioskButton {
                    objectName: "pinDelete"
                    width: keys.cell
                    height: Theme.touchTarget * 1.4
                    fontSize: Theme.fontTitle
                    text: qsTr("Delete")
                    enabled: pad.canType && pad.staff.pinLength > 0
                    opacity: enabled ? 1 : 0.5
                    onClicked: pad.staff.removeDigit()
                }
                KioskButton {
                    objectName: "pinDigit_" + text  // pinDigit_0, named like the others
                    width: keys.cell
                    height: Theme.touchTarget * 1.4
                    fontSize: Theme.fontHeading
                    text: "0"
                    enabled: pad.canType
                    opacity: enabled ? 1 : 0.5
                    onClicked: pad.staff.addDigit("0")
                }
                KioskButton {
                    objectName: "pinEnter"
                    width: keys.cell
                    height: Theme.touchTarget * 1.4
                    fontSize: Theme.fontTitle
                    primary: true
                    text: qsTr("OK")
                    enabled: pad.canType && pad.staff.pinLength > 0
                    opacity: enabled ? 1 : 0.5
                    onClicked: pad.staff.enterPin()
                }
            }

            KioskButton {
                objectName: "pinCancel"
                width: parent.width
                text: qsTr("Cancel")
                onClicked: pad.staff.closePad()
            }
        }
    }
}
