import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// Usage per day as stacked bars: a value axis with gridlines, one bar per day stacked by series,
// date labels that thin out when they would collide, a legend, and the day's values on hover or
// when the keyboard selects a bar (Left/Right, Home/End). Values, labels and tooltips come from
// the UsageModel, so the axis and the tooltip always use the same date and number formats.
FocusScope {
    id: chart
    required property var usage // UsageModel
    property int selected: -1
    readonly property bool showFocusRing: activeFocus
    // Right to left, time runs from right to left and the value axis stands on the right.
    readonly property bool rtl: Qt.application.layoutDirection === Qt.RightToLeft
    readonly property var palette: Theme.dark
        ? ["#5b9cf5", "#4cc36a", "#f0b43c", "#c38df2", "#f27d6d", "#8d96a3"]
        : ["#2f6fde", "#1f883d", "#bf8700", "#8250df", "#cf4a3b", "#6e7781"]
    function seriesColor(i) { return palette[i % palette.length] }

    activeFocusOnTab: true
    implicitHeight: 280
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Usage per day")
    Accessible.description: selected >= 0 && bars.itemAt(selected) ? bars.itemAt(selected).tooltip : usage.summary

    Keys.onLeftPressed: selected = Math.max(0, (selected < 0 ? bars.count : selected) - 1)
    Keys.onRightPressed: selected = Math.min(bars.count - 1, selected + 1)
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Home) { selected = 0; event.accepted = true }
        else if (event.key === Qt.Key_End) { selected = bars.count - 1; event.accepted = true }
    }
    Keys.onEscapePressed: selected = -1
    onActiveFocusChanged: if (!activeFocus) selected = -1

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Item {
            id: area
            Layout.fillWidth: true
            Layout.fillHeight: true
            readonly property real axisWidth: axisMetrics.width + Theme.spacing
            readonly property real labelHeight: axisMetrics.height + Theme.spacingSmall
            readonly property real plotHeight: Math.max(1, height - labelHeight - axisMetrics.height / 2)
            readonly property real plotTop: axisMetrics.height / 2

            // The widest axis label sets the axis width.
            TextMetrics {
                id: axisMetrics
                font.pixelSize: Theme.captionSize
                text: chart.usage.ticks.length > 0 ? chart.usage.ticks[chart.usage.ticks.length - 1].label + "0" : "0"
            }

            // Gridlines and value labels.
            Repeater {
                model: chart.usage.ticks
                delegate: Item {
                    required property var modelData
                    x: 0
                    width: area.width
                    y: area.plotTop + area.plotHeight * (1 - modelData.value / chart.usage.axisMax)
                    Rectangle {
                        x: chart.rtl ? 0 : area.axisWidth
                        width: parent.width - area.axisWidth
                        height: 1
                        color: Theme.border
                        opacity: modelData.value === 0 ? 1 : 0.6
                    }
                    Label {
                        anchors.verticalCenter: parent.top
                        x: chart.rtl ? area.width - area.axisWidth + Theme.spacing : 0
                        width: area.axisWidth - Theme.spacing
                        horizontalAlignment: chart.rtl ? Text.AlignLeft : Text.AlignRight
                        text: modelData.label
                        color: Theme.mutedText
                        font.pixelSize: Theme.captionSize
                    }
                }
            }

            // The bars.
            Item {
                id: plot
                x: chart.rtl ? 0 : area.axisWidth
                y: area.plotTop
                width: area.width - area.axisWidth
                height: area.plotHeight
                readonly property real slot: width / Math.max(1, bars.count)
                readonly property real barWidth: Math.max(2, Math.min(48, slot * 0.7))
                // Every nth date label, so they never overlap.
                readonly property int labelEvery: Math.max(1, Math.ceil((dateMetrics.width + Theme.spacing) / Math.max(1, slot)))

                TextMetrics {
                    id: dateMetrics
                    font.pixelSize: Theme.captionSize
                    text: bars.count > 0 && bars.itemAt(0) ? bars.itemAt(0).label + "0" : "00 MMM"
                }

                Repeater {
                    id: bars
                    model: chart.usage
                    delegate: Item {
                        id: bar
                        required property int index
                        required property string label
                        required property string tooltip
                        required property double total
                        required property var values
                        x: chart.rtl ? plot.width - (index + 1) * plot.slot : index * plot.slot
                        width: plot.slot
                        height: plot.height
                        readonly property bool highlighted: chart.selected === index || hover.containsMouse

                        Rectangle {
                            anchors.fill: parent
                            color: Theme.highlightRow
                            visible: bar.highlighted
                            opacity: 0.6
                        }
                        // Stacked from the bottom, first series lowest; a day with nothing draws nothing.
                        Column {
                            anchors.bottom: parent.bottom
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: plot.barWidth
                            Repeater {
                                model: bar.values.length
                                delegate: Rectangle {
                                    required property int index
                                    readonly property int series: bar.values.length - 1 - index
                                    width: plot.barWidth
                                    height: chart.usage.axisMax > 0 ? plot.height * bar.values[series] / chart.usage.axisMax : 0
                                    color: chart.seriesColor(series)
                                }
                            }
                        }
                        Label {
                            visible: bar.index % plot.labelEvery === 0
                            anchors.top: parent.bottom
                            anchors.topMargin: Theme.spacingSmall
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: bar.label
                            color: Theme.mutedText
                            font.pixelSize: Theme.captionSize
                        }
                        MouseArea {
                            id: hover
                            anchors.fill: parent
                            hoverEnabled: true
                            onClicked: { chart.forceActiveFocus(); chart.selected = bar.index }
                        }
                        ToolTip {
                            visible: bar.highlighted
                            text: bar.tooltip
                            delay: hover.containsMouse ? 150 : 0
                        }
                    }
                }
            }
        }

        // Legend.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium
            visible: chart.usage.series.length > 0
            Repeater {
                model: chart.usage.series
                delegate: Row {
                    required property int index
                    required property string modelData
                    spacing: Theme.spacingSmall
                    Rectangle {
                        width: 10
                        height: 10
                        radius: 2
                        anchors.verticalCenter: parent.verticalCenter
                        color: chart.seriesColor(index)
                    }
                    Label {
                        text: modelData
                        color: Theme.text
                        font.pixelSize: Theme.captionSize
                    }
                }
            }
        }
    }
}
