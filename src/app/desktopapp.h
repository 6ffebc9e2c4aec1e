#pragma once

namespace clawdesk {

/// Runs the desktop app: QApplication, single instance, composition root, Main.qml; returns exec().
/// Options: --minimized (start in the tray), --page <name>, --wizard-step <n>, --screenshot <png>,
/// --tray-screenshot <png>, --demo, --config <path>.
int runDesktopApp(int &argc, char **argv);

} // namespace clawdesk
