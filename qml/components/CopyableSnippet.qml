import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// A titled, read-only block of text with a Copy button. A `secret` inside the text is shown
// shortened (so it never lands whole in a screenshot) but copied in full.
ColumnLayout {
    id: snippet
    property string title
    property string text
    property string secret
    readonly property string shownText: secret.length > 8
        ? text.split(secret).join(secret.substring(0, 6) + "…" + secret.substring(secret.length - 4))
        : text
    Layout.fillWidth: true
    spacing: 4
    RowLayout {
        Layout.fillWidth: true
        Label {
            text: snippet.title
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Copy")
            Accessible.name: qsTr("Copy %1").arg(snippet.title)
            onClicked: Gateway.copyToClipboard(snippet.text)
        }
    }
    TextArea {
        Layout.fillWidth: true
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAnywhere
        text: snippet.shownText
        font.family: Theme.monoFamily
        Accessible.name: snippet.title
        background: Rectangle {
            color: Theme.window
            border.color: Theme.border
            radius: Theme.radius
        }
    }
}
