import QtQuick
import QtQuick.Controls
import ClawDesk

// Shows Feedback's current message at the bottom of the window: 4 s for confirmations, longer when
// it offers an action (Undo) or reports an error; hovering keeps it up.
Rectangle {
    id: toast
    readonly property bool showing: Feedback.text.length > 0
    anchors.horizontalCenter: parent.horizontalCenter
    anchors.bottom: parent.bottom
    anchors.bottomMargin: Theme.spacingLarge
    width: Math.min(parent.width - 2 * Theme.spacingLarge, content.implicitWidth + 2 * Theme.padding)
    height: content.implicitHeight + 2 * Theme.spacingMedium
    radius: Theme.radius
    color: Theme.dark ? "#3b414d" : "#2b303b"
    border.color: Theme.toneColor(Feedback.tone)
    opacity: showing ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: 150 } }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: Feedback.text

    Connections {
        target: Feedback
        function onSerialChanged() {
            hideTimer.interval = Feedback.actionText.length > 0 || Feedback.tone === "error" ? 8000 : 4000
            hideTimer.restart()
        }
    }
    Timer {
        id: hideTimer
        running: false
        onTriggered: hover.hovered ? restart() : Feedback.dismiss()
    }
    HoverHandler { id: hover }

    Row {
        id: content
        anchors.centerIn: parent
        spacing: Theme.spacing
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            icon: Feedback.tone
            themed: false
            color: Feedback.tone === "info" ? "#ffffff" : Theme.toneColor(Feedback.tone)
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, toast.parent.width - 2 * Theme.spacingLarge - 2 * Theme.padding
                                          - 80 - (actionButton.visible ? actionButton.width : 0))
            text: Feedback.text
            color: "#ffffff"
            wrapMode: Text.Wrap
        }
        Button {
            id: actionButton
            anchors.verticalCenter: parent.verticalCenter
            visible: Feedback.actionText.length > 0
            text: Feedback.actionText
            flat: true
            palette.buttonText: "#9cc3ff"
            onClicked: {
                const action = Feedback.action
                Feedback.dismiss()
                if (action)
                    action()
            }
        }
        ToolButton {
            anchors.verticalCenter: parent.verticalCenter
            icon.source: Theme.iconSource("close")
            icon.color: "#ffffff"
            icon.width: Theme.iconSize
            icon.height: Theme.iconSize
            display: AbstractButton.IconOnly
            text: qsTr("Dismiss")
            Accessible.name: text
            onClicked: Feedback.dismiss()
        }
    }
}
