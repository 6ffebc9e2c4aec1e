// ClawDesk: one binary that is both the desktop app and the CLI.
//   clawdesk                  the window (or, without a display, the headless gateway)
//   clawdesk --minimized      start in the tray
//   clawdesk models list …    OpenClaw's command grammar, headless
#include "cli.h"
#include "gatewaystatefile.h"
#include "privatefiles.h"
#include "usageledger.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

#ifdef CLAWDESK_HAVE_GUI
#include "desktopapp.h"
#endif

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/// Everything ClawDesk creates is owner-only; what an older version left readable is repaired,
/// with a note, before anything is read or written.
void securePrivateFiles()
{
    using clawdesk::PrivateFiles;
    PrivateFiles::restrictNewFiles();
    const QString settings = QSettings(QStringLiteral("ClawDesk"), QStringLiteral("ClawDesk")).fileName();
    const QString defaultLedger = clawdesk::UsageLedger::defaultPath();
    const QString ledger = qEnvironmentVariable("CLAWDESK_USAGE_DB", defaultLedger);
    const QString state = clawdesk::GatewayStateFile::defaultPath();
    const QStringList files{settings, ledger, ledger + QStringLiteral("-wal"),
                            ledger + QStringLiteral("-shm"), state};
    // Only ClawDesk's own folders: a usage database placed in /tmp must not change /tmp.
    const QStringList folders{QFileInfo(settings).absolutePath(), QFileInfo(defaultLedger).absolutePath(),
                              QFileInfo(state).absolutePath()};
    for (const QString &line : PrivateFiles::repair(files, folders))
        std::fprintf(stderr, "clawdesk: %s\n", qPrintable(line));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("ClawDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ClawDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAWDESK_VERSION));
    securePrivateFiles();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (!clawdesk::Cli::handles(arguments)) {
#ifdef CLAWDESK_HAVE_GUI
        if (hasDisplay()) {
            if (arguments.size() > 1 && arguments.at(1) == u"configure") {
                // `clawdesk configure` opens the Model/auth wizard, as `openclaw configure` does.
                static char page[] = "--page", wizard[] = "wizard";
                char *wizardArgs[] = {argv[0], page, wizard, nullptr};
                int wizardArgc = 3;
                return clawdesk::runDesktopApp(wizardArgc, wizardArgs);
            }
            return clawdesk::runDesktopApp(argc, argv);
        }
#endif
        if (arguments.size() == 1) // no display: serve headless, as run.sh promises
            arguments.append({QStringLiteral("gateway"), QStringLiteral("run")});
    }
    QCoreApplication app(argc, argv);
    return clawdesk::Cli::run(arguments);
}
