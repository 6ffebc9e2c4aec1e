import QtQuick
import ClawDesk

// The one keyboard-focus ring of the window: a 2 px accent frame around whichever control has
// keyboard focus (Tab, arrows), drawn above everything. Controls need nothing of their own; mouse
// focus shows no ring, as on KDE and GNOME.
Rectangle {
    id: ring
    required property Item target // the window's activeFocusItem
    readonly property bool keyboardFocus: target !== null && target.visible
                                          && (target.visualFocus === true || target.showFocusRing === true)
    property rect box: Qt.rect(0, 0, 0, 0)
    visible: keyboardFocus && box.width > 0
    x: box.x - Theme.focusWidth - 1
    y: box.y - Theme.focusWidth - 1
    width: box.width + 2 * (Theme.focusWidth + 1)
    height: box.height + 2 * (Theme.focusWidth + 1)
    color: "transparent"
    radius: Theme.radius + 2
    border.width: Theme.focusWidth
    border.color: Theme.focusColor
    z: 10000

    function follow() {
        if (!keyboardFocus || !parent) {
            box = Qt.rect(0, 0, 0, 0)
            return
        }
        const p = target.mapToItem(parent, 0, 0)
        if (p.x !== box.x || p.y !== box.y || target.width !== box.width || target.height !== box.height)
            box = Qt.rect(p.x, p.y, target.width, target.height)
    }
    onTargetChanged: follow()
    onKeyboardFocusChanged: follow()
    // Scrolling and layout moves do not notify a mapped position: re-check after every frame
    // (assigning an equal rect does not schedule another one).
    Connections {
        target: ring.Window.window
        enabled: ring.keyboardFocus
        function onFrameSwapped() { ring.follow() }
    }
}
