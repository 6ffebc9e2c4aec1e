#pragma once

#include "configsnapshot.h"

namespace clawdesk {

class CliContext;
class CommandLine;

/// Loads the config for a read command; prints OpenClaw's "Invalid config" block and returns null
/// when it cannot be used.
ConfigSnapshotPtr loadSnapshot(CliContext &ctx);
/// `--json` and `--plain` together are an error, as in OpenClaw ("Choose either --json or --plain, not
/// both.", exit 1): each asks for a different output, and neither silently wins.
bool checkOutputMode(CliContext &ctx, const CommandLine &cmd);

} // namespace clawdesk
