import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// "Test connection" for one provider: a minimal real request, then the latency or the error
// and what to do about it.
RowLayout {
    id: connectionTest
    property alias providerId: tester.providerId
    Layout.fillWidth: true
    spacing: Theme.spacing

    ConnectionTester {
        id: tester
    }
    Button {
        text: qsTr("Test connection")
        enabled: tester.status !== ConnectionTester.Testing
        Accessible.name: qsTr("Test the connection to %1").arg(connectionTest.providerId)
        onClicked: tester.test()
    }
    BusyIndicator {
        running: tester.status === ConnectionTester.Testing
        visible: running
        implicitWidth: 20
        implicitHeight: 20
    }
    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        text: tester.result
        wrapMode: Text.Wrap
        color: tester.status === ConnectionTester.Failed ? Theme.error
             : tester.status === ConnectionTester.Ok ? Theme.ok : Theme.text
        Accessible.name: tester.result
    }
}
