import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// The local gateway: its state and the one primary action (start or stop), its settings, how to
// connect tools, and the request inspector (every request with what was asked, what served it, and
// the attempts on the way).
ScrollView {
    id: page
    contentWidth: availableWidth
    Accessible.name: qsTr("Gateway")

    readonly property bool running: AppState.gatewayState === AppState.Running
                                    || AppState.gatewayState === AppState.Starting
    // Below this the table keeps time, models, status, latency and reason (the detail pane has the rest).
    readonly property bool narrow: availableWidth < 980

    ColumnLayout {
        width: page.availableWidth
        spacing: Theme.padding

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            Layout.bottomMargin: 0
            spacing: Theme.spacingMedium
            Label {
                text: qsTr("Gateway")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            StatusChip {
                Layout.preferredWidth: implicitWidth
                Layout.preferredHeight: implicitHeight
                text: AppState.gatewayText
                tone: AppState.gatewayTone
                icon: AppState.gatewayIcon
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Restart")
                flat: true
                visible: AppState.gatewayState === AppState.Running
                icon.name: Theme.iconName("restart")
                icon.source: Theme.iconSource("restart")
                icon.color: Theme.text
                Accessible.name: qsTr("Restart gateway")
                onClicked: {
                    Gateway.restart()
                    Feedback.info(qsTr("Restarting the gateway…"))
                }
            }
            Button {
                // The page's primary action: start when stopped, stop when running.
                highlighted: !page.running
                text: page.running ? qsTr("Stop gateway") : qsTr("Start gateway")
                icon.name: Theme.iconName(page.running ? "stop" : "start")
                icon.source: Theme.iconSource(page.running ? "stop" : "start")
                icon.color: Theme.text
                onClicked: page.running ? Gateway.stop() : Gateway.start()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            spacing: Theme.padding

            InlineMessage {
                visible: AppState.gatewayState === AppState.Error
                tone: "error"
                closable: false
                text: AppState.gatewayText
                detail: AppState.gatewayDetail
                actionText: qsTr("Try again")
                onActionTriggered: Gateway.start()
            }

            Card {
                id: requestsCard
                title: qsTr("Requests")
                subtitle: qsTr("What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.")
                property int selectedRow: -1
                readonly property var selected: selectedRow >= 0 && Gateway.log.count >= 0 ? Gateway.log.get(selectedRow) : ({})

                EmptyState {
                    visible: Gateway.log.count === 0
                    icon: "inbox"
                    title: qsTr("No requests yet")
                    text: page.running ? qsTr("Point a tool at the gateway (see below); its requests appear here.")
                                       : qsTr("Start the gateway, then point a tool at it; its requests appear here.")
                }

                // Column header
                RequestRow {
                    visible: Gateway.log.count > 0
                    header: true
                    narrow: page.narrow
                }
                ListView {
                    id: table
                    visible: Gateway.log.count > 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(contentHeight, 300)
                    clip: true
                    model: Gateway.log
                    currentIndex: requestsCard.selectedRow
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.name: qsTr("Requests")
                    Accessible.role: Accessible.Table
                    property bool showFocusRing: activeFocus
                    onCurrentIndexChanged: requestsCard.selectedRow = currentIndex
                    delegate: RequestRow {
                        required property int index
                        required property var model
                        width: table.width
                        narrow: page.narrow
                        time: model.time
                        client: model.client
                        requested: model.requested
                        served: model.served
                        status: model.status
                        latencyMs: model.latencyMs
                        inputTokens: model.inputTokens
                        outputTokens: model.outputTokens
                        costUsd: model.costUsd
                        failedOver: model.failedOver
                        reason: model.reason
                        selected: requestsCard.selectedRow === index
                        onClicked: {
                            requestsCard.selectedRow = index
                            table.forceActiveFocus()
                        }
                    }
                }

                // The selected request's detail: every attempt, then the outcome.
                Rectangle {
                    visible: requestsCard.selectedRow >= 0 && requestsCard.selected.time !== undefined
                    Layout.fillWidth: true
                    implicitHeight: detail.implicitHeight + 2 * Theme.spacingMedium
                    color: Theme.window
                    border.color: Theme.border
                    radius: Theme.radius
                    ColumnLayout {
                        id: detail
                        x: Theme.spacingMedium
                        y: Theme.spacingMedium
                        width: parent.width - 2 * Theme.spacingMedium
                        spacing: Theme.spacingSmall
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.bold: true
                            color: Theme.text
                            text: requestsCard.selected.time !== undefined
                                  ? qsTr("%1 · %2 asked for %3").arg(requestsCard.selected.time.toLocaleString(Qt.locale(), Locale.ShortFormat))
                                        .arg(requestsCard.selected.client).arg(requestsCard.selected.requested)
                                  : ""
                        }
                        Repeater {
                            model: requestsCard.selected.attempts ?? []
                            delegate: IconText {
                                required property var modelData
                                required property int index
                                icon: "error"
                                iconColor: Theme.error
                                text: qsTr("Attempt %1: %2 — %3").arg(index + 1).arg(modelData.model).arg(modelData.reasonText)
                            }
                        }
                        Repeater {
                            model: requestsCard.selected.degradations ?? []
                            delegate: IconText {
                                required property string modelData
                                icon: "info"
                                iconColor: Theme.info
                                text: qsTr("Translated for the provider: %1").arg(modelData)
                            }
                        }
                        IconText {
                            readonly property bool served: (requestsCard.selected.served ?? "").length > 0
                            icon: served ? "ok" : "error"
                            iconColor: served ? Theme.ok : Theme.error
                            text: served
                                      ? qsTr("Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6")
                                            .arg(requestsCard.selected.served).arg(requestsCard.selected.status)
                                            .arg(Number(requestsCard.selected.latencyMs).toLocaleString(Qt.locale(), "f", 0))
                                            .arg(Number(requestsCard.selected.inputTokens).toLocaleString(Qt.locale(), "f", 0))
                                            .arg(Number(requestsCard.selected.outputTokens).toLocaleString(Qt.locale(), "f", 0))
                                            .arg(Number(requestsCard.selected.costUsd).toLocaleCurrencyString(Qt.locale(), "$"))
                                      : qsTr("Refused with status %1: %2").arg(requestsCard.selected.status ?? 0)
                                            .arg(requestsCard.selected.error ?? "")
                        }
                    }
                }
                Button {
                    visible: Gateway.log.count > 0
                    flat: true
                    text: qsTr("Clear list")
                    icon.name: Theme.iconName("remove")
                    icon.source: Theme.iconSource("remove")
                    icon.color: Theme.text
                    onClicked: {
                        requestsCard.selectedRow = -1
                        Gateway.log.clear()
                        Feedback.info(qsTr("Request list cleared (usage totals keep them)."))
                    }
                }
            }

            Card {
                title: qsTr("Settings")
                GridLayout {
                    columns: 2
                    columnSpacing: Theme.padding
                    rowSpacing: Theme.spacing
                    Layout.fillWidth: true
                    Label { text: qsTr("Port"); color: Theme.text }
                    SpinBox {
                        from: 1024
                        to: 65535
                        editable: true
                        value: AppSettings.gatewayPort
                        textFromValue: (value) => String(value)
                        valueFromText: (text) => parseInt(text)
                        Accessible.name: qsTr("Gateway port")
                        onValueModified: AppSettings.gatewayPort = value
                    }
                    //: Network address the gateway listens on
                    Label { text: qsTr("Bind"); color: Theme.text }
                    ComboBox {
                        model: ["loopback", "lan"]
                        currentIndex: Math.max(0, model.indexOf(AppSettings.gatewayBind))
                        Accessible.name: qsTr("Gateway bind address")
                        onActivated: AppSettings.gatewayBind = currentText
                    }
                    Label { text: qsTr("Token"); color: Theme.text }
                    SecretField {
                        Layout.fillWidth: true
                        label: qsTr("gateway token")
                        secret: AppSettings.gatewayToken
                    }
                    Item { implicitWidth: 1; implicitHeight: 1 }
                    Button {
                        text: qsTr("Regenerate token")
                        icon.name: Theme.iconName("restart")
                        icon.source: Theme.iconSource("restart")
                        icon.color: Theme.text
                        Accessible.name: qsTr("Regenerate gateway token")
                        onClicked: {
                            AppSettings.regenerateGatewayToken()
                            Feedback.success(page.running ? qsTr("New token saved; it applies when the gateway restarts.")
                                                          : qsTr("New token saved."))
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: qsTr("Port, bind and token apply the next time the gateway starts.")
                }
            }

            ConnectToolsCard {}

            Card {
                title: qsTr("Manual setup")
                subtitle: qsTr("For tools ClawDesk does not configure itself: paste these settings.")
                CopyableSnippet {
                    title: qsTr("Claude Code")
                    text: AppSettings.gatewayToken.length >= 0 ? Gateway.claudeCodeSnippet() : ""
                    secret: AppSettings.gatewayToken
                }
                CopyableSnippet {
                    title: qsTr("Cline / Roo Code / Kilo Code (OpenAI compatible)")
                    text: AppSettings.gatewayToken.length >= 0 ? Gateway.openAiSnippet() : ""
                    secret: AppSettings.gatewayToken
                }
                CopyableSnippet {
                    title: qsTr("OpenClaw")
                    text: AppSettings.gatewayToken.length >= 0 ? Gateway.openClawSnippet() : ""
                    secret: AppSettings.gatewayToken
                }
                CopyableSnippet {
                    title: qsTr("curl")
                    text: AppSettings.gatewayToken.length >= 0 ? Gateway.curlSnippet(Config.primary) : ""
                    secret: AppSettings.gatewayToken
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
