#pragma once

#include <QStringList>

namespace clawdesk {

/// @brief The command-line grammar of ClawDesk (OpenClaw's `models`, `plugins`, … commands).
class Cli
{
public:
    /// True when the arguments name a CLI command (or --help/--version) rather than the GUI.
    static bool handles(const QStringList &arguments);
    /// Runs the command; returns the process exit code (0 ok, 1 user error).
    static int run(const QStringList &arguments);
};

} // namespace clawdesk
