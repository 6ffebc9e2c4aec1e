import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// One row of the request inspector's table, or its column header (`header: true`): time, client,
// requested → served, status, latency, tokens, cost, failover reason. Narrow windows drop the
// client, tokens and cost columns (the detail pane still shows them).
ItemDelegate {
    id: row
    property bool header: false
    property bool narrow: false
    property bool selected: false
    property var time
    property string client
    property string requested
    property string served
    property int status: 0
    property real latencyMs: 0
    property real inputTokens: 0
    property real outputTokens: 0
    property real costUsd: 0
    property bool failedOver: false
    property string reason

    readonly property bool refused: !header && served.length === 0
    // Right to left, the model names (Latin) would still run left to right as one run: RLMs around
    // the arrow and at the start make the line flow right to left, so "requested ← served" reads in
    // order with a mirrored arrow.
    readonly property bool rtl: Qt.application.layoutDirection === Qt.RightToLeft
    readonly property string arrow: rtl ? "\u200F ← \u200F" : " → "
    Layout.fillWidth: true
    focusPolicy: Qt.NoFocus
    enabled: !header
    padding: 0
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    Accessible.role: header ? Accessible.ColumnHeader : Accessible.Row
    Accessible.name: header ? "" : qsTr("%1, %2 to %3, status %4").arg(timeLabel.text).arg(requested)
                                    .arg(served.length > 0 ? served : qsTr("not served")).arg(status)

    background: Rectangle {
        color: row.header ? "transparent"
             : row.selected ? Theme.highlightRow
             : row.refused ? Theme.errorSurface
             : row.failedOver ? Theme.warningSurface
             : row.hovered ? Qt.alpha(Theme.highlightRow, 0.5) : "transparent"
        radius: 3
        Rectangle {
            visible: row.header
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        Label {
            id: timeLabel
            Layout.preferredWidth: 64
            elide: Text.ElideRight
            color: row.header ? Theme.mutedText : Theme.text
            font.bold: row.header
            text: row.header ? qsTr("Time") : (row.time ? row.time.toLocaleTimeString(Qt.locale(), Locale.ShortFormat) : "")
        }
        Label {
            visible: !row.narrow
            Layout.preferredWidth: 96
            elide: Text.ElideRight
            color: row.header ? Theme.mutedText : Theme.text
            font.bold: row.header
            text: row.header ? qsTr("Client") : row.client
        }
        Label {
            Layout.fillWidth: true
            Layout.minimumWidth: 80
            elide: Text.ElideMiddle
            color: row.header ? Theme.mutedText : Theme.text
            font.bold: row.header
            text: row.header ? qsTr("Requested → served")
                             : (row.rtl ? "\u200F" : "") + row.requested + row.arrow
                               + (row.served.length > 0 ? row.served : "—")
        }
        Label {
            Layout.preferredWidth: 48
            elide: Text.ElideRight
            color: row.header ? Theme.mutedText : row.status >= 400 || row.status === 0 ? Theme.error : Theme.text
            font.bold: row.header
            text: row.header ? qsTr("Status") : String(row.status)
        }
        Label {
            Layout.preferredWidth: 64
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideRight
            color: row.header ? Theme.mutedText : Theme.text
            font.bold: row.header
            //: Column header: how long the request took
            text: row.header ? qsTr("Latency") : qsTr("%1 ms").arg(Number(row.latencyMs).toLocaleString(Qt.locale(), "f", 0))
        }
        Label {
            visible: !row.narrow
            Layout.preferredWidth: 96
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideRight
            color: row.header ? Theme.mutedText : Theme.text
            font.bold: row.header
            text: row.header ? qsTr("Tokens")
                             : qsTr("%1 / %2").arg(Number(row.inputTokens).toLocaleString(Qt.locale(), "f", 0))
                                              .arg(Number(row.outputTokens).toLocaleString(Qt.locale(), "f", 0))
        }
        Label {
            visible: !row.narrow
            Layout.preferredWidth: 64
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideRight
            color: row.header ? Theme.mutedText : Theme.text
            font.bold: row.header
            text: row.header ? qsTr("Cost") : Number(row.costUsd).toLocaleCurrencyString(Qt.locale(), "$")
        }
        Label {
            Layout.preferredWidth: row.narrow ? 96 : 120
            elide: Text.ElideRight
            color: row.header ? Theme.mutedText : Theme.warning
            font.bold: row.header
            //: Column header: why the gateway moved on to a fallback model
            text: row.header ? qsTr("Failover") : row.reason
        }
    }
}
