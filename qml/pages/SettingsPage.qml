import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

ScrollView {
    id: page
    contentWidth: availableWidth
    Accessible.name: qsTr("Settings")

    function languageName(code) {
        if (code === "")
            return qsTr("System language")
        const name = Qt.locale(code).nativeLanguageName
        return name.length > 0 ? name.charAt(0).toLocaleUpperCase() + name.slice(1) : code
    }

    ColumnLayout {
        width: page.availableWidth
        spacing: Theme.padding

        Label {
            text: qsTr("Settings")
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

            Card {
                title: qsTr("Appearance")
                GridLayout {
                    columns: 2
                    columnSpacing: Theme.padding
                    Label { text: qsTr("Language"); color: Theme.text }
                    ComboBox {
                        id: language
                        Layout.preferredWidth: 220
                        model: AppSettings.availableLanguages.map(code => page.languageName(code))
                        currentIndex: Math.max(0, AppSettings.availableLanguages.indexOf(AppSettings.language))
                        Accessible.name: qsTr("Language")
                        onActivated: (index) => AppSettings.language = AppSettings.availableLanguages[index]
                    }
                    //: Colour theme of the window
                    Label { text: qsTr("Theme"); color: Theme.text }
                    ComboBox {
                        Layout.preferredWidth: 220
                        model: [qsTr("Follow the system"), qsTr("Light"), qsTr("Dark")]
                        currentIndex: AppSettings.theme
                        Accessible.name: qsTr("Theme")
                        onActivated: (index) => AppSettings.theme = index
                    }
                }
            }

            Card {
                title: qsTr("Startup and tray")
                CheckBox {
                    text: qsTr("Start ClawDesk when I log in")
                    checked: AppSettings.startAtLogin
                    Accessible.name: text
                    onToggled: AppSettings.startAtLogin = checked
                }
                CheckBox {
                    text: qsTr("Start minimized to the tray")
                    checked: AppSettings.startMinimized
                    Accessible.name: text
                    onToggled: AppSettings.startMinimized = checked
                }
                CheckBox {
                    text: qsTr("Notify me when the gateway switches to a fallback and back")
                    checked: AppSettings.notifyFailover
                    Accessible.name: text
                    onToggled: AppSettings.notifyFailover = checked
                }
                Label {
                    visible: !Tray.available
                    color: Theme.warning
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    text: qsTr("No system tray is available on this desktop, so ClawDesk quits when its window is closed.")
                }
            }

            Card {
                title: qsTr("OpenClaw config")
                subtitle: qsTr("Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.")
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: configPath
                        Layout.fillWidth: true
                        text: AppSettings.configPath
                        placeholderText: Config.configPath
                        Accessible.name: qsTr("Config file path")
                        onEditingFinished: AppSettings.configPath = text.trim()
                    }
                    Button {
                        text: qsTr("Open in editor")
                        enabled: Config.status !== Config.Missing
                        Accessible.name: qsTr("Open openclaw.json in editor")
                        onClicked: Config.openInEditor()
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
