import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// "Connect your tools": per coding tool whether its own settings use the gateway, Connect (the
// change is shown first and written only when confirmed) and Undo (the file as it was, byte for
// byte). Self-contained: place it anywhere as `ConnectToolsCard {}`.
Card {
    id: card
    title: qsTr("Connect your tools")
    subtitle: qsTr("ClawDesk writes each tool's own settings so it uses this gateway. Undo puts the file back exactly as it was.")

    property string reviewing: "" // id of the tool whose change is shown
    property string reviewDiff: ""

    ConnectController {
        id: connector
    }

    function review(id) {
        const diff = connector.preview(id)
        if (connector.lastError.length > 0) {
            result.show(connector.lastError, "error")
            return
        }
        card.reviewing = id
        card.reviewDiff = diff
    }
    function confirm() {
        const id = card.reviewing
        card.reviewing = ""
        card.reviewDiff = ""
        if (connector.connectTool(id))
            result.flash(qsTr("Connected. The tool uses the gateway the next time it starts."))
        else
            result.show(qsTr("Cannot connect: %1").arg(connector.lastError), "error")
    }
    function undo(id, name) {
        if (connector.undo(id))
            result.flash(qsTr("%1's settings are back as they were.").arg(name))
        else
            result.show(qsTr("Cannot undo: %1").arg(connector.lastError), "error")
    }

    Repeater {
        model: connector.tools
        delegate: RowLayout {
            id: toolRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                text: toolRow.modelData.name
                font.bold: true
                color: Theme.text
                Layout.preferredWidth: 110
            }
            StatusChip {
                text: toolRow.modelData.state === "connected" ? qsTr("Connected")
                    : toolRow.modelData.state === "overridden" ? qsTr("Overridden by a shell variable")
                    : qsTr("Not connected")
                tone: toolRow.modelData.state === "connected" ? "ok"
                    : toolRow.modelData.state === "overridden" ? "warning" : "neutral"
                ToolTip.visible: toolRow.modelData.overrides.length > 0 && chipHover.hovered
                ToolTip.text: toolRow.modelData.overrides
                HoverHandler {
                    id: chipHover
                }
            }
            Label {
                text: toolRow.modelData.path
                color: Theme.mutedText
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Connect")
                visible: toolRow.modelData.state === "notConnected"
                Accessible.name: qsTr("Connect %1 to the gateway").arg(toolRow.modelData.name)
                onClicked: card.review(toolRow.modelData.id)
            }
            Button {
                text: qsTr("Undo")
                enabled: toolRow.modelData.canUndo
                Accessible.name: qsTr("Undo connecting %1").arg(toolRow.modelData.name)
                onClicked: card.undo(toolRow.modelData.id, toolRow.modelData.name)
            }
        }
    }

    // The change, before anything is written.
    Label {
        visible: card.reviewing.length > 0
        text: qsTr("This change will be written (the token is shortened here):")
        color: Theme.text
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    ScrollView {
        visible: card.reviewing.length > 0
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(diffText.implicitHeight + Theme.padding, 240)
        TextArea {
            id: diffText
            text: card.reviewDiff
            readOnly: true
            selectByMouse: true
            font.family: Theme.monoFamily
            color: Theme.text
            Accessible.name: qsTr("Change to be written")
        }
    }
    RowLayout {
        visible: card.reviewing.length > 0
        spacing: Theme.spacing
        Button {
            text: qsTr("Write the change")
            highlighted: true
            onClicked: card.confirm()
        }
        Button {
            text: qsTr("Cancel")
            onClicked: {
                card.reviewing = ""
                card.reviewDiff = ""
            }
        }
    }
    InlineMessage {
        id: result
        visible: false
        Layout.fillWidth: true
    }
}
