// One offer in full: what, when, where, cost, seats as last known; big actions at the bottom.
import QtQuick
import QtQuick.Controls.Basic
import "../theme"
import "../controls"

Rectangle {
    id: screen
    objectName: "detailsScreen"

    required property var kiosk
    readonly property var details: kiosk.details
    readonly property var offer: details.offer
    readonly property var chosen: details.selected
    readonly property bool chosenFull: chosen.full === true
    readonly property bool inPathway: kiosk.basket.count >= 0 && kiosk.basket.contains(offer.hubId || "")

    color: Theme.background

    function levelText(level) {
        switch (level) {
        case "beginner": return qsTr("For beginners")
        case "intermediate": return qsTr("Some experience needed")
        case "advanced": return qsTr("For advanced learners")
        }
        return qsTr("For everyone")
    }

    function seatsText(session) {
        if (session.seatsLeft === undefined || session.seatsLeft < 0)
            return ""
        const asOf = session.seatsAsOf
            ? qsTr("as last known at %1").arg(session.seatsAsOf) : qsTr("as last known")
        if (session.seatsLeft === 0)
            return qsTr("Full (%1)").arg(asOf)
        return qsTr("Places left: %1 (%2)").arg(session.seatsLeft).arg(asOf)
    }

    function yesNo(value, yes, no) { return value ? "✓ " + yes : "✗ " + no }

    Text {
        objectName: "detailsMessage"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        visible: screen.details.state !== "ready"
        text: screen.details.state === "loading" ? qsTr("Loading…")
            : screen.details.state === "gone" ? qsTr("This offer is no longer available.")
            : screen.details.state === "failed" ? qsTr("This offer cannot be shown right now. Please ask a member of staff.")
            : ""
        textFormat: Text.PlainText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }

    Flickable {
        id: scroll
        objectName: "detailsScroll"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: actions.top
        anchors.margins: Theme.margin
        visible: screen.details.state === "ready"
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        // Shows that there is more below (the text moves with a finger; nothing needs the bar).
        ScrollIndicator.vertical: ScrollIndicator {
            active: true
            contentItem: Rectangle {
                implicitWidth: Theme.mm(1.5)
                radius: width / 2
                color: Theme.border
            }
        }

        Column {
            id: body
            // The scroll indicator keeps a lane of its own (on the left in Arabic).
            x: LayoutMirroring.enabled ? Theme.mm(2.5) : 0
            width: scroll.width - Theme.mm(2.5)
            spacing: Theme.spacing

            Heading {
                objectName: "detailsTitle"
                text: screen.offer.title || ""
            }
            SectionText {
                objectName: "detailsProvider"
                muted: true
                text: qsTr("By %1").arg(screen.offer.provider || "")
            }
            SectionText {
                objectName: "detailsFacts"
                strong: true
                text: [screen.offer.free ? qsTr("Free") : screen.offer.price,
                       screen.levelText(screen.offer.level),
                       qsTr("Taught in: %1").arg((screen.offer.languages || []).join(screen.kiosk.listSeparator))].join("  ·  ")
            }
            SectionText {
                objectName: "detailsTextLanguage"
                muted: true
                text: screen.offer.otherTextLanguage ? qsTr("The provider describes this offer in %1 only.").arg(screen.offer.otherTextLanguage) : ""
            }
            SectionText {
                objectName: "detailsDescription"
                text: screen.offer.description || ""
            }
            SectionText {
                text: screen.offer.whatToBring ? qsTr("Bring: %1").arg(screen.offer.whatToBring) : ""
            }

            Heading { large: false; text: qsTr("When") }
            SectionText {
                visible: (screen.offer.sessions || []).length === 0
                text: qsTr("No dates yet. Ask the provider when it starts.")
            }
            SectionText {
                visible: screen.offer.dropIn === true
                strong: true
                text: qsTr("No sign-up needed: just come along.")
            }
            SectionText {
                visible: (screen.offer.sessions || []).length > 1
                muted: true
                text: qsTr("Touch a date to choose it.")
            }
            Repeater {
                model: screen.offer.sessions || []
                Rectangle {
                    required property var modelData
                    required property int index
                    readonly property bool chosen: screen.details.selectedSession === index
                    objectName: "sessionRow_" + index
                    width: body.width
                    height: Math.max(Theme.touchTarget, rowText.implicitHeight + 2 * Theme.spacing)
                    radius: Theme.radius
                    color: rowTouch.pressed ? Theme.surface : chosen ? Theme.chosenRow : Theme.background
                    border.width: chosen ? Theme.mm(0.8) : Math.max(1, Theme.mm(0.3))
                    border.color: chosen ? Theme.accent : Theme.border
                    Accessible.role: Accessible.RadioButton
                    Accessible.checked: chosen
                    Accessible.name: modelData.day + " " + modelData.time

                    Column {
                        id: rowText
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: Theme.spacing
                        Text {
                            width: parent.width
                            text: (parent.parent.chosen ? "● " : "○ ") + modelData.day + screen.kiosk.listSeparator + modelData.time
                            textFormat: Text.PlainText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: parent.parent.chosen
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            width: parent.width
                            visible: text !== ""
                            text: screen.seatsText(modelData)
                            textFormat: Text.PlainText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: modelData.full ? Theme.error : Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                    }
                    MouseArea {
                        id: rowTouch
                        anchors.fill: parent
                        onClicked: screen.details.choose(index)
                    }
                }
            }
            SectionText {
                muted: true
                text: screen.offer.moreSessions > 0 ? qsTr("…and %1 more dates.").arg(screen.offer.moreSessions) : ""
            }

            Heading { large: false; text: qsTr("Where") }
            SectionText {
                objectName: "detailsVenue"
                strong: true
                text: screen.offer.online ? qsTr("Online") : (screen.offer.venue || "")
            }
            SectionText {
                text: [screen.offer.address, screen.offer.district].filter(x => x).join(" · ")
            }
            SectionText {
                text: screen.offer.directions ? qsTr("How to get there: %1").arg(screen.offer.directions) : ""
            }
            SectionText {
                text: screen.offer.openingHours ? qsTr("Opening hours: %1").arg(screen.offer.openingHours) : ""
            }
            SectionText {
                objectName: "detailsAccess"
                visible: !screen.offer.online
                text: [screen.yesNo(screen.offer.stepFree, qsTr("Step-free access"), qsTr("Not step-free")),
                       screen.yesNo(screen.offer.hearingLoop, qsTr("Hearing loop"), qsTr("No hearing loop")),
                       screen.yesNo(screen.offer.accessibleToilet, qsTr("Accessible toilet"), qsTr("No accessible toilet"))
                      ].join("\n")
            }

            Heading { large: false; text: qsTr("Questions?") }
            SectionText {
                text: [screen.offer.provider, screen.offer.providerPhone, screen.offer.providerEmail]
                      .filter(x => x).join("\n")
            }
            Item { width: 1; height: Theme.margin }
        }
    }

    // Primary actions in the lower part of the screen, within reach.
    Column {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        // Back stays even when the offer cannot be shown: no dead end.

        Text {
            objectName: "fullMessage"
            width: parent.width
            visible: screen.chosenFull
            text: qsTr("This date is full. You can join its waiting list, or choose another date.")
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.error
            wrapMode: Text.Wrap
        }
        KioskButton {
            objectName: "nextSessionButton"
            width: parent.width
            visible: screen.chosenFull && screen.details.nextOpen >= 0
            text: qsTr("Choose the next date with places")
            onClicked: screen.details.choose(screen.details.nextOpen)
        }
        KioskButton {
            objectName: "signUpButton"
            pictogram: screen.kiosk.access.easyRead ? "sign-up" : ""
            width: parent.width
            height: Theme.touchTarget * 1.3
            primary: true
            fontSize: Theme.fontTitle
            visible: screen.details.state === "ready" && screen.offer.dropIn !== true
                     && (screen.offer.sessions || []).length > 0
            text: screen.chosenFull ? qsTr("Join the waiting list") : qsTr("Sign me up")
            onClicked: screen.kiosk.signUpForSelected()
        }
        Row {
            width: parent.width
            spacing: Theme.spacing
            KioskButton {
                objectName: "detailsBackButton"
                pictogram: screen.kiosk.access.easyRead ? "back" : ""
                width: (parent.width - parent.spacing) / 3
                text: qsTr("‹ Back")
                onClicked: screen.kiosk.back()
            }
            KioskButton {
                objectName: "addToPathwayButton"
                pictogram: screen.kiosk.access.easyRead ? "add" : ""
                width: (parent.width - parent.spacing) * 2 / 3
                visible: screen.details.state === "ready"
                checked: screen.inPathway
                text: screen.inPathway ? qsTr("On my list") : qsTr("Add to my list")
                onClicked: screen.kiosk.addToPathway()
            }
        }
    }
}
