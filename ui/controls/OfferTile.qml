// One offer in the result list. Catalogue text comes from outside: always plain text, never links.
import QtQuick
import "../theme"

Rectangle {
    id: tile

    required property int index
    required property int offerId
    required property string title
    required property string provider
    required property string venue
    required property string district
    required property var nextStart
    required property string nextDay  // the day in the citizen's language ("martes, 3 de marzo")
    required property bool hasNextStart
    required property int costCents
    required property bool free
    required property string language  // the citizen's locale (kiosk.formatLocale), for dates and prices
    signal opened()

    objectName: "offerTile_" + index
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: touch.pressed ? Theme.surface : Theme.background
    border.width: Math.max(1, Theme.mm(0.4))
    border.color: Theme.border
    radius: Theme.radius

    // "Today, 16:30" reads faster than a date that happens to be today's.
    function when() {
        const locale = Qt.locale(tile.language)
        const time = tile.nextStart.toLocaleTimeString(locale, "HH:mm")
        const today = new Date()
        const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1)
        if (tile.nextStart.toDateString() === today.toDateString())
            return qsTr("Today, %1").arg(time)
        if (tile.nextStart.toDateString() === tomorrow.toDateString())
            return qsTr("Tomorrow, %1").arg(time)
        return tile.nextDay + " · " + time
    }

    Accessible.role: Accessible.ListItem
    Accessible.name: title
    Accessible.onPressAction: tile.opened()

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.mm(1)

        Text {
            objectName: "offerTitle"
            horizontalAlignment: Text.AlignLeft  // mirrored in Arabic
            width: parent.width
            text: tile.title
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            objectName: "offerProvider"
            width: parent.width
            text: tile.provider
            horizontalAlignment: Text.AlignLeft  // mirrored in Arabic
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            elide: Text.ElideRight
        }
        Text {
            objectName: "offerWhere"
            width: parent.width
            // An offer without a venue takes place online (the loader rejects in-person ones).
            // A provider at its own place: the line above already names it, so only the district.
            text: tile.venue === "" ? qsTr("Online")
                  : tile.venue === tile.provider && tile.district ? tile.district
                  : tile.district && tile.venue !== tile.district ? tile.venue + " · " + tile.district
                  : tile.venue
            horizontalAlignment: Text.AlignLeft  // mirrored in Arabic
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            elide: Text.ElideRight
        }
        Row {
            width: parent.width
            spacing: Theme.margin
            Text {
                width: parent.width - price.width - parent.spacing
                text: tile.hasNextStart ? tile.when() : qsTr("No dates yet")
                horizontalAlignment: Text.AlignLeft  // mirrored in Arabic
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideRight
            }
            Text {
                id: price
                objectName: "offerPrice"
                text: tile.free ? qsTr("Free")
                      : Number(tile.costCents / 100).toLocaleCurrencyString(Qt.locale(tile.language), "€")
                textFormat: Text.PlainText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: tile.free ? Theme.free : Theme.text
            }
        }
    }

    MouseArea {
        id: touch
        anchors.fill: parent
        onClicked: tile.opened()
    }
}
