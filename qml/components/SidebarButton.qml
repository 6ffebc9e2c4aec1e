import QtQuick
import QtQuick.Controls
import ClawDesk

// One entry of the sidebar navigation: the page's icon and name; the current page is highlighted,
// and the keyboard's position in the list (arrows) carries the focus ring.
ItemDelegate {
    id: control
    required property string title
    required property string iconKey
    required property bool current
    property bool keyboardCurrent: false
    width: parent ? parent.width : implicitWidth
    text: title
    highlighted: current
    focusPolicy: Qt.NoFocus // the list takes the focus and moves between entries with the arrows
    Accessible.name: title
    Accessible.role: Accessible.PageTab
    Accessible.selected: current
    // Plain positioners: delegates are re-created on a language switch, and Qt 6.4's layouts crashed
    // when a layout inside a destroyed delegate was still queued for polish.
    contentItem: Row {
        spacing: Theme.spacingMedium
        Icon {
            id: navIcon
            anchors.verticalCenter: parent.verticalCenter
            icon: control.iconKey
            color: control.current ? Theme.accent : Theme.mutedText
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            width: control.availableWidth - navIcon.width - parent.spacing
            text: control.text
            font: control.font
            color: control.current ? Theme.accent : Theme.text
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
            // Start edge in both directions (a Latin-only label such as "Gateway" would otherwise sit on
            // the left in a mirrored Arabic or Persian layout); AlignLeft is mirrored by LayoutMirroring.
            horizontalAlignment: Text.AlignLeft
        }
    }
    background: Rectangle {
        implicitHeight: 36
        color: control.current ? Theme.highlightRow : (control.hovered ? Qt.alpha(Theme.highlightRow, 0.5) : "transparent")
        radius: Theme.radius
        border.width: control.keyboardCurrent ? Theme.focusWidth : 0
        border.color: Theme.focusColor
    }
}
