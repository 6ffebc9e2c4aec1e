import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

ScrollView {
    id: page
    contentWidth: availableWidth
    Accessible.name: qsTr("Model/auth")

    property int revision: 0
    property date now: new Date()
    readonly property var minimax: { page.revision; return Providers.provider("minimax") }
    readonly property var portal: { page.revision; return Providers.provider("minimax-portal") }
    readonly property var anthropic: { page.revision; return Providers.provider("anthropic") }
    readonly property var lmstudio: { page.revision; return Providers.provider("lmstudio") }
    readonly property int secondsLeft: Math.max(0, Math.floor((Providers.codeDeadline - now) / 1000))

    // Credentials live outside openclaw.json too (keychain, OpenClaw's credential store): every change that
    // can touch them re-reads the cards, and so does coming back to the page (after the wizard).
    Connections {
        target: Config
        function onChanged() { page.revision++ }
    }
    Connections {
        target: Providers
        function onApiKeySaved(provider, ok, where) {
            page.revision++
            if (ok)
                Feedback.success(qsTr("API key for %1 saved: %2").arg(provider).arg(where))
        }
        function onSignInChanged() {
            page.revision++
            if (Providers.signInStatus === Providers.SignedIn)
                Feedback.success(qsTr("Signed in to MiniMax."))
        }
    }
    onVisibleChanged: if (visible) page.revision++
    Timer {
        interval: 1000
        repeat: true
        running: Providers.signInStatus === Providers.WaitingForApproval
        onTriggered: page.now = new Date()
    }

    ColumnLayout {
        width: page.availableWidth
        spacing: Theme.padding

        Label {
            text: qsTr("Model/auth")
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
                visible: Providers.lastError.length > 0
                text: qsTr("Not saved")
                detail: Providers.lastError
            }

            Card {
                title: qsTr("MiniMax")
                subtitle: qsTr("Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.")

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: qsTr("OAuth: %1").arg(page.portal.secretLocation)
                }
                // Whatever ended the last attempt (failure, cancel, expiry), both ways in stay offered.
                RowLayout {
                    objectName: "signInButtons"
                    visible: Providers.signInStatus !== Providers.WaitingForCode
                             && Providers.signInStatus !== Providers.WaitingForApproval
                    Button {
                        text: qsTr("Sign in with MiniMax (Global)")
                        Accessible.name: text
                        onClicked: Providers.signInMiniMax("global")
                    }
                    Button {
                        //: MiniMax's endpoint for users in mainland China
                        text: qsTr("Sign in (CN)")
                        Accessible.name: qsTr("Sign in with MiniMax (China)")
                        onClicked: Providers.signInMiniMax("cn")
                    }
                }
                RowLayout {
                    visible: Providers.signInStatus === Providers.WaitingForCode
                    BusyIndicator {
                        running: parent.visible
                        Layout.preferredWidth: 24
                        Layout.preferredHeight: 24
                    }
                    Label {
                        color: Theme.mutedText
                        text: qsTr("Asking MiniMax for a code…")
                    }
                    Button {
                        text: qsTr("Cancel")
                        Accessible.name: qsTr("Cancel sign-in")
                        onClicked: Providers.cancelSignIn()
                    }
                }
                ColumnLayout {
                    visible: Providers.signInStatus === Providers.WaitingForApproval
                    Layout.fillWidth: true
                    Label {
                        color: Theme.text
                        text: qsTr("Open this page and enter the code:")
                    }
                    Label {
                        color: Theme.accent
                        text: Providers.verificationUrl.toString()
                        font.underline: true
                        MouseArea {
                            anchors.fill: parent
                            cursorShape: Qt.PointingHandCursor
                            onClicked: Qt.openUrlExternally(Providers.verificationUrl)
                        }
                    }
                    RowLayout {
                        Label {
                            text: Providers.userCode
                            font.pixelSize: 32
                            font.bold: true
                            font.family: Theme.monoFamily
                            color: Theme.text
                            Accessible.name: qsTr("Sign-in code %1").arg(Providers.userCode)
                        }
                        Button {
                            text: qsTr("Copy code")
                            Accessible.name: text
                            onClicked: Gateway.copyToClipboard(Providers.userCode)
                        }
                        Button {
                            text: qsTr("Cancel")
                            Accessible.name: qsTr("Cancel sign-in")
                            onClicked: Providers.cancelSignIn()
                        }
                    }
                    Label {
                        color: Theme.mutedText
                        text: qsTr("The code expires in %1:%2").arg(Math.floor(page.secondsLeft / 60)).arg(String(page.secondsLeft % 60).padStart(2, "0"))
                    }
                }
                Label {
                    visible: Providers.signInStatus === Providers.SignedIn
                    color: Theme.ok
                    text: qsTr("Signed in.")
                }
                Label {
                    visible: Providers.signInStatus === Providers.Failed
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.error
                    text: Providers.signInError
                }

                MenuSeparator { Layout.fillWidth: true }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: qsTr("API key: %1").arg(page.minimax.secretLocation)
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: minimaxKey
                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        placeholderText: page.minimax.apiKeyMasked.length > 0 ? page.minimax.apiKeyMasked : qsTr("MiniMax API key")
                        Accessible.name: qsTr("MiniMax API key")
                    }
                    Button {
                        text: qsTr("Save key")
                        enabled: minimaxKey.text.trim().length > 0
                        Accessible.name: qsTr("Save MiniMax API key")
                        onClicked: { Providers.saveApiKey("minimax", minimaxKey.text); minimaxKey.text = "" }
                    }
                }
                ConnectionTest {
                    providerId: "minimax-portal"
                    visible: page.portal.configured === true
                }
                ConnectionTest {
                    providerId: "minimax"
                }
            }

            Card {
                title: qsTr("Anthropic")
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: page.anthropic.secretLocation
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: anthropicKey
                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        placeholderText: page.anthropic.apiKeyMasked.length > 0 ? page.anthropic.apiKeyMasked : qsTr("Anthropic API key (sk-ant-…)")
                        Accessible.name: qsTr("Anthropic API key")
                    }
                    Button {
                        text: qsTr("Save key")
                        enabled: anthropicKey.text.trim().length > 0
                        Accessible.name: qsTr("Save Anthropic API key")
                        onClicked: { Providers.saveApiKey("anthropic", anthropicKey.text); anthropicKey.text = "" }
                    }
                }
                ConnectionTest {
                    providerId: "anthropic"
                }
            }

            Card {
                title: qsTr("OpenAI-compatible")
                subtitle: qsTr("Any server that speaks the OpenAI API, under a provider id of your choice.")
                GridLayout {
                    columns: 2
                    Layout.fillWidth: true
                    Label { text: qsTr("Provider id"); color: Theme.text }
                    TextField {
                        id: customId
                        Layout.fillWidth: true
                        placeholderText: "my-proxy"
                        Accessible.name: qsTr("Provider id")
                    }
                    Item { width: 1; height: 1; visible: customIdError.visible }
                    Label {
                        id: customIdError
                        visible: customId.text.length > 0 && Providers.providerIdError(customId.text).length > 0
                        text: Providers.providerIdError(customId.text)
                        color: Theme.error
                        font.pixelSize: 12
                    }
                    Label { text: qsTr("Base URL"); color: Theme.text }
                    TextField {
                        id: customUrl
                        Layout.fillWidth: true
                        placeholderText: "https://example.com/v1"
                        Accessible.name: qsTr("Base URL")
                    }
                    Item { width: 1; height: 1; visible: customUrlError.visible }
                    Label {
                        id: customUrlError
                        visible: customUrl.text.length > 0 && Providers.baseUrlError(customUrl.text).length > 0
                        text: Providers.baseUrlError(customUrl.text)
                        color: Theme.error
                        font.pixelSize: 12
                    }
                    //: Wire protocol of the provider
                    Label { text: qsTr("API"); color: Theme.text }
                    ComboBox {
                        id: customApi
                        Layout.preferredWidth: 240
                        model: ["openai-completions", "openai-responses", "anthropic-messages"]
                        Accessible.name: qsTr("API kind")
                    }
                }
                Button {
                    text: qsTr("Save provider")
                    enabled: customId.text.length > 0 && Providers.providerIdError(customId.text).length === 0
                             && Providers.baseUrlError(customUrl.text).length === 0
                    Accessible.name: text
                    onClicked: if (Providers.saveProvider(customId.text, customUrl.text, customApi.currentText)) {
                                   Feedback.success(qsTr("Provider %1 saved.").arg(customId.text))
                                   page.revision++
                               }
                }
                // The provider's models: what the gateway and OpenClaw may route to it.
                ColumnLayout {
                    id: customModels
                    readonly property var info: { page.revision; return customId.text.length > 0 ? Providers.provider(customId.text) : ({}) }
                    visible: info.configured === true
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Models")
                        color: Theme.text
                        font.bold: true
                    }
                    Label {
                        objectName: "customModelList"
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        color: (customModels.info.models || []).length > 0 ? Theme.text : Theme.mutedText
                        text: (customModels.info.models || []).length > 0 ? customModels.info.models.join(", ")
                                                                          : qsTr("No models yet: add the ids the server offers.")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            id: customModelId
                            Layout.fillWidth: true
                            placeholderText: qsTr("model id, e.g. gpt-4o-mini")
                            Accessible.name: qsTr("Model id to add to %1").arg(customId.text)
                            onAccepted: addModel.clicked()
                        }
                        Button {
                            id: addModel
                            text: qsTr("Add model")
                            enabled: customModelId.text.trim().length > 0
                            Accessible.name: qsTr("Add model to %1").arg(customId.text)
                            onClicked: {
                                if (!enabled)
                                    return
                                const id = customModelId.text.trim()
                                if (Providers.addProviderModels(customId.text, [id])) {
                                    Feedback.success(qsTr("Model %1 added to %2.").arg(id).arg(customId.text))
                                    customModelId.text = ""
                                    page.revision++
                                }
                            }
                        }
                    }
                }
                ConnectionTest {
                    providerId: customId.text
                    visible: customId.text.length > 0
                }
            }

            Card {
                title: qsTr("LM Studio")
                subtitle: qsTr("Models running on this computer. No key is needed; nothing leaves your machine.")
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: lmUrl
                        Layout.fillWidth: true
                        text: page.lmstudio.baseUrl ? page.lmstudio.baseUrl : "http://127.0.0.1:1234/v1"
                        Accessible.name: qsTr("LM Studio base URL")
                    }
                    Button {
                        text: qsTr("Discover models")
                        enabled: Providers.baseUrlError(lmUrl.text).length === 0 && Providers.discoveryStatus !== Providers.Running
                        Accessible.name: text
                        onClicked: Providers.discoverModels(lmUrl.text)
                    }
                }
                Label {
                    visible: Providers.baseUrlError(lmUrl.text).length > 0
                    text: Providers.baseUrlError(lmUrl.text)
                    color: Theme.error
                    font.pixelSize: 12
                }
                Label {
                    visible: Providers.discoveryStatus === Providers.Failed
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: Providers.discoveryError
                    color: Theme.error
                }
                Repeater {
                    model: Providers.discoveredModels
                    delegate: CheckBox {
                        required property string modelData
                        text: modelData
                        checked: page.lmstudio.models ? page.lmstudio.models.indexOf(modelData) >= 0 : false
                        Accessible.name: qsTr("Use %1").arg(modelData)
                        onToggled: if (checked) {
                            Providers.saveProvider("lmstudio", lmUrl.text, "openai-responses")
                            Providers.addProviderModels("lmstudio", [modelData])
                        }
                    }
                }
                ConnectionTest {
                    providerId: "lmstudio"
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
