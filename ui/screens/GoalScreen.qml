// The learning goal, one small question at a time; every answer but the first can be skipped.
import QtQuick
import "../theme"
import "../controls"

Rectangle {
    id: screen
    objectName: "goalScreen"

    required property var kiosk
    readonly property var vm: kiosk.goal
    readonly property string step: vm.step
    // Choices sit in even columns, a little taller than a plain button: big, easy targets in reach.
    // Fewer columns with large text, so no label is cut (a test checks every language).
    readonly property bool large: Theme.fontScale > 1
    readonly property real choiceHeight: Theme.touchTarget * 1.2
    function cellWidth(grid) { return (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns }

    color: Theme.background

    function aimLabel(key) {
        switch (key) {
        case "find_job": return qsTr("Find a job")
        case "change_job": return qsTr("Change my job")
        case "learn_german": return qsTr("Learn German")
        case "other_language": return qsTr("Learn another language")
        case "digital": return qsTr("Computers & phones")
        case "children": return qsTr("Help my children")
        case "health": return qsTr("Health")
        case "culture": return qsTr("Culture & creativity")
        case "community": return qsTr("Community & volunteering")
        case "other": return qsTr("Something else")
        }
        return key
    }
    function dayLabel(key) {
        return {"mon": qsTr("Monday"), "tue": qsTr("Tuesday"), "wed": qsTr("Wednesday"), "thu": qsTr("Thursday"),
                "fri": qsTr("Friday"), "sat": qsTr("Saturday"), "sun": qsTr("Sunday")}[key] || key
    }
    function timeLabel(key) {
        return {"morning": qsTr("Mornings"), "afternoon": qsTr("Afternoons"), "evening": qsTr("Evenings")}[key] || key
    }
    function accessLabel(key) {
        switch (key) {
        case "step_free": return qsTr("No steps (wheelchair, pram)")
        case "hearing_loop": return qsTr("Hearing loop")
        case "accessible_toilet": return qsTr("Accessible toilet")
        case "childcare": return qsTr("Childcare")
        case "sign_language": return qsTr("Sign language")
        case "easy_language": return qsTr("Easy language")
        }
        return key
    }
    function hoursLabel(h) {
        // %n: languages with plural forms (Arabic has six) say "1 hour", "2 hours" properly.
        return h === 10 ? qsTr("More than 6 hours") : qsTr("About %n h a week", "", h)
    }
    function distanceLabel(km) {
        return km === 0 ? qsTr("Any distance") : qsTr("Up to %1 km").arg(km)
    }
    function languageName(code) {
        const match = kiosk.languages.filter(l => l.code === code)
        return match.length ? match[0].name : code
    }
    function question(step) {
        switch (step) {
        case "aim": return qsTr("What would you like to do?")
        case "words": return qsTr("In your own words (if you like)")
        case "hours": return qsTr("How much time do you have each week?")
        case "when": return qsTr("Which days and times suit you?")
        case "budget": return qsTr("What may it cost?")
        case "language": return qsTr("Which language do you learn best in?")
        case "distance": return qsTr("How far will you go?")
        case "access": return qsTr("Do you need any of these?")
        case "review": return qsTr("Is this right?")
        case "done": return qsTr("Your learning goal is saved")
        }
        return ""
    }
    // The goal in a few lines: for the review (what was chosen) and the read-back (what was stored).
    function summary(g) {
        const lines = []
        lines.push(qsTr("Goal: %1").arg(aimLabel(g.aim)))
        if (g.ownWords) lines.push(qsTr("In your words: %1").arg(g.ownWords))
        if (g.hoursPerWeek) lines.push(qsTr("Time: %1").arg(hoursLabel(g.hoursPerWeek)))
        const when = (g.days || []).map(dayLabel).concat((g.timesOfDay || []).map(timeLabel))
        if (when.length) lines.push(qsTr("When: %1").arg(when.join(screen.kiosk.listSeparator)))
        if (g.budget) lines.push(qsTr("Cost: %1").arg(g.budget === "small_fee" ? qsTr("a small fee is fine") : qsTr("free only")))
        if (g.learnLanguage) lines.push(qsTr("Language: %1").arg(languageName(g.learnLanguage)))
        if (g.distanceKm > 0) lines.push(qsTr("Distance: %1").arg(distanceLabel(g.distanceKm)))
        if ((g.accessNeeds || []).length) lines.push(qsTr("Needs: %1").arg(g.accessNeeds.map(accessLabel).join(screen.kiosk.listSeparator)))
        return lines.join("\n")
    }
    readonly property var chosen: ({
        "aim": vm.aim, "ownWords": vm.ownWords.trim(), "hoursPerWeek": vm.hoursPerWeek, "days": vm.days,
        "timesOfDay": vm.timesOfDay, "budget": vm.budget || "free",  // a skipped budget is stored as free only
        "learnLanguage": vm.learnLanguage,
        "distanceKm": vm.distanceKm, "accessNeeds": vm.accessNeeds
    })
    readonly property bool answered: {
        switch (step) {
        case "aim": return vm.aim !== ""
        case "words": return vm.ownWords.trim() !== ""
        case "hours": return vm.hoursPerWeek > 0
        case "when": return vm.days.length + vm.timesOfDay.length > 0
        case "budget": return vm.budget !== ""
        case "language": return vm.learnLanguage !== ""
        case "distance": return vm.distanceKm >= 0
        case "access": return vm.accessNeeds.length > 0
        }
        return true
    }

    Column {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        SectionText {
            objectName: "goalProgress"
            muted: true
            visible: screen.step !== "done"
            text: qsTr("Step %1 of %2").arg(screen.vm.stepIndex + 1).arg(screen.vm.stepCount)
        }
        Heading {
            objectName: "goalQuestion"
            text: screen.question(screen.step)
        }
    }

    Flickable {
        id: scroll
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: actions.top
        anchors.margins: Theme.margin
        contentHeight: body.implicitHeight
        // The choices sit just above the buttons, in the lower part of the screen, within reach.
        topMargin: screen.step === "done" ? 0 : Math.max(0, height - contentHeight)
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: body
            width: scroll.width
            spacing: Theme.spacing

            // Aim: one tile to touch.
            Grid {
                id: aims
                readonly property int tallest: Theme.tallest(children)
                width: parent.width
                columns: 2
                spacing: Theme.spacing
                visible: screen.step === "aim"
                Repeater {
                    model: screen.vm.aims
                    KioskButton {
                        required property string modelData
                        objectName: "aim_" + modelData
                        width: (aims.width - aims.spacing) / 2
                        height: Math.max(Theme.touchTarget * 1.4, aims.tallest)
                        checkable: true
                        checked: screen.vm.aim === modelData
                        // Easy-read: the topic's pictogram beside the words.
                        pictogram: screen.kiosk.access.easyRead ? ({
                            "find_job": "work", "change_job": "work", "learn_german": "language",
                            "other_language": "language", "digital": "digital", "children": "family",
                            "health": "health", "culture": "culture", "community": "community"
                        })[modelData] || "" : ""
                        text: screen.aimLabel(modelData)
                        onClicked: screen.vm.aim = modelData
                    }
                }
            }

            // Own words, through the on-screen keyboard.
            Column {
                width: parent.width
                spacing: Theme.spacing
                visible: screen.step === "words"
                SectionText {
                    muted: true
                    text: qsTr("For example: \"I want to write e-mails to my grandson.\" You can also skip this.")
                }
                KioskField {
                    objectName: "goalOwnWords"
                    width: parent.width
                    maximumLength: 300
                    placeholderText: qsTr("Type here…")
                    text: screen.vm.ownWords
                    onTextChanged: if (screen.vm.ownWords !== text) screen.vm.ownWords = text
                    onAccepted: { focus = false; Qt.inputMethod.hide() }
                }
            }

            Grid {
                id: hours
                width: parent.width
                columns: screen.large ? 1 : 2
                spacing: Theme.spacing
                visible: screen.step === "hours"
                Repeater {
                    model: screen.vm.hourChoices
                    KioskButton {
                        required property int modelData
                        objectName: "hours_" + modelData
                        width: screen.cellWidth(hours)
                        height: screen.choiceHeight
                        checkable: true
                        checked: screen.vm.hoursPerWeek === modelData
                        text: screen.hoursLabel(modelData)
                        onClicked: screen.vm.hoursPerWeek = checked ? 0 : modelData
                    }
                }
            }

            Column {
                width: parent.width
                spacing: 3 * Theme.spacing  // days, then times: two questions, two groups
                visible: screen.step === "when"
                Grid {
                    id: days
                    width: parent.width
                    columns: screen.large ? 2 : 4
                    spacing: Theme.spacing
                    Repeater {
                        model: screen.vm.allDays
                        KioskButton {
                            required property string modelData
                            objectName: "day_" + modelData
                            width: screen.cellWidth(days)
                            height: screen.choiceHeight
                            checkable: true
                            checked: screen.vm.days.indexOf(modelData) >= 0
                            text: screen.dayLabel(modelData)
                            onClicked: screen.vm.toggleDay(modelData)
                        }
                    }
                }
                Grid {
                    id: times
                    width: parent.width
                    columns: screen.large ? 2 : 3
                    spacing: Theme.spacing
                    Repeater {
                        model: screen.vm.allTimes
                        KioskButton {
                            required property string modelData
                            objectName: "time_" + modelData
                            width: screen.cellWidth(times)
                            height: screen.choiceHeight
                            checkable: true
                            checked: screen.vm.timesOfDay.indexOf(modelData) >= 0
                            text: screen.timeLabel(modelData)
                            onClicked: screen.vm.toggleTime(modelData)
                        }
                    }
                }
            }

            Column {
                width: parent.width
                spacing: Theme.spacing
                visible: screen.step === "budget"
                KioskButton {
                    objectName: "budget_free"
                    width: parent.width
                    checkable: true
                    checked: screen.vm.budget === "free"
                    text: qsTr("Free only")
                    onClicked: screen.vm.budget = "free"
                }
                KioskButton {
                    objectName: "budget_small_fee"
                    width: parent.width
                    checkable: true
                    checked: screen.vm.budget === "small_fee"
                    text: qsTr("A small fee is fine")
                    onClicked: screen.vm.budget = "small_fee"
                }
            }

            Grid {
                id: langs
                width: parent.width
                columns: 2
                spacing: Theme.spacing
                visible: screen.step === "language"
                Repeater {
                    model: screen.kiosk.languages
                    KioskButton {
                        required property var modelData
                        objectName: "learnLanguage_" + modelData.code
                        width: (langs.width - langs.spacing) / 2
                        checkable: true
                        checked: screen.vm.learnLanguage === modelData.code
                        text: modelData.name
                        onClicked: screen.vm.learnLanguage = modelData.code
                    }
                }
            }

            Grid {
                id: distances
                width: parent.width
                columns: screen.large ? 1 : 2
                spacing: Theme.spacing
                visible: screen.step === "distance"
                Repeater {
                    model: screen.vm.distanceChoices
                    KioskButton {
                        required property int modelData
                        objectName: "distance_" + modelData
                        width: screen.cellWidth(distances)
                        height: screen.choiceHeight
                        checkable: true
                        checked: screen.vm.distanceKm === modelData
                        text: screen.distanceLabel(modelData)
                        onClicked: screen.vm.distanceKm = modelData
                    }
                }
            }

            Column {
                width: parent.width
                spacing: Theme.spacing
                visible: screen.step === "access"
                Repeater {
                    model: screen.vm.allAccessNeeds
                    KioskButton {
                        required property string modelData
                        objectName: "access_" + modelData
                        width: body.width
                        checkable: true
                        checked: screen.vm.accessNeeds.indexOf(modelData) >= 0
                        text: screen.accessLabel(modelData)
                        onClicked: screen.vm.toggleAccess(modelData)
                    }
                }
            }

            SectionText {
                objectName: "goalReview"
                visible: screen.step === "review"
                font.pixelSize: Theme.fontTitle
                text: screen.step === "review" ? screen.summary(screen.chosen) : ""
            }
            SectionText {
                objectName: "goalSaveFailed"
                visible: screen.vm.failed
                color: Theme.error
                text: qsTr("Your goal could not be saved. Nothing was lost: please try again, or ask a member of staff.")
            }

            // Read back from the store, with the claim code that links the citizen to it.
            Column {
                width: parent.width
                spacing: Theme.spacing
                visible: screen.step === "done"
                SectionText { text: qsTr("Your claim code. Please note it down: with it, staff can find your goal.") }
                Text {
                    objectName: "goalClaimCode"
                    width: parent.width
                    text: screen.vm.saved.claimCode || ""
                    textFormat: Text.PlainText
                    font.family: "DejaVu Sans Mono"
                    font.pixelSize: Theme.fontHero
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                }
                SectionText {
                    objectName: "goalReadBack"
                    font.pixelSize: Theme.fontTitle
                    text: screen.step === "done" ? screen.summary(screen.vm.saved) : ""
                }
                SectionText {
                    muted: true
                    text: qsTr("This kiosk sends your goal to the city's learning hub and then deletes your own words here. With the claim code, staff and mentors can find your goal.")
                }
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

        KioskButton {
            objectName: "goalNextButton"
            width: parent.width
            height: Theme.touchTarget * 1.3
            fontSize: Theme.fontTitle
            visible: screen.step !== "review" && screen.step !== "done"
            primary: screen.answered
            opacity: screen.vm.canGoOn ? 1 : 0.55
            // Every question but the first can be left open.
            text: screen.answered || screen.step === "aim" ? qsTr("Next") : qsTr("Skip")
            onClicked: { Qt.inputMethod.hide(); screen.vm.next() }
        }
        KioskButton {
            objectName: "goalSaveButton"
            width: parent.width
            height: Theme.touchTarget * 1.3
            fontSize: Theme.fontTitle
            visible: screen.step === "review"
            enabled: !screen.vm.saving
            primary: true
            text: screen.vm.saving ? qsTr("Saving…") : qsTr("Save my learning goal")
            onClicked: screen.vm.save()
        }
        Row {
            width: parent.width
            spacing: Theme.spacing
            visible: screen.step === "done"
            KioskButton {
                objectName: "goalPathwayButton"
                width: (parent.width - parent.spacing) / 2
                primary: true
                text: qsTr("See my pathway")
                onClicked: screen.kiosk.openPathway()
            }
            KioskButton {
                objectName: "goalMoreButton"
                width: (parent.width - parent.spacing) / 2
                text: qsTr("Find offers")
                onClicked: screen.kiosk.openDiscover()
            }
        }
        KioskButton {
            objectName: "goalBackButton"
            anchors.left: parent.left  // a Column does not mirror: the anchor does (right in Arabic)
            visible: screen.step !== "done"
            enabled: !screen.vm.saving
            text: qsTr("‹ Back")
            onClicked: screen.step === "aim" ? screen.kiosk.back() : screen.vm.previous()
        }
    }
}
