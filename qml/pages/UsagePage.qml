import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

Pane {
    id: page
    padding: Theme.padding
    Accessible.name: qsTr("Usage")
    background: Rectangle { color: Theme.window }
    property bool showCost: true

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.padding

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Usage")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            ComboBox {
                model: [qsTr("Last 7 days"), qsTr("Last 30 days")]
                currentIndex: Gateway.usage.days === 30 ? 1 : 0
                Accessible.name: qsTr("Period")
                onActivated: Gateway.usage.days = currentIndex === 1 ? 30 : 7
            }
            ComboBox {
                model: [qsTr("Cost"), qsTr("Tokens")]
                currentIndex: page.showCost ? 0 : 1
                Accessible.name: qsTr("Measure")
                onActivated: page.showCost = currentIndex === 0
            }
        }

        Label {
            color: Theme.mutedText
            text: qsTr("%1 · %2 tokens · %n request(s)", "", Gateway.usage.totalRequests)
                  .arg(Number(Gateway.usage.totalCost).toLocaleCurrencyString(Qt.locale(), "$"))
                  .arg(Number(Gateway.usage.totalTokens).toLocaleString(Qt.locale(), "f", 0))
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Usage per day")

            Label {
                anchors.centerIn: parent
                visible: Gateway.usage.totalRequests === 0
                color: Theme.mutedText
                text: qsTr("No requests in this period. Usage appears here as the gateway serves requests.")
            }

            Row {
                id: bars
                anchors.fill: parent
                anchors.margins: Theme.padding
                anchors.bottomMargin: Theme.padding + 20
                spacing: Math.max(1, width / Math.max(1, Gateway.usage.days) * 0.2)
                readonly property real maxValue: page.showCost ? Gateway.usage.maxCost : Gateway.usage.maxTokens
                readonly property real barWidth: (width - spacing * (Gateway.usage.days - 1)) / Math.max(1, Gateway.usage.days)

                Repeater {
                    model: Gateway.usage
                    delegate: Item {
                        id: bar
                        required property int index
                        required property date date
                        required property double costUsd
                        required property double tokens
                        required property int requests
                        readonly property real value: page.showCost ? costUsd : tokens
                        width: bars.barWidth
                        height: bars.height
                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: bars.maxValue > 0 ? Math.max(bar.value > 0 ? 2 : 0, parent.height * bar.value / bars.maxValue) : 0
                            color: Theme.accent
                            radius: 2
                            ToolTip.visible: barMouse.containsMouse
                            ToolTip.text: qsTr("%1: %2, %3 tokens, %n request(s)", "", bar.requests)
                                          .arg(bar.date.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                                          .arg(Number(bar.costUsd).toLocaleCurrencyString(Qt.locale(), "$"))
                                          .arg(Number(bar.tokens).toLocaleString(Qt.locale(), "f", 0))
                            MouseArea {
                                id: barMouse
                                anchors.fill: parent
                                hoverEnabled: true
                            }
                        }
                        Label {
                            anchors.top: parent.bottom
                            anchors.topMargin: 2
                            anchors.horizontalCenter: parent.horizontalCenter
                            visible: Gateway.usage.days <= 7 || bar.index % 5 === 0
                            color: Theme.mutedText
                            font.pixelSize: 11
                            text: bar.date.toLocaleDateString(Qt.locale(), "d MMM")
                        }
                    }
                }
            }
        }
    }
}
