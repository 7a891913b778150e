// A row of KioskButtons that share one height (see Theme.tallest): buttons bind
// `height: row.tallest`.
import QtQuick
import "../theme"

Row {
    readonly property int tallest: Theme.tallest(children)
}
