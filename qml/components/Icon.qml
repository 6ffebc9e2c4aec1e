import QtQuick
import QtQuick.Controls.impl
import ClawDesk

// One icon of the set in Theme.icons: the platform's Freedesktop theme icon when it has one, else
// the bundled SVG; tinted with `color` (state icons are always the bundled, tinted drawing, so
// their meaning reads the same on every desktop).
IconImage {
    id: icon
    property string icon
    property bool themed: true
    property int size: Theme.iconSize
    name: themed ? Theme.iconName(icon) : ""
    source: Theme.iconSource(icon)
    sourceSize.width: size
    sourceSize.height: size
    color: Theme.text
    Accessible.ignored: true
}
