import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// A coloured message strip (error or warning) with an optional action button.
Rectangle {
    id: banner
    property string text
    property string detail
    property bool error: true
    property string actionText
    signal actionTriggered()
    Layout.fillWidth: true
    implicitHeight: row.implicitHeight + 2 * Theme.padding
    color: error ? Theme.errorSurface : Theme.warningSurface
    border.color: error ? Theme.error : Theme.warning
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            Label {
                text: banner.text
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: banner.detail.length > 0
                text: banner.detail
                color: Theme.text
                font.family: Theme.monoFamily
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                textFormat: Text.PlainText
            }
        }
        Button {
            visible: banner.actionText.length > 0
            text: banner.actionText
            Accessible.name: banner.actionText
            onClicked: banner.actionTriggered()
        }
    }
}
