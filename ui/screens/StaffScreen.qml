// The staff screen (staff mode only): sync and the outbox, the printer, this kiosk's facts, the
// development-only TLS warning, and the way out to the desktop. Nothing here shows a citizen's
// name or contact: the outbox is counts, kinds and ages.
import QtQuick
import "../theme"
import "../controls"

Rectangle {
    id: screen
    objectName: "staffScreen"

    required property var kiosk
    readonly property var staff: kiosk.staff
    readonly property var sync: kiosk.sync !== undefined ? kiosk.sync : null
    readonly property var printer: kiosk.printing !== undefined ? kiosk.printing : null
    property bool confirmExit: false

    color: Theme.background

    MouseArea { anchors.fill: parent; Accessible.ignored: true }  // the kiosk's screens behind stay as they are

    function kindName(kind) {
        switch (kind) {
        case "signUp": return qsTr("Sign-ups")
        case "cancellation": return qsTr("Cancellations")
        case "learningGoal": return qsTr("Learning goals")
        }
        return qsTr("Other messages")
    }
    function age(minutes) {
        if (minutes < 1) return qsTr("under a minute")
        if (minutes < 120) return qsTr("%1 min").arg(minutes)
        if (minutes < 2880) return qsTr("%1 h").arg(Math.floor(minutes / 60))
        return qsTr("%1 days").arg(Math.floor(minutes / 1440))
    }
    function syncState() {
        if (!screen.sync || !screen.sync.configured)
            return qsTr("No hub is set up: everything waits in the outbox (hub_url and hub_token in kiosk.toml).")
        if (screen.sync.tokenRefused)
            return qsTr("The hub does not accept this kiosk's token. Issue a new one (connect-hub kiosk add) and put it in kiosk.toml.")
        switch (screen.sync.state) {
        case "online": return qsTr("Online: the last round reached the hub.")
        case "offline": return qsTr("Offline: the hub could not be reached.")
        }
        return qsTr("Connecting to the hub…")
    }

    function printerText() {
        switch (screen.staff.printerState) {
        case "printing": return qsTr("Printing…")
        case "done": return qsTr("The last sheet came out.")
        case "problem": return qsTr("The printer has a problem.")
        case "none": return qsTr("Printing is not available.")
        }
        return screen.staff.printerErrors.length > 0 ? qsTr("Nothing printed since the last problem.")
                                                     : qsTr("No problems since the kiosk started.")
    }

    component Line: Text {
        width: parent ? parent.width : 0
        textFormat: Text.PlainText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
    }
    component Section: Rectangle {
        default property alias content: inner.data
        width: parent ? parent.width : 0
        height: inner.implicitHeight + 2 * Theme.spacing * 2
        radius: Theme.radius
        color: Theme.surface
        Column {
            id: inner
            anchors.fill: parent
            anchors.margins: Theme.spacing * 2
            spacing: Theme.spacing
        }
    }

    Flickable {
        id: flick
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: bar.top
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.margin

            Heading { text: qsTr("Staff menu") }

            // The development-only switch is on: say so where staff look, in words that say why it matters.
            Rectangle {
                objectName: "staffTlsWarning"
                width: parent.width
                visible: screen.staff.tlsUnverified || (screen.sync !== null && screen.sync.tls === "notVerified")
                height: visible ? tlsText.implicitHeight + 2 * Theme.spacing * 2 : 0
                radius: Theme.radius
                color: Theme.warningBackground
                border.color: Theme.error
                border.width: Theme.mm(0.8)
                Line {
                    id: tlsText
                    x: Theme.spacing * 2
                    y: Theme.spacing * 2
                    width: parent.width - 4 * Theme.spacing
                    font.bold: true
                    color: Theme.error
                    text: qsTr("Development setting on: this kiosk does NOT check the hub's certificate (hub_insecure_skip_tls_verify_for_development_only in kiosk.toml). Anyone on the network could read or change what it sends. Remove the setting before the kiosk is used by the public.")
                }
            }

            KioskButton {
                objectName: "staffHelpCitizenButton"
                width: parent.width
                primary: true
                text: screen.kiosk.screen === "attract" ? qsTr("Help a citizen sign up") : qsTr("Back to the citizen's screen")
                onClicked: screen.staff.helpCitizen()
            }

            Heading { large: false; text: qsTr("Sync with the hub") }
            Section {
                Line {
                    objectName: "staffSyncState"
                    font.bold: true
                    text: screen.syncState()
                }
                Line {
                    visible: screen.sync !== null && screen.sync.hubAddress !== ""
                    text: qsTr("Hub: %1").arg(screen.sync ? screen.sync.hubAddress : "")
                }
                Line {
                    objectName: "staffLastSync"
                    visible: screen.sync !== null && screen.sync.configured
                    text: screen.sync && screen.sync.hasSynced
                          ? qsTr("Last complete sync: %1 (%2 ago)").arg(screen.sync.lastSyncClock).arg(screen.age(screen.sync.lastSyncMinutes))
                          : qsTr("Not synced completely yet.")
                }
                Line {
                    visible: screen.sync !== null && screen.sync.nextTryClock !== "" && !screen.sync.online
                    text: qsTr("Next try: %1").arg(screen.sync ? screen.sync.nextTryClock : "")
                }
                Line {
                    objectName: "staffSyncError"
                    visible: screen.sync !== null && screen.sync.lastError !== ""
                    color: Theme.error
                    text: qsTr("Last problem: %1").arg(screen.sync ? screen.sync.lastError : "")
                }
                KioskButton {
                    objectName: "staffSyncNowButton"
                    width: parent.width
                    enabled: screen.sync !== null && screen.sync.configured && !screen.sync.syncing
                    opacity: enabled ? 1 : 0.5
                    text: screen.sync && screen.sync.syncing ? qsTr("Syncing…") : qsTr("Sync now")
                    onClicked: screen.sync.syncNow()
                }
            }

            Heading { large: false; text: qsTr("Outbox (what waits for the hub)") }
            Section {
                Line {
                    objectName: "staffOutboxSummary"
                    font.bold: true
                    text: screen.staff.outbox.failed ? qsTr("The outbox could not be read: the kiosk's store is not open.")
                          : !screen.staff.outbox.read ? qsTr("Reading the outbox…")
                          : screen.staff.outbox.waiting === 0 ? qsTr("Nothing waits for the hub (%1 sent so far).").arg(screen.staff.outbox.sent)
                          : qsTr("%1 waiting, %2 sent.").arg(screen.staff.outbox.waiting).arg(screen.staff.outbox.sent)
                }
                Repeater {
                    model: screen.staff.outbox.kinds
                    Line {
                        required property var modelData
                        required property int index
                        objectName: "staffOutboxKind_" + index
                        text: qsTr("%1: %2 waiting, the oldest for %3").arg(screen.kindName(modelData.kind))
                              .arg(modelData.waiting).arg(screen.age(modelData.oldestMinutes))
                    }
                }
                Line {
                    visible: screen.staff.outbox.errors.length > 0
                    font.bold: true
                    text: qsTr("Recent sync errors:")
                }
                Repeater {
                    model: screen.staff.outbox.errors
                    Line {
                        required property var modelData
                        required property int index
                        objectName: "staffOutboxError_" + index
                        color: Theme.error
                        text: modelData.attempts === 1
                              ? qsTr("%1, made %2 ago, tried once: %3").arg(screen.kindName(modelData.kind))
                                .arg(screen.age(modelData.minutesAgo)).arg(modelData.error)
                              : qsTr("%1, made %2 ago, tried %3 times: %4").arg(screen.kindName(modelData.kind))
                                .arg(screen.age(modelData.minutesAgo)).arg(modelData.attempts).arg(modelData.error)
                    }
                }
                KioskButton {
                    objectName: "staffOutboxRefresh"
                    width: parent.width
                    text: qsTr("Read the outbox again")
                    onClicked: screen.staff.refreshOutbox()
                }
            }

            Heading { large: false; text: qsTr("Printer") }
            Section {
                Line {
                    objectName: "staffPrinterState"
                    font.bold: true
                    text: screen.printerText()
                }
                Line {
                    visible: screen.staff.printerBackend !== ""
                    text: screen.staff.printerBackend === "folder" ? qsTr("Sheets are filed in a folder, not printed (print_backend = \"folder\").")
                          : qsTr("Printer: %1").arg(screen.staff.printerName !== "" ? screen.staff.printerName : qsTr("the system's default printer"))
                }
                Line {
                    objectName: "staffPrinterMessage"
                    visible: screen.staff.printerMessage !== ""
                    text: qsTr("Last print: %1").arg(screen.staff.printerMessage)
                }
                Line {
                    visible: screen.staff.printerErrors.length > 0
                    font.bold: true
                    text: qsTr("Recent printer problems:")
                }
                Repeater {
                    model: screen.staff.printerErrors
                    Line {
                        required property var modelData
                        required property int index
                        objectName: "staffPrinterProblem_" + index
                        color: Theme.error
                        text: qsTr("%1: %2").arg(modelData.at).arg(modelData.message)
                    }
                }
                KioskButton {
                    objectName: "staffTestPageButton"
                    width: parent.width
                    enabled: screen.staff.canPrintTestPage
                    opacity: enabled ? 1 : 0.5
                    text: qsTr("Print a test page")
                    onClicked: screen.staff.printTestPage()
                }
                KioskButton {
                    objectName: "staffReprintButton"
                    width: parent.width
                    enabled: screen.staff.canReprint
                    opacity: enabled ? 1 : 0.5
                    text: qsTr("Reprint the last sheet")
                    onClicked: screen.staff.reprintLast()
                }
                Line {
                    visible: !screen.staff.canReprint
                    color: Theme.textMuted
                    text: qsTr("The last sheet can be printed again only for a few minutes after it was printed.")
                }
            }

            Heading { large: false; text: qsTr("This kiosk") }
            Section {
                Line {
                    objectName: "staffVenue"
                    text: screen.staff.venue !== "" ? qsTr("Venue: %1").arg(screen.staff.venue)
                                                    : qsTr("Venue: not set (venue_name in kiosk.toml)")
                }
                Line {
                    objectName: "staffDefaultLanguage"
                    text: qsTr("Default language: %1").arg(screen.kiosk.languages.filter(l => l.code === screen.kiosk.defaultLanguage).map(l => l.name)[0] || screen.kiosk.defaultLanguage)
                }
                Line {
                    objectName: "staffDefaultLanguageSaved"
                    visible: screen.staff.settingState !== ""
                    color: screen.staff.settingState === "failed" ? Theme.error : Theme.text
                    text: screen.staff.settingState === "saving" ? qsTr("Saving…")
                          : screen.staff.settingState === "saved" ? qsTr("Saved in kiosk.toml: the kiosk starts in this language from now on, also after a restart.")
                          : qsTr("Could not be saved in kiosk.toml: the change lasts only until the kiosk restarts.")
                }
                Line {
                    color: Theme.textMuted
                    text: qsTr("Choose the language the kiosk starts in:")
                }
                Grid {
                    id: defaults
                    width: parent.width
                    columns: 4
                    spacing: Theme.spacing
                    Repeater {
                        model: screen.kiosk.languages
                        KioskButton {
                            required property var modelData
                            objectName: "staffDefaultLanguage_" + modelData.code
                            width: (defaults.width - 3 * defaults.spacing) / 4
                            checkable: true
                            checked: screen.kiosk.defaultLanguage === modelData.code
                            text: modelData.name
                            onClicked: screen.staff.setDefaultLanguage(modelData.code)
                        }
                    }
                }
                Line {
                    objectName: "staffVersion"
                    text: qsTr("App version: %1").arg(screen.staff.version)
                }
                Line {
                    text: qsTr("Staff mode locks itself after %1 seconds without a touch.").arg(screen.staff.idleSeconds)
                }
            }

            Heading { large: false; text: qsTr("Leave the kiosk") }
            Section {
                Line {
                    text: screen.confirmExit ? qsTr("The kiosk closes and the desktop shows. Citizens cannot use it until it is started again.")
                                             : qsTr("Close the kiosk program and show the desktop.")
                }
                KioskButton {
                    objectName: "staffExitButton"
                    width: parent.width
                    text: screen.confirmExit ? qsTr("Yes, exit to the desktop") : qsTr("Exit to the desktop")
                    color: screen.confirmExit ? Theme.error : Theme.surface
                    labelColor: screen.confirmExit ? Theme.textOnAccent : Theme.text
                    onClicked: {
                        if (screen.confirmExit)
                            screen.staff.exitToDesktop()
                        else
                            screen.confirmExit = true
                    }
                }
            }
        }
    }

    // Always in reach: back to the kiosk's screens, or lock staff mode at once.
    Rectangle {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.touchTarget + 2 * Theme.spacing
        color: Theme.surface
        Row {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing
            KioskButton {
                objectName: "staffCloseButton"
                width: (parent.width - parent.spacing) / 2
                height: parent.height
                text: qsTr("Close the staff menu")
                onClicked: screen.staff.closeScreen()
            }
            KioskButton {
                objectName: "staffScreenLockButton"
                width: (parent.width - parent.spacing) / 2
                height: parent.height
                primary: true
                text: qsTr("Lock staff mode")
                onClicked: screen.staff.lock()
            }
        }
    }
}
