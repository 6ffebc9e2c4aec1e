import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

ScrollView {
    id: page
    contentWidth: availableWidth
    Accessible.name: qsTr("Gateway")

    ColumnLayout {
        width: page.availableWidth
        spacing: Theme.padding

        Label {
            text: qsTr("Gateway")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            Layout.margins: Theme.padding
            Layout.bottomMargin: 0
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            spacing: Theme.padding

            Card {
                title: qsTr("Server")
                RowLayout {
                    spacing: Theme.spacing
                    Button {
                        text: qsTr("Start")
                        enabled: Gateway.state !== Gateway.Running && Gateway.state !== Gateway.Starting
                        Accessible.name: qsTr("Start gateway")
                        onClicked: Gateway.start()
                    }
                    Button {
                        text: qsTr("Stop")
                        enabled: (Gateway.state === Gateway.Running || Gateway.state === Gateway.Starting)
                        Accessible.name: qsTr("Stop gateway")
                        onClicked: Gateway.stop()
                    }
                    Button {
                        text: qsTr("Restart")
                        enabled: Gateway.state === Gateway.Running
                        Accessible.name: qsTr("Restart gateway")
                        onClicked: Gateway.restart()
                    }
                }
                GridLayout {
                    columns: 2
                    columnSpacing: Theme.padding
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
                    RowLayout {
                        Layout.fillWidth: true
                        SecretField {
                            Layout.fillWidth: true
                            label: qsTr("gateway token")
                            secret: AppSettings.gatewayToken
                        }
                        Button {
                            text: qsTr("Regenerate")
                            Accessible.name: qsTr("Regenerate gateway token")
                            onClicked: AppSettings.regenerateGatewayToken()
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

            Card {
                title: qsTr("Connect your tools")
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

            Card {
                title: qsTr("Recent requests")
                Label {
                    visible: Gateway.log.count === 0
                    color: Theme.mutedText
                    text: qsTr("No requests yet.")
                }
                Repeater {
                    model: Gateway.log
                    delegate: Rectangle {
                        id: entry
                        required property int index
                        required property date time
                        required property string requested
                        required property string served
                        required property int status
                        required property int latencyMs
                        required property int inputTokens
                        required property int outputTokens
                        required property double costUsd
                        required property bool failedOver
                        visible: index < 50
                        Layout.fillWidth: true
                        implicitHeight: visible ? logRow.implicitHeight + 8 : 0
                        color: failedOver ? Theme.warningSurface : (index % 2 ? Theme.window : Theme.surface)
                        radius: 3
                        Accessible.role: Accessible.ListItem
                        Accessible.name: logLabel.text
                        RowLayout {
                            id: logRow
                            anchors.fill: parent
                            anchors.margins: 4
                            Label {
                                id: logLabel
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                color: Theme.text
                                font.family: Theme.monoFamily
                                font.pixelSize: 12
                                text: qsTr("%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8")
                                      .arg(entry.time.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                                      .arg(entry.requested).arg(entry.served.length > 0 ? entry.served : "—")
                                      .arg(entry.status)
                                      .arg(Number(entry.latencyMs).toLocaleString(Qt.locale(), "f", 0))
                                      .arg(Number(entry.inputTokens).toLocaleString(Qt.locale(), "f", 0))
                                      .arg(Number(entry.outputTokens).toLocaleString(Qt.locale(), "f", 0))
                                      .arg(Number(entry.costUsd).toLocaleCurrencyString(Qt.locale(), "$"))
                            }
                            Label {
                                visible: entry.failedOver
                                color: Theme.warning
                                font.bold: true
                                text: qsTr("failover")
                            }
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
