// On every screen after the attract screen, within reach at the bottom: start over, language,
// the learning goal and "my list" (the offers the citizen chose) with its count.
import QtQuick
import "../theme"

Rectangle {
    id: bar
    objectName: "navBar"

    required property var kiosk
    readonly property int count: kiosk.basket ? kiosk.basket.count : 0

    implicitHeight: row.height + 2 * Theme.spacing + (syncLine.visible ? syncLine.height + Theme.mm(1) : 0)
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: Math.max(1, Theme.mm(0.4))
        color: Theme.border
    }

    // The hub connection, small and calm, at the bar's end (hidden when no hub is set).
    SyncIndicator {
        id: syncLine
        sync: bar.kiosk.sync
        place: "nav"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.mm(1)
        maxWidth: bar.width - 2 * Theme.spacing
    }

    // Large text: two rows of two, so every label keeps its full size on one line.
    Grid {
        id: row
        anchors.left: parent.left
        anchors.right: speaker.left
        anchors.bottom: parent.bottom
        height: lines * buttonHeight + (lines - 1) * spacing
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        columns: Theme.fontScale > 1 ? 2 : 4
        readonly property int lines: 4 / columns  // not Grid's rows: set apart, it lags columns
        readonly property real cell: (width - (columns - 1) * spacing) / columns
        // Taller for all four when one's words need two lines ("Почати спочатку" beside its pictogram).
        readonly property int buttonHeight: Math.max(Theme.touchTarget, Theme.tallest(children))

        KioskButton {
            objectName: "startOverButton"
            pictogram: bar.kiosk.access.easyRead ? "start-over" : ""
            width: row.cell
            height: row.buttonHeight
            text: qsTr("Start over")
            onClicked: bar.kiosk.startOver()
        }
        KioskButton {
            objectName: "languageButton"
            width: row.cell
            height: row.buttonHeight
            // The language by its own name, with a mark that a list opens from here.
            text: bar.kiosk.languages.filter(l => l.code === bar.kiosk.language).map(l => l.name)[0] + " ▴"
            onClicked: bar.kiosk.languagePicker = true
        }
        KioskButton {
            objectName: "goalButton"
            checkMark: false  // the highlight says "you are here"; the words keep their room
            width: row.cell
            height: row.buttonHeight
            checked: bar.kiosk.screen === "goal"
            text: qsTr("My learning goal")
            onClicked: bar.kiosk.startGoal()
        }
        KioskButton {
            objectName: "basketButton"
            checkMark: false  // the highlight says "you are here"; the words keep their room
            width: row.cell
            height: row.buttonHeight
            checked: bar.kiosk.screen === "basket"
            text: qsTr("My list (%1)").arg(bar.count)
            onClicked: bar.kiosk.openBasket()
        }
    }
    ReadAloudButton {
        id: speaker
        objectName: "readAloudButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        width: Theme.touchTarget * 1.3
        height: row.height
        compact: true
        readAloud: bar.kiosk.readAloud
    }
}
