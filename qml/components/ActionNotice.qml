import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// An inline confirmation under a page's title: "Alias opus removed." with an optional action
// (Undo). It stays while an action is offered and fades out otherwise, so a save always answers.
Rectangle {
    id: notice
    property string text
    property string actionText
    property int timeout: actionText.length > 0 ? 10000 : 4000
    signal actionTriggered()
    signal dismissed()

    function show(message, action) {
        text = message
        actionText = action || ""
        visible = true
        hideTimer.restart()
    }
    function hide() {
        if (!visible)
            return
        visible = false
        dismissed()
    }

    visible: false
    Layout.fillWidth: true
    implicitHeight: Math.max(label.implicitHeight, button.visible ? button.implicitHeight : 0) + Theme.spacing * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.ok
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Timer {
        id: hideTimer
        interval: notice.timeout
        onTriggered: notice.hide()
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing / 2
        spacing: Theme.spacing
        Label {
            text: "✓"
            color: Theme.ok
            font.bold: true
        }
        Label {
            id: label
            Layout.fillWidth: true
            text: notice.text
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Button {
            id: button
            visible: notice.actionText.length > 0
            text: notice.actionText
            Accessible.name: notice.actionText
            onClicked: {
                hideTimer.stop()
                notice.visible = false
                notice.actionTriggered()
            }
        }
        ToolButton {
            text: "✕"
            Accessible.name: qsTr("Dismiss")
            onClicked: notice.hide()
        }
    }
}
