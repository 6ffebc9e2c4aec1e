import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// The model list on the left, the fallback chain and aliases on the right; below ~900 px the two
// stack and the page scrolls, so nothing is cut at 800×600 or at 200 % scaling.
ScrollView {
    id: page
    Accessible.name: qsTr("Models")
    background: Rectangle { color: Theme.window }
    contentWidth: availableWidth
    contentHeight: wide ? availableHeight : grid.implicitHeight + 2 * Theme.padding
    readonly property bool wide: availableWidth >= 900

    // Removing an alias the chain names asks first and says what will change.
    function removeAlias(alias) {
        const warning = Config.aliasUseWarning(alias)
        if (warning.length === 0) {
            Config.removeAlias(alias)
            return
        }
        removeAliasDialog.alias = alias
        removeAliasDialog.warning = warning
        removeAliasDialog.open()
    }

    Connections {
        target: Config
        function onSaved(message) {
            if (Config.undoText.length > 0)
                Feedback.show(message, "ok", qsTr("Undo"), () => Config.undo())
            else
                Feedback.success(message)
        }
    }

    Dialog {
        id: removeAliasDialog
        property string alias
        property string warning
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.padding : 480, 480)
        modal: true
        focus: true
        title: qsTr("Remove alias %1?").arg(alias)
        standardButtons: Dialog.Cancel
        Label {
            width: removeAliasDialog.availableWidth
            text: removeAliasDialog.warning
            wrapMode: Text.Wrap
            color: Theme.text
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Remove alias")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                Accessible.name: qsTr("Remove alias %1").arg(removeAliasDialog.alias)
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: Config.removeAlias(alias)
    }

    GridLayout {
        id: grid
        x: Theme.padding
        y: Theme.padding
        width: page.availableWidth - 2 * Theme.padding
        height: page.wide ? page.availableHeight - 2 * Theme.padding : implicitHeight
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.padding
        rowSpacing: Theme.padding

        // Left: the model list.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: page.wide
            Layout.preferredWidth: 3
            spacing: Theme.spacing

            Label {
                objectName: "modelsTitle"
                text: qsTr("Models")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            Banner {
                visible: Config.lastError.length > 0
                text: qsTr("The change was not saved.")
                detail: Config.lastError
            }
            Banner {
                visible: Config.primaryWarning.length > 0
                error: false
                text: Config.primaryWarning
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: search
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search models, names or aliases")
                    Accessible.name: qsTr("Search models")
                    onTextChanged: Config.models.search = text
                }
                CheckBox {
                    text: qsTr("Show all catalog")
                    checked: Config.models.showAll
                    Accessible.name: qsTr("Show all catalog models")
                    onToggled: Config.models.showAll = checked
                }
            }
            ListView {
                id: modelList
                Layout.fillWidth: true
                Layout.fillHeight: page.wide
                Layout.preferredHeight: page.wide ? -1 : Math.min(contentHeight, 360)
                Layout.minimumHeight: 120
                clip: true
                model: Config.models
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.name: qsTr("Model list")
                Accessible.role: Accessible.List
                ScrollBar.vertical: ScrollBar {}
                Keys.onReturnPressed: Config.setPrimary(Config.models.keyAt(currentIndex))
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string key
                    required property string name
                    required property string context
                    required property bool auth
                    required property bool local
                    required property bool isPrimary
                    required property int fallbackIndex
                    required property var aliases
                    required property bool missing
                    width: ListView.view.width
                    implicitHeight: rowLayout.implicitHeight + Theme.spacing * 2
                    color: ListView.isCurrentItem ? Theme.highlightRow : (index % 2 ? Theme.window : Theme.surface)
                    Accessible.role: Accessible.ListItem
                    Accessible.name: key
                    MouseArea {
                        anchors.fill: parent
                        onClicked: modelList.currentIndex = row.index
                    }
                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: row.key
                                color: row.missing ? Theme.error : Theme.text
                                font.bold: row.isPrimary
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                font.pixelSize: 12
                                text: [row.name,
                                       qsTr("context %1").arg(row.context),
                                       row.auth ? qsTr("auth ✓") : qsTr("no auth"),
                                       row.local ? qsTr("local") : "",
                                       row.aliases.length > 0 ? qsTr("alias %1").arg(row.aliases.join(", ")) : "",
                                       row.missing ? qsTr("missing") : ""].filter(s => s.length > 0).join(" · ")
                            }
                        }
                        Label {
                            visible: row.fallbackIndex > 0
                            color: Theme.warning
                            //: Position in the fallback chain, e.g. "fallback #2"
                            text: qsTr("fallback #%1").arg(row.fallbackIndex)
                        }
                        Button {
                            visible: !row.isPrimary
                            text: qsTr("Make primary")
                            Accessible.name: qsTr("Make %1 the primary model").arg(row.key)
                            onClicked: Config.setPrimary(row.key)
                        }
                        Label {
                            visible: row.isPrimary
                            color: Theme.ok
                            font.bold: true
                            text: qsTr("Primary")
                        }
                        Button {
                            visible: !row.isPrimary && row.fallbackIndex === 0
                            text: qsTr("Add as fallback")
                            Accessible.name: qsTr("Add %1 as a fallback").arg(row.key)
                            onClicked: Config.addFallback(row.key)
                        }
                    }
                }
            }
        }

        // Right (or below): fallbacks and aliases.
        ScrollView {
            id: side
            Layout.fillHeight: page.wide
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.preferredHeight: page.wide ? -1 : sideColumn.implicitHeight
            contentWidth: availableWidth

            ColumnLayout {
                id: sideColumn
                width: side.availableWidth
                spacing: Theme.padding

                Card {
                    title: qsTr("Fallback chain")
                    subtitle: qsTr("Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.")

                    ListView {
                        id: fallbackList
                        Layout.fillWidth: true
                        Layout.preferredHeight: contentHeight
                        interactive: false
                        model: Config.fallbacks
                        activeFocusOnTab: true
                        keyNavigationEnabled: true
                        Accessible.name: qsTr("Fallback chain")
                        Accessible.description: qsTr("Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.")
                        Accessible.role: Accessible.List
                        Keys.onDeletePressed: Config.fallbacks.remove(currentIndex)
                        Keys.onPressed: (event) => {
                            if (!(event.modifiers & Qt.ControlModifier))
                                return
                            if (event.key === Qt.Key_Up && currentIndex > 0) {
                                const to = currentIndex - 1
                                if (Config.fallbacks.move(currentIndex, to))
                                    currentIndex = to
                                event.accepted = true
                            } else if (event.key === Qt.Key_Down && currentIndex < count - 1) {
                                const to = currentIndex + 1
                                if (Config.fallbacks.move(currentIndex, to))
                                    currentIndex = to
                                event.accepted = true
                            }
                        }
                        delegate: Item {
                            id: fallbackRow
                            required property int index
                            required property string key
                            required property int position
                            required property string warning
                            width: ListView.view.width
                            height: content.implicitHeight + 4

                            DropArea {
                                anchors.fill: parent
                                onDropped: (drop) => {
                                    const from = drop.source.dragIndex
                                    if (from !== undefined && from !== fallbackRow.index)
                                        Config.fallbacks.move(from, fallbackRow.index)
                                }
                                Rectangle {
                                    anchors.fill: parent
                                    visible: parent.containsDrag
                                    color: "transparent"
                                    border.color: Theme.accent
                                    border.width: 2
                                    radius: Theme.radius
                                }
                            }

                            Rectangle {
                                id: content
                                property int dragIndex: fallbackRow.index
                                width: fallbackRow.width
                                implicitHeight: fallbackLayout.implicitHeight + Theme.spacing
                                radius: Theme.radius
                                color: fallbackRow.ListView.isCurrentItem && fallbackList.activeFocus ? Theme.highlightRow : Theme.window
                                border.color: fallbackRow.warning.length > 0 ? Theme.warning : Theme.border
                                Drag.active: handle.drag.active
                                Drag.source: content
                                Drag.hotSpot.x: 10
                                Drag.hotSpot.y: 10
                                Accessible.role: Accessible.ListItem
                                Accessible.name: qsTr("Fallback %1: %2").arg(fallbackRow.position).arg(fallbackRow.key)

                                RowLayout {
                                    id: fallbackLayout
                                    anchors.fill: parent
                                    anchors.margins: Theme.spacing / 2
                                    Label {
                                        text: "⠿"
                                        color: Theme.mutedText
                                        font.pixelSize: 18
                                        MouseArea {
                                            id: handle
                                            anchors.fill: parent
                                            anchors.margins: -4
                                            cursorShape: Qt.OpenHandCursor
                                            drag.target: content
                                            drag.axis: Drag.YAxis
                                            onPressed: {
                                                fallbackList.currentIndex = fallbackRow.index
                                                fallbackList.forceActiveFocus()
                                            }
                                            onReleased: {
                                                content.Drag.drop()
                                                content.x = 0
                                                content.y = 0
                                            }
                                        }
                                    }
                                    ColumnLayout {
                                        Layout.fillWidth: true
                                        spacing: 0
                                        Label {
                                            Layout.fillWidth: true
                                            text: fallbackRow.position + ". " + fallbackRow.key
                                            color: Theme.text
                                            elide: Text.ElideRight
                                        }
                                        Label {
                                            objectName: "fallbackWarning"
                                            visible: fallbackRow.warning.length > 0
                                            Layout.fillWidth: true
                                            text: fallbackRow.warning
                                            color: Theme.warning
                                            wrapMode: Text.Wrap
                                            font.pixelSize: 12
                                        }
                                    }
                                    ToolButton {
                                        text: "↑"
                                        focusPolicy: Qt.NoFocus
                                        enabled: fallbackRow.index > 0
                                        Accessible.name: qsTr("Move %1 up").arg(fallbackRow.key)
                                        onClicked: Config.fallbacks.move(fallbackRow.index, fallbackRow.index - 1)
                                    }
                                    ToolButton {
                                        text: "↓"
                                        focusPolicy: Qt.NoFocus
                                        enabled: fallbackRow.index < fallbackList.count - 1
                                        Accessible.name: qsTr("Move %1 down").arg(fallbackRow.key)
                                        onClicked: Config.fallbacks.move(fallbackRow.index, fallbackRow.index + 1)
                                    }
                                    ToolButton {
                                        text: "✕"
                                        focusPolicy: Qt.NoFocus
                                        Accessible.name: qsTr("Remove fallback %1").arg(fallbackRow.key)
                                        onClicked: Config.fallbacks.remove(fallbackRow.index)
                                    }
                                }
                            }
                        }
                    }
                    Label {
                        visible: fallbackList.count === 0
                        color: Theme.mutedText
                        text: qsTr("No fallbacks: requests fail when the primary fails.")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        ComboBox {
                            id: newFallback
                            Layout.fillWidth: true
                            editable: true
                            model: Config.modelKeys
                            Accessible.name: qsTr("Model to add as fallback")
                        }
                        Button {
                            text: qsTr("Add")
                            enabled: newFallback.editText.length > 0
                            Accessible.name: qsTr("Add fallback")
                            onClicked: Config.addFallback(newFallback.editText)
                        }
                    }
                }

                Card {
                    title: qsTr("Aliases")
                    subtitle: qsTr("Short names you can type instead of provider/model.")

                    Repeater {
                        model: Config.aliases
                        delegate: ColumnLayout {
                            id: aliasRow
                            required property var modelData
                            readonly property string problem: aliasField.text === modelData.alias ? ""
                                                             : Config.aliasError(aliasField.text, modelData.key)
                            Layout.fillWidth: true
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                TextField {
                                    id: aliasField
                                    Layout.fillWidth: true
                                    Layout.minimumWidth: 80
                                    text: aliasRow.modelData.alias
                                    Accessible.name: qsTr("Alias for %1").arg(aliasRow.modelData.key)
                                    onAccepted: if (aliasRow.problem.length === 0) Config.renameAlias(aliasRow.modelData.alias, text)
                                    Keys.onEscapePressed: text = aliasRow.modelData.alias
                                }
                                Button {
                                    text: qsTr("Rename")
                                    visible: aliasField.text !== aliasRow.modelData.alias
                                    enabled: aliasRow.problem.length === 0
                                    Accessible.name: qsTr("Rename alias %1").arg(aliasRow.modelData.alias)
                                    onClicked: Config.renameAlias(aliasRow.modelData.alias, aliasField.text)
                                }
                                ToolButton {
                                    text: "✕"
                                    Accessible.name: qsTr("Remove alias %1").arg(aliasRow.modelData.alias)
                                    ToolTip.visible: hovered
                                    ToolTip.text: Accessible.name
                                    onClicked: page.removeAlias(aliasRow.modelData.alias)
                                }
                            }
                            Label {
                                id: aliasTargetLabel
                                objectName: "aliasTarget"
                                Layout.fillWidth: true
                                Layout.leftMargin: Theme.spacing
                                // The arrow points along the reading direction.
                                text: (Qt.application.layoutDirection === Qt.RightToLeft ? "← " : "→ ") + aliasRow.modelData.key
                                color: Theme.mutedText
                                elide: Text.ElideMiddle
                                ToolTip.visible: truncated && targetMouse.containsMouse
                                ToolTip.text: aliasRow.modelData.key
                                MouseArea {
                                    id: targetMouse
                                    anchors.fill: parent
                                    hoverEnabled: true
                                    acceptedButtons: Qt.NoButton
                                }
                            }
                            Label {
                                visible: aliasRow.problem.length > 0
                                text: aliasRow.problem
                                color: Theme.error
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                                font.pixelSize: 12
                            }
                        }
                    }

                    ComboBox {
                        id: aliasTarget
                        Layout.fillWidth: true
                        editable: true
                        model: Config.modelKeys
                        Accessible.name: qsTr("Model for the new alias")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            id: newAlias
                            Layout.fillWidth: true
                            placeholderText: qsTr("new alias")
                            Accessible.name: qsTr("New alias")
                            onAccepted: if (Config.aliasError(text, aliasTarget.editText).length === 0 && Config.addAlias(text, aliasTarget.editText)) text = ""
                        }
                        Button {
                            text: qsTr("Add")
                            enabled: newAlias.text.length > 0 && Config.aliasError(newAlias.text, aliasTarget.editText).length === 0
                            Accessible.name: qsTr("Add alias")
                            onClicked: if (Config.addAlias(newAlias.text, aliasTarget.editText)) newAlias.text = ""
                        }
                    }
                    Label {
                        visible: newAlias.text.length > 0 && Config.aliasError(newAlias.text, aliasTarget.editText).length > 0
                        text: Config.aliasError(newAlias.text, aliasTarget.editText)
                        color: Theme.error
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        font.pixelSize: 12
                    }
                }
            }
        }
    }
}
