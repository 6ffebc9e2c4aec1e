import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// What a list shows while it has nothing yet: a large muted icon, a title, one line of explanation
// and, when there is one, the action that fills it.
ColumnLayout {
    id: empty
    property string icon: "inbox"
    property string title
    property string text
    property string actionText
    signal actionTriggered()
    Layout.fillWidth: true
    spacing: Theme.spacing
    Accessible.role: Accessible.StaticText
    Accessible.name: title

    Item { Layout.preferredHeight: Theme.spacing }
    Icon {
        Layout.alignment: Qt.AlignHCenter
        icon: empty.icon
        iconSize: Theme.largeIconSize
        color: Theme.disabledText
    }
    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: empty.title
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
    }
    Label {
        Layout.fillWidth: true
        visible: empty.text.length > 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: empty.text
        color: Theme.mutedText
    }
    Button {
        Layout.alignment: Qt.AlignHCenter
        visible: empty.actionText.length > 0
        text: empty.actionText
        onClicked: empty.actionTriggered()
    }
    Item { Layout.preferredHeight: Theme.spacing }
}
