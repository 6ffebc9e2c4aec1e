#pragma once

#include "commandline.h"

#include <functional>

namespace clawdesk {

class CliContext;

/// @brief One CLI command: its word path (`models aliases add`), help and handler.
struct CliCommand
{
    QStringList path;
    QString arguments; ///< usage of positional arguments, e.g. "<alias> <model>"
    QString summary;
    QList<CommandLine::Option> options;
    int minArgs = 0;
    int maxArgs = 0;
    std::function<int(CliContext &, const CommandLine &)> run;
};

/// Registration functions, one per command family.
QList<CliCommand> modelsReadCommands();
QList<CliCommand> modelsWriteCommands();
QList<CliCommand> pluginsCommands();
QList<CliCommand> onboardCommands();
QList<CliCommand> usageCommands();
QList<CliCommand> doctorCommands();
/// `gateway run/status/token/stop/restart` (gatewaycommands.cpp).
QList<CliCommand> gatewayCommands();
/// `connect <tool> [--undo] [--dry-run]` (connectcommands.cpp).
QList<CliCommand> connectCommands();

} // namespace clawdesk
