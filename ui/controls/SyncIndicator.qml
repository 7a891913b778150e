// The hub connection for citizens, calm and small: a dot, a few words, how many sign-ups wait to
// be sent. Staff see the rest (last sync, errors) on their own screen. Hidden when no hub is set.
import QtQuick
import "../theme"

Row {
    id: indicator
    objectName: "syncIndicator_" + place

    required property var sync
    required property string place  // "attract" | "nav": one indicator per place, each named
    property bool onDark: false  // on the attract screen's dark blue
    property int fontSize: Theme.fontSmall
    property real maxWidth: Theme.mm(200)

    readonly property string syncState: sync ? sync.state : "notConfigured"
    readonly property int waiting: sync ? sync.waiting : 0
    readonly property string words: syncState === "online" ? qsTr("Online")
        : syncState === "offline" ? qsTr("Offline — your sign-ups are saved and will be sent")
        : qsTr("Connecting")

    visible: syncState !== "notConfigured"
    spacing: Theme.mm(2)

    Accessible.role: Accessible.StaticText
    Accessible.name: words

    // Filled green when the hub is reached, a quiet grey otherwise, a ring while connecting:
    // nothing here asks a citizen to act.
    Rectangle {
        id: dot
        objectName: "syncDot_" + indicator.place
        readonly property color tone: indicator.syncState === "online"
            ? (indicator.onDark ? "#8ce99a" : Theme.free)
            : (indicator.onDark ? "#ced4da" : Theme.border)
        anchors.verticalCenter: parent.verticalCenter
        width: Math.round(indicator.fontSize * 0.55)
        height: width
        radius: width / 2
        color: indicator.syncState === "connecting" ? "transparent" : tone
        border.width: Math.max(1, Theme.mm(0.5))
        border.color: tone
    }

    Text {
        id: label
        objectName: "syncText_" + indicator.place
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(implicitWidth, indicator.maxWidth - dot.width - waitingPill.width - 2 * indicator.spacing)
        text: indicator.words
        textFormat: Text.PlainText
        font.family: Theme.fontFamily
        font.pixelSize: indicator.fontSize
        color: indicator.onDark ? Theme.attractText : Theme.textMuted
        wrapMode: Text.Wrap
    }

    Rectangle {
        id: waitingPill
        objectName: "syncWaiting_" + indicator.place
        anchors.verticalCenter: parent.verticalCenter
        visible: indicator.waiting > 0
        width: visible ? count.implicitWidth + Theme.mm(6) : 0
        height: count.implicitHeight + Theme.mm(1.5)
        radius: height / 2
        color: "transparent"
        border.width: Math.max(1, Theme.mm(0.4))
        border.color: indicator.onDark ? Theme.attractText : Theme.border

        Text {
            id: count
            objectName: "syncWaitingCount_" + indicator.place
            anchors.centerIn: parent
            text: qsTr("%1 to send").arg(indicator.waiting)
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: indicator.fontSize
            color: indicator.onDark ? Theme.attractText : Theme.textMuted
        }
    }
}
