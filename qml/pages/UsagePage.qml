import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// Usage by day (stacked by model or provider, cost or tokens, 7/30/90 days) and the same period
// broken down in a table. Every number and date comes formatted from the UsageModel in the UI
// language.
ScrollView {
    id: page
    Accessible.name: qsTr("Usage")
    background: Rectangle { color: Theme.window }
    contentWidth: availableWidth
    readonly property var usage: Gateway.usage
    readonly property bool empty: usage.totalRequests === 0

    ColumnLayout {
        x: Theme.padding
        width: page.availableWidth - 2 * Theme.padding
        spacing: Theme.padding

        Item { Layout.preferredHeight: 0 }
        Label {
            text: qsTr("Usage")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        // A row, not a Flow: a Flow's height follows its width, which made Qt 6.4's layout re-polish.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ComboBox {
                id: period
                objectName: "usagePeriod"
                model: [qsTr("Last 7 days"), qsTr("Last 30 days"), qsTr("Last 90 days")]
                readonly property var days: [7, 30, 90]
                currentIndex: Math.max(0, days.indexOf(page.usage.days))
                Accessible.name: qsTr("Period")
                onActivated: (index) => page.usage.days = days[index]
            }
            ComboBox {
                model: [qsTr("Cost"), qsTr("Tokens")]
                currentIndex: page.usage.measure === UsageModel.Tokens ? 1 : 0
                Accessible.name: qsTr("Measure")
                onActivated: (index) => page.usage.measure = index === 1 ? UsageModel.Tokens : UsageModel.Cost
            }
            ComboBox {
                model: [qsTr("By model"), qsTr("By provider")]
                currentIndex: page.usage.groupBy === UsageModel.Provider ? 1 : 0
                Accessible.name: qsTr("Stack the bars")
                onActivated: (index) => page.usage.groupBy = index === 1 ? UsageModel.Provider : UsageModel.Model
            }
        }

        Label {
            objectName: "usageSummary"
            visible: !page.empty
            color: Theme.mutedText
            text: page.usage.summary
            Layout.fillWidth: true
            elide: Text.ElideRight
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(240, Math.min(360, page.height * 0.45))
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            EmptyState {
                objectName: "usageEmpty"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.padding
                visible: page.empty
                icon: "usage"
                title: qsTr("No requests in this period")
                text: qsTr("Usage appears here as the gateway serves requests.")
            }
            UsageChart {
                anchors.fill: parent
                anchors.margins: Theme.padding
                visible: !page.empty
                usage: page.usage
            }
        }

        // The breakdown of the same period.
        Rectangle {
            Layout.fillWidth: true
            visible: !page.empty
            implicitHeight: table.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            ColumnLayout {
                id: table
                x: Theme.padding
                y: Theme.spacing
                width: parent.width - 2 * Theme.padding
                spacing: 0
                Accessible.role: Accessible.Table
                Accessible.name: page.usage.groupBy === UsageModel.Provider ? qsTr("Usage by provider") : qsTr("Usage by model")

                component Cell: Label {
                    Layout.preferredWidth: 90
                    horizontalAlignment: Text.AlignRight
                    color: Theme.text
                    elide: Text.ElideRight
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacingSmall
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: page.usage.groupBy === UsageModel.Provider ? qsTr("Provider") : qsTr("Model")
                        color: Theme.mutedText
                        font.bold: true
                    }
                    Cell { text: qsTr("Requests"); color: Theme.mutedText; font.bold: true }
                    Cell { text: qsTr("Tokens"); color: Theme.mutedText; font.bold: true }
                    Cell { text: qsTr("Cost"); color: Theme.mutedText; font.bold: true }
                    Cell { text: qsTr("Share"); color: Theme.mutedText; font.bold: true; Layout.preferredWidth: 60 }
                }
                Repeater {
                    model: page.usage.breakdown
                    delegate: Rectangle {
                        id: tableRow
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        implicitHeight: rowLayout.implicitHeight + Theme.spacing
                        color: index % 2 ? "transparent" : Theme.window
                        Accessible.role: Accessible.Row
                        Accessible.name: [modelData.name, modelData.requests, modelData.tokens, modelData.cost].join(", ")
                        RowLayout {
                            id: rowLayout
                            anchors.fill: parent
                            spacing: Theme.spacing
                            Label {
                                Layout.fillWidth: true
                                text: tableRow.modelData.name
                                color: Theme.text
                                elide: Text.ElideMiddle
                            }
                            Cell { text: tableRow.modelData.requests }
                            Cell { text: tableRow.modelData.tokens }
                            Cell { text: tableRow.modelData.cost; objectName: "usageCost" }
                            Cell { text: tableRow.modelData.shareText; Layout.preferredWidth: 60 }
                        }
                    }
                }
            }
        }
        Item { Layout.preferredHeight: Theme.spacing }
    }
}
