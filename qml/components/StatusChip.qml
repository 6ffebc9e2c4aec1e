import QtQuick
import QtQuick.Controls
import ClawDesk

// A small pill naming a state: an icon and a word in the state's tone
// (tone: ok, warning, error, info, busy, neutral; icon: a key of Theme.icons).
Rectangle {
    id: chip
    property string text
    property string tone: "neutral"
    property string icon: tone === "busy" ? "busy" : tone
    implicitWidth: row.implicitWidth + 2 * Theme.spacingMedium
    implicitHeight: Math.max(row.implicitHeight + Theme.spacingSmall * 1.5, 24)
    radius: height / 2
    color: Theme.toneSurface(tone)
    border.color: Qt.alpha(Theme.toneColor(tone), 0.45)
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingSmall + 2
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            icon: chip.icon
            themed: false
            color: Theme.toneColor(chip.tone)
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: chip.text
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
    }
}
