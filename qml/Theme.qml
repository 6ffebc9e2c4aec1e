pragma Singleton
import QtQuick
import ClawDesk

// Colours and metrics for every page. Follows the system palette unless the user forces a theme.
QtObject {
    readonly property SystemPalette system: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool dark: AppSettings.theme === AppSettings.Dark
                                 || (AppSettings.theme === AppSettings.System && system.window.hslLightness < 0.5)

    readonly property color window: dark ? "#1e2127" : "#f6f7f9"
    readonly property color surface: dark ? "#272b33" : "#ffffff"
    readonly property color sidebar: dark ? "#181a1f" : "#eceef2"
    readonly property color text: dark ? "#e6e8ec" : "#1d2128"
    readonly property color mutedText: dark ? "#9aa1ad" : "#5c6370"
    readonly property color border: dark ? "#3a3f4a" : "#d8dce3"
    readonly property color accent: dark ? "#5b9cf5" : "#2f6fde"
    readonly property color accentText: "#ffffff"
    readonly property color ok: dark ? "#4cc36a" : "#2ea043"
    readonly property color warning: dark ? "#f0b43c" : "#b7791f"
    readonly property color error: dark ? "#f26d6d" : "#d63b3b"
    readonly property color errorSurface: dark ? "#4a2326" : "#fde8e8"
    readonly property color warningSurface: dark ? "#4a3b1c" : "#fff4db"
    readonly property color highlightRow: dark ? "#31405a" : "#e3ecfb"

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int radius: 6
    readonly property int sidebarWidth: 200
    readonly property real titleSize: 20
    readonly property real headingSize: 15
    readonly property string monoFamily: "monospace"
}
