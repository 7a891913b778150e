// The speaker button: reads the current screen aloud in the citizen's language, or stops.
import QtQuick
import "../theme"

KioskButton {
    id: speaker

    required property var readAloud
    property bool compact: false  // the pictogram alone (in the bar); the name is still spoken
    readonly property string label: readAloud.state === "speaking" ? qsTr("Stop reading")
                                  : readAloud.state === "noVoice" ? qsTr("No voice for this language")
                                  : qsTr("Read aloud")

    pictogram: "speaker"
    checked: readAloud.state === "speaking"
    text: compact ? "" : label
    Accessible.name: label
    onClicked: readAloud.toggle()
}
