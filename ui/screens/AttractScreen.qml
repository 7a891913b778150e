// The attract screen: invites a passer-by in and lets them pick their language by its own name.
import QtQuick
import "../theme"
import "../controls"

Rectangle {
    id: screen
    objectName: "attractScreen"

    required property var kiosk

    color: Theme.attractBackground

    // A touch anywhere that is not a language starts in the kiosk's default language.
    MouseArea {
        objectName: "attractTouchArea"
        anchors.fill: parent
        Accessible.ignored: true  // "Touch to start" is the named control that does the same
        onClicked: screen.kiosk.start("")
    }

    // The hub connection in a corner, calm, for whoever wonders whether a sign-up gets through.
    SyncIndicator {
        sync: screen.kiosk.sync
        place: "attract"
        onDark: true
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        maxWidth: parent.width - 2 * Theme.margin
    }

    Column {
        id: welcome
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin * 2
        anchors.topMargin: parent.height * (Theme.fontScale > 1 ? 0.05 : 0.14)  // large text needs the room
        spacing: Theme.margin

        Text {
            width: parent.width
            text: qsTr("Learn something new in your city")
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHero
            font.bold: true
            color: Theme.attractText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            width: parent.width
            text: screen.kiosk.access.easyRead ? qsTr("Learn new things near you. Many are free.")
                                               : qsTr("Courses, workshops and meet-ups near you. Many are free.")
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.attractText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }

    // What is on offer, as a number a passer-by takes in at a glance.
    Text {
        objectName: "attractOfferCount"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: welcome.bottom
        anchors.topMargin: parent.height * (Theme.fontScale > 1 ? 0.02 : 0.08)
        anchors.margins: Theme.margin * 2
        // Never under the buttons (large text in a long language, or the read-aloud strip open).
        visible: screen.kiosk.storeState === "ready" && screen.kiosk.offerCount > 0
                 && y + height + Theme.spacing <= actions.y
        text: qsTr("%1 offers to discover").arg(screen.kiosk.offerCount)
        textFormat: Text.PlainText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontHeading
        color: Theme.attractHighlight
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }

    // Primary actions sit in the lower two thirds, within reach from a wheelchair.
    Column {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin * 2
        anchors.bottomMargin: parent.height * 0.08
        spacing: Theme.margin * 1.5

        // One touch away, for this citizen only (Start over and the idle limit switch them off).
        Grid {
            id: switches
            width: parent.width
            columns: 2
            spacing: Theme.spacing * 1.5
            readonly property real cell: (width - spacing) / 2

            ReadAloudButton {
                objectName: "attractReadAloudButton"
                width: switches.cell
                height: Theme.touchTarget * 1.3
                readAloud: screen.kiosk.readAloud
            }
            ReadingAidSwitch {
                objectName: "easyReadSwitch"
                width: switches.cell
                access: screen.kiosk.access
                aid: "easyRead"
            }
            ReadingAidSwitch {
                objectName: "largeTextSwitch"
                width: switches.cell
                access: screen.kiosk.access
                aid: "largeText"
            }
            ReadingAidSwitch {
                objectName: "highContrastSwitch"
                width: switches.cell
                access: screen.kiosk.access
                aid: "highContrast"
            }
        }
        Loader {
            width: parent.width
            active: screen.kiosk.readAloud.open && screen.kiosk.screen === "attract"
            visible: active
            sourceComponent: ReadAloudPanel { readAloud: screen.kiosk.readAloud }
        }

        KioskButton {
            objectName: "startButton"
            width: parent.width
            height: Theme.touchTarget * 1.8
            primary: true
            fontSize: Theme.fontHeading
            text: qsTr("Touch to start")
            color: pressed ? Theme.accentPressed : Theme.attractHighlight
            border.color: activeFocus ? Theme.focusRing : "#ffffff"
            // Dark text on yellow: the one thing on this screen that must be seen first.
            labelColor: pressed ? Theme.textOnAccent : Theme.attractHighlightText
            onClicked: screen.kiosk.start("")
        }

        Text {
            width: parent.width
            text: qsTr("Choose your language")
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.attractText
            horizontalAlignment: Text.AlignHCenter
        }

        Grid {
            id: languages
            width: parent.width
            columns: 2
            spacing: Theme.spacing * 1.5

            Repeater {
                model: screen.kiosk.languages
                KioskButton {
                    required property var modelData
                    objectName: "language_" + modelData.code
                    width: (languages.width - languages.spacing) / 2
                    height: Theme.touchTarget * 1.4
                    text: modelData.name
                    fontSize: Theme.fontTitle
                    onClicked: screen.kiosk.start(modelData.code)
                }
            }
        }
    }
}
