import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// What is true now, in one place: the gateway, what was really served, the chain, openclaw.json's
// health with its findings, the credentials of the chain's providers, and today's activity.
// Every state's words come from AppState, as in the sidebar and the tray.
ScrollView {
    id: page
    signal navigate(string page)
    contentWidth: availableWidth
    Accessible.name: qsTr("Overview")

    ColumnLayout {
        width: page.availableWidth
        spacing: Theme.padding

        ColumnLayout {
            Layout.margins: Theme.padding
            Layout.bottomMargin: 0
            spacing: 2
            Label {
                text: qsTr("Overview")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            Label {
                visible: AppState.releaseText.length > 0
                text: AppState.releaseText
                color: Theme.mutedText
                font.pixelSize: Theme.captionSize
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            spacing: Theme.padding

            InlineMessage {
                visible: AppState.configHealth === AppState.Broken
                tone: "error"
                closable: false
                text: AppState.configLocation.length > 0
                      ? qsTr("%1 at %2").arg(AppState.configText).arg(AppState.configLocation)
                      : AppState.configText
                detail: AppState.configDetail
                actionText: qsTr("Open in editor")
                onActionTriggered: Config.openInEditor()
            }
            InlineMessage {
                visible: AppState.configHealth === AppState.Missing
                tone: "info"
                closable: false
                text: qsTr("No openclaw.json yet at %1.").arg(Config.displayPath)
                actionText: qsTr("Set up…")
                onActionTriggered: page.navigate("wizard")
            }
            InlineMessage {
                visible: Gateway.configProblem.length > 0
                tone: "warning"
                closable: false
                text: qsTr("The gateway keeps serving the last good config.")
                detail: Gateway.configProblem
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.availableWidth > 760 ? 2 : 1
                columnSpacing: Theme.padding
                rowSpacing: Theme.padding

                Card {
                    title: qsTr("Gateway")
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    StatusChip {
                        text: AppState.gatewayText
                        tone: AppState.gatewayTone
                        icon: AppState.gatewayIcon
                    }
                    Label {
                        visible: text.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: AppState.gatewayState === AppState.Error ? Theme.error : Theme.mutedText
                        text: AppState.gatewayDetail
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        Button {
                            readonly property bool running: AppState.gatewayState === AppState.Running
                                                            || AppState.gatewayState === AppState.Starting
                            highlighted: !running
                            text: running ? qsTr("Stop gateway") : qsTr("Start gateway")
                            icon.name: Theme.iconName(running ? "stop" : "start")
                            icon.source: Theme.iconSource(running ? "stop" : "start")
                            icon.color: Theme.text
                            onClicked: running ? Gateway.stop() : Gateway.start()
                        }
                        Button {
                            flat: true
                            text: qsTr("Details…")
                            Accessible.name: qsTr("Open the Gateway page")
                            onClicked: page.navigate("gateway")
                        }
                    }
                }

                Card {
                    title: qsTr("Models")
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    Label {
                        color: Theme.mutedText
                        text: qsTr("Configured chain")
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.bold: true
                        // The arrow and the order follow the reading direction (a leading RLM makes the
                        // Latin model names flow right to left too).
                        text: Qt.application.layoutDirection === Qt.RightToLeft
                              ? "\u200F" + [Config.primary].concat(Config.fallbackKeys).join("\u200F  ←  \u200F")
                              : [Config.primary].concat(Config.fallbackKeys).join("  →  ")
                    }
                    IconText {
                        icon: AppState.servingTone === "neutral" ? "info" : AppState.servingTone
                        iconColor: Theme.toneColor(AppState.servingTone)
                        text: AppState.servingText
                    }
                    Button {
                        text: qsTr("Edit models…")
                        icon.name: Theme.iconName("edit")
                        icon.source: Theme.iconSource("edit")
                        icon.color: Theme.text
                        Accessible.name: qsTr("Edit models")
                        onClicked: page.navigate("models")
                    }
                }

                Card {
                    title: qsTr("Config file")
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    StatusChip {
                        text: AppState.configText
                        tone: AppState.configTone
                        icon: AppState.configIcon
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        color: Theme.mutedText
                        text: Config.displayPath
                    }
                    Label {
                        visible: AppState.configHealth === AppState.Warnings && AppState.configDetail.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.warning
                        text: AppState.configDetail
                    }
                    Repeater {
                        model: AppState.findings
                        delegate: Column {
                            id: finding
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: Theme.spacingSmall
                            IconText {
                                width: parent.width
                                icon: finding.modelData.severity === "error" ? "error" : "warning"
                                iconColor: finding.modelData.severity === "error" ? Theme.error : Theme.warning
                                text: finding.modelData.path.length > 0
                                      ? qsTr("%1: %2").arg(finding.modelData.path).arg(finding.modelData.message)
                                      : finding.modelData.message
                            }
                            Button {
                                visible: finding.modelData.fixLabel.length > 0
                                x: Theme.iconSize + Theme.spacing
                                text: finding.modelData.fixLabel
                                onClicked: {
                                    if (AppState.fixFinding(finding.modelData.id))
                                        Feedback.success(qsTr("Fixed: %1").arg(finding.modelData.fixLabel))
                                    else
                                        Feedback.error(qsTr("Could not fix it: %1").arg(Config.lastError))
                                }
                            }
                        }
                    }
                    Label {
                        visible: AppState.credentials.length > 0
                        color: Theme.mutedText
                        text: qsTr("Credentials")
                    }
                    Repeater {
                        model: AppState.credentials
                        delegate: IconText {
                            required property var modelData
                            icon: modelData.icon
                            iconColor: Theme.toneColor(modelData.tone)
                            text: modelData.text
                        }
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        Button {
                            enabled: AppState.configHealth !== AppState.Missing
                            text: qsTr("Open in editor")
                            Accessible.name: qsTr("Open openclaw.json in editor")
                            onClicked: Config.openInEditor()
                        }
                        Button {
                            visible: AppState.credentials.some(c => c.state === "missing" || c.state === "expired")
                            text: qsTr("Add a key…")
                            onClicked: page.navigate("modelauth")
                        }
                    }
                }

                Card {
                    title: qsTr("Today")
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    Label {
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        text: qsTr("%n request(s)", "", Gateway.requestsToday)
                    }
                    Label {
                        color: Theme.mutedText
                        //: Money spent today, in US dollars
                        text: qsTr("Cost: %1").arg(Number(Gateway.costToday).toLocaleCurrencyString(Qt.locale(), "$"))
                    }
                    Label {
                        visible: Quota.available || Quota.error.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Quota.available ? Theme.text : Theme.warning
                        //: MiniMax Coding Plan quota windows, e.g. "5h 63% left ⏱2h 10m · week 88% left"
                        text: Quota.available ? qsTr("Coding Plan: %1").arg(Quota.text)
                                              : qsTr("Coding Plan quota unavailable: %1").arg(Quota.error)
                    }
                    Label {
                        color: Theme.mutedText
                        text: qsTr("Recent failovers")
                    }
                    Label {
                        visible: Gateway.recentFailovers.length === 0
                        color: Theme.mutedText
                        text: qsTr("None so far.")
                    }
                    Repeater {
                        model: Gateway.recentFailovers
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: modelData.recovery ? Theme.ok : Theme.warning
                            text: modelData.recovery
                                  ? qsTr("%1  back to %2").arg(modelData.time.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)).arg(modelData.to)
                                  : qsTr("%1  %2 failed (%3), tried %4").arg(modelData.time.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                                        .arg(modelData.from).arg(AppState.reasonText(modelData.reason)).arg(modelData.to)
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
