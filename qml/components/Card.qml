import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// A titled surface that stacks its children in a column.
Rectangle {
    id: card
    property string title
    property string subtitle
    default property alias content: column.data

    Layout.fillWidth: true
    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    // Assigned explicitly: the root's own default property is the alias above.
    children: [
        ColumnLayout {
            id: column
            x: Theme.padding
            y: Theme.padding
            width: card.width - 2 * Theme.padding
            height: card.height - 2 * Theme.padding
            spacing: Theme.spacing
            Label {
                visible: card.title.length > 0
                text: card.title
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                visible: card.subtitle.length > 0
                text: card.subtitle
                color: Theme.mutedText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }
    ]
}
