import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// A tone icon beside wrapping text: the rows of lists that bindings re-create (findings,
// credentials, attempts). Plain positioners, so a re-created row never leaves a layout behind.
Item {
    id: line
    property string icon: "info"
    property color iconColor: Theme.text
    property string text
    property color color: Theme.text
    Layout.fillWidth: true
    implicitWidth: lineIcon.width + Theme.spacing + lineLabel.implicitWidth
    implicitHeight: Math.max(lineIcon.height, lineLabel.height)
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Icon {
        id: lineIcon
        x: 0
        y: 1
        icon: line.icon
        themed: false
        color: line.iconColor
    }
    Label {
        id: lineLabel
        x: lineIcon.width + Theme.spacing
        width: line.width - x
        text: line.text
        color: line.color
        wrapMode: Text.Wrap
    }
}
