// One of the kiosk's pictograms (assets/pictograms, CC0): a picture beside words, never instead.
import QtQuick

Image {
    property string name
    property int size: 48

    width: size
    height: size
    source: name ? Qt.resolvedUrl("../../assets/pictograms/" + name + ".svg") : ""
    sourceSize.width: size
    sourceSize.height: size
    fillMode: Image.PreserveAspectFit
    smooth: true
    // Back and next point the other way when the layout runs right to left (Arabic).
    mirror: LayoutMirroring.enabled && (name === "back" || name === "next")
    Accessible.ignored: true  // the words beside it say the same
}
