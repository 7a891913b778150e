// A paragraph of plain text in the body size (catalogue text is never rich text).
import QtQuick
import "../theme"

Text {
    property bool strong: false
    property bool muted: false

    width: parent ? parent.width : 0
    textFormat: Text.PlainText
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: strong
    color: muted ? Theme.textMuted : Theme.text
    wrapMode: Text.Wrap
    // Set, not natural: mirrored in Arabic, so Latin catalogue text starts on the right too.
    horizontalAlignment: Text.AlignLeft
    visible: text !== ""
}
