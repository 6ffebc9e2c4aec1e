import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

ApplicationWindow {
    id: window

    // Right-to-left languages (Arabic, Persian) mirror every page.
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    // Set by the composition root (command line).
    property string initialPage: ""
    property int wizardStep: 0
    property bool startHidden: false
    property string currentPage: initialPage.length > 0 ? initialPage
                                 : (Config.status === Config.Missing ? "wizard" : "overview")

    readonly property var pages: [
        { name: "overview", title: qsTr("Overview") },
        //: Sidebar page for choosing providers and signing in
        { name: "modelauth", title: qsTr("Model/auth") },
        { name: "models", title: qsTr("Models") },
        { name: "gateway", title: qsTr("Gateway") },
        { name: "usage", title: qsTr("Usage") },
        { name: "settings", title: qsTr("Settings") }
    ]
    readonly property var pageIndex: ({ overview: 0, modelauth: 1, models: 2, gateway: 3, usage: 4, settings: 5, wizard: 6 })

    function showPage(name) { currentPage = name }

    // Never larger than the screen's free area (at 200 % scaling a 1280×800 screen has 640×400
    // logical pixels): the window, and its minimum, shrink to fit.
    readonly property int availableWidth: Screen.desktopAvailableWidth > 0 ? Screen.desktopAvailableWidth : 1100
    readonly property int availableHeight: Screen.desktopAvailableHeight > 0 ? Screen.desktopAvailableHeight : 720
    width: Math.min(1100, availableWidth)
    height: Math.min(720, availableHeight)
    minimumWidth: Math.min(640, availableWidth)
    minimumHeight: Math.min(480, availableHeight)
    visible: !startHidden
    title: qsTr("ClawDesk")
    color: Theme.window

    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.window
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText
    palette.mid: Theme.border
    palette.light: Theme.surface
    palette.dark: Theme.border
    // Setting a colour above sets it for every state; disabled controls need their own, dimmer ones
    // or they look clickable.
    palette.disabled.buttonText: Theme.disabledText
    palette.disabled.windowText: Theme.disabledText
    palette.disabled.text: Theme.disabledText
    palette.disabled.button: Theme.window
    palette.disabled.base: Theme.window

    onClosing: (close) => {
        // With a tray the gateway keeps running in the background; without one, closing quits.
        if (Tray.available) {
            close.accepted = false
            Tray.hideToTray()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            // Narrow windows (800×600, 200 % scaling) give the pages more room.
            Layout.preferredWidth: window.width < 900 ? Theme.compactSidebarWidth : Theme.sidebarWidth
            color: Theme.sidebar

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 2

                Label {
                    text: qsTr("ClawDesk")
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    Layout.margins: Theme.spacing
                }

                ListView {
                    id: nav
                    Layout.fillWidth: true
                    Layout.preferredHeight: contentHeight
                    interactive: false
                    focus: true
                    keyNavigationEnabled: true
                    model: window.pages
                    currentIndex: Math.min(window.pageIndex[window.currentPage] ?? 0, window.pages.length - 1)
                    Accessible.name: qsTr("Pages")
                    Accessible.role: Accessible.PageTabList
                    Keys.onReturnPressed: window.showPage(window.pages[currentIndex].name)
                    Keys.onUpPressed: { decrementCurrentIndex(); window.showPage(window.pages[currentIndex].name) }
                    Keys.onDownPressed: { incrementCurrentIndex(); window.showPage(window.pages[currentIndex].name) }
                    delegate: SidebarButton {
                        required property var modelData
                        required property int index
                        title: modelData.title
                        iconKey: modelData.name
                        current: window.currentPage === modelData.name
                        keyboardCurrent: nav.activeFocus && nav.currentIndex === index
                        onClicked: window.showPage(modelData.name)
                    }
                }

                Item { Layout.fillHeight: true }

                Button {
                    Layout.fillWidth: true
                    icon.name: Theme.iconName("wizard")
                    icon.source: Theme.iconSource("wizard")
                    icon.color: Theme.text
                    text: qsTr("Configure…")
                    Accessible.name: qsTr("Open the configure wizard")
                    onClicked: window.showPage("wizard")
                }
                Label {
                    visible: !Tray.available
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font.pixelSize: Theme.captionSize
                    text: qsTr("No system tray found: closing the window quits ClawDesk and stops the gateway.")
                }
                // The one-line state (the tray's tooltip says the same); a click opens the page that acts on it.
                ItemDelegate {
                    id: summary
                    Layout.fillWidth: true
                    padding: Theme.spacing
                    Accessible.name: AppState.summaryText
                    onClicked: window.showPage(AppState.configHealth === AppState.Broken ? "overview" : "gateway")
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.toneSurface(AppState.summaryTone)
                        border.color: Qt.alpha(Theme.toneColor(AppState.summaryTone), 0.45)
                    }
                    contentItem: IconText {
                        icon: AppState.summaryIcon
                        iconColor: Theme.toneColor(AppState.summaryTone)
                        color: Theme.text
                        text: AppState.summaryText
                    }
                }
            }
        }

        StackLayout {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.pageIndex[window.currentPage] ?? 0

            OverviewPage { onNavigate: (page) => window.showPage(page) }
            ModelAuthPage {}
            ModelsPage {}
            GatewayPage {}
            UsagePage {}
            SettingsPage {}
            WizardPage {
                step: window.wizardStep
                onFinished: window.showPage("overview")
            }
        }
    }

    ToastHost {
        z: 9000
    }
    FocusRing {
        target: window.activeFocusItem
    }
}
