import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// A message in the page where the action happened (KDE's InlineMessage, GNOME's info bar):
// a tone icon, the text, an optional detail, an optional action and a close button.
//
//   InlineMessage { id: saved }                   // hidden until used
//   saved.flash(qsTr("Saved"))                    // confirmation that hides itself after 4 s
//   saved.show(qsTr("Cannot save: %1").arg(e), "error")   // stays until closed or shown again
//   InlineMessage { visible: Config.lastError.length > 0; tone: "error"; text: Config.lastError }
// Plain positioners rather than layouts inside: wrapped text whose height feeds the message's height
// made Qt 6.4's layouts re-polish forever when the text changed length (a language switch).
Rectangle {
    id: message
    property string text
    property string detail
    property string tone: "info" // ok, info, warning, error
    property string actionText
    property bool closable: true
    property int timeout: 4000
    signal actionTriggered()
    signal closed()

    function show(text, tone) {
        hideTimer.stop()
        message.text = text
        message.tone = tone || "info"
        message.visible = true
    }
    function flash(text, tone) {
        show(text, tone || "ok")
        hideTimer.restart()
    }
    function close() {
        hideTimer.stop()
        message.visible = false
        message.closed()
    }

    Layout.fillWidth: true
    implicitHeight: Math.max(texts.height, buttons.height) + 2 * Theme.spacingMedium
    color: Theme.toneSurface(tone)
    border.color: Qt.alpha(Theme.toneColor(tone), 0.6)
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Timer {
        id: hideTimer
        interval: message.timeout
        onTriggered: message.visible = false
    }
    Icon {
        id: toneIcon
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingMedium
        y: Theme.spacingMedium + 1
        icon: message.tone
        themed: false
        color: Theme.toneColor(message.tone)
    }
    Column {
        id: texts
        anchors.left: toneIcon.right
        anchors.leftMargin: Theme.spacing
        y: Theme.spacingMedium
        width: message.width - toneIcon.width - 2 * Theme.spacingMedium - Theme.spacing
               - (buttons.width > 0 ? buttons.width + Theme.spacing : 0)
        spacing: 2
        Label {
            width: texts.width
            text: message.text
            color: Theme.text
            font.bold: message.detail.length > 0
            wrapMode: Text.Wrap
        }
        Label {
            width: texts.width
            visible: message.detail.length > 0
            text: message.detail
            color: Theme.text
            font.family: Theme.monoFamily
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
    }
    Row {
        id: buttons
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingSmall
        Button {
            visible: message.actionText.length > 0
            text: message.actionText
            Accessible.name: message.actionText
            onClicked: message.actionTriggered()
        }
        ToolButton {
            visible: message.closable
            icon.name: Theme.iconName("close")
            icon.source: Theme.iconSource("close")
            icon.color: Theme.text
            icon.width: Theme.iconSize
            icon.height: Theme.iconSize
            display: AbstractButton.IconOnly
            text: qsTr("Close")
            Accessible.name: qsTr("Close message")
            ToolTip.visible: hovered
            ToolTip.text: text
            onClicked: message.close()
        }
    }
}
