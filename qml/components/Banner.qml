import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// A coloured message strip (error or warning) with an optional action button.
// Plain positioners rather than layouts: wrapped text whose height feeds the banner's height
// made Qt 6.4's layouts re-polish forever when the text changed length (a language switch).
Rectangle {
    id: banner
    property string text
    property string detail
    property bool error: true
    property string actionText
    signal actionTriggered()
    Layout.fillWidth: true
    implicitHeight: Math.max(texts.height, action.visible ? action.height : 0) + 2 * Theme.padding
    color: error ? Theme.errorSurface : Theme.warningSurface
    border.color: error ? Theme.error : Theme.warning
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Column {
        id: texts
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.padding
        width: banner.width - 2 * Theme.padding - (action.visible ? action.width + Theme.spacing : 0)
        spacing: 2
        Label {
            width: texts.width
            text: banner.text
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            width: texts.width
            visible: banner.detail.length > 0
            text: banner.detail
            color: Theme.text
            font.family: Theme.monoFamily
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
    }
    Button {
        id: action
        anchors.right: parent.right
        anchors.rightMargin: Theme.padding
        anchors.verticalCenter: parent.verticalCenter
        visible: banner.actionText.length > 0
        text: banner.actionText
        Accessible.name: banner.actionText
        onClicked: banner.actionTriggered()
    }
}
