import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ClawDesk

// The configure wizard: provider → auth method → sign-in/key → default model → picker → summary → write.
Pane {
    id: wizard
    property int step: 0
    property string group: "minimax"
    property string authChoice: "minimax-global-api"
    property string primary: ""
    property var picked: []
    property bool written: false
    signal finished()

    readonly property var stepTitles: [qsTr("Provider"), qsTr("Auth method"), qsTr("Sign in"),
                                       qsTr("Default model"), qsTr("Model picker"), qsTr("Summary")]
    readonly property var offeredModels: {
        const own = Wizard.modelsFor(authChoice)
        return own.concat(Config.modelKeys.filter(k => own.indexOf(k) < 0)).slice(0, 12)
    }
    readonly property string chosenPrimary: primary.length > 0 ? primary : offeredModels[0]
    readonly property var choices: ({ authChoice: authChoice, primary: chosenPrimary,
                                      pickerModels: picked.filter(k => k !== chosenPrimary),
                                      resourceUrl: needsOAuth ? Providers.resourceUrl : "" })
    // What openclaw.json will hold after the write, for the summary: fallbacks already in the file stay
    // when none are ticked, so the ticks alone would not tell.
    readonly property var outcome: step === 5 ? Wizard.outcome(choices) : ({})
    readonly property var outcomeFallbacks: outcome.fallbacks !== undefined ? outcome.fallbacks : choices.pickerModels

    // Next from the key step keeps what was typed instead of dropping it.
    function next() {
        if (step === 2 && needsKey && wizardKey.text.trim().length > 0) {
            Providers.saveApiKey(choiceInfo.provider, wizardKey.text)
            wizardKey.text = ""
        }
        step++
    }
    function cancel() { step = 0; written = false; finished() }
    // The line diff with added lines green and removed lines red (HTML-escaped).
    function diffHtml(diff) {
        const escape = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/ /g, "&nbsp;")
        return diff.split("\n").map(line => {
            const text = escape(line)
            if (line.startsWith("+ "))
                return "<span style='color:" + Theme.ok + "'>" + text + "</span>"
            if (line.startsWith("- "))
                return "<span style='color:" + Theme.error + "'>" + text + "</span>"
            return "<span style='color:" + Theme.mutedText + "'>" + text + "</span>"
        }).join("<br>")
    }
    // Labels and hints come from core's onboarding table, in the UI language.
    function authLabel(choice) { return Wizard.choice(choice).label || "" }

    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: wizard.visible && wizard.step < 5
        onActivated: wizard.next()
    }
    Shortcut {
        sequence: "Escape"
        enabled: wizard.visible
        onActivated: wizard.cancel()
    }
    // The auth choices and what each needs come from core's onboarding table (the CLI's too).
    readonly property var choiceInfo: Wizard.choice(authChoice)
    readonly property bool needsKey: choiceInfo.method === "apiKey"
    readonly property bool needsOAuth: choiceInfo.method === "oauth"
    function firstChoice(group) {
        const offered = Wizard.choices(group)
        return offered.length > 0 ? offered[0].id : ""
    }

    padding: Theme.padding
    Accessible.name: qsTr("Configure wizard")
    background: Rectangle { color: Theme.window }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.padding

        Label {
            text: qsTr("Set up OpenClaw")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        RowLayout {
            spacing: Theme.spacing
            Repeater {
                model: wizard.stepTitles
                delegate: Label {
                    required property int index
                    required property string modelData
                    text: (index + 1) + ". " + modelData
                    color: index === wizard.step ? Theme.accent : Theme.mutedText
                    font.bold: index === wizard.step
                }
            }
        }

        Card {
            Layout.fillHeight: true
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: wizard.step

                // 0: provider group
                ColumnLayout {
                    Label { text: qsTr("Model/auth provider"); color: Theme.text; font.bold: true }
                    RadioButton {
                        text: qsTr("MiniMax (recommended)")
                        checked: wizard.group === "minimax"
                        Accessible.name: text
                        onClicked: { wizard.group = "minimax"; wizard.authChoice = wizard.firstChoice("minimax") }
                    }
                    RadioButton {
                        text: qsTr("Anthropic")
                        checked: wizard.group === "anthropic"
                        Accessible.name: text
                        onClicked: { wizard.group = "anthropic"; wizard.authChoice = wizard.firstChoice("anthropic") }
                    }
                    RadioButton {
                        text: qsTr("LM Studio (local)")
                        checked: wizard.group === "lmstudio"
                        Accessible.name: text
                        onClicked: { wizard.group = "lmstudio"; wizard.authChoice = wizard.firstChoice("lmstudio") }
                    }
                    Item { Layout.fillHeight: true }
                }

                // 1: auth method
                ColumnLayout {
                    Label { text: qsTr("Auth method"); color: Theme.text; font.bold: true }
                    Column {
                        Layout.fillWidth: true
                        Repeater {
                            // Ids only, in a positioner: a model of translated labels was rebuilt on a
                            // language switch, and Qt 6.4 crashed sizing the step around the destroyed buttons.
                            model: Wizard.choices(wizard.group).map(choice => choice.id)
                            delegate: RadioButton {
                                required property string modelData
                                readonly property string label: wizard.authLabel(modelData)
                                readonly property string hint: Wizard.choice(modelData).hint || ""
                                text: hint.length > 0 ? label + "  (" + hint + ")" : label
                                checked: wizard.authChoice === modelData
                                Accessible.name: label
                                onClicked: wizard.authChoice = modelData
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }

                // 2: sign in or key
                ColumnLayout {
                    Label {
                        visible: wizard.needsKey
                        text: qsTr("Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw's own credential store, never in openclaw.json.")
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        visible: wizard.needsKey
                        Layout.fillWidth: true
                        TextField {
                            id: wizardKey
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            placeholderText: qsTr("API key")
                            Accessible.name: qsTr("API key")
                        }
                        Button {
                            text: qsTr("Save key")
                            enabled: wizardKey.text.trim().length > 0
                            Accessible.name: qsTr("Save API key")
                            onClicked: {
                                Providers.saveApiKey(wizard.choiceInfo.provider, wizardKey.text)
                                wizardKey.text = ""
                            }
                        }
                    }
                    ColumnLayout {
                        visible: wizard.needsOAuth
                        Label { text: qsTr("Sign in with your MiniMax account in the browser."); color: Theme.text }
                        Button {
                            visible: Providers.signInStatus !== Providers.WaitingForApproval
                            text: qsTr("Start sign-in")
                            Accessible.name: text
                            onClicked: Providers.signInMiniMax(wizard.choiceInfo.region)
                        }
                        Label {
                            visible: Providers.userCode.length > 0
                            text: Providers.userCode
                            font.pixelSize: 32
                            font.bold: true
                            font.family: Theme.monoFamily
                            color: Theme.text
                        }
                        Label {
                            visible: Providers.verificationUrl.toString().length > 0
                            text: Providers.verificationUrl.toString()
                            color: Theme.accent
                        }
                        Label {
                            visible: Providers.signInStatus === Providers.Failed
                            text: Providers.signInError
                            color: Theme.error
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        visible: wizard.authChoice === "lmstudio"
                        text: qsTr("No sign-in needed. Start LM Studio's local server (Developer → Start server).")
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Item { Layout.fillHeight: true }
                }

                // 3: default model
                ColumnLayout {
                    Label { text: qsTr("Default model"); color: Theme.text; font.bold: true }
                    ComboBox {
                        Layout.preferredWidth: 360
                        Layout.maximumWidth: wizard.availableWidth
                        model: wizard.offeredModels
                        currentIndex: Math.max(0, wizard.offeredModels.indexOf(wizard.chosenPrimary))
                        Accessible.name: qsTr("Default model")
                        onActivated: (index) => wizard.primary = wizard.offeredModels[index]
                    }
                    Item { Layout.fillHeight: true }
                }

                // 4: picker / fallbacks
                ColumnLayout {
                    Label {
                        text: qsTr("Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.")
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    // In a positioner: the list is rebuilt whenever the config changes, and Qt 6.4 crashed
                    // sizing this step when rebuilt rows sat directly in its layout.
                    Column {
                        Layout.fillWidth: true
                        Repeater {
                            model: wizard.offeredModels
                            delegate: CheckBox {
                                required property string modelData
                                readonly property bool isDefault: modelData === wizard.chosenPrimary
                                objectName: isDefault ? "pickerDefault" : ""
                                //: A model in the picker list that is the default model (always offered)
                                text: isDefault ? qsTr("%1 (default)").arg(modelData) : modelData
                                // The default model is always in the picker: shown ticked, not untickable.
                                checked: isDefault || wizard.picked.indexOf(modelData) >= 0
                                enabled: !isDefault
                                Accessible.name: qsTr("Offer %1").arg(modelData)
                                onToggled: {
                                    const list = wizard.picked.filter(k => k !== modelData)
                                    if (checked)
                                        list.push(modelData)
                                    wizard.picked = list
                                }
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }

                // 5: summary
                ColumnLayout {
                    Label {
                        text: wizard.written ? qsTr("Saved to %1.").arg(Config.displayPath)
                                             : qsTr("These changes will be written to %1:").arg(Config.displayPath)
                        color: wizard.written ? Theme.ok : Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    // In words first, then the exact lines.
                    GridLayout {
                        objectName: "wizardSummary"
                        columns: 2
                        columnSpacing: Theme.padding
                        Layout.fillWidth: true
                        Label { text: qsTr("Sign-in"); color: Theme.mutedText }
                        Label { text: wizard.authLabel(wizard.authChoice); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.Wrap }
                        Label { text: qsTr("Default model"); color: Theme.mutedText }
                        Label { text: wizard.outcome.primary || wizard.chosenPrimary; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WrapAnywhere }
                        Label { text: qsTr("Fallbacks"); color: Theme.mutedText }
                        Label {
                            text: wizard.outcomeFallbacks.length > 0 ? wizard.outcomeFallbacks.join(", ") : qsTr("none")
                            color: Theme.text
                            Layout.fillWidth: true
                            wrapMode: Text.WrapAnywhere
                        }
                    }
                    Label { text: qsTr("Changes to openclaw.json"); color: Theme.mutedText }
                    ScrollView {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        TextArea {
                            readOnly: true
                            font.family: Theme.monoFamily
                            textFormat: TextEdit.RichText
                            text: wizard.step === 5 ? wizard.diffHtml(Wizard.preview(wizard.choices)) : ""
                            Accessible.name: qsTr("Changes to openclaw.json")
                        }
                    }
                    Label {
                        visible: Wizard.lastError.length > 0
                        text: Wizard.lastError
                        color: Theme.error
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the wizard")
                onClicked: wizard.cancel()
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Back")
                enabled: wizard.step > 0
                Accessible.name: text
                onClicked: wizard.step--
            }
            Button {
                visible: wizard.step < 5
                text: qsTr("Next")
                highlighted: true
                Accessible.name: text
                onClicked: wizard.next()
            }
            Button {
                visible: wizard.step === 5
                text: wizard.written ? qsTr("Done") : qsTr("Write openclaw.json")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    if (wizard.written) {
                        wizard.step = 0
                        wizard.written = false
                        wizard.finished()
                    } else {
                        wizard.written = Wizard.apply(wizard.choices)
                        if (wizard.written)
                            Feedback.success(qsTr("Saved to %1.").arg(Config.displayPath))
                    }
                }
            }
        }
    }
}
