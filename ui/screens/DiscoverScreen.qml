// The Discover screen: search, topic tiles and filter chips over a live list of offers.
import QtQuick
import "../theme"
import "../controls"

Rectangle {
    id: screen
    objectName: "discoverScreen"

    required property var kiosk
    readonly property var discover: kiosk.discover
    readonly property var results: discover.results
    readonly property bool storeReady: kiosk.storeState === "ready"
    readonly property bool easyRead: kiosk.access.easyRead  // pictograms, bigger tiles, fewer filters
    // Easy-read, and large text (whose chips would take the list's room), keep three filters.
    readonly property bool fewerFilters: easyRead || Theme.fontScale > 1

    color: Theme.background

    function topicLabel(key) {
        switch (key) {
        case "language": return qsTr("Languages")
        case "digital": return qsTr("Computers & internet")
        case "work": return qsTr("Work & jobs")
        case "health": return qsTr("Health")
        case "family": return qsTr("Family & children")
        case "culture": return qsTr("Culture & art")
        case "making": return qsTr("Making & repairing")
        case "community": return qsTr("Neighbourhood & volunteering")
        case "nature": return qsTr("Nature & garden")
        case "money": return qsTr("Money")
        case "reading": return qsTr("Reading & writing")
        }
        return key
    }

    function countText() {
        if (kiosk.storeState === "opening")
            return qsTr("Loading offers…")
        if (kiosk.storeState === "failed")
            return ""
        return qsTr("Offers found: %1").arg(results.total > 1000 ? "1000+" : results.total)
    }

    // The next citizen starts with no keyboard up and nothing focused.
    Connections {
        target: screen.kiosk
        function onScreenChanged() {
            if (screen.kiosk.screen === "attract") {
                search.focus = false
                Qt.inputMethod.hide()
            }
        }
    }

    Item {
        id: body
        anchors.fill: parent  // Main.qml keeps the screen above the keyboard and the bar

        Column {
            id: header
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: Theme.mm(1)

            Text {
                width: parent.width
                text: qsTr("Find something to learn")
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "resultCount"
                width: parent.width
                text: screen.countText()
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }

        ListView {
            id: list
            objectName: "resultList"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: header.bottom
            anchors.bottom: controls.top
            anchors.margins: Theme.margin
            anchors.topMargin: Theme.spacing
            clip: true
            spacing: Theme.spacing
            model: screen.results
            boundsBehavior: Flickable.StopAtBounds
            delegate: OfferTile {
                width: list.width
                language: screen.kiosk.formatLocale
                onOpened: screen.kiosk.openOffer(offerId)
            }
            Connections {
                target: screen.results
                // While the window is torn down the model can be seen without its Python-made
                // signals for a moment (seen once as a QML warning in a full test run).
                ignoreUnknownSignals: true
                function onResultsChanged() { list.positionViewAtBeginning() }
            }
        }

        Column {
            objectName: "emptyState"
            anchors.centerIn: list
            width: list.width
            spacing: Theme.margin
            visible: screen.storeReady && !screen.results.loading && screen.results.count === 0

            Text {
                width: parent.width
                text: screen.easyRead ? qsTr("Nothing found. Try other words.")
                                      : qsTr("No offers found — try fewer filters or other words.")
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        Text {
            objectName: "storeMessage"
            anchors.centerIn: list
            width: list.width
            visible: screen.kiosk.storeState === "failed"
            text: qsTr("The offers cannot be shown right now. Please ask a member of staff.")
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }

        // Everything the citizen touches sits in the lower part of the screen.
        Column {
            id: controls
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            spacing: Theme.spacing * 1.5

            SearchField {
                id: search
                objectName: "searchField"
                width: parent.width
                placeholderText: qsTr("Search: a topic, a place, a word…")
                onTextChanged: if (screen.discover.text !== text) screen.discover.text = text
                // Enter on the keyboard means "done typing": give the results the whole screen.
                onAccepted: {
                    focus = false
                    Qt.inputMethod.hide()
                }
                Connections {
                    target: screen.discover
                    function onTextChanged() {
                        if (search.text !== screen.discover.text)
                            search.text = screen.discover.text
                    }
                }
            }

            Grid {
                id: topics
                objectName: "topicTiles"
                width: parent.width
                columns: screen.easyRead || Theme.fontScale > 1 ? 2 : 3
                spacing: Theme.spacing
                visible: !Qt.inputMethod.visible  // while typing, the results need the room

                // A label that needs two lines ("Neighbourhood & volunteering" in large text) gets
                // them at the button's smallest size instead of losing its second word.
                FontMetrics {
                    id: smallLine
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }

                Repeater {
                    model: screen.discover.topics
                    KioskButton {
                        required property string modelData
                        objectName: "topic_" + modelData
                        width: (topics.width - (topics.columns - 1) * topics.spacing) / topics.columns
                        height: Math.max(Theme.touchTarget * (screen.easyRead ? 1.2 : 1.4),
                                         2 * smallLine.height + Theme.mm(2.5))
                        fontSize: Theme.fontBody
                        pictogram: screen.easyRead ? modelData : ""
                        checkable: true
                        checked: screen.discover.selectedTopics.indexOf(modelData) >= 0
                        text: screen.topicLabel(modelData)
                        onClicked: screen.discover.toggleTopic(modelData)
                    }
                }
            }

            Flow {
                id: chips
                width: parent.width
                spacing: Theme.spacing

                KioskButton {
                    objectName: "filter_today"
                    checkable: true
                    checked: screen.discover.when === "today"
                    text: qsTr("Today")
                    onClicked: screen.discover.when = checked ? "any" : "today"
                }
                KioskButton {
                    objectName: "filter_week"
                    visible: !screen.fewerFilters
                    checkable: true
                    checked: screen.discover.when === "week"
                    text: qsTr("This week")
                    onClicked: screen.discover.when = checked ? "any" : "week"
                }
                KioskButton {
                    objectName: "filter_free"
                    checkable: true
                    checked: screen.discover.freeOnly
                    text: qsTr("Free only")
                    onClicked: screen.discover.freeOnly = !checked
                }
                KioskButton {
                    objectName: "filter_morning"
                    visible: !screen.fewerFilters
                    checkable: true
                    checked: screen.discover.timeOfDay === "morning"
                    text: qsTr("Mornings")
                    onClicked: screen.discover.timeOfDay = checked ? "" : "morning"
                }
                KioskButton {
                    objectName: "filter_afternoon"
                    visible: !screen.fewerFilters
                    checkable: true
                    checked: screen.discover.timeOfDay === "afternoon"
                    text: qsTr("Afternoons")
                    onClicked: screen.discover.timeOfDay = checked ? "" : "afternoon"
                }
                KioskButton {
                    objectName: "filter_evening"
                    visible: !screen.fewerFilters
                    checkable: true
                    checked: screen.discover.timeOfDay === "evening"
                    text: qsTr("Evenings")
                    onClicked: screen.discover.timeOfDay = checked ? "" : "evening"
                }
                KioskButton {
                    objectName: "filter_stepFree"
                    checkable: true
                    checked: screen.discover.stepFreeOnly
                    text: qsTr("Step-free access")
                    onClicked: screen.discover.stepFreeOnly = !checked
                }
                KioskButton {
                    objectName: "filter_myLanguage"
                    // Kept with fewer filters for a citizen in another language than the kiosk's:
                    // the people who most need an offer in their language.
                    visible: !screen.fewerFilters || screen.kiosk.language !== screen.kiosk.defaultLanguage
                    checkable: true
                    checked: screen.discover.myLanguageOnly
                    text: qsTr("Taught in my language")
                    onClicked: screen.discover.myLanguageOnly = !checked
                }
                KioskButton {
                    objectName: "clearFiltersButton"
                    visible: screen.discover.filtersActive
                    text: qsTr("✕ Clear filters")
                    onClicked: screen.discover.clearFilters()
                }
            }
        }
    }
}
