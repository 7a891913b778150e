// "My list": the offers the citizen added; each can be opened or removed.
import QtQuick
import "../theme"
import "../controls"

Rectangle {
    id: screen
    objectName: "basketScreen"

    required property var kiosk
    readonly property var basket: kiosk.basket

    color: Theme.background

    // How a sign-up made during this visit stands, in the pathway screen's own words (and its
    // translations: one wording to keep, not two).
    function signUpLabel(status) {
        switch (status) {
        case "provisional": return qsTranslate("PathwayScreen", "Signed up — waiting for the provider to confirm")
        case "confirmed": return qsTranslate("PathwayScreen", "Signed up — your place is confirmed")
        case "waitlisted": return qsTranslate("PathwayScreen", "Signed up — on the waiting list")
        case "rejected": return qsTranslate("PathwayScreen", "Sign-up not accepted — please ask a member of staff")
        }
        return ""
    }

    Heading {
        id: heading
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        text: qsTr("My list")
    }

    SectionText {
        objectName: "basketEmpty"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.margins: Theme.margin
        visible: screen.basket.count === 0
        font.pixelSize: Theme.fontTitle
        text: qsTr("Nothing here yet. Open an offer and touch \"Add to my list\".")
    }

    ListView {
        id: list
        objectName: "basketList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.bottom: actions.top
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        model: screen.basket.items
        delegate: Rectangle {
            id: entry
            required property var modelData
            required property int index
            objectName: "basketItem_" + index
            width: list.width
            height: Math.max(Theme.touchTarget * 1.5, texts.implicitHeight + 2 * Theme.spacing)
            radius: Theme.radius
            color: open.pressed ? Theme.surface : Theme.background
            border.width: Math.max(1, Theme.mm(0.4))
            border.color: Theme.border

            MouseArea {
                id: open
                anchors.fill: parent
                onClicked: screen.kiosk.openOffer(entry.modelData.offerId)
            }
            Column {
                id: texts
                anchors.left: parent.left
                anchors.right: remove.left
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: Theme.spacing
                Text {
                    width: parent.width
                    text: entry.modelData.title
                    horizontalAlignment: Text.AlignLeft  // mirrored in Arabic
                    textFormat: Text.PlainText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "basketWhere_" + entry.index
                    width: parent.width
                    text: [[entry.modelData.day, entry.modelData.time].filter(x => x).join(screen.kiosk.listSeparator),
                           entry.modelData.venue].filter(x => x).join(" · ")
                    horizontalAlignment: Text.AlignLeft  // mirrored in Arabic
                    textFormat: Text.PlainText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                SectionText {
                    objectName: "basketSignUp_" + entry.index
                    width: parent.width
                    strong: true
                    color: entry.modelData.signUp === "rejected" ? Theme.error : Theme.free
                    text: screen.signUpLabel(entry.modelData.signUp)
                }
            }
            KioskButton {
                id: remove
                objectName: "basketRemove_" + entry.index
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Remove")
                onClicked: screen.basket.remove(entry.modelData.hubId)
            }
        }
    }

    Column {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // "Remove" only takes an offer off this list: said wherever a sign-up could seem to go with it.
        SectionText {
            objectName: "basketKeepsSignUps"
            width: parent.width
            visible: screen.basket.anySignedUp
            text: qsTr("Removing an offer from this list does not cancel your sign-up.")
        }

        // Once a learning goal is saved, its planned pathway is one touch away from here too.
        KioskButton {
            id: toPathway
            objectName: "basketPathwayButton"
            width: parent.width
            height: Theme.touchTarget * 1.3
            visible: screen.kiosk.goal.step === "done"
            primary: true
            fontSize: Theme.fontTitle
            text: qsTr("See the pathway for my goal")
            onClicked: screen.kiosk.openPathway()
        }
        KioskButton {
            objectName: "basketGoalButton"
            width: parent.width
            height: toPathway.visible ? Theme.touchTarget : Theme.touchTarget * 1.3
            primary: !toPathway.visible
            fontSize: toPathway.visible ? Theme.fontBody : Theme.fontTitle
            text: screen.kiosk.goal.step === "done" ? qsTr("Record another learning goal")
                                                     : qsTr("Record my learning goal")
            onClicked: screen.kiosk.startGoal()
        }
        Row {
            width: parent.width
            spacing: Theme.spacing
            KioskButton {
                objectName: "basketBackButton"
                width: (parent.width - parent.spacing) / 3
                visible: screen.kiosk.canGoBack
                text: qsTr("‹ Back")
                onClicked: screen.kiosk.back()
            }
            KioskButton {
                objectName: "basketFindMoreButton"
                width: (parent.width - parent.spacing) * 2 / 3
                text: qsTr("Find more offers")
                onClicked: screen.kiosk.openDiscover()
            }
        }
    }
}
