import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// A secret shown masked, with reveal and copy buttons.
RowLayout {
    id: field
    property string secret
    property string label
    property bool revealed: false
    spacing: Theme.spacing
    TextField {
        Layout.fillWidth: true
        readOnly: true
        text: field.secret
        echoMode: field.revealed ? TextInput.Normal : TextInput.Password
        font.family: Theme.monoFamily
        Accessible.name: field.label
    }
    Button {
        text: field.revealed ? qsTr("Hide") : qsTr("Reveal")
        Accessible.name: field.revealed ? qsTr("Hide %1").arg(field.label) : qsTr("Reveal %1").arg(field.label)
        onClicked: field.revealed = !field.revealed
    }
    Button {
        text: qsTr("Copy")
        Accessible.name: qsTr("Copy %1").arg(field.label)
        onClicked: Gateway.copyToClipboard(field.secret)
    }
}
