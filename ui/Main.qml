// The kiosk's one window: the attract screen at once; every other screen loaded on first use.
import QtQuick
import "theme"
import "screens"
import "controls"

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

    // This citizen's large text and high contrast (the attract screen's switches).
    Binding { target: Theme; property: "fontScale"; value: root.kiosk.access.fontScale }
    Binding { target: Theme; property: "highContrast"; value: root.kiosk.access.highContrast }

    readonly property bool attract: root.kiosk.screen === "attract"
    readonly property real keyboardHeight: Qt.inputMethod.visible ? Qt.inputMethod.keyboardRectangle.height : 0

    Item {
        id: content
        anchors.fill: parent
        anchors.topMargin: staffBanner.height  // staff mode's banner sits above every screen
        // Under the PIN pad and the staff screen nothing reacts; a press held on the attract
        // screen to open the pad loses its grab here, so letting go starts no journey.
        enabled: !root.kiosk.staff.padOpen && !root.kiosk.staff.screenOpen
        LayoutMirroring.enabled: root.kiosk.rightToLeft
        LayoutMirroring.childrenInherit: true

        AttractScreen {
            anchors.fill: parent
            kiosk: root.kiosk
            visible: root.attract
        }

        Item {
            id: screens
            anchors.fill: parent
            // The bar sits under the screens, and above the keyboard while it is up: Start over
            // and the language stay in reach while typing.
            anchors.bottomMargin: root.attract ? 0 : nav.height + root.keyboardHeight
            visible: !root.attract

            Loader { id: discover; anchors.fill: parent; visible: root.kiosk.screen === "discover" }
            Loader { id: details; anchors.fill: parent; visible: root.kiosk.screen === "details" }
            Loader { id: signup; anchors.fill: parent; visible: root.kiosk.screen === "signup" }
            Loader { id: goal; anchors.fill: parent; visible: root.kiosk.screen === "goal" }
            Loader { id: basket; anchors.fill: parent; visible: root.kiosk.screen === "basket" }
            Loader { id: pathway; anchors.fill: parent; visible: root.kiosk.screen === "pathway" }
        }

        Loader {
            id: nav
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.bottomMargin: root.keyboardHeight
            height: item ? item.implicitHeight : 0
            visible: !root.attract
        }
    }

    // Volume and speed once the speaker was pressed, just above the bar (the attract screen has its own).
    Loader {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: nav.height + root.keyboardHeight
        height: item ? item.implicitHeight : 0
        z: 5
        active: root.kiosk.readAloud.open && !root.attract
        LayoutMirroring.enabled: root.kiosk.rightToLeft
        LayoutMirroring.childrenInherit: true
        sourceComponent: ReadAloudPanel { readAloud: root.kiosk.readAloud }
    }

    Loader {
        id: keyboard
        anchors.fill: parent
        z: 10
    }

    Loader {
        anchors.fill: parent
        z: 15
        active: root.kiosk.languagePicker
        LayoutMirroring.enabled: root.kiosk.rightToLeft  // over the screens, it runs their way
        LayoutMirroring.childrenInherit: true
        sourceComponent: LanguagePicker { kiosk: root.kiosk }
    }

    Loader {
        anchors.fill: parent
        z: 20
        active: root.kiosk.idle.warning
        LayoutMirroring.enabled: root.kiosk.rightToLeft  // over the screens, it runs their way
        LayoutMirroring.childrenInherit: true
        sourceComponent: IdleOverlay { idle: root.kiosk.idle }
    }

    // Staff mode: a banner while it is on, the staff screen, and the PIN pad.
    Loader {
        id: staffBanner
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: item ? item.implicitHeight : 0
        z: 16
        active: root.kiosk.staff.active
        enabled: !root.kiosk.staff.padOpen && !root.kiosk.staff.screenOpen
        sourceComponent: StaffBanner { staff: root.kiosk.staff }
    }

    // The staff screen and the PIN pad are compiled only when first opened (not on the way to
    // the attract screen's first frame), and destroyed when closed.
    Loader {
        id: staffScreen
        anchors.fill: parent
        z: 17
        LayoutMirroring.enabled: root.kiosk.rightToLeft  // Arabic: right to left (the keypad keeps 1 2 3)
        LayoutMirroring.childrenInherit: true
    }

    Loader {
        id: pinPad
        anchors.fill: parent
        z: 25
        LayoutMirroring.enabled: root.kiosk.rightToLeft  // Arabic: right to left (the keypad keeps 1 2 3)
        LayoutMirroring.childrenInherit: true
    }

    Connections {
        target: root.kiosk.staff
        function onChanged() {
            const staff = root.kiosk.staff
            if (staff.screenOpen !== (staffScreen.status !== Loader.Null))
                staffScreen.setSource(staff.screenOpen ? Qt.resolvedUrl("screens/StaffScreen.qml") : "",
                                      {"kiosk": root.kiosk})
            if (staff.padOpen !== (pinPad.status !== Loader.Null))
                pinPad.setSource(staff.padOpen ? Qt.resolvedUrl("controls/PinPad.qml") : "", {"staff": staff})
        }
    }

    // The hidden way into staff mode: hold a top corner still for three seconds, on every screen.
    // Not a button: nothing shows, and a PointHandler only watches (a passive grab; a TapHandler
    // here swallowed the touch), so a normal touch on whatever lies under the corner works as before.
    component StaffCorner: Item {
        z: 30
        width: Theme.mm(15)
        height: Theme.mm(15)
        // Hidden on purpose (staff only): assistive technology does not announce it either.
        Accessible.ignored: true
        PointHandler { id: finger }
        Timer {
            running: finger.active
            interval: 3000
            onTriggered: {
                const moved = Math.hypot(finger.point.position.x - finger.point.pressPosition.x,
                                         finger.point.position.y - finger.point.pressPosition.y)
                if (moved < Theme.mm(5))  // a finger scrolling a list is not holding the corner
                    root.kiosk.staff.openPad()
            }
        }
    }
    StaffCorner { objectName: "staffCornerLeft"; anchors.left: parent.left; anchors.top: parent.top }
    StaffCorner { objectName: "staffCornerRight"; anchors.right: parent.right; anchors.top: parent.top }

    Connections {
        target: root.kiosk
        function onScreenChanged() {
            const screen = root.kiosk.screen
            if (screen === "attract") {
                // Nothing of the last citizen stays: no half-typed word in the keyboard, and
                // the journey's screens (with every field and binding) are destroyed.
                Qt.inputMethod.reset()
                Qt.inputMethod.hide()
                for (const loader of [details, signup, goal, basket, pathway])
                    loader.source = ""
                return
            }
            Qt.inputMethod.hide()  // a new screen starts with its content visible
            const files = {"discover": [discover, "DiscoverScreen.qml"], "details": [details, "DetailsScreen.qml"],
                           "signup": [signup, "SignUpScreen.qml"], "goal": [goal, "GoalScreen.qml"],
                           "basket": [basket, "BasketScreen.qml"], "pathway": [pathway, "PathwayScreen.qml"]}
            const [loader, file] = files[screen]
            if (loader.status === Loader.Null)
                loader.setSource(Qt.resolvedUrl("screens/" + file), {"kiosk": root.kiosk})
            if (nav.status === Loader.Null)
                nav.setSource(Qt.resolvedUrl("controls/NavBar.qml"), {"kiosk": root.kiosk})
            if (keyboard.status === Loader.Null)
                keyboard.setSource(Qt.resolvedUrl("controls/Keyboard.qml"), {"kiosk": root.kiosk})
        }
    }
}
