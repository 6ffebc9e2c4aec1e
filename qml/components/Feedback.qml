pragma Singleton
import QtQuick

// Transient messages ("toasts") that any page posts after an action; Main.qml shows them at the
// bottom of the window, one at a time, the newest replacing the one before.
//
//   Feedback.success(qsTr("API key saved"))
//   Feedback.error(qsTr("Cannot write openclaw.json: %1").arg(Config.lastError))
//   Feedback.show(qsTr("Alias “%1” removed").arg(alias), "info", qsTr("Undo"), () => Config.addAlias(alias, model))
// tone: ok, info, warning, error. For a message that belongs to one place in a page and stays
// while its cause does, use InlineMessage instead.
QtObject {
    // What is shown now (also read by tests).
    property string text
    property string tone: "info"
    property string actionText
    property var action: null
    property int serial: 0

    function show(text, tone, actionText, action) {
        this.text = text
        this.tone = tone || "info"
        this.actionText = actionText || ""
        this.action = action || null
        serial++
    }
    function success(text) { show(text, "ok") }
    function info(text) { show(text, "info") }
    function warning(text) { show(text, "warning") }
    function error(text) { show(text, "error") }
    function dismiss() { text = ""; action = null; actionText = "" }
}
