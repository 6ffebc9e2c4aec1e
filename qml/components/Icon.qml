import QtQuick
import QtQuick.Controls.impl
import ClawDesk

// One icon of the set in Theme.icons: the platform's Freedesktop theme icon when it has one, else
// the bundled SVG; tinted with `color` (state icons are always the bundled, tinted drawing, so
// their meaning reads the same on every desktop). Drawn by IconLabel, as the controls draw theirs.
Item {
    id: root
    property string icon
    property bool themed: true
    property int iconSize: Theme.iconSize
    property color color: Theme.text
    implicitWidth: iconSize
    implicitHeight: iconSize
    Accessible.ignored: true

    IconLabel {
        anchors.fill: parent
        display: IconLabel.IconOnly
        icon.name: root.themed ? Theme.iconName(root.icon) : ""
        icon.source: Theme.iconSource(root.icon)
        icon.width: root.iconSize
        icon.height: root.iconSize
        icon.color: root.color
    }
}
