// The kiosk's one window: the attract screen at once, the Discover screen loaded on first touch.
import QtQuick
import "theme"
import "screens"

Window {
    id: root
    objectName: "kioskWindow"

    required property var kiosk
    required property bool fullScreen

    title: qsTr("CONNECT Learning Kiosk")
    color: Theme.background
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    flags: fullScreen ? Qt.Window | Qt.FramelessWindowHint : Qt.Window

    // On the kiosk's screen sizes follow its physical density (clamped: some panels report
    // nonsense). In a desktop window, the window stands for a 275 mm wide portrait panel.
    Binding {
        target: Theme
        property: "pxPerMm"
        value: root.fullScreen ? Math.min(12, Math.max(2.5, Screen.pixelDensity)) : root.width / 275
    }

    Item {
        id: content
        anchors.fill: parent
        LayoutMirroring.enabled: root.kiosk.rightToLeft
        LayoutMirroring.childrenInherit: true

        AttractScreen {
            anchors.fill: parent
            kiosk: root.kiosk
            visible: root.kiosk.screen === "attract"
        }

        Loader {
            id: discover
            anchors.fill: parent
            visible: root.kiosk.screen === "discover"
        }
    }

    Loader {
        id: keyboard
        anchors.fill: parent
        z: 10
    }

    Connections {
        target: root.kiosk
        function onScreenChanged() {
            if (root.kiosk.screen === "attract")
                return
            if (discover.status === Loader.Null)
                discover.setSource(Qt.resolvedUrl("screens/DiscoverScreen.qml"), {"kiosk": root.kiosk})
            if (keyboard.status === Loader.Null)
                keyboard.setSource(Qt.resolvedUrl("controls/Keyboard.qml"), {"kiosk": root.kiosk})
        }
    }
}
