#pragma once

#include "environment.h"

#include <QString>

namespace clawdesk {

/// @brief Where OpenClaw keeps its state, config and agent files, found by OpenClaw's own rules (its
/// env overrides, then ~/.openclaw, then a legacy name that exists) so that both tools use the same
/// files; resolved once from an environment and a home directory.
struct ConfigPaths
{
    QString homeDir;
    QString stateDir;   ///< ~/.openclaw (or OPENCLAW_STATE_DIR, or a legacy dir that exists)
    QString configPath; ///< openclaw.json (or OPENCLAW_CONFIG_PATH, or a legacy file that exists)
    QString agentDir;   ///< <stateDir>/agents/main/agent (or OPENCLAW_AGENT_DIR)

    QString authProfilesPath() const;
    QString modelsJsonPath() const;
    /// `path` with the home directory shown as `~`, as OpenClaw prints paths.
    QString displayPath(const QString &path) const;

    static ConfigPaths resolve(const Environment &env, const QString &homeDir);
    /// Resolves from the process environment and the user's home directory.
    static ConfigPaths fromSystem();
};

} // namespace clawdesk
