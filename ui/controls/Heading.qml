// A screen's or a section's heading.
import QtQuick
import "../theme"

Text {
    property bool large: true

    width: parent ? parent.width : 0
    textFormat: Text.PlainText
    font.family: Theme.fontFamily
    font.pixelSize: large ? Theme.fontHeading : Theme.fontTitle
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    // Set, not natural: mirrored in Arabic, so Latin catalogue text starts on the right too.
    horizontalAlignment: Text.AlignLeft
}
