import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

ScrollView {
    id: page
    signal navigate(string page)
    contentWidth: availableWidth
    Accessible.name: qsTr("Overview")

    function stateText(state) {
        switch (state) {
        case Gateway.Running: return qsTr("Running")
        case Gateway.Starting: return qsTr("Starting…")
        case Gateway.Error: return qsTr("Error")
        case Gateway.Stopped: return qsTr("Stopped")
        }
        return ""
    }
    function uptimeText(started, now) {
        if (!started || isNaN(started.getTime()))
            return ""
        const minutes = Math.max(0, Math.floor((now - started) / 60000))
        if (minutes < 60)
            return qsTr("%n minute(s)", "", minutes)
        return qsTr("%n hour(s)", "", Math.floor(minutes / 60))
    }
    property date now: new Date()
    Timer { interval: 30000; running: page.visible; repeat: true; onTriggered: page.now = new Date() }

    ColumnLayout {
        width: page.availableWidth
        spacing: Theme.padding

        Label {
            text: qsTr("Overview")
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

            Banner {
                visible: Config.status === Config.Unparsable || Config.status === Config.Invalid
                text: Config.status === Config.Unparsable
                      ? qsTr("openclaw.json does not parse: %1").arg(Config.errorLocation)
                      : qsTr("openclaw.json has problems OpenClaw would reject: %1").arg(Config.errorLocation)
                detail: Config.errorString
                actionText: qsTr("Open in editor")
                onActionTriggered: Config.openInEditor()
            }
            Banner {
                visible: Config.status === Config.Missing
                error: false
                text: qsTr("No openclaw.json yet at %1.").arg(Config.displayPath)
                actionText: qsTr("Set up…")
                onActionTriggered: page.navigate("wizard")
            }
            Banner {
                visible: Gateway.configProblem.length > 0
                text: qsTr("The gateway keeps serving the last good config.")
                detail: Gateway.configProblem
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.availableWidth > 800 ? 2 : 1
                columnSpacing: Theme.padding
                rowSpacing: Theme.padding

                Card {
                    title: qsTr("Gateway")
                    Layout.alignment: Qt.AlignTop
                    RowLayout {
                        spacing: Theme.spacing
                        Rectangle {
                            width: 12; height: 12; radius: 6
                            color: Gateway.state === Gateway.Running ? Theme.ok
                                   : Gateway.state === Gateway.Error ? Theme.error : Theme.mutedText
                        }
                        Label {
                            text: page.stateText(Gateway.state)
                            color: Theme.text
                            font.bold: true
                        }
                    }
                    Label {
                        visible: Gateway.state === Gateway.Running
                        color: Theme.mutedText
                        text: qsTr("Port %1 · up %2").arg(Gateway.port).arg(page.uptimeText(Gateway.startedAt, page.now))
                    }
                    Label {
                        visible: Gateway.errorString.length > 0
                        color: Theme.error
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        text: Gateway.errorString
                    }
                    RowLayout {
                        Button {
                            enabled: Gateway.state !== Gateway.Running
                            text: qsTr("Start")
                            Accessible.name: qsTr("Start gateway")
                            onClicked: Gateway.start()
                        }
                        Button {
                            enabled: Gateway.state === Gateway.Running
                            text: qsTr("Stop")
                            Accessible.name: qsTr("Stop gateway")
                            onClicked: Gateway.stop()
                        }
                    }
                }

                Card {
                    title: qsTr("Models")
                    Layout.alignment: Qt.AlignTop
                    Label {
                        color: Theme.mutedText
                        text: qsTr("Last served by")
                    }
                    Label {
                        color: Gateway.lastServedByFallback ? Theme.warning : Theme.text
                        font.bold: Gateway.lastServedModel.length > 0
                        text: Gateway.lastServedModel.length > 0 ? Gateway.lastServedModel : qsTr("Nothing served yet")
                    }
                    Label {
                        color: Theme.mutedText
                        text: qsTr("Configured chain")
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: [Config.primary].concat(Config.fallbackKeys).join("  →  ")
                    }
                    Button {
                        text: qsTr("Edit models…")
                        Accessible.name: qsTr("Edit models")
                        onClicked: page.navigate("models")
                    }
                }

                Card {
                    title: qsTr("Today")
                    Layout.alignment: Qt.AlignTop
                    Label {
                        color: Theme.text
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
                }

                Card {
                    title: qsTr("Recent failovers")
                    Layout.alignment: Qt.AlignTop
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
                                  : qsTr("%1  %2 → %3 (%4)").arg(modelData.time.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                                        .arg(modelData.from).arg(modelData.to).arg(modelData.reason)
                        }
                    }
                }

                Card {
                    title: qsTr("Config file")
                    Layout.alignment: Qt.AlignTop
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        color: Theme.text
                        text: Config.displayPath
                    }
                    Label {
                        color: Config.status === Config.Ok ? Theme.ok : Theme.error
                        text: Config.status === Config.Ok ? qsTr("Healthy")
                              : Config.status === Config.Missing ? qsTr("Not created yet")
                              : qsTr("Needs attention")
                    }
                    Button {
                        enabled: Config.status !== Config.Missing
                        text: qsTr("Open in editor")
                        Accessible.name: qsTr("Open openclaw.json in editor")
                        onClicked: Config.openInEditor()
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
