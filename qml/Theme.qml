pragma Singleton
import QtQuick
import ClawDesk

// The design system every page uses: colours (light and dark), the spacing and type scale, status
// tones, the focus ring and the icon set. Follows the system palette unless the user forces a theme.
QtObject {
    id: theme

    readonly property SystemPalette system: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool dark: AppSettings.theme === AppSettings.Dark
                                 || (AppSettings.theme === AppSettings.System && system.window.hslLightness < 0.5)

    // Surfaces and text
    readonly property color window: dark ? "#1e2127" : "#f6f7f9"
    readonly property color surface: dark ? "#272b33" : "#ffffff"
    readonly property color sidebar: dark ? "#181a1f" : "#eceef2"
    readonly property color text: dark ? "#e6e8ec" : "#1d2128"
    readonly property color mutedText: dark ? "#a3aab6" : "#586070"
    readonly property color disabledText: dark ? "#6b717c" : "#a4a9b2"
    readonly property color border: dark ? "#3a3f4a" : "#d3d8e0"
    readonly property color accent: dark ? "#5b9cf5" : "#2f6fde"
    readonly property color accentText: "#ffffff"
    readonly property color highlightRow: dark ? "#31405a" : "#e3ecfb"

    // Status tones: a strong colour for icons and text, a soft one for chip and banner backgrounds.
    readonly property color ok: dark ? "#4cc36a" : "#1f883d"
    readonly property color warning: dark ? "#f0b43c" : "#9a6700"
    readonly property color error: dark ? "#f26d6d" : "#cf222e"
    readonly property color info: accent
    readonly property color neutral: mutedText
    readonly property color okSurface: dark ? "#1f3a27" : "#dafbe1"
    readonly property color warningSurface: dark ? "#4a3b1c" : "#fff4d6"
    readonly property color errorSurface: dark ? "#4a2326" : "#ffebe9"
    readonly property color infoSurface: dark ? "#22314a" : "#ddf4ff"
    readonly property color neutralSurface: dark ? "#30343d" : "#eaeef2"

    // Tones are plain strings so QML and C++ (AppState) share them: ok, warning, error, info, busy, neutral.
    function toneColor(tone) {
        switch (tone) {
        case "ok": return ok
        case "warning": return warning
        case "error": return error
        case "info": case "busy": return info
        }
        return neutral
    }
    function toneSurface(tone) {
        switch (tone) {
        case "ok": return okSurface
        case "warning": return warningSurface
        case "error": return errorSurface
        case "info": case "busy": return infoSurface
        }
        return neutralSurface
    }

    // Spacing scale (multiples of 4) and shapes
    readonly property int spacingSmall: 4
    readonly property int spacing: 8
    readonly property int spacingMedium: 12
    readonly property int padding: 16
    readonly property int spacingLarge: 24
    readonly property int radius: 6
    readonly property int sidebarWidth: 200
    readonly property int compactSidebarWidth: 164

    // Type scale
    readonly property real captionSize: 11
    readonly property real bodySize: 13
    readonly property real headingSize: 15
    readonly property real titleSize: 20
    readonly property string monoFamily: "monospace"

    // Keyboard focus: one ring for every control
    readonly property int focusWidth: 2
    readonly property color focusColor: accent

    // Icons: a Freedesktop theme name (KDE Breeze, GNOME Adwaita) with a bundled SVG as fallback.
    readonly property int iconSize: 16
    readonly property int largeIconSize: 48
    readonly property var icons: ({
        overview: { name: "go-home", file: "overview" },
        modelauth: { name: "dialog-password", file: "key" },
        models: { name: "view-list-details", file: "models" },
        gateway: { name: "network-server", file: "gateway" },
        usage: { name: "office-chart-bar", file: "usage" },
        settings: { name: "preferences-system", file: "settings" },
        wizard: { name: "tools-wizard", file: "wizard" },
        start: { name: "media-playback-start", file: "start" },
        stop: { name: "media-playback-stop", file: "stop" },
        restart: { name: "view-refresh", file: "restart" },
        copy: { name: "edit-copy", file: "copy" },
        edit: { name: "document-edit", file: "edit" },
        add: { name: "list-add", file: "add" },
        remove: { name: "list-remove", file: "remove" },
        undo: { name: "edit-undo", file: "undo" },
        close: { name: "window-close", file: "close" },
        ok: { name: "emblem-ok-symbolic", file: "state-ok" },
        warning: { name: "dialog-warning", file: "state-warning" },
        error: { name: "dialog-error", file: "state-error" },
        info: { name: "dialog-information", file: "state-info" },
        busy: { name: "content-loading-symbolic", file: "state-busy" },
        neutral: { name: "media-record", file: "state-neutral" },
        running: { name: "media-playback-start", file: "state-running" },
        stopped: { name: "media-playback-stop", file: "state-stopped" },
        forward: { name: "go-next", file: "arrow-forward" },
        inbox: { name: "mail-folder-inbox", file: "empty" },
        provider: { name: "network-workgroup", file: "provider" }
    })
    function iconName(key) { return icons[key] ? icons[key].name : "" }
    function iconSource(key) { return icons[key] ? "qrc:/icons/ui/" + icons[key].file + ".svg" : "" }
}
