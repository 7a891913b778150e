// Sign-up: a name and one way to be reached, checked as typed; plain consent; what was stored.
import QtQuick
import QtQuick.Controls.Basic
import "../theme"
import "../controls"

Rectangle {
    id: screen
    objectName: "signUpScreen"

    required property var kiosk
    readonly property var vm: kiosk.signUp
    readonly property string step: vm.step

    color: Theme.background

    // The reasons come as keys from kiosk.signup.contact; the words are said here, translatably.
    // A phone number or an e-mail address keeps its own left-to-right order inside an Arabic
    // sentence (isolated: "+49 30 1234567" would otherwise show its parts backwards).
    function ltr(value) { return value && kiosk.rightToLeft ? "\u2066" + value + "\u2069" : value }
    readonly property bool easyRead: kiosk.access.easyRead

    function reasonText(key) {
        switch (key) {
        case "name.empty": return qsTr("Please type a name or a nickname.")
        case "name.too_long": return qsTr("Please use at most 60 letters.")
        case "name.no_letters": return qsTr("A name needs at least one letter.")
        case "name.symbols": return qsTr("Please use only letters, numbers, spaces, - and '.")
        case "phone.empty": return qsTr("Please type your phone number.")
        case "phone.characters": return qsTr("A phone number has only digits, spaces and +.")
        case "phone.too_short": return qsTr("This number is too short.")
        case "phone.too_long": return qsTr("This number is too long.")
        case "phone.invalid": return qsTr("This does not look like a phone number.")
        case "email.empty": return qsTr("Please type your e-mail address.")
        case "email.no_at": return qsTr("An e-mail address has an @ in it.")
        case "email.no_name": return qsTr("Something is missing before the @.")
        case "email.no_domain": return qsTr("Something is missing after the @, like web.de.")
        case "email.invalid": return qsTr("This does not look like an e-mail address.")
        case "email.ending": return qsTr("Please check the end of the address, after the last dot.")
        case "contact.choose": return qsTr("Please choose how the provider can reach you.")
        case "contact.kind": return qsTr("Please choose phone, e-mail or no contact.")
        }
        return ""
    }

    function checkText(check, okText) {
        return check.state === "ok" ? "✓ " + okText : (check.state === "invalid" ? "✗ " : "") + reasonText(check.reason)
    }

    function contactLabel(kind) {
        return kind === "phone" ? qsTr("Phone") : kind === "email" ? qsTr("E-mail") : qsTr("No contact")
    }

    function statusText(status) {
        switch (status) {
        case "confirmed": return qsTr("Your place is confirmed.")
        case "waitlisted": return qsTr("You are on the waiting list.")
        case "rejected": return qsTr("The provider could not accept this sign-up.")
        case "cancelled": return qsTr("This sign-up was cancelled.")
        }
        return screen.easyRead ? qsTr("Your place is not sure yet.") : qsTr("Your place is provisional.")
    }

    function nextText(status) {
        const reach = vm.saved.contactKind === "none"
            ? qsTr("You gave no contact: print your pathway sheet — its claim code is your only link to this sign-up.")
            : vm.saved.contactKind === "phone" ? qsTr("The provider will call or text you if anything changes.")
            : qsTr("The provider will e-mail you if anything changes.")
        switch (status) {
        case "confirmed": return qsTr("Please come on the date shown. ") + reach
        case "waitlisted": return qsTr("If a place becomes free, it goes to the first person on the list. ") + reach
        case "rejected": return (vm.reason ? vm.reason + " " : "") + qsTr("Please ask a member of staff or choose another offer.")
        case "cancelled": return ""
        }
        if (screen.easyRead)  // one short sentence a line (easy-read)
            return [qsTr("The city's learning hub decides."), qsTr("The first to sign up get the places."),
                    qsTr("This kiosk sends your sign-up as soon as it can."),
                    qsTr("The answer comes on this screen."), reach].join("\n")
        return qsTr("The city's learning hub decides in the order sign-ups arrive; this kiosk sends yours as soon as it is online. This screen shows the answer when it comes. ") + reach
    }

    function deletionText() {
        return screen.kiosk.retentionHours > 0
            ? qsTr("This kiosk deletes them %1 hours after the hub has them.").arg(screen.kiosk.retentionHours)
            : qsTr("This kiosk deletes them as soon as the hub has them.")
    }

    // Easy-read: what is kept, who gets it and for how long, one short sentence a line; the same
    // facts as the full text, none left out.
    function easyConsentText() {
        const lines = [qsTr("We save your name: %1").arg(vm.name.trim())]
        if (vm.contactKind === "phone")
            lines.push(qsTr("We save your phone number: %1").arg(screen.ltr(vm.contact.trim())))
        else if (vm.contactKind === "email")
            lines.push(qsTr("We save your e-mail address: %1").arg(screen.ltr(vm.contact.trim())))
        lines.push(qsTr("We send them to the city's learning hub."),
                   qsTr("The hub gives them to %1, only for this offer.").arg(vm.offer.provider || ""),
                   screen.deletionText(),
                   qsTr("We save nothing else about you. Nothing goes to advertisers."),
                   "", qsTr("You can cancel at any time. Ask the staff or the provider."))
        return lines.join("\n")
    }

    Flickable {
        id: scroll
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: actions.top
        anchors.margins: Theme.margin
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: body
            width: scroll.width
            spacing: Theme.spacing * 1.5

            Heading {
                objectName: "signUpHeading"
                text: screen.step === "done" ? qsTr("Thank you!")
                    : screen.step === "consent" ? qsTr("Before we save it")
                    : screen.step === "failed" ? qsTr("Not saved yet")
                    : qsTr("Sign up")
            }
            SectionText {
                objectName: "signUpOffer"
                strong: true
                text: (screen.vm.offer.title || "") + "\n" + (screen.vm.session.day || "") + screen.kiosk.listSeparator + (screen.vm.session.time || "")
                      + (screen.vm.session.full ? "\n" + qsTr("This date is full: you join its waiting list.") : "")
            }

            // --- step 1: name and one contact -------------------------------------------------
            Column {
                width: parent.width
                spacing: Theme.spacing
                visible: screen.step === "form"

                SectionText { text: qsTr("Your name or a nickname") ; strong: true }
                KioskField {
                    id: nameField
                    objectName: "signUpName"
                    width: parent.width
                    maximumLength: screen.vm.nameMaxLength  // the rule's own limit: no typing past it
                    placeholderText: qsTr("For example: Ana")
                    checkState: text === "" ? "" : screen.vm.nameCheck.state
                    text: screen.vm.name
                    onTextChanged: if (screen.vm.name !== text) screen.vm.name = text
                    onAccepted: contactTiles.forceActiveFocus()
                }
                SectionText {
                    objectName: "signUpNameCheck"
                    color: screen.vm.nameCheck.state === "invalid" ? Theme.error
                         : screen.vm.nameCheck.state === "ok" ? Theme.free : Theme.textMuted
                    text: screen.checkText(screen.vm.nameCheck, qsTr("Fine."))
                }

                SectionText { text: qsTr("How can the provider reach you? Choose one."); strong: true }
                ButtonRow {
                    id: contactTiles
                    width: parent.width
                    spacing: Theme.spacing
                    Repeater {
                        model: ["phone", "email", "none"]
                        KioskButton {
                            required property string modelData
                            objectName: "contact_" + modelData
                            width: (contactTiles.width - 2 * contactTiles.spacing) / 3
                            height: contactTiles.tallest
                            checkable: true
                            checked: screen.vm.contactKind === modelData
                            text: screen.contactLabel(modelData)
                            onClicked: {
                                screen.vm.contactKind = modelData
                                if (modelData !== "none")
                                    contactField.forceActiveFocus()
                                else
                                    Qt.inputMethod.hide()
                            }
                        }
                    }
                }
                KioskField {
                    id: contactField
                    objectName: "signUpContact"
                    width: parent.width
                    visible: screen.vm.contactKind === "phone" || screen.vm.contactKind === "email"
                    maximumLength: 120
                    // Phone: the dial pad, laid out like a phone's (1 2 3 on top, no signs to puzzle
                    // over). Its "+" is a long press on "*": signUpPhonePlusHint says so below.
                    placeholderText: screen.vm.contactKind === "phone" ? qsTr("For example: %1").arg("0170 1234567")
                                                                      : qsTr("For example: ana@web.de")
                    inputMethodHints: screen.vm.contactKind === "phone"
                        ? Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                        : Qt.ImhEmailCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
                    checkState: text === "" ? "" : screen.vm.contactCheck.state
                    text: screen.vm.contact
                    onTextChanged: if (screen.vm.contact !== text) screen.vm.contact = text
                    onAccepted: { focus = false; Qt.inputMethod.hide() }
                }
                // The keyboard's letters have no "@" (it hides behind "&123"): one touch here, with
                // the address endings most people here have.
                ButtonRow {
                    id: emailParts
                    objectName: "signUpEmailParts"
                    visible: screen.vm.contactKind === "email"
                    spacing: Theme.spacing
                    Repeater {
                        model: ["@", ".de", ".com"]
                        KioskButton {
                            required property string modelData
                            required property int index
                            objectName: "emailPart_" + index
                            width: Theme.touchTarget * 2
                            height: emailParts.tallest
                            text: modelData
                            onClicked: {
                                contactField.insert(contactField.cursorPosition, modelData)
                                contactField.forceActiveFocus()
                            }
                        }
                    }
                }
                SectionText {
                    objectName: "signUpPhonePlusHint"
                    muted: true
                    visible: screen.vm.contactKind === "phone"
                    text: qsTr("A number from abroad: hold * to type +.")
                }
                SectionText {
                    objectName: "signUpContactCheck"
                    color: screen.vm.contactCheck.state === "invalid" ? Theme.error
                         : screen.vm.contactCheck.state === "ok" ? Theme.free : Theme.textMuted
                    text: screen.vm.contactKind === "none"
                          ? qsTr("Fine. Without a contact, your printed claim code is the only link to this sign-up: nobody can tell you if the date changes.")
                          : screen.checkText(screen.vm.contactCheck, screen.vm.contactCheck.number
                                ? (screen.vm.contactCheck.country
                                   ? qsTr("Fine: %1 (%2)").arg(screen.vm.contactCheck.number).arg(screen.vm.contactCheck.country)
                                   : qsTr("Fine: %1").arg(screen.vm.contactCheck.number))
                                : qsTr("Fine."))
                }
                // Before anything is typed: what is kept, who gets it, for how long (issue 6).
                SectionText {
                    objectName: "privacyNotice"
                    muted: true
                    text: screen.easyRead
                          ? [qsTr("We keep only your name and one contact."),
                             qsTr("The city's learning hub passes them to the provider, only for this offer."),
                             screen.deletionText(),
                             qsTr("Your sheet shows no name and no contact.")].join("\n")
                          : qsTr("About your data: we keep only this name and the one contact you choose. The city's learning hub passes them to this offer's provider, for this offer only.")
                            + " " + screen.deletionText() + " " + qsTr("Your printed sheet carries no name or contact.")
                }
            }

            // --- step 2: consent, nothing pre-ticked -------------------------------------------
            Column {
                width: parent.width
                spacing: Theme.spacing
                visible: screen.step === "consent"

                SectionText {
                    objectName: "consentText"
                    text: screen.easyRead ? screen.easyConsentText()
                        : qsTr("We will save your name \"%1\"%2 and this sign-up on this kiosk and send them to the city's learning hub, which passes them to %3 for this offer only.")
                          .arg(screen.vm.name.trim())
                          .arg(screen.vm.contactKind === "phone" ? qsTr(" and your phone number %1").arg(screen.ltr(screen.vm.contact.trim()))
                               : screen.vm.contactKind === "email" ? qsTr(" and your e-mail address %1").arg(screen.ltr(screen.vm.contact.trim())) : "")
                          .arg(screen.vm.offer.provider || "")
                          + "\n\n" + screen.deletionText()
                          + " " + qsTr("Nothing else about you is saved, and nothing is shared for advertising.")
                          + "\n\n" + qsTr("You can cancel at any time: ask a member of staff or the provider.")
                }
                Rectangle {
                    objectName: "consentCheck"
                    width: parent.width
                    height: Math.max(Theme.touchTarget * 1.3, consentLabel.implicitHeight + 2 * Theme.spacing)
                    radius: Theme.radius
                    color: consentTouch.pressed ? Theme.surface : Theme.background
                    border.width: screen.vm.consent ? Theme.mm(0.8) : Theme.mm(0.5)
                    border.color: screen.vm.consent ? Theme.accent : Theme.border
                    Accessible.role: Accessible.CheckBox
                    Accessible.checkable: true
                    Accessible.checked: screen.vm.consent
                    Accessible.name: consentLabel.text

                    Rectangle {
                        id: box
                        anchors.left: parent.left
                        anchors.leftMargin: Theme.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.mm(9)
                        height: width
                        radius: Theme.mm(1)
                        border.width: Theme.mm(0.6)
                        border.color: Theme.text
                        color: screen.vm.consent ? Theme.accent : Theme.background
                        Text {
                            anchors.centerIn: parent
                            text: screen.vm.consent ? "✓" : ""
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.textOnAccent
                        }
                    }
                    Text {
                        id: consentLabel
                        anchors.left: box.right
                        anchors.right: parent.right
                        anchors.margins: Theme.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Yes, I agree")
                        textFormat: Text.PlainText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    MouseArea {
                        id: consentTouch
                        anchors.fill: parent
                        onClicked: screen.vm.consent = !screen.vm.consent
                    }
                }
            }

            // --- step 3: what was stored, and the status -----------------------------------------
            Column {
                width: parent.width
                spacing: Theme.spacing
                visible: screen.step === "done"

                SectionText {
                    objectName: "signUpStatus"
                    font.pixelSize: Theme.fontTitle
                    strong: true
                    color: screen.vm.status === "confirmed" ? Theme.free
                         : screen.vm.status === "rejected" ? Theme.error : Theme.text
                    text: screen.statusText(screen.vm.status)
                }
                SectionText {
                    objectName: "signUpNext"
                    text: screen.nextText(screen.vm.status)
                }
                Heading { large: false; text: qsTr("What we stored") }
                SectionText {
                    objectName: "signUpStored"
                    text: qsTr("Name: %1").arg(screen.vm.saved.name || "") + "\n"
                          + (screen.vm.saved.contactKind === "none" ? qsTr("Contact: none")
                             : qsTr("%1: %2").arg(screen.contactLabel(screen.vm.saved.contactKind)).arg(screen.ltr(screen.vm.saved.contact || ""))) + "\n"
                          + qsTr("Sign-up reference: %1").arg(screen.vm.saved.reference || "")
                }
                Heading { large: false; text: qsTr("For how long") }
                SectionText {
                    objectName: "signUpRetention"
                    text: (screen.kiosk.retentionHours > 0
                           ? qsTr("On this kiosk: until the city's learning hub has it, and %1 hours more; then it is deleted here.").arg(screen.kiosk.retentionHours)
                           : qsTr("On this kiosk: until the city's learning hub has it, then it is deleted here."))
                          + " " + qsTr("The provider keeps it only for this offer.")
                }
            }

            SectionText {
                objectName: "signUpFailed"
                visible: screen.step === "failed"
                color: Theme.error
                text: qsTr("Your sign-up could not be saved. Nothing was lost: please try again, or ask a member of staff.")
            }
        }
    }

    // Actions in the lower part of the screen; the main one is the largest.
    Column {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        KioskButton {
            objectName: "signUpNextButton"
            width: parent.width
            height: Theme.touchTarget * 1.3
            visible: screen.step === "form"
            primary: screen.vm.canContinue
            opacity: screen.vm.canContinue ? 1 : 0.55
            fontSize: Theme.fontTitle
            text: qsTr("Next")
            onClicked: {
                Qt.inputMethod.hide()
                screen.vm.toConsent()
            }
        }
        KioskButton {
            objectName: "signUpSubmitButton"
            width: parent.width
            height: Theme.touchTarget * 1.3
            visible: screen.step === "consent"
            enabled: screen.vm.consent && !screen.vm.saving
            primary: enabled
            opacity: enabled || screen.vm.saving ? 1 : 0.55
            fontSize: Theme.fontTitle
            text: screen.vm.saving ? qsTr("Saving…") : qsTr("Sign me up")
            onClicked: screen.vm.submit()
        }
        KioskButton {
            objectName: "signUpRetryButton"
            width: parent.width
            visible: screen.step === "failed"
            primary: true
            text: qsTr("Try again")
            onClicked: screen.vm.retry()
        }
        ButtonRow {
            id: doneButtons
            width: parent.width
            spacing: Theme.spacing
            visible: screen.step === "done"
            KioskButton {
                objectName: "signUpGoalButton"
                width: (parent.width - parent.spacing) / 2
                height: doneButtons.tallest
                visible: !pathwayReturn.visible
                primary: true
                text: qsTr("Record my learning goal")
                onClicked: screen.kiosk.startGoal()
            }
            // Signed up from the pathway screen: back to the pathway, where this step now shows it.
            KioskButton {
                id: pathwayReturn
                objectName: "signUpPathwayButton"
                width: (parent.width - parent.spacing) / 2
                height: doneButtons.tallest
                visible: screen.kiosk.pathway !== null && screen.kiosk.pathway.signingUpFor !== ""
                         && screen.kiosk.pathway.signingUpFor === (screen.vm.offer.hubId || "")
                primary: true
                text: qsTr("Back to my pathway")
                onClicked: screen.kiosk.openPathway()
            }
            KioskButton {
                objectName: "signUpMoreButton"
                width: (parent.width - parent.spacing) / 2
                height: doneButtons.tallest
                text: qsTr("Find more offers")
                onClicked: screen.kiosk.openDiscover()
            }
        }
        KioskButton {
            objectName: "signUpBackButton"
            anchors.left: parent.left  // a Column does not mirror: the anchor does (right in Arabic)
            visible: screen.step === "form" || screen.step === "consent"
            enabled: !screen.vm.saving
            text: qsTr("‹ Back")
            onClicked: screen.step === "consent" ? screen.vm.back() : screen.kiosk.back()
        }
    }
}
