import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// A titled surface that stacks its children in a column.
Pane {
    id: card
    property string title
    property string subtitle
    default property alias content: column.data
    Layout.fillWidth: true
    padding: Theme.padding
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
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
}
