#pragma once

#include "configsnapshot.h"

namespace clawdesk {

class CliContext;
class CommandLine;

/// Loads the config for a read command; prints OpenClaw's "Invalid config" block and returns null
/// when it cannot be used.
ConfigSnapshotPtr loadSnapshot(CliContext &ctx);
/// `--json` and `--plain` together are an error (spec §4.1).
bool checkOutputMode(CliContext &ctx, const CommandLine &cmd);

} // namespace clawdesk
