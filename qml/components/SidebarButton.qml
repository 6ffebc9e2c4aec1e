import QtQuick
import QtQuick.Controls
import ClawDesk

// One entry of the sidebar navigation.
ItemDelegate {
    id: control
    required property string title
    required property bool current
    width: parent ? parent.width : implicitWidth
    text: title
    highlighted: current
    Accessible.name: title
    Accessible.role: Accessible.PageTab
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.current ? Theme.accent : Theme.text
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
        // Start edge in both directions (a Latin-only label such as "Gateway" would otherwise sit on the
        // left in a mirrored Arabic or Persian layout); AlignLeft is mirrored by LayoutMirroring.
        horizontalAlignment: Text.AlignLeft
    }
    background: Rectangle {
        color: control.current ? Theme.highlightRow : (control.hovered ? Qt.alpha(Theme.highlightRow, 0.5) : "transparent")
        radius: Theme.radius
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
}
