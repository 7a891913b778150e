// A large touch button with pressed, checked and keyboard-focus states.
import QtQuick
import "../theme"

Rectangle {
    id: button

    property string text
    property bool primary: false
    property bool checkable: false
    property bool checked: false
    property int fontSize: Theme.fontBody
    property bool checkMark: true  // "✓" before the words when checked (the bar's "you are here" has none)
    // A pictogram (assets/pictograms/NAME.svg) before the words, for easy-read and the switches.
    property string pictogram: ""
    readonly property bool pressed: touch.pressed
    property color labelColor: (pressed || primary || checked) ? Theme.textOnAccent : Theme.text
    signal clicked()

    // The height its words need on two lines at most at the smallest size the label may shrink
    // to (large text, long translations), at least a touch target: a button grows only where
    // shrinking alone would cut its words. A parent that fixes the height gets them shrunk, then cut.
    readonly property int wantedHeight: Math.max(Theme.touchTarget,
        Math.ceil(Math.min(measure.lineCount, 2) * measure.contentHeight / Math.max(1, measure.lineCount))
        + 2 * Theme.mm(1.5))
    implicitHeight: wantedHeight
    implicitWidth: Math.max(Theme.touchTarget * 2, label.implicitWidth + 2 * Theme.margin)
    radius: Theme.radius
    color: pressed ? Theme.accentPressed
         : (primary || checked) ? Theme.accent : Theme.surface
    border.width: activeFocus ? Theme.mm(1) : Math.max(1, Theme.mm(0.4))
    border.color: activeFocus ? Theme.focusRing : Theme.border
    activeFocusOnTab: true

    Accessible.role: checkable ? Accessible.CheckBox : Accessible.Button
    Accessible.name: text
    Accessible.checkable: checkable
    Accessible.checked: checked
    Accessible.onPressAction: button.clicked()

    Keys.onReturnPressed: button.clicked()
    Keys.onSpacePressed: button.clicked()

    Pictogram {
        id: picture
        name: button.pictogram
        visible: button.pictogram !== ""
        size: Math.min(button.height - 2 * Theme.mm(1.5), Theme.touchTarget)
        // Alone (no words: its accessible name says them) it sits in the middle.
        anchors.left: button.text === "" ? undefined : parent.left
        anchors.horizontalCenter: button.text === "" ? parent.horizontalCenter : undefined
        anchors.leftMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
    }

    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: picture.visible ? picture.width + 2 * Theme.spacing : Theme.spacing
        anchors.rightMargin: Theme.spacing
        // "‹ Back" points the way back: to the right when the layout runs right to left (Qt
        // does not mirror the angle quote by itself in an Arabic label).
        text: (button.checked && button.checkMark && button.text ? "✓ " : "")
              + (button.LayoutMirroring.enabled ? button.text.replace("‹", "›") : button.text)
        textFormat: Text.PlainText
        font.family: Theme.fontFamily
        font.pixelSize: button.fontSize
        font.bold: button.primary || button.checked
        color: button.labelColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        fontSizeMode: Text.VerticalFit
        minimumPixelSize: Theme.fontSmall
    }

    Text {
        id: measure
        visible: false
        // As wide as the label with the pictogram at its largest: not label.width, whose margin
        // follows the pictogram, whose size follows the height this measure decides.
        width: button.width - Theme.spacing - (button.pictogram !== "" && button.text !== ""
                                               ? Theme.touchTarget + 2 * Theme.spacing : Theme.spacing)
        text: label.text
        textFormat: Text.PlainText
        font.family: label.font.family
        font.bold: label.font.bold
        font.pixelSize: Math.min(button.fontSize, Theme.fontSmall)
        wrapMode: Text.Wrap
    }

    MouseArea {
        id: touch
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
