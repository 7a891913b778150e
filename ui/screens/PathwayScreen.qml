// The pathway planned for the citizen's learning goal: swap, remove or sign up for a step; print the sheet.
import QtQuick
import "../theme"
import "../controls"

Rectangle {
    id: screen
    objectName: "pathwayScreen"

    required property var kiosk
    readonly property var vm: kiosk.pathway
    readonly property var printer: kiosk.printing

    // Titles, providers and contacts come from outside, mostly in Latin letters: inside an
    // Arabic line each keeps its own order (first-strong isolate), and a line that starts with
    // one still runs right to left (it starts with a right-to-left mark).
    function outside(value) { return kiosk.rightToLeft ? "\u2068" + value + "\u2069" : value }
    readonly property string lineStart: kiosk.rightToLeft ? "\u200f" : ""
    readonly property var steps: vm.steps
    readonly property bool ready: vm.state === "ready"

    color: Theme.background

    function statusLabel(status) {
        switch (status) {
        case "drop_in": return qsTr("No sign-up needed — just come")
        case "provisional": return qsTr("Signed up — waiting for the provider to confirm")
        case "confirmed": return qsTr("Signed up — your place is confirmed")
        case "waitlisted": return qsTr("Signed up — on the waiting list")
        case "rejected": return qsTr("Sign-up not accepted — please ask a member of staff")
        }
        return qsTr("Not signed up yet")
    }
    function whenLabel(choice) {
        return choice.dates > 1 ? qsTr("%1 (and %2 more dates)").arg(choice.when).arg(choice.dates - 1) : choice.when
    }
    function whereLabel(choice) {
        return choice.online ? qsTr("Online") : choice.where
    }

    Column {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.spacing / 2

        Heading {
            objectName: "pathwayHeading"
            text: qsTr("Your learning pathway")
        }
        SectionText {
            objectName: "pathwayMessage"
            muted: screen.vm.state !== "failed"
            color: screen.vm.state === "failed" ? Theme.error : Theme.textMuted
            text: {
                switch (screen.vm.state) {
                case "planning": return qsTr("Planning your pathway from today's offers…")
                case "failed": return qsTr("Your pathway could not be planned. Please try again, or ask a member of staff.")
                case "ready": return screen.steps.length === 0 ? ""
                        : screen.kiosk.access.easyRead ? qsTr("This is your plan. You can change each step.")
                        : qsTr("Planned from today's offers for your learning goal. Swap, remove or sign up for any step.")
                }
                return qsTr("Record your learning goal first: then the kiosk plans a pathway for it.")
            }
        }
    }

    Flickable {
        id: scroll
        objectName: "pathwayScroll"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: actions.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: body
            width: scroll.width
            spacing: Theme.spacing

            // The planner's honest answer when the catalogue cannot fill a pathway.
            Rectangle {
                objectName: "pathwayShortfall"
                width: parent.width
                visible: screen.ready && !screen.vm.complete
                height: shortfallText.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.warningBackground
                border.width: Math.max(1, Theme.mm(0.4))
                border.color: Theme.border
                Column {
                    id: shortfallText
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing / 2
                    Text {
                        objectName: "pathwayShortfallText"
                        width: parent.width
                        text: screen.vm.shortfall
                        textFormat: Text.PlainText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Text {
                        width: parent.width
                        visible: screen.vm.closest.length > 0
                        text: qsTr("Offers that nearly fit:")
                        textFormat: Text.PlainText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: screen.vm.closest
                        // Each near miss opens like any offer: the citizen may take it anyway
                        // (another day, a small fee) or show it to the staff.
                        Rectangle {
                            id: near
                            required property var modelData
                            required property int index
                            readonly property alias text: nearText.text
                            objectName: "pathwayClosest_" + index
                            width: shortfallText.width
                            height: Math.max(Theme.touchTarget, nearText.implicitHeight + 2 * Theme.spacing)
                            radius: Theme.radius
                            color: nearTouch.pressed ? Theme.accentPressed : Theme.surface
                            border.width: Math.max(1, Theme.mm(0.4))
                            border.color: Theme.border
                            Accessible.role: Accessible.Button
                            Accessible.name: nearText.text
                            Accessible.onPressAction: screen.kiosk.openOffer(near.modelData.offerId)

                            Text {
                                id: nearText
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                anchors.margins: Theme.spacing
                                text: screen.lineStart + screen.outside(near.modelData.title) + " — "
                                      + screen.outside(near.modelData.provider) + ": " + near.modelData.why
                                textFormat: Text.PlainText
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                color: nearTouch.pressed ? Theme.textOnAccent : Theme.text
                                wrapMode: Text.Wrap
                            }
                            MouseArea {
                                id: nearTouch
                                anchors.fill: parent
                                onClicked: screen.kiosk.openOffer(near.modelData.offerId)
                            }
                        }
                    }
                    Text {
                        objectName: "pathwayHelp"
                        width: parent.width
                        text: qsTr("Who can help: %1").arg(screen.outside(screen.vm.helpContact
                                                            || qsTr("the staff at the library's information desk")))
                        textFormat: Text.PlainText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }

            // Needs the goal asked about that no offer says anything about (childcare, sign
            // language, easy language): named, never dropped silently.
            Rectangle {
                objectName: "pathwayUnchecked"
                width: parent.width
                visible: screen.ready && screen.vm.uncheckedNeeds !== ""
                height: uncheckedText.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.warningBackground
                border.width: Math.max(1, Theme.mm(0.4))
                border.color: Theme.border
                Text {
                    id: uncheckedText
                    objectName: "pathwayUncheckedText"
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    text: screen.vm.uncheckedNeeds
                    textFormat: Text.PlainText
                    horizontalAlignment: Text.AlignLeft  // mirrored in Arabic
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }

            // A touch can miss: the step removed last can come back.
            Rectangle {
                objectName: "pathwayRemoved"
                width: parent.width
                visible: screen.vm.removedTitle !== ""
                height: Math.max(Theme.touchTarget, removedText.implicitHeight) + Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Math.max(1, Theme.mm(0.4))
                border.color: Theme.border
                Text {
                    id: removedText
                    anchors.left: parent.left
                    anchors.right: undo.left
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: Theme.spacing
                    text: qsTr("Removed: %1").arg(screen.vm.removedTitle)
                    textFormat: Text.PlainText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                KioskButton {
                    id: undo
                    objectName: "pathwayUndoButton"
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.spacing / 2
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("Undo")
                    onClicked: screen.vm.undoRemove()
                }
            }

            SectionText {
                objectName: "pathwayNotes"
                muted: true
                text: screen.vm.notes.join("\n")
            }

            Repeater {
                model: screen.steps
                delegate: Rectangle {
                    id: card
                    required property var modelData
                    required property int index
                    property bool choosing: false
                    objectName: "pathwayStep_" + index
                    width: body.width
                    height: cardColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.background
                    border.width: Math.max(1, Theme.mm(0.4))
                    border.color: Theme.border

                    Column {
                        id: cardColumn
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacing / 2

                        Text {
                            width: parent.width
                            text: qsTr("Step %1").arg(card.modelData.number)
                            textFormat: Text.PlainText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.accent
                        }
                        Text {
                            objectName: "pathwayStepTitle_" + card.index
                            width: parent.width
                            text: card.modelData.title
                            horizontalAlignment: Text.AlignLeft  // mirrored in Arabic
                            textFormat: Text.PlainText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        SectionText {
                            objectName: "pathwayStepWhen_" + card.index
                            text: screen.whenLabel(card.modelData)
                        }
                        SectionText {
                            objectName: "pathwayStepWhere_" + card.index
                            // A provider at its own place ("Seniorentreff Pasing") is named once.
                            text: screen.whereLabel(card.modelData)
                                  + (card.modelData.provider && card.modelData.provider !== screen.whereLabel(card.modelData)
                                     ? " · " + card.modelData.provider : "")
                        }
                        SectionText {
                            objectName: "pathwayStepReason_" + card.index
                            muted: true
                            font.pixelSize: Theme.fontSmall
                            text: card.modelData.reason
                        }
                        SectionText {
                            objectName: "pathwayStepStatus_" + card.index
                            strong: true
                            color: card.modelData.status === "rejected" ? Theme.error
                                 : card.modelData.canSignUp ? Theme.text : Theme.free
                            text: screen.statusLabel(card.modelData.status)
                        }
                        // Signed up: the step stays (the sheet shows it, nothing takes its time).
                        SectionText {
                            objectName: "pathwayBooked_" + card.index
                            muted: true
                            text: card.modelData.canChange ? ""
                                  : qsTr("You are signed up for this, so it stays on your pathway.")
                        }
                        SectionText {
                            objectName: "pathwayClash_" + card.index
                            visible: screen.vm.clashStep === card.index
                            color: Theme.error
                            text: visible ? qsTr("That offer clashes with another step. Please choose another one.") : ""
                        }

                        Row {
                            width: parent.width
                            spacing: Theme.spacing
                            readonly property real cell: (width - 2 * spacing) / 3
                            KioskButton {
                                objectName: "pathwaySignUp_" + card.index
                                width: parent.cell
                                visible: card.modelData.canSignUp
                                primary: true
                                text: qsTr("Sign me up")
                                onClicked: screen.vm.signUp(card.index)
                            }
                            KioskButton {
                                objectName: "pathwaySwap_" + card.index
                                width: parent.cell
                                visible: card.modelData.canChange && card.modelData.alternatives.length > 0
                                checkable: true
                                checked: card.choosing
                                text: qsTr("Swap")
                                onClicked: card.choosing = !card.choosing
                            }
                            KioskButton {
                                objectName: "pathwayRemove_" + card.index
                                width: parent.cell
                                visible: card.modelData.canChange
                                text: qsTr("Remove")
                                onClicked: screen.vm.remove(card.index)
                            }
                        }

                        // The alternatives, one touch to take one instead.
                        Column {
                            width: parent.width
                            spacing: Theme.spacing / 2
                            visible: card.choosing && card.modelData.canChange
                            SectionText {
                                muted: true
                                text: qsTr("Instead of this step:")
                            }
                            Repeater {
                                model: card.choosing ? card.modelData.alternatives : []
                                delegate: Rectangle {
                                    id: alternative
                                    required property var modelData
                                    required property int index
                                    objectName: "pathwayAlternative_" + card.index + "_" + index
                                    width: cardColumn.width
                                    height: Math.max(Theme.touchTarget, altTexts.implicitHeight + Theme.spacing)
                                    radius: Theme.radius
                                    color: take.pressed ? Theme.accentPressed : Theme.surface
                                    border.width: Math.max(1, Theme.mm(0.4))
                                    border.color: Theme.border
                                    MouseArea {
                                        id: take
                                        anchors.fill: parent
                                        onClicked: screen.vm.swap(card.index, alternative.index)
                                    }
                                    Column {
                                        id: altTexts
                                        anchors.left: parent.left
                                        anchors.right: parent.right
                                        anchors.verticalCenter: parent.verticalCenter
                                        anchors.margins: Theme.spacing
                                        Text {
                                            width: parent.width
                                            text: alternative.modelData.title
                                            textFormat: Text.PlainText
                                            font.family: Theme.fontFamily
                                            font.pixelSize: Theme.fontBody
                                            font.bold: true
                                            color: take.pressed ? Theme.textOnAccent : Theme.text
                                            wrapMode: Text.Wrap
                                        }
                                        Text {
                                            width: parent.width
                                            text: screen.whenLabel(alternative.modelData) + " · " + screen.whereLabel(alternative.modelData)
                                            textFormat: Text.PlainText
                                            font.family: Theme.fontFamily
                                            font.pixelSize: Theme.fontSmall
                                            color: take.pressed ? Theme.textOnAccent : Theme.textMuted
                                            wrapMode: Text.Wrap
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            SectionText {
                objectName: "pathwayEmpty"
                visible: screen.ready && screen.steps.length === 0 && screen.vm.complete
                font.pixelSize: Theme.fontTitle
                text: visible ? qsTr("No steps left. Find more offers, or record your learning goal again.") : ""
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

        // What the printer is doing; on a problem, the code to photograph instead of the sheet.
        Rectangle {
            objectName: "pathwayPrintStatus"
            width: parent.width
            visible: screen.printer.state !== "idle"
            height: statusColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: screen.printer.state === "problem" ? Theme.warningBackground : Theme.surface
            border.width: Math.max(1, Theme.mm(0.4))
            border.color: screen.printer.state === "problem" ? Theme.error : Theme.border
            Column {
                id: statusColumn
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacing / 2
                Text {
                    objectName: "pathwayPrintMessage"
                    width: parent.width
                    text: {
                        switch (screen.printer.state) {
                        case "printing": return qsTr("Printing…")
                        case "done": return qsTr("Done — please take your sheet")
                        case "problem": return qsTr("Printer problem")
                        }
                        return ""
                    }
                    textFormat: Text.PlainText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: screen.printer.state === "problem" ? Theme.error : Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "pathwayPrintAdvice"
                    width: parent.width
                    visible: screen.printer.state === "problem"
                    // Only a kiosk with a hub can promise both: the code opens the pathway there, and
                    // the hub hears of the printer (heartbeat). Without one, a person has to help, now:
                    // the kiosk keeps the sheet for a reprint five minutes only.
                    text: screen.kiosk.sync.configured
                          ? qsTr("Please take a photo of this code instead: it opens your pathway on the city's learning hub. Staff have been told about the printer.")
                          : qsTr("Please ask a member of staff for help now.")
                    textFormat: Text.PlainText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Row {
                    width: parent.width
                    spacing: Theme.margin
                    visible: screen.printer.state === "problem" && screen.kiosk.sync.configured
                    Image {
                        objectName: "pathwayQrCode"
                        width: Theme.mm(45)
                        height: width
                        source: screen.printer.state === "problem" ? screen.printer.qrImage : ""
                        smooth: false  // crisp modules: a blurred code scans badly
                        fillMode: Image.PreserveAspectFit
                    }
                    Column {
                        width: parent.width - Theme.mm(45) - parent.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: Theme.spacing / 2
                        Text {
                            width: parent.width
                            text: qsTr("Your claim code:")
                            textFormat: Text.PlainText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            objectName: "pathwayClaimCode"
                            width: parent.width
                            text: screen.printer.claimCode
                            textFormat: Text.PlainText
                            horizontalAlignment: Text.AlignLeft  // mirrored in right-to-left languages
                            font.family: "DejaVu Sans Mono"
                            font.pixelSize: Theme.fontHeading
                            font.bold: true
                            color: Theme.text
                        }
                        Text {
                            objectName: "pathwayProjectUrl"
                            width: parent.width
                            text: screen.printer.projectUrl
                            textFormat: Text.PlainText
                            horizontalAlignment: Text.AlignLeft
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                            wrapMode: Text.WrapAnywhere
                        }
                    }
                }
            }
        }

        KioskButton {
            objectName: "pathwayPrintButton"
            width: parent.width
            height: Theme.touchTarget * 1.3
            fontSize: Theme.fontTitle
            primary: true
            // With no step that fits, the sheet still carries the offers that nearly fit, who
            // helps and the claim code: the citizen leaves with something to show at the desk.
            visible: screen.ready && (screen.steps.length > 0 || !screen.vm.complete)
            enabled: screen.printer.state !== "printing"
            opacity: enabled ? 1 : 0.55
            text: screen.printer.state === "done" || screen.printer.state === "problem"
                  ? qsTr("Print my pathway sheet again") : qsTr("Print my pathway sheet")
            onClicked: screen.printer.printSheet()
        }
        KioskButton {
            objectName: "pathwayRetryButton"
            width: parent.width
            visible: screen.vm.state === "failed"
            primary: true
            text: qsTr("Try again")
            onClicked: screen.vm.plan()
        }
        Row {
            width: parent.width
            spacing: Theme.spacing
            KioskButton {
                objectName: "pathwayBackButton"
                width: (parent.width - parent.spacing) / 3
                visible: screen.kiosk.canGoBack
                text: qsTr("‹ Back")
                onClicked: screen.kiosk.back()
            }
            KioskButton {
                objectName: "pathwayFindMoreButton"
                width: (parent.width - parent.spacing) * 2 / 3
                text: qsTr("Find more offers")
                onClicked: screen.kiosk.openDiscover()
            }
        }
    }
}
