// On every screen after the attract screen, within reach at the bottom: start over, language,
// the learning goal and "my pathway" with its count.
import QtQuick
import "../theme"

Rectangle {
    id: bar
    objectName: "navBar"

    required property var kiosk
    readonly property int count: kiosk.basket ? kiosk.basket.count : 0

    implicitHeight: Theme.touchTarget + 2 * Theme.spacing
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: Math.max(1, Theme.mm(0.4))
        color: Theme.border
    }

    Row {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        readonly property real cell: (width - 3 * spacing) / 4

        KioskButton {
            objectName: "startOverButton"
            width: row.cell
            height: parent.height
            text: qsTr("Start over")
            onClicked: bar.kiosk.startOver()
        }
        KioskButton {
            objectName: "languageButton"
            width: row.cell
            height: parent.height
            // The language by its own name, with a mark that a list opens from here.
            text: bar.kiosk.languages.filter(l => l.code === bar.kiosk.language).map(l => l.name)[0] + " ▴"
            onClicked: bar.kiosk.languagePicker = true
        }
        KioskButton {
            objectName: "goalButton"
            width: row.cell
            height: parent.height
            checked: bar.kiosk.screen === "goal"
            text: qsTr("My learning goal")
            onClicked: bar.kiosk.startGoal()
        }
        KioskButton {
            objectName: "basketButton"
            width: row.cell
            height: parent.height
            checked: bar.kiosk.screen === "basket"
            text: qsTr("My pathway (%1)").arg(bar.count)
            onClicked: bar.kiosk.openBasket()
        }
    }
}
